package main

import (
	"fmt"
	"os"
	"runtime"
)

var sinkS []string
var sinkB [][]byte
var sinkR [][]rune

var a, b, c, d, e, f string
var bs, bs1, bsBig []byte
var rs []rune
var r rune
var n int

func keepS(s string) { sinkS = append(sinkS, s) }

func concats() {
	keepS(a + b)
	keepS(a + b + c)
	keepS(a + b + c + d)
	keepS(a + b + c + d + e)
	keepS(a + b + c + d + e + f)
	g := a
	g += f
	keepS(g)
	t := a + b
	n += len(t)
	u := a + b + c + d
	n += len(u)
	keepS("x" + a)
}

func conversions() {
	keepS(string(bs))
	keepS(string(bs1))
	keepS(string(bsBig))
	sinkB = append(sinkB, []byte(a))
	sinkB = append(sinkB, []byte(a+b+c))
	keepS(string(r))
	keepS(string(rs))
	sinkR = append(sinkR, []rune(a))
	v := string(bs)
	n += len(v)
	w := string(bsBig)
	n += len(w)
	x := []byte(a)
	n += len(x)
	y := []byte(a + b + c)
	n += len(y)
	z := []rune(a + b + c)
	n += len(z)
	q := string(rs)
	n += len(q)
}

func temps() {
	m := map[string]int{"0123456789abcdefghij0123456789abcdefghij": 1}
	n += m[string(bsBig)]
	if string(bsBig) == a {
		n++
	}
	keepS("<" + string(bsBig) + ">")
	keepS(string(bsBig) + a)
	for _, x := range []byte(a + b + c) {
		n += int(x)
	}
	switch string(bsBig) {
	case "x", "y":
		n++
	}
	n += len([]rune(a + b + c))
	m[string(bsBig)] = 2
	v, ok := m[string(bsBig)]
	if ok {
		n += v
	}
	keepS(a + "")
	t := "0123456789abcdefghij0123456789abcdefghij" + a
	n += len(t)
	sinkB = append(sinkB, []byte("0123456789abcdefghij"))
	keepS(string(rs[:0]))
	var acc string
	for i := 0; i < 3; i++ {
		acc += a
	}
	keepS(acc)
	sinkR = append(sinkR, []rune("héllo"))
}

func main() {
	runtime.MemProfileRate = 1
	sinkS = make([]string, 0, 100)
	sinkB = make([][]byte, 0, 100)
	sinkR = make([][]rune, 0, 100)
	a, b, c, d, e, f = "aaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbb", "ccccccccccccccccc", "ddd", "eee", "fff"
	bs = []byte("0123456789abcdefghij")
	bs1 = bs[:1]
	bsBig = []byte("0123456789abcdefghij0123456789abcdefghij")
	rs = []rune("héllo, wörld, ünïcode")
	r = 'é'
	concats()
	conversions()
	temps()
	runtime.GC()
	dump()
}
