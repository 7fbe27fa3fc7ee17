// runtime.GoroutineProfile: a consistent snapshot by stopping the world.
//
// GoroutineProfile(p) first counts the goroutines (gcount). If p is too
// small it returns (n, false) and copies nothing; the caller grows p and
// tries again, since goroutines may come and go in between. When p is
// big enough it takes worldsema, stops the world (stopTheWorld), counts
// again, records the calling goroutine's stack first and then every other
// live goroutine's (saveg), and starts the world again: no goroutine can
// move while the snapshot is taken. Each StackRecord holds PCs; FuncForPC
// turns them into function names. Runtime-internal goroutines (GC
// workers, timer and finalizer goroutines) are not counted.
//
// The short sleep at the start lets the runtime's own goroutines start and
// park: Go 1.19 counts the finalizer goroutine (runfinq) as a user
// goroutine until it has run once.
//
// Look for: "goroutines: 4", the first record being main.main itself,
// then the three waiters, each stack naming main.waiter.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func waiter(ready chan bool, quit chan bool) {
	ready <- true
	<-quit
}

// userFuncs names the functions of package main on a stack.
func userFuncs(stk []uintptr) string {
	names := []string{}
	for _, pc := range stk {
		f := runtime.FuncForPC(pc - 1)
		if f != nil && strings.Contains(f.Name(), "main.") && !strings.Contains(f.Name(), "runtime.") {
			names = append(names, f.Name())
		}
	}
	return strings.Join(names, " <- ")
}

func main() {
	time.Sleep(10 * time.Millisecond)
	runtime.GOMAXPROCS(1)
	ready := make(chan bool)
	quit := make(chan bool)
	for i := 0; i < 3; i++ {
		go waiter(ready, quit)
		<-ready
	}
	var p []runtime.StackRecord
	n, ok := runtime.GoroutineProfile(p)
	fmt.Println("first try with no room: ok =", ok)
	for !ok {
		p = make([]runtime.StackRecord, n+2)
		n, ok = runtime.GoroutineProfile(p)
	}
	fmt.Println("goroutines:", n)
	for i, r := range p[:n] {
		fmt.Printf("record %d: %s\n", i, userFuncs(r.Stack()))
	}
	close(quit)
}
