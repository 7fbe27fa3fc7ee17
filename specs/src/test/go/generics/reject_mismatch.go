package main

func Pair[T any](a, b T) {}

func main() {
	var x int = 1
	var y float64 = 2
	Pair(x, y)
	Pair(x, 2.5)
	Pair(1, 2.5)
}
