package main

import (
	"fmt"
	"os"
	"runtime"
)

// make(map[int]int, hint) for hints either side of makemap's bucket-count boundaries
// (maphint.go119.txt): each map escapes, so its hmap and bucket array are heap objects.

var sink []map[int]int

func keep(m map[int]int) { sink = append(sink, m) }

//go:noinline
func hint(n int) int { return n }

func hints() {
	keep(make(map[int]int, 8))
	keep(make(map[int]int, hint(8)))
	keep(make(map[int]int, 9))
	keep(make(map[int]int, 13))
	keep(make(map[int]int, 14))
	keep(make(map[int]int, 26))
	keep(make(map[int]int, 27))
	keep(make(map[int]int, 52))
	keep(make(map[int]int, 53))
	keep(make(map[int]int, 100))
	keep(make(map[int]int, 1000))
}

func main() {
	runtime.MemProfileRate = 1
	sink = make([]map[int]int, 0, 20)
	hints()
	runtime.GC()
	dump()
}

