package main

import (
	"os"
	"runtime"
	"runtime/pprof"
)

var sink []interface{}

var strs []string

func keep(v interface{}) {
	sink = append(sink, v)
}

func chans() {
	keep(make(chan int))
	keep(make(chan int, 10))
	keep(make(chan *int, 10))
	keep(make(chan struct{}, 5))
	keep(make(chan [200]byte, 2))
}

func maps() {
	keep(make(map[int]int))
	keep(make(map[int]int, 100))
	m := make(map[int]int)
	for i := 0; i < 9; i++ {
		m[i] = i
	}
	keep(m)
	keep(map[string]int{"a": 1, "b": 2})
	big := make(map[int][200]byte)
	big[1] = [200]byte{}
	keep(big)
	local := map[int]int{1: 1}
	if local[1] != 1 {
		panic("map")
	}
	lit := map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i"}
	keep(lit)
}

func closures() {
	x := 1
	y := [4]int{1, 2, 3, 4}
	keep(func() int { return x + y[0] })
	a, b := 1, 2
	keep(func() int { return a + b })
	var big [20]int
	keep(func() int { return big[3] })
	s := "str"
	keep(func() string { return s })
	runtime.GC()
	z := 2
	keep(func() int { z++; return z })
}

func appends() {
	var s []string
	for i := 0; i < 5; i++ {
		s = append(s, "x")
	}
	strs = s
}

func main() {
	runtime.MemProfileRate = 1
	sink = make([]interface{}, 0, 100)
	chans()
	maps()
	closures()
	appends()
	runtime.GC()
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
}
