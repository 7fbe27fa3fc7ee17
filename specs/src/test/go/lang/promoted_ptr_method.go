// A pointer method promoted from an embedded non-struct field, called through an interface,
// gets the field's address (Go's wrapper takes &s.T): the method sees and changes the field.
package main

import "fmt"

type T int

func (t T) V() int { return int(t) }
func (t *T) P()    { *t += 1 }

type A [2]int

func (a *A) Bump() { a[0]++ }

type S struct {
	n int
	T
	A
}

type P interface {
	P()
	V() int
}

type Bumper interface{ Bump() }

type Wrap struct{ S }

func main() {
	var s S
	s.T = 42
	var p P = &s
	p.P()
	p.P()
	fmt.Println(s.T, p.V())
	var b Bumper = &s
	b.Bump()
	fmt.Println(s.A)
	var w Wrap
	p = &w
	p.P()
	fmt.Println(w.T, p.V())
	var v interface{ V() int } = s
	s.T = 7
	fmt.Println(v.V(), s.V())
}
