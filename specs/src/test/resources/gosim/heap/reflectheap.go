package main

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
)

// reflect.TypeOf and a Type's methods read the type descriptors the linker laid out: no heap
// (reflectheap.go119.txt). What allocates is the program's own boxing of TypeOf's arguments.

type T struct {
	A int
	B string
}

var sinkT reflect.Type
var names []string
var n int

func types() {
	t := reflect.TypeOf(T{})
	sinkT = t
	sinkT = reflect.TypeOf(0)
	sinkT = reflect.TypeOf((*T)(nil))
	sinkT = reflect.TypeOf("")
	sinkT = reflect.TypeOf((*T)(nil)).Elem()
	sinkT = reflect.TypeOf([]int(nil)).Elem()
	names[0] = t.Name()
	names[1] = t.Kind().String()
	n = t.NumField() + int(t.Size())
}

func main() {
	runtime.MemProfileRate = 1
	names = make([]string, 4)
	types()
	runtime.GC()
	dump()
}

