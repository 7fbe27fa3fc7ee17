package main

import (
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
)

func main() {
	runtime.MemProfileRate = 1
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			ts := syscall.Timespec{Sec: 0, Nsec: 20000000}
			syscall.Nanosleep(&ts, nil)
			wg.Done()
		}()
	}
	wg.Wait()
	runtime.GC()
	runtime.GC()
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
}
