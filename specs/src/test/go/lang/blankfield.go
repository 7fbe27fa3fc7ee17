package main

// From Go 1.13 a struct literal's blank fields are zero; their values are still evaluated (Go's
// test/fixedbugs/issue31546.go; go1.19 cmd/compile/internal/walk/complit.go:217 assigns them to _,
// staticinit/sched.go:406 leaves them out of static data). Run with -go 1.19 (blankfield.args):
// Go 1.7 stores them (go1.7 sinit.go structlit and initplan have no blank case).

import "fmt"

type T struct {
	a, _, c int
	_       string
}

var g = struct{ a, _, c int }{1, 2, 3}

func side(s string, v int) int {
	fmt.Println("evaluated", s)
	return v
}

func main() {
	fmt.Printf("%v\n", g)
	t := T{4, side("blank", 5), 6, "x"}
	fmt.Printf("%+v\n", t)
	p := &T{7, 8, 9, "y"}
	fmt.Printf("%+v %v\n", *p, []T{{1, 2, 3, "z"}})
}
