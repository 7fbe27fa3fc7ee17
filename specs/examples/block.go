// The block profile: a contended mutex and a slow channel.
//
// runtime.SetBlockProfileRate(1) records every blocking event. A
// goroutine that blocks in sync.Mutex.Lock goes through semacquire,
// which measures the wait with cputicks and calls blockevent when it
// finally gets the semaphore; a goroutine that blocks in a channel
// receive is measured by chanrecv the same way (mysg.releasetime). Each
// distinct stack gets one record: "cycles count @ pcs". Sleeping is not
// blocking: time.Sleep never appears.
//
// With one P the order is fixed: main holds the mutex while three lockers
// queue up on it, then releases it; one receiver waits for a value that
// main sends after a sleep.
//
// Look for: a record with count 3 whose user frame is main.locker at the
// mu.Lock line, one with count 1 for main.receiver at the receive, and
// main.main at wg.Wait.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

var mu sync.Mutex
var wg sync.WaitGroup
var total int

func locker() {
	defer wg.Done()
	mu.Lock() // contended: main holds mu
	total++
	mu.Unlock()
}

func receiver(ch chan int) {
	defer wg.Done()
	v := <-ch // blocks until main sends
	total += v
}

func main() {
	runtime.GOMAXPROCS(1)
	runtime.SetBlockProfileRate(1)
	ch := make(chan int)
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go locker()
	}
	wg.Add(1)
	go receiver(ch)
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	ch <- 10
	wg.Wait()
	fmt.Println("total:", total)
	pprof.Lookup("block").WriteTo(os.Stdout, 1)
}
