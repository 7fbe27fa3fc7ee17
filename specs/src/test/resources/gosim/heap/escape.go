package main

import (
	"fmt"
	"os"
	"runtime"
)

// Address-taken arrays and structs whose address escapes (escape.go119.txt): each is moved to the
// heap and allocated at its declaration, once per execution.

type S struct{ a, b, c int }

var sinkA *[4]int
var sinkS *S
var sinkT *string
var sinks []*S
var n int

func arrays() {
	var x [4]int
	x[1] = 2
	sinkA = &x
}

func structs() {
	var s S
	s.a = 1
	sinkS = &s
}

func scalars() {
	k := "a string"
	sinkT = &k
}

func loop() {
	for i := 0; i < 3; i++ {
		var s S
		s.b = i
		sinks = append(sinks, &s)
	}
}

func mk() S { return S{7, 8, 9} }

func inits() {
	s := S{1, 2, 3}
	sinkS = &s
	t := mk()
	sinkS = &t
	var u S
	p := &u
	p.a = 4
	n += u.a
	a := [4]int{1, 2, 3, 4}
	sinkA = &a
}

func main() {
	runtime.MemProfileRate = 1
	sinks = make([]*S, 0, 10)
	arrays()
	structs()
	scalars()
	loop()
	inits()
	runtime.GC()
	dump()
}
// dump prints each record as "FILE:N via M objects bytes: " and the frames above the program's
// first (at line N, called from line M of the program).
func dump() {
	p := make([]runtime.MemProfileRecord, 200)
	n, _ := runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		line := ""
		first := ""
		for _, pc := range r.Stack() {
			f := runtime.FuncForPC(pc - 1)
			file, l := f.FileLine(pc - 1)
			for i := len(file) - 1; i >= 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
			if len(f.Name()) > 5 && f.Name()[:5] == "main." {
				if first != "" {
					first += fmt.Sprintf(" via %d", l)
					break
				}
				first = fmt.Sprintf("%s:%d", file, l)
			} else if first == "" {
				line += fmt.Sprintf("%s %s:%d <- ", f.Name(), file, l)
			}
		}
		fmt.Fprintf(os.Stdout, "%s  %d %d: %s\n", first, r.AllocObjects, r.AllocBytes, line)
	}
}
