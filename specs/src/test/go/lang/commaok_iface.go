package main

// The comma-ok forms (map index, type assertion, receive; spec: Assignments, Select statements)
// assigned to interface-typed targets: each value, ok included, is converted to the target's type,
// so ok holds a bool (Go's test/fixedbugs/issue16870.go). The last panic prints such an ok.

import "fmt"

var m = map[int]int{1: 2}
var c = make(chan int, 4)

var gv, gok interface{} = m[1]

type B bool

type S struct{ v, ok interface{} }

func main() {
	fmt.Printf("global %v %v %T\n", gv, gok, gok)
	var i, ok interface{}
	i, ok = m[1]
	fmt.Printf("map %v %v %T\n", i, ok, ok)
	var x interface{} = 3
	i, ok = x.(string)
	fmt.Printf("assert %v %v %T\n", i, ok, ok)
	c <- 42
	i, ok = <-c
	fmt.Printf("recv %v %v %T\n", i, ok, ok)
	c <- 43
	var a, b interface{} = <-c
	fmt.Printf("var recv %v %v %T\n", a, b, b)
	c <- 44
	select {
	case i, ok = <-c:
		fmt.Printf("select %v %v %T\n", i, ok, ok)
	}
	c <- 45
	select {
	case _, ok = <-c:
		fmt.Printf("select blank %v %T\n", ok, ok)
	}
	var s S
	c <- 46
	select {
	case s.v, s.ok = <-c:
		fmt.Printf("select fields %v %v %T\n", s.v, s.ok, s.ok)
	}
	var n int
	var nb B
	c <- 47
	select {
	case n, nb = <-c:
		fmt.Printf("select named %v %v %T\n", n, nb, nb)
	}
	close(c)
	select {
	case i, ok = <-c:
		fmt.Printf("select closed %v %v %T\n", i, ok, ok)
	}
	fmt.Println(ok == false, ok == interface{}(false))
	panic(ok)
}
