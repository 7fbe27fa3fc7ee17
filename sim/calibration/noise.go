// Calibration of gosim's noise model: measures timing that Go's runtime does not control.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"syscall"
	"time"
)

func pct(xs []float64) string {
	sort.Float64s(xs)
	q := func(p float64) float64 { return xs[int(p*float64(len(xs)-1))] }
	return fmt.Sprintf("n=%d p10=%.1f p50=%.1f p90=%.1f p99=%.1f", len(xs), q(0.1), q(0.5), q(0.9), q(0.99))
}

var sink int

func spin(n int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i ^ (x >> 3)
	}
	sink += x
}

func main() {
	runtime.GOMAXPROCS(2)
	// 1. wake-up latency: a goroutine parked on a channel, woken by another thread while the
	// receiver's P is idle (notewakeup of an idle M -> it runs).
	var wake []float64
	c := make(chan int64)
	done := make(chan bool)
	go func() {
		for t := range c {
			wake = append(wake, float64(time.Now().UnixNano()-t)/1000)
		}
		done <- true
	}()
	for i := 0; i < 2000; i++ {
		time.Sleep(200 * time.Microsecond) // let the receiver's M go idle
		c <- time.Now().UnixNano()
	}
	close(c)
	<-done
	fmt.Println("wakeup_us", pct(wake))

	// 2. thread creation: LockOSThread in a goroutine that then blocks in a syscall forces newm.
	var newm []float64
	for i := 0; i < 200; i++ {
		t0 := time.Now()
		ch := make(chan bool)
		go func() {
			runtime.LockOSThread()
			ch <- true
		}()
		<-ch
		newm = append(newm, float64(time.Since(t0).Nanoseconds())/1000)
	}
	fmt.Println("goroutine_start_locked_us", pct(newm))

	// 3. sleep overshoot for time.Sleep(1ms) and (100us).
	for _, d := range []time.Duration{100 * time.Microsecond, time.Millisecond} {
		var over []float64
		for i := 0; i < 500; i++ {
			t0 := time.Now()
			time.Sleep(d)
			over = append(over, float64((time.Since(t0)-d).Nanoseconds())/1000)
		}
		fmt.Println("sleep_overshoot_us", d, pct(over))
	}

	// 4. syscall duration: Nanosleep(50us) as a raw syscall.
	var sc []float64
	for i := 0; i < 500; i++ {
		ts := syscall.NsecToTimespec(50000)
		t0 := time.Now()
		syscall.Nanosleep(&ts, nil)
		sc = append(sc, float64((time.Since(t0)).Nanoseconds()-50000)/1000)
	}
	fmt.Println("nanosleep50_overshoot_us", pct(sc))

	// 5. per-thread speed: the same ~100us of work, repeated; ratio to the median.
	var work []float64
	for i := 0; i < 3000; i++ {
		t0 := time.Now()
		spin(30000)
		work = append(work, float64(time.Since(t0).Nanoseconds())/1000)
	}
	fmt.Println("work_us", pct(work))
	// two threads at once
	res := make(chan []float64)
	for k := 0; k < 2; k++ {
		go func() {
			var w []float64
			for i := 0; i < 1500; i++ {
				t0 := time.Now()
				spin(30000)
				w = append(w, float64(time.Since(t0).Nanoseconds())/1000)
			}
			res <- w
		}()
	}
	a, b := <-res, <-res
	fmt.Println("work2_us_a", pct(a))
	fmt.Println("work2_us_b", pct(b))
	fmt.Fprintln(os.Stderr, sink)
}
