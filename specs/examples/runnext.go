// The runnext ordering puzzle.
//
// With one P (GOMAXPROCS=1) main starts goroutines 1, 2 and 3 and then
// waits. They print 3 1 2, not 1 2 3. newproc puts each new G into its P
// with runqput(next=true): the new G takes the P's runnext slot and the G
// that was there is kicked to the tail of the local run queue. After the
// three go statements runnext holds 3 and the queue holds 1, 2. When main
// blocks in wg.Wait, schedule() -> runqget takes runnext first.
//
// We wait with a WaitGroup, not time.Sleep: in Go 1.7 the first
// time.Sleep starts the timer goroutine (timerproc), which would itself
// take runnext and change the order.
//
// The Gosched first gives main a fresh time slice: sysmon preempts a G
// that has run 10ms (retake -> preemptone), and on a busy machine main's
// start-up can take that long; a preemption between the go statements
// would change the order.
// Watch the scheduler decide: ./gosim run -explain runnext.go (or -trace FILE).
// Look for: the line "3 1 2".
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched()
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []string{}
	for _, name := range []string{"1", "2", "3"} {
		wg.Add(1)
		name := name
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(order, " "))
}
