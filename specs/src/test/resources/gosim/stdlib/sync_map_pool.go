package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	fmt.Println(m.Load("x"))
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "c")
	m.Store("a", 10)
	fmt.Println(m.Load("a"))
	fmt.Println(m.LoadOrStore("b", 20))
	fmt.Println(m.LoadOrStore("d", 4))
	fmt.Println(m.LoadAndDelete("b"))
	fmt.Println(m.LoadAndDelete("b"))
	m.Delete(3)
	m.Delete("nope")
	n := 0
	sum := 0
	m.Range(func(k, v interface{}) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println(n, sum)
	stops := 0
	m.Range(func(k, v interface{}) bool {
		stops++
		return false
	})
	fmt.Println(stops)
	func() {
		defer func() { fmt.Println(recover()) }()
		m.Store([]int{1}, 1)
	}()

	made := 0
	p := sync.Pool{New: func() interface{} { made++; return made }}
	fmt.Println(p.Get(), p.Get(), made)
	var q sync.Pool
	fmt.Println(q.Get())
	q.Put("x")
	q.Put(nil)
	fmt.Println(q.Get(), q.Get())
}
