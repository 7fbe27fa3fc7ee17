package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// strings.Builder's records (sbuild.go119.txt, Go 1.10+ so 1.19 only): append growth in
// WriteString and Write, grow from WriteRune and Grow, and none from String, which aliases the buffer.

var sink []string
var bytes40 = []byte("0123456789abcdefghij0123456789abcdefghij")

func build() {
	var b strings.Builder
	b.WriteString("0123456789abcdefghij")
	b.WriteByte('!')
	for i := 0; i < 20; i++ {
		b.WriteRune('世')
	}
	b.Write(bytes40)
	sink = append(sink, b.String())
	var c strings.Builder
	c.Grow(100)
	c.WriteString("x")
	sink = append(sink, c.String())
}

func main() {
	sink = make([]string, 0, 10)
	runtime.MemProfileRate = 1
	build()
	runtime.GC()
	dump()
}
