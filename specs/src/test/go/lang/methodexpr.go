package main

import (
	"fmt"
	"strings"
)

type P struct{ x, y int }

func (p P) Add(q P) P     { return P{p.x + q.x, p.y + q.y} }
func (p *P) Move(dx int)  { p.x += dx }
func (p P) Sum(ks ...int) int {
	s := p.x + p.y
	for _, k := range ks {
		s += k
	}
	return s
}

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Emb struct {
	P
	tag string
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func apply(f func(P, P) P, a, b P) P { return f(a, b) }

func main() {
	add := P.Add
	fmt.Println(add(P{1, 2}, P{3, 4}))
	fmt.Println(apply(P.Add, P{1, 1}, P{2, 2}))
	mv := (*P).Move
	p := &P{1, 1}
	mv(p, 5)
	fmt.Println(*p)
	fmt.Println((*P).Add(p, P{10, 10}))
	fmt.Println(P.Sum(P{1, 2}), P.Sum(P{1, 2}, 3, 4), P.Sum(P{}, []int{5, 6}...))
	area := Shape.Area
	fmt.Println(area(Sq{3}))
	shapes := []Shape{Sq{1}, Sq{2}}
	for _, s := range shapes {
		fmt.Println(Shape.Area(s))
	}
	fmt.Println(Emb.Add(Emb{P{1, 2}, "e"}, P{1, 1}))
	e := &Emb{}
	(*Emb).Move(e, 3)
	fmt.Println(e.x)
	fmt.Println(MyInt.Double(21))
	fmt.Printf("%T\n", P.Add)
	fmt.Printf("%T\n", (*P).Move)
	fmt.Println(strings.ToUpper("ok"))
	fs := []func(P) int{func(p P) int { return p.x }, func(p P) int { return P.Sum(p) }}
	for _, f := range fs {
		fmt.Println(f(P{7, 8}))
	}
}
