// The AOT training run of the ./gosim launcher: the JVM records which classes this run loads
// and links, and how its methods behave, into JDK 25's AOT cache (-XX:AOTCacheOutput), so
// later runs start warm. It exercises what scenarios spend their time in: many goroutines
// parking on channels and waking (so the parked frames are compiled code, not interpreted),
// select, maps, closures, defer and a loop of calls. It is also a valid Go program.
package main

import "fmt"

func worker(c chan int, done chan int) {
	v := <-c
	done <- v
}

func mix(a, b int) int {
	return a + b*3 - (a >> 1)
}

func main() {
	const n = 20000
	c := make(chan int)
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go worker(c, done)
	}
	for i := 0; i < n; i++ {
		c <- i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	quit := make(chan bool)
	ticks := make(chan int)
	go func() {
		defer close(quit)
		for i := 0; i < 1000; i++ {
			ticks <- i
		}
	}()
	seen := map[int]int{}
	for running := true; running; {
		select {
		case v := <-ticks:
			seen[v%7]++
		case <-quit:
			running = false
		}
	}
	for i := 0; i < 300000; i++ {
		sum = mix(sum, i) % 1000003
	}
	fmt.Println("sum", sum, len(seen))
}
