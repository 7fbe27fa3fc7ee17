// A custom profile tracking open resources.
//
// pprof.NewProfile registers a profile of your own. Add(value, skip)
// records the caller's stack (runtime.Callers) under a key, Remove(value)
// forgets it, Count is the number of keys, and WriteTo prints it like the
// built-in count profiles: "NAME profile: total N", then one line per
// distinct stack, sorted (Go 1.7 printCountProfile: count descending).
// Whatever is still open at the end is a leak, and the stack says who
// opened it. Adding the same value twice, or registering a name twice,
// panics.
//
// Look for: "example/openconns profile: total 2", a record "2 @" whose
// stack is main.open called from main.handle, and the two panic messages.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

type Conn struct {
	id int
}

var conns = pprof.NewProfile("example/openconns")

func open(id int) *Conn {
	c := &Conn{id: id}
	conns.Add(c, 1)
	return c
}

func (c *Conn) Close() {
	conns.Remove(c)
}

func handle(id int) {
	c := open(id)
	if id%2 == 0 {
		c.Close() // odd ids forget to close
	}
}

func mustPanic(what string, f func()) {
	defer func() {
		fmt.Println(what, "panics:", recover())
	}()
	f()
}

func main() {
	for id := 0; id < 4; id++ {
		handle(id)
	}
	fmt.Println("name:", conns.Name(), "count:", conns.Count())
	conns.WriteTo(os.Stdout, 1)
	c := open(9)
	mustPanic("second Add", func() { conns.Add(c, 0) })
	mustPanic("second NewProfile", func() { pprof.NewProfile("example/openconns") })
	fmt.Println("registered:", pprof.Lookup("example/openconns") == conns)
}
