package main

import (
	"fmt"
	"os"
	"runtime"
)

// Address-taken arrays and structs whose address escapes (escape.go119.txt): each is moved to the
// heap and allocated at its declaration, once per execution.

type S struct{ a, b, c int }

var sinkA *[4]int
var sinkS *S
var sinkT *string
var sinks []*S
var n int

func arrays() {
	var x [4]int
	x[1] = 2
	sinkA = &x
}

func structs() {
	var s S
	s.a = 1
	sinkS = &s
}

func scalars() {
	k := "a string"
	sinkT = &k
}

func loop() {
	for i := 0; i < 3; i++ {
		var s S
		s.b = i
		sinks = append(sinks, &s)
	}
}

func mk() S { return S{7, 8, 9} }

func inits() {
	s := S{1, 2, 3}
	sinkS = &s
	t := mk()
	sinkS = &t
	var u S
	p := &u
	p.a = 4
	n += u.a
	a := [4]int{1, 2, 3, 4}
	sinkA = &a
}

func main() {
	runtime.MemProfileRate = 1
	sinks = make([]*S, 0, 10)
	arrays()
	structs()
	scalars()
	loop()
	inits()
	runtime.GC()
	dump()
}
