package main

type Numeric interface{ ~int | ~float64 }
type Ints interface{ ~int | int8 }

func g[T Numeric]()          {}
func c[T comparable]()       {}
func h[T interface{ M() }]() {}
func f1[T any]()             { g[T]() }
func f2[T ~int | ~string]()  { g[T]() }
func f3[T Ints]()            { g[T]() }
func f4[T ~int]()            { g[T]() }
func f5[T any]()             { c[T]() }
func f6[T interface {
	M()
	comparable
}]() {
	c[T]()
	h[T]()
}
func f7[T Numeric]() { h[T]() }
func f8[T ~int]()    { c[T]() }

func main() {}
