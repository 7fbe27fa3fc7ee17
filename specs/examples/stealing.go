// Work stealing with GOMAXPROCS=4.
//
// main starts four workers on its own P: newproc puts them in that P's
// runnext and local run queue. Each worker announces itself and then spins
// until all four have arrived, never blocking. On a single P that could
// not finish: the spinning worker keeps the P. It finishes because newproc
// calls wakep, which starts a spinning M on an idle P, and findrunnable on
// that M steals half of the busy P's run queue (runqsteal -> runqgrab).
// Every worker that runs on another P got there by being stolen.
// Watch the scheduler decide: ./gosim run -explain stealing.go (or -trace FILE).
// Look for: "all 4 workers met", which needs 4 Ps running at once.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

const workers = 4

var arrived int64

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	atomic.AddInt64(&arrived, 1)
	for atomic.LoadInt64(&arrived) < workers {
		// spin: this worker holds its P until everyone has a P
	}
}

func main() {
	runtime.GOMAXPROCS(workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(&wg)
	}
	wg.Wait()
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	fmt.Printf("all %d workers met\n", atomic.LoadInt64(&arrived))
}
