// Methods named _ are checked but belong to no method set: several may be declared on one
// type, beside blank fields, and the type still satisfies interfaces by its other methods.
package main

import "fmt"

type T struct {
	_, _, _ int
	n       int
}

func (T) _() {
}

func (T) _() {
	fmt.Println("never called")
}

func (t *T) _() {}

func (t T) String() string { return fmt.Sprint("T", t.n) }

func main() {
	var s fmt.Stringer = T{n: 3}
	fmt.Println(s)
	fmt.Println(T{n: 1} == T{n: 1})
}
