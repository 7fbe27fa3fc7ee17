package main

import "fmt"

// Since Go 1.18 every built-in but make, new and unsafe.Offsetof takes a multi-value call's results as
// its arguments (go/types builtins.go exprList); the calls run once, left to right.

var calls int

func slices() ([]int, []int) {
	calls++
	return make([]int, 2), []int{7, 8, 9}
}

func mapAndKey() (map[string]int, string) {
	calls++
	return map[string]int{"a": 1, "b": 2}, "a"
}

func get[T any](x interface{}) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

func pair[T any](x, y T) (T, T) { return x, y }

func main() {
	fmt.Println(copy(slices()), calls)
	m, _ := mapAndKey()
	delete(mapAndKey())
	fmt.Println(len(m), calls)
	fmt.Println(get[int](3))
	fmt.Println(get[string](3))
	fmt.Println(complex(pair(1.5, 2.0)))
	fmt.Println(append(append([]int{}, 1), copy(slices())))
}
