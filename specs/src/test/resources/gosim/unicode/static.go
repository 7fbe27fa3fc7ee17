package main

import (
	"fmt"
	"runtime"
	"unicode"
)

// unicode's tables are static data: reaching them allocates nothing on the heap.
func main() {
	n := len(unicode.Scripts) + len(unicode.Categories) + len(unicode.Properties) + len(unicode.CaseRanges)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(n > 0, unicode.IsUpper('Ж'), m.Mallocs, m.TotalAlloc)
}
