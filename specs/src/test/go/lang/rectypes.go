// Named types defined by a named type that is still being declared through a pointer
// (test/fixedbugs/bug336.go): valid Go, T2 gets T1's underlying struct.
// Expected output: real Go 1.19 (go run rectypes.go > rectypes.out).
package main

import "fmt"

type T1 struct {
	Next *T2
	N    int
}

type T2 T1

type T3 struct{ Next *T4 }
type T4 T5
type T5 T6
type T6 T3

type L *[2]L2
type L2 L

func main() {
	a := &T1{&T2{N: 2}, 1}
	fmt.Println(a.N, a.Next.N, a.Next.Next == nil)
	b := T4{&T4{}}
	fmt.Println(b.Next.Next == nil)
	fmt.Printf("%T %T %v\n", T6{}, T5(b), T3(b).Next != nil)
	var l L = &[2]L2{}
	fmt.Println(l[0] == nil, len(*l))
}
