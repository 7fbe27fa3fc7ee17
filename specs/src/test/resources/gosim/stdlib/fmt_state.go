package main

import (
	"fmt"
)

type F struct{}

// Format shows what the printer's State says of width and precision, present or not.
func (F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "[%c %d %v %d %v]", verb, w, wok, p, pok)
}

type S string
type B []byte
type N int

// Each line starts with a verb that sets both width and precision, so the values a later verb
// finds do not depend on which printer (pp) the call got from fmt's pool.
func main() {
	fmt.Printf("%5.2f %v %8d %v %-3s %v\n", 1.0, F{}, 3, F{}, "x", F{})
	fmt.Printf("%1.1f %6v %.3v %v %x %v\n", 2.0, F{}, F{}, F{}, 10, F{})
	fmt.Printf("%3.4d %*v %v %.*v %v\n", 1, 7, F{}, F{}, 9, F{}, F{})
	fmt.Printf("%2.2d %*v %v %.*v %v\n", 1, -4, F{}, F{}, -2, F{}, F{})
	fmt.Printf("%2.2d %*v %v %v\n", 1, "w", F{}, F{}, F{})
	fmt.Printf("%9.9d %[1]v %v %.v %v\n", 1, F{}, F{}, F{})
	fmt.Printf("%4.4d %v %v\n", 1, F{})
	fmt.Printf("%d %x %q\n", S("hi"), S("hi"), S("hi"))
	fmt.Printf("%d %t\n", B("hi"), S("x"))
	fmt.Printf("%s %d\n", N(3), []S{"a"})
	fmt.Printf("%d|%5d|%-5t\n", "plain", S("pad"), S("t"))
}
