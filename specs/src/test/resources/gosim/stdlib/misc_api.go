// Exercises the parts of log, math/rand, time, sync and container/heap the other programs leave
// out: log's Output, Writer, Default, Panic and Panicf, prefixes and flags on a logger writing to
// stdout; rand's Read, Shuffle, Uint32/Uint64 and a Rand of its own; Time's UnixMilli/UnixMicro
// and time.Sleep in virtual time; sync.Cond with Signal and Broadcast, Once and RWMutex;
// heap.Fix and heap.Remove. misc_api.out is its output under real Go 1.19
// (go run misc_api.go > misc_api.out).
package main

import (
	"container/heap"
	"fmt"
	"log"
	"math/rand"
	"os"
	"sync"
	"time"
)

type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	// log without timestamps, so the output is fixed
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("hello", 42)
	l.Printf("%05.1f|", 3.14159)
	l.Print("no newline")
	l.Output(1, "via Output")
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == os.Stdout)
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix after flags")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("recovered: %q\n", r) }()
		l.Panicln("bad", "line")
	}()
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std ")
	log.Print("default logger")
	log.Default().Println("Default is std:", log.Default() == log.Default(), log.Writer() == os.Stdout)
	fmt.Println(log.Prefix(), log.Flags(), log.LstdFlags, log.Ldate|log.Ltime|log.Lmicroseconds|log.Llongfile|log.Lshortfile|log.LUTC|log.Lmsgprefix)

	// math/rand: the top-level source starts seeded with 1 before Go 1.20
	fmt.Println(rand.Int(), rand.Intn(100), rand.Uint32(), rand.Uint64(), rand.Int31n(10), rand.Int63n(1000), rand.Float32())
	buf := make([]byte, 10)
	n, err := rand.Read(buf)
	fmt.Println(n, err, buf)
	xs := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, rand.Perm(8))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Intn(6), r.Float64(), r.NormFloat64(), r.ExpFloat64())
	r.Seed(7)
	n, _ = r.Read(buf[:3])
	fmt.Println(n, buf[:3], r.Perm(5))

	// time
	t := time.Date(2022, time.March, 4, 5, 6, 7, 890123456, time.UTC)
	fmt.Println(t.UnixMilli(), t.UnixMicro(), t.UnixNano(), time.UnixMilli(t.UnixMilli()).UTC(), time.UnixMicro(-1).UTC())
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println(time.Since(start) >= 30*time.Millisecond)

	// sync.Cond: waiters woken one at a time, then all
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			ready++
			cond.Wait()
			mu.Unlock()
			woken <- i
		}(i)
	}
	for {
		mu.Lock()
		if ready == 3 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	cond.Signal()
	mu.Unlock()
	<-woken
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken:", len(woken)+1)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers")
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	fmt.Println(rw.RLocker() != nil)

	// container/heap: Fix after a change, Remove from the middle
	h := &intHeap{9, 4, 7, 1, 8, 2}
	heap.Init(h)
	fmt.Println(*h)
	(*h)[3] = 0
	heap.Fix(h, 3)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 2), *h)
	heap.Push(h, 5)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}
