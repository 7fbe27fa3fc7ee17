package main

import "fmt"

type Box[E any] struct{ v E }

func (b Box[E]) Get() E { return b.v }

func Show[E any](x E) string { return fmt.Sprintf("%T %v", x, x) }

func f() {
	type T int
	var b Box[T]
	b.v = 3
	var t T = b.Get()
	fmt.Println(Show(t), t)
}

func g() {
	type T string
	var b Box[T]
	b.v = "s"
	var t T = b.Get()
	fmt.Println(Show(t), t+"x")
}

func main() {
	f()
	g()
}
