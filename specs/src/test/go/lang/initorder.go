package main

// Package-level initialization in dependency order (Go spec "Package initialization";
// go/types initorder.go): fewest dependencies first, ties broken by source order.

import "fmt"

var a = b + c + p("a")
var b = f() + p("b")
var c = b + p("c")
var d = e + p("d")
var e = p("e")

func f() int { return d }

// the spec's example: d, b, c, a
var (
	sa = sc + sb
	sb = sf()
	sc = sf()
	sd = 3
)

func sf() int {
	sd++
	return sd
}

// a constant is a node too; closures and methods count for the enclosing declaration
var x = y + p("x")
var y = p("y")
var e2 = C + p("e2")

const C = 1

var z = func() int { return w }() + p("z")
var w = p("w")

type T struct{}

func (T) m() int { return v }

var u = T{}.m() + p("u")
var v = p("v")

// several variables of one spec initialize together
var m1, m2 = two()
var m0 = m2 + p("m0")

func two() (int, int) { p("two"); return 1, 2 }

func p(s string) int {
	fmt.Print(s, " ")
	return 1
}

func main() {
	fmt.Println()
	fmt.Println(sa, sb, sc, sd, m0, m1, m2)
}
