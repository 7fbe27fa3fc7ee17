package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// bufio's other readers (bufscan.go119.txt): ReadBytes over a 16-byte buffer, ReadLine's string
// copies, and a Scanner whose buffer grows for a 5000-byte line. Every allocation is 16 bytes or more.

var sinkB [][]byte
var sinkS []string

func readBytes(r *bufio.Reader) {
	for {
		b, err := r.ReadBytes('\n')
		sinkB = append(sinkB, b)
		if err != nil {
			break
		}
	}
}

func readLines(r *bufio.Reader) {
	for {
		l, _, err := r.ReadLine()
		if err != nil {
			break
		}
		sinkS = append(sinkS, string(l))
	}
}

func scan(s *bufio.Scanner) {
	for s.Scan() {
		sinkS = append(sinkS, s.Text())
	}
}

func main() {
	text := strings.Repeat("x", 39) + "\n" + strings.Repeat("y", 39) + "\n" + "sixteen bytes..\n" + strings.Repeat("z", 20)
	r1 := bufio.NewReaderSize(strings.NewReader(text), 16)
	r2 := bufio.NewReaderSize(strings.NewReader(strings.Repeat("v", 32)+"\n"+strings.Repeat("u", 48)+"\n"), 16)
	s := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 39) + "\n" + strings.Repeat("z", 20) + "\n" + strings.Repeat("w", 5000)))
	sinkB = make([][]byte, 0, 10)
	sinkS = make([]string, 0, 20)
	runtime.MemProfileRate = 1
	readBytes(r1)
	readLines(r2)
	scan(s)
	runtime.GC()
	dump()
}
