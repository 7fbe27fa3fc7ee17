package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	n    int
	next *T
	pad  [4]int
}

func (t *T) String() string { return fmt.Sprint("T", t.n) }

var saved *T

func make1(n int, f func(*T)) {
	t := &T{n: n}
	runtime.SetFinalizer(t, f)
}

func main() {
	make1(1, func(t *T) { fmt.Println("fin", t.n, runtime.NumGoroutine()) })
	// resurrection: the finalizer stores the object; it is not finalized again
	make1(2, func(t *T) { fmt.Println("fin", t.n, "saved"); saved = t })
	// cleared finalizer never runs
	t3 := &T{n: 3}
	runtime.SetFinalizer(t3, func(t *T) { fmt.Println("fin 3: must not run") })
	runtime.SetFinalizer(t3, nil)
	t3 = nil
	// interface parameter
	func() {
		t := &T{n: 4}
		runtime.SetFinalizer(t, func(s fmt.Stringer) { fmt.Println("fin", s.String()) })
	}()
	// dependency order: a points at b, both with finalizers: only a's runs in the first cycle
	func() {
		b := &T{n: 6}
		a := &T{n: 5, next: b}
		runtime.SetFinalizer(a, func(t *T) { fmt.Println("fin", t.n) })
		runtime.SetFinalizer(b, func(t *T) { fmt.Println("fin", t.n) })
	}()
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		fmt.Println("cycle", i, saved != nil)
	}
	saved = nil
	runtime.GC()
	time.Sleep(time.Millisecond)
	fmt.Println("done", runtime.NumGoroutine())
}
