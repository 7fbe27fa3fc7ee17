package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

type holder struct {
	cur atomic.Pointer[config]
	cnt atomic.Int64
}

type loader[T any] interface{ Load() *T }

func get[T any](l loader[T]) T { return *l.Load() }

type box[T any] struct{ p atomic.Pointer[T] }

func (b *box[T]) set(v T) { b.p.Store(&v) }

func swapAll[T any](ps []*atomic.Pointer[T], v *T) int {
	n := 0
	for _, p := range ps {
		if p.Swap(v) != nil {
			n++
		}
	}
	return n
}

func main() {
	var h holder
	h.cur.Store(&config{"a", 1})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for {
				old := h.cur.Load()
				nc := &config{old.name + "x", old.n + i}
				if h.cur.CompareAndSwap(old, nc) {
					break
				}
			}
			h.cnt.Add(1)
		}(i)
	}
	wg.Wait()
	fmt.Println(len(h.cur.Load().name), h.cur.Load().n, h.cnt.Load())
	fmt.Println(get[config](&h.cur).n)
	load := h.cur.Load
	fmt.Println(load().n)
	var b box[string]
	b.set("hi")
	fmt.Println(*b.p.Load())
	fmt.Printf("%T %T\n", b.p, &h.cur)
	var ip atomic.Pointer[int]
	var ip2 atomic.Pointer[int]
	x := 5
	ip.Store(&x)
	fmt.Println(swapAll([]*atomic.Pointer[int]{&ip, &ip2}, &x), *ip2.Load())
	var bs atomic.Pointer[[]string]
	fmt.Println(bs.Load() == nil)
	var ab atomic.Bool
	fmt.Println(ab.Swap(true), ab.Load())
}
