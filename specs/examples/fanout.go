// WaitGroup fan-out / fan-in.
//
// main fans out one goroutine per input; each sends its result on a
// shared channel. A separate closer goroutine waits on the WaitGroup
// (wg.Wait parks it on the WaitGroup's semaphore, semacquire) and closes
// the channel once the counter drops to zero, so main's range loop ends.
// The sum never depends on the schedule; the order the results arrive in
// does (lines starting with "~").
//
// Look for: "results: 8", "sum of squares: 204".
package main

import (
	"fmt"
	"sync"
)

func square(n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- n * n
}

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for n := 1; n <= 8; n++ {
		wg.Add(1)
		go square(n, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	count, sum := 0, 0
	for r := range results {
		fmt.Println("~got", r)
		count++
		sum += r
	}
	fmt.Println("results:", count)
	fmt.Println("sum of squares:", sum)
}
