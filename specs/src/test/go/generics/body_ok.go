package main

import "fmt"

// Generic bodies that Go accepts: operators of the whole type set, core types, the constraint's
// methods, comparable, conversions and untyped constants.

type Number interface {
	~int | ~int64 | ~float64
}

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s*2 - s + 0
}

func Max[T ~int | ~float64 | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func Join[T Stringer](xs []T) string {
	s := ""
	for i := 0; i < len(xs); i++ {
		s += xs[i].String() + ";"
	}
	return s
}

func Last[S ~[]E, E any](s S) E {
	return s[len(s)-1]
}

func ToFloat[T Number](x T) float64 {
	return float64(x) / 2
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Neg[T interface{ ~int | ~float64 }](x T) T {
	return -x
}

func Describe[T any](x T) string {
	var i interface{} = x
	return fmt.Sprint(i)
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1.0))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]int{1}, 5))
	fmt.Println(Join([]Celsius{1, 2.5}))
	fmt.Println(Last([]string{"p", "q"}), ToFloat(int64(5)), Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Neg(4), Neg(-1.5), Describe(Celsius(3)))
}
