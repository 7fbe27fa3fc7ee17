package main

import (
	"fmt"
	"runtime"
)

// static.go without unicode: the same allocations.
func main() {
	n := 1
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(n > 0, true, m.Mallocs, m.TotalAlloc)
}
