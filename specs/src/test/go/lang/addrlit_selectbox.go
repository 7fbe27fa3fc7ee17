// &[]int{...} and &map[K]V{...} point at a new variable holding the slice or map; a select case
// receiving into an interface variable boxes the element as an assignment does.
package main

import "fmt"

func first(a []int) int { return a[0] }

func main() {
	a := &[]int{12, 13}
	fmt.Println((*a)[0], first(*a), len(*a))
	*a = append(*a, 14)
	fmt.Println(*a)
	m := &map[string]int{"x": 1}
	(*m)["y"] = 2
	fmt.Println(len(*m), (*m)["y"])

	var i interface{}
	c := make(chan int, 1)
	c <- 1
	select {
	case i = <-c:
	}
	fmt.Println(i == 1, i)
	var s fmt.Stringer
	var ok bool
	d := make(chan T, 1)
	d <- T(5)
	select {
	case s, ok = <-d:
	}
	fmt.Println(s, ok)
}

type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }
