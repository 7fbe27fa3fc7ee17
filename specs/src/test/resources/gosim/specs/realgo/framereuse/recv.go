// get is only a return statement that blocks; caller calls it from two lines through reused
// frames, and the first line's call blocks once the buffer is empty.
package main

import "fmt"

func get(c chan int) int {
	return <-c * 2
}

func caller(c chan int) int {
	a := get(c)
	b := get(c)
	return a - b
}

func main() {
	c := make(chan int, 6)
	for i := 0; i < 6; i++ {
		c <- i * i
	}
	for {
		fmt.Println(caller(c))
	}
}
