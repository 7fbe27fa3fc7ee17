package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// bufio.Reader.ReadString's records and make+copy's (bufheap.go119.txt): a 16-byte buffer, so a
// 40-byte line comes in two full buffers before its last fragment.

var sink []string
var sinkB [][]byte
var sinkP [][]*int
var bytes40 = make([]byte, 40)
var pointers = make([]*int, 5)

func readStrings(r *bufio.Reader) {
	for {
		s, err := r.ReadString('\n')
		sink = append(sink, s)
		if err != nil {
			break
		}
	}
}

//go:noinline
func copyBytes(b []byte) []byte {
	var c = make([]byte, len(b)) // the var form: an OAS too
	copy(c, b)
	return c
}

//go:noinline
func copyPointers(p []*int) []*int {
	c := make([]*int, len(p))
	copy(c, p)
	return c
}

//go:noinline
func copyOther(b, o []byte) []byte {
	c := make([]byte, len(o))
	copy(c, b)
	return c
}

// make+copy: of pointer-free elements with the source's length (the compiler's own mallocgc; := in bufio), of
// pointers, and with another slice's length (both runtime.makeslicecopy)
func copies() {
	sinkB = append(sinkB, copyBytes(bytes40))
	sinkP = append(sinkP, copyPointers(pointers))
	sinkB = append(sinkB, copyOther(bytes40, bytes40[:20]))
}

func main() {
	text := strings.Repeat("x", 39) + "\n" + strings.Repeat("y", 39) + "\n" + "sixteen bytes..\n" + strings.Repeat("z", 20)
	r := bufio.NewReaderSize(strings.NewReader(text), 16)
	sink = make([]string, 0, 10)
	sinkB = make([][]byte, 0, 10)
	sinkP = make([][]*int, 0, 10)
	runtime.MemProfileRate = 1
	readStrings(r)
	copies()
	runtime.GC()
	dump()
}
