package main

// runtime.Callers from a deferred call that a panic runs sees gopanic and then the frame where the
// panic began, not the deferring function (go1.7 panic.go:458 gopanic calls d.fn, go1.19
// panic.go:884; Go's test/fixedbugs/issue5856.go, bug347.go). Runtime frames print by name only,
// since their lines differ between releases.

import (
	"fmt"
	"runtime"
	"strings"
)

func stack(tag string) {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "runtime.") {
			out = append(out, fr.Function)
		} else {
			out = append(out, fmt.Sprintf("%s:%d", fr.Function, fr.Line))
		}
		if !more {
			break
		}
	}
	fmt.Println(tag, strings.Join(out, " "))
}

func inner() {
	panic("inner")
}

func middle() {
	inner()
}

func deferred() {
	stack("deferred")
	_, _, line, _ := runtime.Caller(2)
	fmt.Println("Caller(2) line", line)
}

func helper() {
	stack("helper")
}

func top() {
	defer func() {
		recover()
		stack("after recover")
		helper()
	}()
	defer deferred()
	middle()
}

func normal() {
	defer stack("normal return")
}

func main() {
	top()
	stack("main")
	normal()
}
