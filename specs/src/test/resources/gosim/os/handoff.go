package main

// A file write long enough for sysmon to retake its P (InMemoryOsTest.longFileSyscallsHandOffTheirP):
// each Write of 4 MiB is one blocking syscall of 1 µs + 1 ns per 4 bytes (about 1 ms), while another
// goroutine has work to run on the only P.

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	b := make([]byte, 1<<22) // before the worker starts: its GC is over by then
	done := make(chan int)
	go func() {
		x := 0
		for i := 0; i < 2000000; i++ {
			x += i
		}
		done <- x
	}()
	f, _ := os.Create("big")
	for i := 0; i < 3; i++ {
		f.Write(b)
	}
	f.Close()
	fmt.Println(<-done > 0)
}
