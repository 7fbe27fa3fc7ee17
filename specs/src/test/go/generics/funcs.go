package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Identity[T any](x T) T { return x }

func Both[T any](a, b T) []T { return []T{a, b} }

func Count[T any](xs ...T) int { return len(xs) }

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Ptr[T any](v T) *T { return &v }

func divmod(a, b int) (int, int) { return a / b, a % b }

func Second[A, B any](a A, b B) B { return b }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	strs := Map(xs, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","))
	evens := Filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(evens))
	sum := Reduce(xs, 0, func(a, x int) int { return a + x })
	fmt.Println(sum)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println(joined)
	lens := Map([]string{"go", "java", "c"}, func(s string) int { return len(s) })
	fmt.Println(lens)

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	ks := Keys(m)
	sort.Strings(ks)
	fmt.Println(ks)

	// explicit, partial and inferred type arguments
	fmt.Println(Map[int, string](xs[:2], func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Map[int](xs[:3], func(i int) float64 { return float64(i) / 2 }))
	f := Identity[string]
	fmt.Printf("%T %s\n", f, f("hi"))

	// untyped constants take their default types
	fmt.Printf("%T %T %T\n", Identity(1), Identity(2.5), Identity('x'))
	fmt.Printf("%T\n", Both(1, 2))
	var u8 uint8 = 7
	fmt.Printf("%T %v\n", Both(u8, 3), Both(u8, 3))
	fmt.Println(Count[string](), Count(1, 2, 3), Count([]bool{true}...))
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	fmt.Println(Apply(3, func(x int) int { return x * 2 }, func(x int) int { return x + 1 }))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Second(divmod(17, 5)))
}
