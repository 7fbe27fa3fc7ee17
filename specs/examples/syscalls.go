// Blocking syscalls create threads, seen in the threadcreate profile.
//
// Five goroutines each make a blocking system call (syscall.Nanosleep,
// 20ms) on a single P. entersyscall leaves the P in state _Psyscall; when
// the syscall lasts longer than a sysmon tick, sysmon's retake takes the
// P away (handoffp), and startm finds or creates another M to run the
// remaining goroutines, which block in turn. So each sleeping goroutine
// ends up holding an M (an OS thread) of its own. newm records each new
// thread's creation stack (mcommoninit), and
// runtime.ThreadCreateProfile / pprof.Lookup("threadcreate") report them.
// Watch the scheduler decide: ./gosim run -explain syscalls.go (or -trace FILE).
// Look for: at least 5 threads created, and the profile header
// "threadcreate profile: total N". The exact N depends on how many idle
// Ms the runtime already had.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
)

const sleepers = 5

func sleeper(wg *sync.WaitGroup) {
	defer wg.Done()
	ts := syscall.Timespec{Sec: 0, Nsec: 20 * 1000 * 1000}
	syscall.Nanosleep(&ts, nil)
}

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for i := 0; i < sleepers; i++ {
		wg.Add(1)
		go sleeper(&wg)
	}
	wg.Wait()
	n, _ := runtime.ThreadCreateProfile(nil)
	fmt.Println("~threads created:", n)
	fmt.Println("at least one thread per sleeper:", n >= sleepers)
	pprof.Lookup("threadcreate").WriteTo(os.Stdout, 1)
}
