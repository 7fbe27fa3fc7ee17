// A parallel assignment stores left to right after evaluating the operands (spec: Assignments);
// a target whose nil or bounds check fails panics at its own store, after the stores before it.
package main

import "fmt"

type P struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("nil pointer second", func() { m[1], *p = 10, 2 })
	fmt.Println(len(m), m[1])

	s := []int{}
	try("index second", func() { m[2], s[1] = 20, 2 })
	fmt.Println(len(m), m[2])

	var q *P
	try("nil field second", func() { m[3], q.i = 30, 2 })
	fmt.Println(len(m), m[3])

	a := 0
	pa := &a
	var nm map[int]int
	try("nil map second", func() { *pa, nm[0] = 5, 1 })
	fmt.Println(a)

	b := 0
	try("nil map first", func() { nm[0], b = 1, 2 })
	fmt.Println(b)

	arr := []int{1, 2, 3}
	i := 5
	try("index first", func() { arr[i], b = 9, 7 })
	fmt.Println(b, arr)
}
