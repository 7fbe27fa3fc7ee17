package main

type T struct{ a, b int }

type D1 struct{ x D2 }
type D2 struct{ x D3 }
type D3 struct{ x D4 }
type D4 struct{ x D5 }
type D5 struct{ x, y int }

type E struct{}

var ch = make(chan int)

//go:noinline
func shapes(x int, s string, t T, p *int, sl []int, e interface{}) {
	<-ch
}

//go:noinline
func many(a, b, c, d, e, f, g, h, i, j, k, l int) {
	<-ch
}

//go:noinline
func floats(f float64, c complex128, g float32, arr [3]int, one [1]string, z E) {
	<-ch
}

//go:noinline
func deep(d D1, n int) {
	<-ch
}

//go:noinline
func (t T) method(b bool, u uint8) {
	<-ch
}

func main() {
	n := 3
	go shapes(7, "hi", T{1, 2}, &n, []int{1, 2}, 5)
	go many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	go floats(2.5, complex(1, 2), 1.5, [3]int{4, 5, 6}, [1]string{"a"}, E{})
	go deep(D1{}, 9)
	go T{3, 4}.method(true, 200)
	select {}
}
