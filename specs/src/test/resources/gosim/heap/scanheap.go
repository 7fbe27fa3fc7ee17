package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Allocations fmt.Errorf and the Sscan family make on the program's behalf (scanheap.go119.txt):
// Errorf's printer at its own lines (Go 1.19 errors.go), ssFree's *ss and the pool's first use,
// the readRune wrapping a plain io.Reader, the escaping string of Sscan*, the token buffer's growth
// and the scanned strings. The tokens are 16 bytes or more, so their records do not depend on the
// tiny block the runtime left before main; two allocations do: the token buffer's first growth
// (8 bytes) and Sscanf's "7" (1 byte, go1.7 only: 1.19 has a static string for one byte).

var sinkE []error
var base = errors.New("base")
var a, b int
var s1, s2 string
var f float64

func errs() {
	sinkE = append(sinkE, fmt.Errorf("an error message of %d", 3))
	sinkE = append(sinkE, fmt.Errorf("wrapping %w with a longer text than before", base))
	sinkE = append(sinkE, fmt.Errorf("a longer message still, so that the buffer grows: %s %d", "twice", 12345678))
}

func scans() {
	for i := 0; i < 3; i++ {
		fmt.Sscan("1234567890123456789 -987654321098765432", &a, &b)
	}
	for i := 0; i < 2; i++ {
		fmt.Sscanf("7 a-word-of-twenty-bytes", "%d %s", &a, &s1)
	}
	fmt.Sscanln("1.25000000000000e+100 another-word-longer-than-thirty-two-bytes\n", &f, &s2)
	fmt.Fscan(strings.NewReader("1234567890123456789 the-reader-is-a-RuneScanner"), &a, &s1)
}

func main() {
	runtime.MemProfileRate = 1
	sinkE = make([]error, 0, 10)
	errs()
	scans()
	runtime.GC()
	dump()
}
