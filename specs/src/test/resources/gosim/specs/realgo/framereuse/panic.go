// leaf is called from two lines of caller in a loop; the second line's call panics on the
// seventh round, after its frame was reused six times.
package main

func leaf(n int) int {
	if n == 6 {
		panic("leaf")
	}
	return n * 2
}

func caller(i int) int {
	a := leaf(-i)
	b := leaf(i)
	return a + b
}

func main() {
	total := 0
	for i := 10; i > 0; i-- {
		total -= caller(10 - i)
	}
	println("unreached", total)
}
