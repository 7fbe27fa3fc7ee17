// runtime/debug's setters return the previous setting; Stack is the caller's trace; SetGCPercent
// runs no collection in Go 1.19 (garbage.go:95-97) and FreeOSMemory one (mheap.go:1594-1597).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

func inner() []byte { return debug.Stack() }

func main() {
	n := numGC()
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println("collections by SetGCPercent:", numGC()-n)
	n = numGC()
	debug.FreeOSMemory()
	fmt.Println("collections by FreeOSMemory:", numGC()-n)
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMaxThreads(500), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(true))
	done := make(chan bool)
	go func() { done <- debug.SetPanicOnFault(false) }()
	fmt.Println("another goroutine's:", <-done)
	fmt.Println(debug.SetPanicOnFault(false))
	for _, l := range strings.Split(string(inner()), "\n") {
		if strings.HasPrefix(l, "\t") {
			l = l[strings.LastIndex(l, "/")+1:]
			if i := strings.Index(l, " "); i > 0 {
				l = l[:i]
			}
		} else if i := strings.Index(l, "("); i > 0 {
			l = l[:i]
		}
		fmt.Println(l)
	}
}
