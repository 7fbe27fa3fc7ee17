package main

import (
	"fmt"
	"os"
	"runtime"
)

// Small leaf constructors, which gc inlines into their callers, and the heap records of their
// allocations (HeapInlineTest).

type T struct{ a, b, c, d int }

var sink []*T
var bufs [][]byte

func newT() *T { return &T{a: 1} }

func newBuf(n int) []byte { return make([]byte, n) }

func wrap() *T { return newT() }

func loop() *T {
	var t *T
	for i := 0; i < 1; i++ {
		t = &T{b: i}
	}
	return t
}

//go:noinline
func notInlined() *T { return &T{c: 1} }

func main() {
	runtime.MemProfileRate = 1
	sink = make([]*T, 0, 10)
	bufs = make([][]byte, 0, 10)
	sink = append(sink, newT())
	bufs = append(bufs, newBuf(100))
	sink = append(sink, wrap())
	sink = append(sink, loop())
	sink = append(sink, notInlined())
	runtime.GC()
	p := make([]runtime.MemProfileRecord, 200)
	n, _ := runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		line := fmt.Sprintf("%d %d:", r.AllocObjects, r.AllocBytes)
		user := false
		for _, pc := range r.Stack() {
			f := runtime.FuncForPC(pc - 1)
			file, l := f.FileLine(pc - 1)
			if file[len(file)-9:] == "inline.go" {
				user = true
				line += fmt.Sprintf(" %s %d", f.Name(), l)
			}
		}
		if user {
			fmt.Fprintln(os.Stdout, line)
		}
	}
}
