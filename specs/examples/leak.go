// A goroutine leak, seen in the goroutine profile.
//
// fetch starts a goroutine per request to deliver the result on an
// unbuffered channel, but returns early on a "timeout" without reading it.
// Each delivering goroutine then blocks forever in chansend (gopark with
// wait reason "chan send"): it is never freed, and NumGoroutine keeps
// growing. The goroutine profile (pprof.Lookup("goroutine"), debug=1)
// groups the leaked goroutines by stack: one record "4 @ ..." whose
// frames name main.fetch.func1 at the line of the send. Leading runtime
// frames (gopark, chansend) are hidden by printStackRecord.
//
// Look for: "goroutines: 5" and "4 @" with main.fetch.func1 at the send.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
)

var started sync.WaitGroup

func fetch(id int, timedOut bool) int {
	result := make(chan int)
	started.Add(1)
	go func() {
		started.Done()
		result <- id * 10 // blocks forever once fetch has stopped listening
	}()
	if timedOut {
		return -1
	}
	return <-result
}

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 8; i++ {
		fetch(i, i%2 == 1)
	}
	started.Wait()
	runtime.Gosched()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
}
