package main

import "fmt"

type Num interface{ ~int | ~int64 | ~float64 }

type MyF float64
type MyS string

func ToInt[T Num](x T) int                    { return int(x) }
func From[T Num](x int) T                     { return T(x) }
func Conv[T, U Num](x T) U                    { return U(x) }
func Str[T ~string | ~[]byte](x T) string     { return string(x) }
func Bytes[T ~string](x T) []byte             { return []byte(x) }
func Runes[T ~string](x T) []rune             { return []rune(x) }
func Const[T ~int8 | ~float32]() T            { return T(100) }
func ConstStr[T ~string | ~[]byte]() T        { return T("hi") }
func Sum[S ~[]E, E Num](s S) (t E) {
	for _, v := range s {
		t += v
	}
	return t
}
func Mk[T ~[]int](n int) T                    { return make(T, n) }
func MkM[M ~map[string]int]() M               { return make(M) }
func MkC[C ~chan int](n int) C                { return make(C, n) }
func Ln[T ~string | ~[]byte](x T) int         { return len(x) }
func Cp[T ~[]int | ~[4]int](x T) int          { return len(x) }
func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}
func Recv[C ~chan int | ~<-chan int](c C) int {
	for v := range c {
		return v
	}
	return 0
}
func Ptr[T any, PT interface{ *T }](p PT) *T { return (*T)(p) }

func main() {
	fmt.Println(ToInt(3.7), ToInt(int64(5)), ToInt(MyF(-2.5)))
	fmt.Println(From[float64](3), From[MyF](4), Conv[float64, int](2.9), Conv[int, MyF](7))
	fmt.Println(Str("ab"), Str([]byte("cd")), Str(MyS("ef")), Bytes(MyS("gh")), Runes("héllo"))
	fmt.Println(Const[int8](), Const[float32](), ConstStr[string](), ConstStr[[]byte]())
	fmt.Println(Sum([]float64{1.5, 2}), Sum([]MyF{1, 2, 3}))
	fmt.Println(len(Mk[[]int](4)), len(MkM[map[string]int]()), cap(MkC[chan int](3)))
	fmt.Println(Ln("abc"), Ln([]byte{1}), Cp([4]int{}), Cp([]int{1}))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	c := make(chan int, 1)
	c <- 9
	fmt.Println(Recv(c))
	x := 5
	fmt.Println(*Ptr(&x))
	fmt.Printf("%T %T %T\n", From[MyF](4), Conv[int, MyF](7), Const[int8]())
}
