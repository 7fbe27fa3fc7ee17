// sync.Once and sync.Cond.
//
// Once: five goroutines race to initialize a config; Once.Do runs the
// function exactly once (the first caller takes the Once's mutex, the
// others wait on it and then see done == 1).
// Cond: workers wait for a "start" flag. Cond.Wait unlocks the mutex and
// parks the goroutine on the Cond's notify list (notifyListWait; its
// wait reason is "semacquire" in Go 1.7, "sync.Cond.Wait" in newer
// releases); Broadcast wakes them all, and each re-locks the
// mutex before Wait returns, so they check the flag one at a time.
//
// Look for: "init ran 1 time(s)" and "started: 4".
package main

import (
	"fmt"
	"sync"
)

var once sync.Once
var inits int
var config string

func getConfig(wg *sync.WaitGroup) {
	defer wg.Done()
	once.Do(func() {
		inits++
		config = "ready"
	})
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go getConfig(&wg)
	}
	wg.Wait()
	fmt.Printf("init ran %d time(s), config %s\n", inits, config)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	start := false
	started := 0
	var waiting sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		waiting.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting.Done()
			for !start {
				cond.Wait()
			}
			started++
			mu.Unlock()
		}()
	}
	waiting.Wait()
	mu.Lock()
	start = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("started:", started)
}
