package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, 1<<40), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, ^uint64(0)), atomic.AddUintptr(&up, 7))
	fmt.Println(atomic.SwapInt32(&i32, 3), atomic.SwapInt64(&i64, 4), atomic.SwapUint32(&u32, 5), atomic.SwapUint64(&u64, 6), atomic.SwapUintptr(&up, 8))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 3, 30), atomic.CompareAndSwapInt32(&i32, 3, 31), atomic.CompareAndSwapInt64(&i64, 4, 40),
		atomic.CompareAndSwapUint32(&u32, 0, 1), atomic.CompareAndSwapUint64(&u64, 6, 60), atomic.CompareAndSwapUintptr(&up, 8, 80))
	atomic.StoreInt32(&i32, -1)
	atomic.StoreInt64(&i64, -2)
	atomic.StoreUint32(&u32, 1<<31)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 9)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	fmt.Println(atomic.AddUint32(&u32, 1<<31), atomic.AddUint64(&u64, 1<<63))

	var wg sync.WaitGroup
	var n int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("a")
	fmt.Println(v.Load(), v.Swap("b"), v.CompareAndSwap("a", "c"), v.CompareAndSwap("b", "c"), v.Load())
	for _, f := range []func(){func() { v.Store(nil) }, func() { v.Store(1) }, func() { v.Swap(2) }, func() { v.CompareAndSwap("c", 3) }, func() { v.CompareAndSwap(1, "d") },
		func() { var w atomic.Value; w.Swap(nil) }} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
	fmt.Println(v.Load())

	var ai atomic.Int64
	var au atomic.Uint32
	var ab atomic.Bool
	var a32 atomic.Int32
	var a64 atomic.Uint64
	var ap atomic.Uintptr
	fmt.Println(ai.Add(5), ai.Swap(7), ai.CompareAndSwap(7, 9), ai.Load(), au.Add(^uint32(0)), ab.Load(), ab.Swap(true), ab.CompareAndSwap(true, false), ab.Load())
	a32.Store(-3)
	a64.Store(3)
	ap.Store(4)
	fmt.Println(a32.Load(), a32.Add(1), a64.Add(2), ap.Swap(1), ap.Load())
}
