// Timers and select with time.After.
//
// time.After(d) and time.NewTimer(d) put a timer on the runtime's timer
// heap (addtimer; in Go 1.7 one heap served by the timerproc goroutine);
// when it fires, the timer's function sends the current time on a
// buffered channel, which makes the channel ready for a select. A select
// blocks on all its cases at once (selectgo enqueues the goroutine on
// every channel) and proceeds with whichever becomes ready first. A
// stopped timer never fires: Stop reports whether it was still pending.
// time.Tick delivers a value every period.
//
// Look for: the fast job finishing, the slow one timing out, Stop
// returning true then false, and three ticks.
package main

import (
	"fmt"
	"time"
)

func job(d time.Duration) chan string {
	done := make(chan string, 1)
	go func() {
		time.Sleep(d)
		done <- fmt.Sprintf("finished after %v", d)
	}()
	return done
}

func await(name string, done chan string, timeout time.Duration) {
	select {
	case msg := <-done:
		fmt.Println(name+":", msg)
	case <-time.After(timeout):
		fmt.Println(name+": timed out after", timeout)
	}
}

func main() {
	start := time.Now()
	await("fast", job(10*time.Millisecond), 200*time.Millisecond)
	await("slow", job(500*time.Millisecond), 50*time.Millisecond)
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	tick := time.Tick(20 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	fmt.Println("at least 120ms passed:", time.Since(start) >= 120*time.Millisecond)
}
