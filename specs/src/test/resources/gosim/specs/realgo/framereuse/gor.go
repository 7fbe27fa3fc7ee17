// Three goroutines call step through the same call site, parked inside it in turn (a frame in
// use is not shared); one stays blocked in it: the dump shows that goroutine's own lines.
package main

import "fmt"

func step(id, k int, in chan int) int {
	v := <-in
	if k == 3 && id == 1 {
		select {}
	}
	return v + id*k
}

func worker(id int, in chan int, done chan int) {
	t := 0
	for k := 0; k < 5; k++ {
		t += step(id, k, in)
	}
	done <- t
}

func main() {
	done := make(chan int)
	var ins []chan int
	for id := 0; id < 3; id++ {
		in := make(chan int)
		ins = append(ins, in)
		go worker(id, in, done)
	}
	for k := 0; k < 5; k++ {
		for id, in := range ins {
			if id != 1 || k <= 3 {
				in <- 10*k + id
			}
		}
	}
	fmt.Println(<-done + <-done)
	<-done
}
