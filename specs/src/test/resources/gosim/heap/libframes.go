package main

import (
	"bufio"
	"io"
	"runtime"
	"sort"
	"strings"
)

// Each callback prints its goroutine's stack: the frames of the library function that called it.

type R struct{}

func (R) Read(p []byte) (int, error) { show(); return 0, io.EOF }

type W struct{}

func (W) Write(p []byte) (int, error) { show(); return len(p), nil }

func show() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	println(string(buf[:n]))
}

func main() {
	sort.Search(2, func(i int) bool { show(); return true })
	strings.Map(func(r rune) rune { show(); return r }, "a")
	strings.IndexFunc("a", func(r rune) bool { show(); return true })
	strings.FieldsFunc("a", func(r rune) bool { show(); return true })
	bufio.NewScanner(R{}).Scan()
	bufio.NewReader(R{}).ReadBytes('\n')
	bufio.NewReader(R{}).ReadByte()
	bufio.NewReader(R{}).ReadRune()
	bufio.NewReader(R{}).ReadLine()
	bw := bufio.NewWriter(W{})
	bw.WriteString("x")
	bw.Flush()
	io.Copy(W{}, strings.NewReader("abc"))
	io.Copy(W{}, R{})
	io.WriteString(W{}, "a")
	io.ReadFull(R{}, make([]byte, 1))
}
