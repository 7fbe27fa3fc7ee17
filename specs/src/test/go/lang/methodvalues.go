package main

import "fmt"

// Method values: the receiver is evaluated (and, for a value receiver, copied) when the value is made;
// a pointer-receiver method value on an addressable variable binds &t.
type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Inc(d int) { t.n += d }

type G interface{ Get() int }

func main() {
	t := T{1}
	g := t.Get
	inc := t.Inc
	t.n = 5
	inc(10)
	fmt.Println(g(), t.n)
	var i G = t
	ig := i.Get
	t.n = 99
	fmt.Println(ig())
	p := &t
	pg := p.Get
	p.n = 7
	fmt.Println(pg(), t.Get())
	fs := []func() int{}
	for k := 0; k < 3; k++ {
		v := T{k}
		fs = append(fs, v.Get)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
