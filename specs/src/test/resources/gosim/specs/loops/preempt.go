// What other goroutines see of a goroutine in a hot loop depends on where the scheduler switched
// goroutines: at the statement allowance (its preemption points) and at kernel entries. Compiled
// loops (Loops) must switch at the same statements as the closure nodes, so this program's output
// (gosim's schedule, not real Go's) is the same with and without them. Ends in a panic inside a
// loop two calls deep, whose traceback gives the loop's lines.
package main

import (
	"fmt"
	"runtime"
)

var shared, rounds int

func spin(n int) {
	for i := 0; i < n; i++ {
		shared++
		if i%1000 == 0 {
			rounds++
		}
	}
}

func step(a, b int) int {
	return a*7 + b
}

func crash(limit int) int {
	var a []int
	x := 0
	for i := 0; i < 100000; i++ {
		x = step(x, i) % 65536
		if i == limit {
			return a[x%7]
		}
	}
	return x
}

func main() {
	runtime.GOMAXPROCS(2)
	done := make(chan bool)
	go func() {
		spin(3000000)
		done <- true
	}()
	seen := make([]int, 0, 16)
	local := 0
	for k := 0; k < 2000000; k++ {
		local = step(local, k) % 1000003
		if k%200000 == 0 {
			seen = append(seen, shared)
		}
	}
	<-done
	fmt.Println(local, seen, shared, rounds)
	fmt.Println(crash(77777))
}
