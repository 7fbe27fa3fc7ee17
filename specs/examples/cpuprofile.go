// A CPU profile of a busy loop.
//
// StartCPUProfile turns on SIGPROF-based sampling at 100 Hz
// (SetCPUProfileRate): every 10ms of CPU time the signal handler records
// the running goroutine's stack, and a background goroutine
// (profileWriter) writes the samples to the writer. The profile is
// binary (Go 1.7: the legacy format of uintptr words; Go 1.8+: gzipped
// profile.proto), so this program writes it to stderr: run it as
//
//	go run cpuprofile.go 2>cpu.prof && go tool pprof -top cpu.prof
//
// and main.fib dominates. Only one CPU profile can run at a time: a second
// StartCPUProfile fails with "cpu profiling already in use".
// (gosim: -go 1.19 writes profile.proto, which pprof reads with no binary.)
// Look for: the two start results and the fib value on stdout.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// rounds sets the run time; raise it for a profile with more samples.
const rounds = 20

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	err := pprof.StartCPUProfile(os.Stderr)
	fmt.Println("first start:", err)
	err = pprof.StartCPUProfile(os.Stderr)
	fmt.Println("second start:", err)
	total := 0
	for i := 0; i < rounds; i++ {
		total += fib(27)
	}
	fmt.Printf("%d x fib(27) = %d\n", rounds, total)
	pprof.StopCPUProfile()
	fmt.Println("stopped")
}
