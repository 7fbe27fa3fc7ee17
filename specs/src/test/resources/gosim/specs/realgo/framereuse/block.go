// leaf is called from two lines of caller, ten times each (the call sites reuse their frames);
// the second line's call blocks on its fifth round: the deadlock dump shows both activations' lines.
package main

var c = make(chan int)

func leaf(n int) int {
	if n == -4 {
		<-c
	}
	return n * 2
}

func caller(i int) int {
	a := leaf(i)
	b := leaf(-i)
	return a + b
}

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		s += caller(i)
	}
	println(s)
}
