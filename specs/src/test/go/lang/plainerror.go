// The runtime's message-only panics (nil map write, channel misuse) are runtime.Error values in
// Go 1.7 as in 1.19 (go1.7 runtime/error.go plainError; hashmap.go:444, chan.go:174/305/311).
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (%T) error=%v runtime.Error=%v\n", name, r, r, isErr, isRuntime)
	}()
	f()
}

func main() {
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("select send closed", func() {
		c := make(chan int, 1)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
}
