package main

func F[T any, U any](x T) {}

func main() {
	F[int, string, bool](1)
	F[int](1)
}
