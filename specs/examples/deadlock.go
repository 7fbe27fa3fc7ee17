// A deadlock: every goroutine is asleep.
//
// main waits on a channel that the only other goroutine never sends on,
// because that goroutine is itself waiting on a mutex main holds. When
// the last running M finds nothing to run, checkdead counts the
// goroutines that could still wake (none: no timers, no syscalls) and
// throws "all goroutines are asleep - deadlock!". The runtime prints the
// stack of every goroutine with its wait reason ("chan receive",
// "semacquire" for the mutex) and exits with status 2.
//
// Look for: exit status 2, the fatal error line, and the two goroutines'
// states in the dump on stderr.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock() // never granted: main holds mu until done arrives
		done <- true
		mu.Unlock()
	}()
	fmt.Println("waiting for a goroutine that waits for us")
	<-done
	mu.Unlock()
	fmt.Println("unreachable")
}
