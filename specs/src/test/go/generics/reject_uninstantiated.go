package main

type List[T any] struct{ v T }

func main() {
	var l List
	_ = l
}

func Zero[T any]() T {
	var z T
	return z
}

var f = Zero
