// RWMutex: readers share, a writer waits, and then blocks new readers.
//
// Any number of goroutines may hold RLock together. Lock waits until the
// readers leave (readerWait counts them down, the writer sleeps on
// writerSem), and once a writer is waiting, a new RLock also waits
// (readerCount goes negative), so writers cannot starve. With one P the
// order is fixed.
//
// Look for: 3 readers inside at once, the writer getting the lock only
// after they leave, and the late reader entering only after the writer.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var rw sync.RWMutex
var inside int64
var leave = make(chan bool)
var wg sync.WaitGroup

func reader(arrived *sync.WaitGroup) {
	defer wg.Done()
	rw.RLock()
	atomic.AddInt64(&inside, 1)
	arrived.Done()
	<-leave
	atomic.AddInt64(&inside, -1)
	rw.RUnlock()
}

func main() {
	runtime.GOMAXPROCS(1)
	var arrived sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		arrived.Add(1)
		go reader(&arrived)
	}
	arrived.Wait()
	fmt.Println("readers inside together:", atomic.LoadInt64(&inside))
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer in; readers inside:", atomic.LoadInt64(&inside))
		rw.Unlock()
	}()
	runtime.Gosched() // the writer now waits in Lock
	go func() {
		defer wg.Done()
		rw.RLock()
		fmt.Println("late reader in")
		rw.RUnlock()
	}()
	runtime.Gosched() // the late reader now waits behind the writer
	fmt.Println("releasing readers")
	close(leave)
	wg.Wait()
}
