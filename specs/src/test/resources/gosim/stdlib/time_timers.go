package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println("location of Now:", start.Location(), "elapsed >= 0:", time.Since(start) >= 0)

	// Timer.Stop and Reset report whether the timer was active.
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop(), "stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(20*time.Millisecond))
	v := <-t.C
	fmt.Println("fired after >= 20ms:", v.Sub(start) >= 20*time.Millisecond, "stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(time.Millisecond), "reset pending:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("until past deadline < 0:", time.Until(start) < 0)

	// A Ticker ticks until stopped; Reset changes its period.
	tk := time.NewTicker(10 * time.Millisecond)
	last := time.Now()
	for i := 0; i < 3; i++ {
		now := <-tk.C
		fmt.Println("tick", i, now.Sub(last) > 0)
		last = now
	}
	tk.Reset(40 * time.Millisecond)
	r := time.Now()
	now := <-tk.C
	fmt.Println("after reset the tick waited >= 40ms:", now.Sub(r) >= 40*time.Millisecond-time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("no tick after stop")
	}

	// AfterFunc runs f in its own goroutine: f may block without stopping other timers.
	release := make(chan bool)
	done := make(chan string, 2)
	time.AfterFunc(5*time.Millisecond, func() {
		<-release
		done <- "blocked func finished"
	})
	af := time.AfterFunc(10*time.Millisecond, func() { done <- "second func ran" })
	fmt.Println(<-done)
	fmt.Println("stop after run:", af.Stop())
	release <- true
	fmt.Println(<-done)
	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending func:", never.Stop())

	// time.Tick and a select timeout.
	tick := time.Tick(5 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("two ticks, nil tick for 0:", time.Tick(0) == nil)
	c := make(chan int)
	select {
	case <-c:
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
