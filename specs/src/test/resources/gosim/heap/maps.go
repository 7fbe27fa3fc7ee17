package main

import (
	"fmt"
	"os"
	"runtime"
)

var sink []interface{}

var count int

func keep(v interface{}) { sink = append(sink, v) }

type K struct{ a int64 }
type S struct{ s string }

//go:noinline
func hint() int { return 5 }

func maps() {
	m := make(map[int]int)
	for i := 0; i < 2000; i++ {
		m[i] = i
	}
	keep(m)
	n := 0
	for range m {
		n++
	}
	x := &[4]int{1}
	pm := make(map[*[4]int]int)
	pm[x] = 1
	keep(pm)
	km := make(map[K]int)
	km[K{1}] = 1
	keep(km)
	am := make(map[[2]int32]int)
	am[[2]int32{1, 2}] = 1
	keep(am)
	sm := make(map[S]int)
	sm[S{"a"}] = 1
	keep(sm)
	hm := make(map[int]int, hint())
	keep(hm)
	fm := make(map[float64]int)
	fm[1.5] = 1
	keep(fm)
	bm := make(map[byte]int)
	bm[1] = 1
	keep(bm)
	em := make(map[int]*[4]int)
	for i := 0; i < 300; i++ {
		em[i] = x
	}
	keep(em)
	for range em {
		n++
	}
	im := map[int32]int{1: 1}
	keep(im)
	for range im {
		n++
	}
	local := map[string]bool{"a": true}
	for range local {
		n++
	}
	for i := 0; i < 300; i++ {
		delete(m, i)
	}
	count = n
}

func main() {
	runtime.MemProfileRate = 1
	sink = make([]interface{}, 0, 100)
	maps()
	runtime.GC()
	dump()
}

func dump() {
	p := make([]runtime.MemProfileRecord, 2000)
	n, _ := runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		line := ""
		for _, pc := range r.Stack() {
			f := runtime.FuncForPC(pc - 1)
			file, l := f.FileLine(pc - 1)
			for i := len(file) - 1; i >= 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
			line += fmt.Sprintf("%s %s:%d", f.Name(), file, l)
			if f.Name() == "main.maps" {
				fmt.Fprintf(os.Stdout, "%d %d: %s\n", r.AllocObjects, r.AllocBytes, line)
				break
			}
			line += " <- "
		}
	}
}
