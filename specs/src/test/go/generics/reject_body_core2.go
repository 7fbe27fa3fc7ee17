package main

func S1[T ~chan int | ~chan string](x T)   { x <- 1 }
func S2[T ~chan int | ~chan string](x T)   { <-x }
func S3[T ~chan int | ~<-chan int](x T)    { <-x }
func S4[T ~chan int | ~chan<- int](x T)    { x <- 1 }
func S5[T ~<-chan int | ~chan<- int](x T)  { <-x }
func CL[T ~[]int | ~[]string]() T          { return T{} }
func CL2[T ~struct{ a int }]() T           { return T{a: 1} }
func I2[T ~[]int | ~[4]int | ~string](x T) { _ = x[0] }
func I3[T ~[]int | ~[4]int](x T) int       { return x[0] }
func I1[T ~[]int | ~[]string](x T)         { _ = x[0] }
func A1[T ~[]int | ~[]string](x T) T       { return append(x, x...) }
func Sl[T ~[]int | ~string](x T) T         { return x[1:] }

func main() {}
