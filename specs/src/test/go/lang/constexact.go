package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
	x4 float64 = iota * 1.5
	x5
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
)

const single = iota

const (
	huge   = 1 << 100
	shr    = huge >> 98
	big    = 1e1000
	ratio  = big / 1e999
	third  = 1.0 / 3
	tiny   = 1e-1000
	back   = tiny * 1e1000
	exact  = 0.1 + 0.2
	intdiv = 7 / 2
	fdiv   = 7 / 2.0
	mixed  = huge * 1.5 / huge
	neg    = -huge >> 99
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(x0, x1, x2, x3, x4, x5)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(F1, F2, F3, F1|F3, single)
	fmt.Println(shr, ratio, third, back, exact, exact == 0.3, intdiv, fdiv, mixed, neg)
	fmt.Printf("%T %T %T\n", x4, Tuesday, F2)
	var f32 float32 = third
	fmt.Println(f32, float64(third)*3 == 1, third*3 == 1)
	const h = huge / (huge >> 1)
	fmt.Println(h, huge%1000, 1<<62>>60)
}
