// LockOSThread: a goroutine wired to its thread.
//
// A goroutine that calls runtime.LockOSThread runs only on its current M,
// and that M runs nothing else (m.lockedg / g.lockedm). When the locked
// goroutine blocks, stoplockedm hands its P to another M (handoffp) and
// the locked M sleeps until its goroutine is ready again. The goroutine
// dump (pprof debug=2, the format of runtime.Stack with all=true) marks
// such a goroutine "locked to thread" next to its wait reason.
// UnlockOSThread removes the mark.
// Watch the scheduler decide: ./gosim run -explain lockthread.go (or -trace FILE).
// Look for: a goroutine in state "chan receive, locked to thread" whose
// stack is main.pinned, and after the unlock the same goroutine without
// the mark.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

func pinned(ready chan bool, step chan bool) {
	runtime.LockOSThread()
	ready <- true
	<-step // blocked here while locked
	runtime.UnlockOSThread()
	ready <- true
	<-step // blocked here after the unlock
}

func main() {
	runtime.GOMAXPROCS(1)
	ready := make(chan bool)
	step := make(chan bool)
	go pinned(ready, step)
	<-ready
	runtime.Gosched()
	fmt.Println("while locked:")
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 2)
	step <- true
	<-ready
	runtime.Gosched()
	fmt.Println("after UnlockOSThread:")
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 2)
}
