package main

import (
	"fmt"
	"strconv"
)

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Integer interface {
	Signed | Unsigned
}

type Number interface {
	Integer | ~float64
}

type Ordered interface {
	Integer | ~float64 | ~string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Celsius float64
type ID int

func (id ID) String() string { return "id-" + strconv.Itoa(int(id)) }

// StringableInt needs both a type set and a method.
type StringableInt interface {
	~int
	String() string
}

func Describe[T StringableInt](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String()+"/"+strconv.Itoa(int(x)*2))
	}
	return out
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

// Scale infers E from S's core type ~[]E.
func Scale[S ~[]E, E Integer](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

type Vec []int32

func (v Vec) Total() int32 { return Sum(v...) }

func Abs[T Signed | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T interface{ ~int | ~float64 }](x, lo, hi T) T {
	return Max(lo, -Max(-x, -hi))
}

func Convert[To, From Integer](x From) To { return To(x) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[uint8](200, 100))
	fmt.Println(Sum(Celsius(20), Celsius(1.5)))
	fmt.Printf("%T\n", Sum(Celsius(1)))
	fmt.Println(Max(3, 7), Max("go", "java"), Max(2.5, -1.0), Max(ID(4), ID(2)))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1, 2}, 3))
	type pt struct{ x, y int }
	fmt.Println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	fmt.Println(Describe([]ID{1, 2}))
	fmt.Println(Join([]ID{7, 8, 9}, ", "))
	v := Scale(Vec{1, 2, 3}, 10)
	fmt.Printf("%T %v %d\n", v, v, v.Total())
	fmt.Println(Abs(-3), Abs(2.5), Abs(int8(-8)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1.0, 1.0), Clamp(5, 0, 10))
	fmt.Println(Convert[int8](300), Convert[uint16, int](-1))
}
