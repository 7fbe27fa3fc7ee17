// A heap profile before and after runtime.GC: what the profile can see.
//
// With MemProfileRate = 1 (set first thing, before anything allocates)
// every allocation is recorded in a bucket for its stack (mProf_Malloc).
// Frees are only discovered later, when the GC sweeps (mProf_Free). To
// keep mallocs and frees consistent, Go 1.7 counts them in three stages:
// recent (since the last GC), prev (the GC before), final (reported).
// mProf_GC, at the end of each GC, adds prev to final and moves recent to
// prev, so a profile shows the heap as of a completed GC, not as of now.
//  1. Before any GC, MemProfile finds no data at all and runs the mProf_GC
//     step twice itself: every allocation shows, none freed yet.
//  2. runtime.GC sweeps eagerly and calls mProf_GC twice more (gcSweep):
//     the garbage now shows as freed (0 in use, still 3 allocated).
//  3. Allocations made after that GC (main.late) stay in "recent": their
//     bucket exists (stkbucket made it at malloc) but reports 0: 0 [0: 0].
//  4. After another runtime.GC they show.
//
// Look for: main.keep 4: 4096 in every profile, main.garbage going from
// 3: 12288 in use to 0: 0 [3: 12288], main.late 0: 0 [0: 0] in the third
// profile and 2: 4096 [2: 4096] in the fourth.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

var kept [][]byte
var sink []byte

func keep(n int) {
	kept = make([][]byte, n)
	for i := 0; i < n; i++ {
		kept[i] = make([]byte, 1024)
	}
}

func garbage(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 4096)
	}
	sink = nil
}

var lateKept [2][]byte

func late() {
	for i := 0; i < len(lateKept); i++ {
		lateKept[i] = make([]byte, 2048)
	}
}

func main() {
	runtime.MemProfileRate = 1
	keep(4)
	garbage(3)
	fmt.Println("=== 1: before any GC")
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
	runtime.GC()
	fmt.Println("=== 2: after runtime.GC")
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
	late()
	fmt.Println("=== 3: after more allocation")
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
	runtime.GC()
	fmt.Println("=== 4: after another runtime.GC")
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
}
