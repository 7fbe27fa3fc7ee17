// Order of evaluation in assignments (spec: Assignments): the targets' index and pointer operands
// are evaluated before any is assigned. rangeorder.out is go1.19 go run output.
package main

import "fmt"

var i = 0

func f() int { i = 1; fmt.Println("f"); return 5 }

type T struct{ a [3]int }

func main() {
	x := []int{10, 20}
	j := 1
	j, x[j] = 0, 99
	fmt.Println(j, x)

	x = []int{10, 20}
	y := []int{99}
	j = 1
	for j, x[j] = range y {
		break
	}
	fmt.Println(j, x)

	a := [3]int{}
	k := 2
	for k, a[k] = range []int{7, 8} {
	}
	fmt.Println(k, a)

	m := map[int]rune{}
	n := 5
	for n, m[n] = range "ab" {
	}
	fmt.Println(n, len(m), m[5], m[0])

	p := &T{}
	q := p
	for _, p.a[1] = range []int{4} {
	}
	ps := []*T{p, {}}
	idx := 0
	for idx, ps[idx].a[0] = range []int{6, 7} {
	}
	fmt.Println(q.a, ps[1].a, idx)

	z := []int{1, 2}
	var w int
	z[i], w = f(), 2
	fmt.Println(z, w)

	s := []int{1, 2, 3}
	t := s
	s, s[0] = []int{9}, 8
	fmt.Println(s, t)

	g := func() (int, int) { return 3, 4 }
	h := []int{0, 0}
	e := 0
	e, h[e] = g()
	fmt.Println(e, h)

	defer func() { fmt.Println(recover() != nil) }()
	var nz []int
	nz[3], w = f(), 3
}
