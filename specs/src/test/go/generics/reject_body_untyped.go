package main

// Untyped constants, nil, methods and len against a type parameter's type set.

type Number interface {
	~int | ~float64
}

func Zero[T any]() T {
	return 0
}

func Half[T Number]() T {
	var x T = 1.5
	return x + 1
}

func Call[T any](x T) {
	x.Foo()
}

func Len[T Number](x T) int {
	return len(x)
}

func Nil[T any]() T {
	var y T = nil
	return y
}

func Small[T ~int8 | ~float64]() T {
	return 300
}

func Add[T Number](x T) T {
	return x + 1.5
}

func Inc[T any](x T) T {
	return x + 1
}

func Cat[T Number](x T) T {
	return x + "a"
}

func Fine[T ~int | ~uint](x T, s []T) T {
	return x&1 | x<<1 + s[len(s)-1]*2
}

func main() {
	println(Fine(5, []int{3}))
}
