// Conversions between *T, unsafe.Pointer and uintptr (spec "Package unsafe"); unsafe_pointer.out is go1.19 go run output.
package main

import (
	"fmt"
	"unsafe"
)

type S struct{ a, b int }

func main() {
	x := 42
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 7
	fmt.Println(x, q == &x)
	u := uintptr(p)
	fmt.Println(u != 0, u == uintptr(unsafe.Pointer(&x)))
	r := (*int)(unsafe.Pointer(u))
	fmt.Println(*r, r == &x)
	s := &S{1, 2}
	ps := (*S)(unsafe.Pointer(uintptr(unsafe.Pointer(s))))
	ps.b = 9
	fmt.Println(*s, ps == s)
	var np unsafe.Pointer
	fmt.Println(uintptr(np), (*int)(np) == nil, unsafe.Pointer(uintptr(0)) == nil)
	fmt.Println(fmt.Sprintf("%p", p) == fmt.Sprintf("%#x", u))
}
