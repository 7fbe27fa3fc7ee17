package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

type MyInt int
type SI interface {
	~int
	String() string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}
func OnlyInt[T ~int](x T) T                    { return x }
func Exact[T int | string](x T) T              { return x }
func Both[T SI](x T) string                    { return x.String() }
func Lit[T interface{ ~int; M() }](x T)        {}
func Pair[K comparable, V Ordered](k K, v V) {}

type Box[T Ordered] struct{ v T }

func main() {
	fmt.Println(Max([]int{}, nil))
	fmt.Println(OnlyInt("s"))
	fmt.Println(OnlyInt(int8(1)))
	fmt.Println(Exact(MyInt(1)))
	fmt.Println(Both(MyInt(1)))
	fmt.Println(Both(3))
	Lit(MyInt(2))
	Pair(1, true)
	var b Box[bool]
	_ = b
}
