// Closing a channel: range ends, receives see the zero value, sends panic.
//
// close(ch) marks the channel closed and wakes every waiting receiver
// (closechan). Buffered values are still delivered first; after that a
// receive returns the zero value at once with ok == false, which ends a
// for-range loop. Sending on a closed channel panics ("send on closed
// channel"), and so does closing it twice ("close of closed channel").
//
// Look for: 1 2 3 received in order, "0 false", and the two panics.
package main

import (
	"fmt"
)

func try(what string, f func()) {
	defer func() {
		fmt.Println(what+":", recover())
	}()
	f()
}

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("received", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	try("send", func() { ch <- 4 })
	try("close", func() { close(ch) })
}
