package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	a byte
	b int32
}

type S struct {
	x  bool
	y  int64
	z  uint16
	in Inner
	s  string
	e  struct{}
}

type E struct {
	Inner
	c byte
	p *int
}

type Z struct {
	n int32
	z [0]int64
}

const sz = unsafe.Sizeof(S{})

var arr [unsafe.Sizeof(int32(0))]byte

func main() {
	var s S
	var e E
	var i interface{}
	var f func()
	var m map[int]int
	var sl []int
	var ch chan int
	var p unsafe.Pointer
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), sz, len(arr))
	fmt.Println(unsafe.Offsetof(s.x), unsafe.Offsetof(s.y), unsafe.Offsetof(s.z), unsafe.Offsetof(s.in), unsafe.Offsetof(s.s), unsafe.Offsetof(s.e))
	fmt.Println(unsafe.Sizeof(e), unsafe.Offsetof(e.c), unsafe.Offsetof(e.b), unsafe.Offsetof(e.p), unsafe.Alignof(e.c))
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(f), unsafe.Sizeof(m), unsafe.Sizeof(sl), unsafe.Sizeof(ch), unsafe.Sizeof(p))
	fmt.Println(unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof("abc"), unsafe.Sizeof(true))
	fmt.Println(unsafe.Sizeof([3]int16{}), unsafe.Sizeof(Z{}), unsafe.Alignof(Z{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(float32(0)))
	fmt.Printf("%T %T\n", unsafe.Sizeof(s), unsafe.Offsetof(s.y))
	const k = unsafe.Sizeof(s.y) * 2
	var u8 uint8 = uint8(k)
	fmt.Println(k, u8)
}
