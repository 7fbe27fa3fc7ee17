// x == x on an interface, struct or array compares its parts: an uncomparable dynamic type
// panics (runtime error: comparing uncomparable type) and a NaN is unequal to itself.
package main

import (
	"fmt"
	"math"
)

type T struct {
	a int
	c []int
}

type W struct{ x interface{} }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var m map[int]int
	var z interface{} = m
	try("nil map", func() bool { return z == z })
	z = T{}
	try("struct with slice", func() bool { return z != z })
	z = func() {}
	try("func", func() bool { return z == z })
	z = math.NaN()
	try("NaN", func() bool { return z == z })
	z = [1]float64{math.NaN()}
	try("NaN array", func() bool { return z == z })
	w := W{[]int{1}}
	try("struct field", func() bool { return w == w })
	a := [2]interface{}{1, map[int]int{}}
	try("array elem", func() bool { return a == a })
	z = 3
	try("int", func() bool { return z == z })
	var n interface{}
	try("nil", func() bool { return n == n })
	p := &w
	try("pointer", func() bool { return p == p })
}
