// Calibration of gosim's GC pacing noise: how much the heap size at which a GC cycle starts
// varies from run to run of the same program. Runs itself 30 times with GODEBUG=gcpacertrace=1
// and reads the pacer's end-of-cycle line (mgcpacer.go:754-756 in Go 1.19: "in TRIGGERED B ->
// LIVE B (∆goal D, ..."), where TRIGGERED is heap_live when the cycle was triggered.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"sync"
)

var keep [][]byte
var sink int

func spin(n int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i ^ (x >> 3)
	}
	sink += x
}

// child: two goroutines allocate 64-byte objects, keeping a window of 16384 of each live.
func child() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			window := make([][]byte, 16384)
			for i := 0; i < 1_500_000; i++ {
				window[i%len(window)] = make([]byte, 64)
				spin(100) // a mutator that computes between allocations
			}
			mu.Lock()
			keep = append(keep, window[0])
			mu.Unlock()
		}()
	}
	wg.Wait()
}

func main() {
	if os.Getenv("GCPACE_CHILD") != "" {
		child()
		return
	}
	re := regexp.MustCompile(`in (\d+) B -> (\d+) B \(∆goal (-?\d+)`)
	const runs = 30
	byCycle := map[int][]float64{}
	for r := 0; r < runs; r++ {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "GCPACE_CHILD=1", "GODEBUG=gcpacertrace=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("child:", err)
			os.Exit(1)
		}
		sc := bufio.NewScanner(&stderr)
		k := 0
		for sc.Scan() {
			m := re.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			k++
			trig, _ := strconv.ParseFloat(m[1], 64)
			byCycle[k] = append(byCycle[k], trig)
		}
	}
	// For each cycle index seen in every run, each run's trigger over that cycle's median.
	var rel []float64
	for k, xs := range byCycle {
		if len(xs) < runs || k < 2 {
			continue
		}
		s := append([]float64(nil), xs...)
		sort.Float64s(s)
		med := s[len(s)/2]
		for _, x := range xs {
			rel = append(rel, (x/med-1)*100)
		}
	}
	sort.Float64s(rel)
	q := func(p float64) float64 { return rel[int(p*float64(len(rel)-1))] }
	fmt.Printf("gc_trigger_vs_median_pct n=%d p0=%.2f p10=%.2f p50=%.2f p90=%.2f p100=%.2f\n",
		len(rel), q(0), q(0.1), q(0.5), q(0.9), q(1))
}
