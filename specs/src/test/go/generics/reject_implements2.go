package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

type MyInt int
type Stringer interface{ String() string }
type SI interface {
	~int
	String() string
}
type A int

func (a *A) String() string { return "" }

type B int

func (b B) String() int { return 0 }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}
func OnlyInt[T ~int](x T) T       { return x }
func Exact[T int | string](x T) T { return x }
func Both[T SI](x T) string       { return x.String() }
func Lit[T interface {
	~int
	M()
}](x T) {
}
func Pair[K comparable, V Ordered](k K, v V) {}
func F[T Stringer](x T)                      {}
func G[T interface {
	comparable
	~int | ~[]int
}]() {
}
func H[T interface {
	comparable
	String() string
}]() {
}

type Box[T Ordered] struct{ v T }

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
