// Gosched ping-pong on one P.
//
// runtime.Gosched puts the calling goroutine on the global run queue
// (goschedImpl -> globrunqput) and calls schedule. With GOMAXPROCS=1 two
// goroutines that print and yield take turns. Who starts is the runnext
// puzzle again: "pong" was created last, so it sits in runnext and runs
// first; "ping" waits in the local run queue. After that, each Gosched
// sends the yielder to the back of the global queue, behind the other.
//
// (The first Gosched in main only gives it a fresh time slice, so that
// sysmon's 10ms preemption cannot strike between the go statements.)
// Watch the scheduler decide: ./gosim run -explain gosched.go (or -trace FILE).
// Look for: pong ping pong ping pong ping.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func player(name string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		fmt.Println(name)
		runtime.Gosched()
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched()
	var wg sync.WaitGroup
	wg.Add(2)
	go player("ping", &wg)
	go player("pong", &wg)
	wg.Wait()
}
