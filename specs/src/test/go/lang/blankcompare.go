package main

// Blank fields take no part in == or in map keys (spec: Comparison operators; go1.7
// cmd/compile/internal/gc/alg.go:446-450 geneq skips them), whether a literal's blank value was
// stored (Go 1.7) or zeroed (Go 1.13+, see blankfield.go).

import "fmt"

type T struct {
	a, _, c int
}

func main() {
	x := T{1, 2, 3}
	y := T{1, 5, 3}
	fmt.Println(x == y, x != y, x == T{1, 2, 4})
	var i, j interface{} = x, y
	fmt.Println(i == j)
	m := map[T]string{x: "x"}
	fmt.Println(m[y], len(m))
	m[y] = "y"
	fmt.Println(m[x], len(m))
	a := [2]T{{1, 7, 3}, {4, 8, 6}}
	fmt.Println(a == [2]T{{1, 0, 3}, {4, 9, 6}})
}
