package main

// Go checks a generic body against its constraints, before and without any instance:
// Add is called with ints, Neg, Less and Eq never are.

type Number interface {
	~int | ~float64
}

func Add[T any](a, b T) T {
	return a + b
}

func Neg[T any](x T) T {
	return -x
}

func Less[T any](a, b T) bool {
	return a < b
}

func Eq[T any](a, b T) bool {
	return a == b
}

func Rem[T Number](a, b T) T {
	return a % b
}

func Cat[T ~string | ~int](a, b T) T {
	return a - b
}

func main() {
	println(Add(1, 2))
}
