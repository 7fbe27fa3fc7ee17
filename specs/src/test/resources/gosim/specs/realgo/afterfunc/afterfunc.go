// Goroutines started by time.AfterFunc: one parked in its function, one that dumps all
// goroutines (debug=2) from a function it calls. Each starts in the user's function and was
// created by time.goFunc (1.19 sleep.go:176).
package main

import (
	"os"
	"runtime/pprof"
	"time"
)

func dump(done chan bool) {
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 2)
	done <- true
}

func main() {
	done := make(chan bool)
	block := make(chan bool)
	time.AfterFunc(time.Millisecond, func() {
		<-block
	})
	time.Sleep(20 * time.Millisecond)
	time.AfterFunc(time.Millisecond, func() {
		dump(done)
	})
	<-done
}
