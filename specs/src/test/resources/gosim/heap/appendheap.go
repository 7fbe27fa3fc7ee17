package main

import (
	"fmt"
	"os"
	"runtime"
)

// Go 1.19's fmt.Append, Appendf and Appendln (appendheap.go119.txt): each takes a printer from
// ppFree (the pool's first use, and a new pp, at the first), prints into its buffer (which grows
// as Sprint's does) and appends the buffer to b at print.go's own line. Every record is 16 bytes
// or more, so none depends on the tiny block the runtime left before main.

var sinkB []byte

func appends() {
	b := make([]byte, 0, 16)
	b = fmt.Append(b, "a text longer than the buffer so far", 1234567890123)
	b = fmt.Appendf(b, "%d-%s and a format string that makes the printer's buffer of ninety-six bytes grow once more, as it must", 7, "word")
	b = fmt.Appendln(b, "and a line")
	sinkB = b
}

func main() {
	runtime.MemProfileRate = 1
	appends()
	runtime.GC()
	dump()
}
