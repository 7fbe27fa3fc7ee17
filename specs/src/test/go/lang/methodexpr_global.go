// Method expressions in package-level initializers: an interface's I.m (a wrapper function
// that dispatches) and a concrete type's T.m, called directly or through a variable.
package main

import "fmt"

type I interface{ m(int) int }
type T struct{ k int }

func (t T) m(x int) int { return t.k * x }

var t = T{3}
var a = T.m(t, 2)
var f = I.m
var b = f(t, 5)
var c = I.m(T{7}, 1)

func main() {
	fmt.Println(a, b, c, f(T{2}, 2))
}
