package main

func R1[T ~[]int | ~[]string](x T) {
	for range x {
	}
}
func R2[T any](x T) {
	for range x {
	}
}
func R3[T ~[]int | ~map[int]int](x T) {
	for range x {
	}
}
func M1[T ~[]int | ~[]string]() T { return make(T, 1) }
func M2[T any]() T                { return make(T) }
func M3[T ~int]() T               { return make(T) }
func M4[T ~[]int]() T             { return make(T) }
func L3[T ~[]int | ~map[int]int | ~string | ~chan int | ~[3]int | ~*[3]int](x T) int {
	return len(x)
}
func C1[T ~[]int | ~map[int]int](x T) int      { return cap(x) }
func S1[T ~chan int | ~chan string](x T)       { close(x) }
func D1[T ~map[int]int | ~map[int]string](x T) { delete(x, 1) }

func main() {}
