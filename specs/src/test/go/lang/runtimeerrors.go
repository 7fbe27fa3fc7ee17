package main

// Run-time errors are runtime.Error values with Go's messages (runtime/error.go), and an
// interface map key is hashed by its dynamic value.

import (
	"fmt"
	"runtime"
)

type T struct{ a []int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		if isErr {
			fmt.Println(name, isRuntime, err.Error())
		} else {
			fmt.Println(name, isRuntime, r)
		}
	}()
	f()
}

func main() {
	var i interface{} = "str"
	try("assert", func() { _ = i.(int) })
	try("assert2", func() { var e interface{}; _ = e.(string) })
	try("assert3", func() { _ = i.(fmt.Stringer) })
	var x, y interface{} = T{}, T{}
	try("compare", func() { fmt.Println(x == y) })
	try("mapkey", func() { m := map[interface{}]int{}; m[x] = 1 })
	try("slicecmp", func() { var a, b interface{} = []int{1}, []int{1}; fmt.Println(a == b) })
	try("div", func() { z := 0; fmt.Println(1 / z) })
	type K struct{ a, b int }
	m := map[interface{}]int{}
	m[K{1, 2}]++
	m[K{1, 2}]++
	m[1.5]++
	fmt.Println(len(m), m[K{1, 2}], m[1.5])
}
