package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	var e error
	println(Eq([]int{1}, []int{2}))
	println(Eq(e, e))
	println(Eq[map[int]bool](nil, nil))
}
