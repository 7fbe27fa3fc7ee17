package main

import (
	"fmt"
	"os"
	"runtime"
)

var sink []interface{}

var strs []Str

func keep(v interface{}) { sink = append(sink, v) }

type Str interface{ String() string }

type P struct{ a, b int }

func (p P) String() string { return "p" }

type One struct{ s string }

type I32 struct{ x int32 }

type Z struct{}

var ms runtime.MemStats

var before uint64

var deltas []uint64

// mark and took count the mallocs between them (runtime.MemStats.Mallocs counts tiny requests too).
func mark() { runtime.ReadMemStats(&ms); before = ms.Mallocs }

func took() {
	runtime.ReadMemStats(&ms)
	deltas = append(deltas, ms.Mallocs-before)
}

// box converts values of 16 bytes or more (or with pointers): each box is a record of its own.
func box(i int, s string) Str {
	mark()
	keep(s)
	took()
	mark()
	keep("const")
	took()
	mark()
	keep(P{1, 2})
	took()
	mark()
	keep(P{i, 2})
	took()
	mark()
	var st Str = P{i, 3}
	keep(st)
	took()
	mark()
	keep(One{s})
	took()
	mark()
	keep(One{""})
	took()
	var nilS []int
	mark()
	keep(nilS)
	took()
	mark()
	keep([]int{})
	took()
	mark()
	keep(Z{})
	took()
	mark()
	strs = append(strs, P{i, 4})
	took()
	return P{i, 5}
}

// tiny converts values under 16 bytes without pointers (the tiny allocator's): counted by mallocs only.
func tiny(i int, f float64, b bool) {
	mark()
	keep(i)
	took()
	mark()
	keep(i + 1000)
	took()
	mark()
	keep(f)
	took()
	mark()
	keep(0.0 * f)
	took()
	mark()
	keep(b)
	took()
	mark()
	keep(1000)
	took()
	mark()
	keep(2.5)
	took()
	mark()
	keep(int32(i + 500))
	took()
	mark()
	keep(int32(i))
	took()
	mark()
	keep(int16(i + 300))
	took()
	mark()
	keep(int16(i))
	took()
	mark()
	keep(I32{int32(i)})
	took()
	mark()
	keep(uint8(i))
	took()
	mark()
	keep([3]byte{1, 2, byte(i)})
	took()
	mark()
	keep(float32(f))
	took()
	mark()
	keep(float32(0))
	took()
	mark()
	keep(struct{ a, b int32 }{int32(i), 2})
	took()
}

func main() {
	runtime.MemProfileRate = 1
	sink = make([]interface{}, 0, 100)
	strs = make([]Str, 0, 10)
	deltas = make([]uint64, 0, 100)
	strs = append(strs, box(7, "str"))
	tiny(7, 2.5, true)
	runtime.GC()
	dump()
	fmt.Println("mallocs", deltas)
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
			if f.Name() == "main.box" {
				fmt.Fprintf(os.Stdout, "%d %d: %s\n", r.AllocObjects, r.AllocBytes, line)
				break
			}
			line += " <- "
		}
	}
}
