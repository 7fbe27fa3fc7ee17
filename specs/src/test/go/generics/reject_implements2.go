package main

import "fmt"

type Stringer interface{ String() string }
type A int

func (a *A) String() string { return "" }

type B int

func (b B) String() int { return 0 }

type Real interface{ ~int | ~float64 }

func Max[T Real](a, b T) T {
	if a > b {
		return a
	}
	return b
}
func OnlyInt[T ~int](x T) T { return x }
func F[T Stringer](x T)     {}
func G[T interface {
	comparable
	~int | ~[]int
}]() {}
func H[T interface {
	comparable
	String() string
}]() {}

func main() {
	fmt.Println(Max[complex128](1, 2))
	var s Stringer
	fmt.Println(OnlyInt(s))
	F(A(1))
	F(B(1))
	G[[]int]()
	H[[]int]()
	var p *Stringer
	F(p)
}
