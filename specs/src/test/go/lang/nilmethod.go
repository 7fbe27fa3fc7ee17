package main

import "fmt"

type T struct{ x int }

func (t T) M() int { return t.x }

type I interface{ M() int }

type E struct{ *T }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	var p *T
	var i I = p
	try("iface", func() { i.M() })
	var e E
	var j I = e
	try("promoted", func() { j.M() })
	try("direct", func() { p.M() })
	f := (*T).M
	try("methodexpr", func() { f(nil) })
	var ep *E
	try("promoted-ptr", func() { ep.M() })
}
