package main

// Run-time errors' dynamic types under Go 1.19 (boundserror.args): bounds checks panic with a
// runtime.boundsError from Go 1.13 (1.19 runtime/error.go:110-190), a failed type assertion with
// a *runtime.TypeAssertionError (1.19 iface.go:240-258), the others with errorString or
// plainError; each is a runtime.Error. Expected output: real Go 1.19 (go run boundserror.go).

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Printf("%T %v %v\n", r, ok, r)
	}()
	f()
}

func main() {
	z := 0
	var i interface{} = "s"
	try(func() { _ = i.(int) })
	try(func() { _ = i.(fmt.Stringer) })
	try(func() { _ = 1 / z })
	var a []int
	try(func() { _ = a[z+3] })
	try(func() { _ = "abc"[z+4] })
	try(func() { _ = a[1:z] })
	try(func() { _ = a[:z+2] })
	var m map[string]int
	try(func() { m["x"] = 1 })
	var p *struct{ x int }
	try(func() { p.x = 1 })
	try(func() { var x, y interface{} = []int{}, []int{}; _ = x == y })
	ch := make(chan int)
	close(ch)
	try(func() { close(ch) })
	try(func() { panic(fmt.Errorf("custom %d", 1)) })
}
