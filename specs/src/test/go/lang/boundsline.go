package main

// A failed bounds check is reported at the line of its '[' (gc's position of the index or slice
// expression), not the first line of the statement, as a traceback or runtime.Callers in a deferred
// call shows; test/fixedbugs/issue29504.go checks it with line directives. Expected output: real
// Go 1.19 (go run boundsline.go).

import (
	"fmt"
	"runtime"
	"strings"
)

var i = 5
var sink int
var str string
var sl []int

// try runs f and prints the line in main.main's closure where it panicked.
func try(name string, f func()) {
	defer func() {
		recover()
		pcs := make([]uintptr, 16)
		n := runtime.Callers(1, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.main.func") {
				fmt.Println(name, fr.Line)
				return
			}
			if !more {
				break
			}
		}
		fmt.Println(name, "no frame")
	}()
	f()
}

func two(a, b int) int { return a + b }

func main() {
	try("index", func() {
		var a []int
		sink = len(a) +
			a[i]
	})
	try("index-after-call", func() {
		var a [3]int
		sink = two(1,
			2) + a[i]
	})
	try("index-open", func() {
		var a []int
		sink = a[
			i]
	})
	try("string", func() {
		s := "abc"
		sink = len(s) +
			int(s[i])
	})
	try("store", func() {
		var a [2]int
		sink,
			a[i] = 1, 2
	})
	try("slice", func() {
		s := "abc"
		str = s +
			s[i:]
	})
	try("slice3", func() {
		var a [4]int
		sl = append(sl,
			a[1:2:i]...)
	})
	try("opassign", func() {
		a := []int{1}
		a[0], a[1] = 1,
			2
	})
}
