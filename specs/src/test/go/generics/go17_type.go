package main

type List[T any] struct{ v T }

func main() {
	var l List[int]
	println(l.v)
}
