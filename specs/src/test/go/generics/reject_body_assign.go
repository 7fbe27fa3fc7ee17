package main

// A type parameter takes only itself: an int is not a T, even where every T would be an int.

func Zero[T any](x int) T {
	return x
}

func Set[T ~int](p *T, x int) {
	*p = x
}

func main() {
}
