package main

import (
	"fmt"
	"os"
	"runtime"
)

// Allocations fmt makes on the program's behalf (fmtheap.go119.txt): the pp from ppFree (a
// sync.Pool), the pool's first use, the pp's buffer growth and the Sprint* results. Every one is
// 16 bytes or more, so none depends on the tiny block the runtime left before main.

var sinkS []string
var sinkE []error
var n int
var w W

type T struct{ a, b int }

func (t T) String() string { return fmt.Sprintf("T value with a=%d b=%d", t.a, t.b) }

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

func firstUse() {
	sinkS = append(sinkS, fmt.Sprintf("%d-%s", 1234567890123, "abcdefghij"))
	sinkS = append(sinkS, fmt.Sprintf("%d", 7))
	sinkS = append(sinkS, fmt.Sprint("x", 1234567890123456))
	sinkS = append(sinkS, fmt.Sprint(true, false, 12, "a string of thirty-two bytes...."))
}

func reuse() {
	for i := 0; i < 3; i++ {
		sinkS = append(sinkS, fmt.Sprintln("a line of text longer than the buffer so far, seventy-eight bytes or so"))
	}
	fmt.Println("printed by Println, a line of one hundred and twenty bytes or so, to grow the printer's buffer once more")
	fmt.Printf("%s and %v, printed by Printf: a line that needs no more room than the one before\n", "this", 42)
	fmt.Print("Print", "\n")
	fmt.Fprintf(&w, "%d %s", 1, "to a Writer")
	n += w.n
}

func nested() {
	sinkS = append(sinkS, fmt.Sprint(T{1, 2}))
	sinkS = append(sinkS, fmt.Sprintf("%v and %v", T{3, 4}, "a string"))
	sinkS = append(sinkS, fmt.Sprint(T{7, 8}))
}

func afterGC() {
	runtime.GC()
	sinkS = append(sinkS, fmt.Sprintf("after one GC, a victim: %d", 1))
	runtime.GC()
	runtime.GC()
	sinkS = append(sinkS, fmt.Sprintf("after two GCs, nothing: %d", 2))
	sinkE = append(sinkE, fmt.Errorf("an error message of %d", 3))
}

func main() {
	runtime.MemProfileRate = 1
	sinkS = make([]string, 0, 100)
	sinkE = make([]error, 0, 10)
	firstUse()
	reuse()
	nested()
	afterGC()
	runtime.GC()
	dump()
}
