package main

import (
	"fmt"
	"os"
	"runtime"
)

// Closures and the names gc gives them, seen in the heap profile: each allocates a distinct array.

var sink []interface{}

//go:noinline
func call(f func() interface{}) interface{} { return f() }

var g1 = func() interface{} { return new([4]int) }

var g2 = func() interface{} {
	return call(func() interface{} { return new([8]int) })
}

func f() interface{} {
	return call(func() interface{} {
		return call(func() interface{} { return new([2]int) })
	})
}

func g() interface{} {
	a := call(func() interface{} { return new([5]int) })
	b := call(func() interface{} { return new([6]int) })
	return [2]interface{}{a, b}
}

type T struct{}

//go:noinline
func (t *T) m() interface{} {
	return call(func() interface{} { return new([16]int) })
}

func main() {
	runtime.MemProfileRate = 1
	sink = make([]interface{}, 0, 10)
	sink = append(sink, call(g1), call(g2), f(), g(), new(T).m())
	runtime.GC()
	p := make([]runtime.MemProfileRecord, 200)
	n, _ := runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		pc := r.Stack()[0]
		fn := runtime.FuncForPC(pc - 1)
		_, line := fn.FileLine(pc - 1)
		fmt.Fprintf(os.Stdout, "%s:%d %d\n", fn.Name(), line, r.AllocBytes)
	}
}
