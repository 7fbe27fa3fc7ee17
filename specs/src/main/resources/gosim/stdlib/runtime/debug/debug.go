// Package debug is runtime/debug of Go 1.7 (runtime/debug/garbage.go, stack.go, stubs.go): the
// setters reach the simulated runtime through the body-less functions that go1.7 stubs.go declares
// and the runtime implements (mgc.go setGCPercent, rdebug.go setMaxStack and setPanicOnFault,
// proc.go setMaxThreads, mheap.go freeOSMemory).
package debug

import (
	"os"
	"runtime"
)

// SetGCPercent sets GOGC and returns the previous setting; a negative percentage turns the
// collector off. go1.7 garbage.go:97-101 then runs a full collection; go1.19 garbage.go:95-97
// does not (its setGCPercent recomputes the trigger at once, mgcpacer.go:1326-1342). Only those
// two sources were read: the mark says 1.19, the change came in between.
//gosim:before 1.19
func SetGCPercent(percent int) int {
	old := setGCPercent(int32(percent))
	runtime.GC()
	return int(old)
}
//gosim:since 1.19
func SetGCPercent(percent int) int {
	return int(setGCPercent(int32(percent)))
}

// FreeOSMemory runs a blocking collection, then would return the free spans to the OS (mheap.go
// scavenge): the heap model never releases memory (HeapReleased stays 0), so only the collection shows.
func FreeOSMemory() {
	freeOSMemory()
}

// SetMaxStack sets the most stack one goroutine may grow to (1 GB at start) and returns the previous
// setting; it limits only future growth (go1.7 rdebug.go:10-14).
func SetMaxStack(bytes int) int {
	return setMaxStack(bytes)
}

// SetMaxThreads sets the most OS threads the program may use (10000 at start) and returns the
// previous setting (go1.7 proc.go:4212-4219); the next M past it is "fatal error: thread
// exhaustion" (checkmcount; go1.7 also checks at once, inside this call, which the model does not).
func SetMaxThreads(threads int) int {
	return setMaxThreads(threads)
}

// SetPanicOnFault sets whether a fault at a non-nil address panics instead of crashing, for the
// calling goroutine only (go1.7 rdebug.go:17-22), and returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	return setPanicOnFault(enabled)
}

// PrintStack writes Stack's trace to standard error (go1.7 stack.go:15-17).
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns the calling goroutine's trace as runtime.Stack formats it, in a buffer doubled
// until it fits (go1.7 stack.go:21-30, the same in go1.19).
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

func freeOSMemory()

func setMaxStack(int) int

func setGCPercent(int32) int32

func setPanicOnFault(bool) bool

func setMaxThreads(int) int
