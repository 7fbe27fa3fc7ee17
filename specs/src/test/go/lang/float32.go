package main

import (
	"fmt"
	"math"
)

type Celsius float32

const third float32 = 1.0 / 3

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	c := a + b
	fmt.Println(a, b, c, c == 0.3, float64(c))
	fmt.Println(a*b, a/b, a-b, -a)
	var d float64 = 0.1
	fmt.Println(float32(d), float64(float32(d)), d == float64(a))
	fmt.Printf("%v %g %.3f %e %T\n", c, c, c, c, c)
	fmt.Printf("%8.2f|%-8.3g|%+v\n", a, b, c)
	println(a, c)
	x := float32(16777216)
	fmt.Println(x+1, x+2, int(x), int64(x+3))
	var u uint64 = 1<<64 - 1
	fmt.Println(float32(u), float32(int64(-7)), float32(uint32(4000000001)))
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, third, third*3)
	t := Celsius(36.6)
	fmt.Println(t, t*2)
	fmt.Printf("%v %T\n", t, t)
	m := map[float32]int{1.5: 1}
	m[1.5]++
	fmt.Println(m)
	fmt.Println(float32(math.MaxFloat32), float32(1e-45), float32(math.Pi))
	var big float32 = 3e38
	fmt.Println(big*10, -big*10, big*10-big*10)
	fmt.Println([]float32{1, 2.5, 1e20}, struct{ F float32 }{0.3})
	var i interface{} = float32(2.5)
	switch v := i.(type) {
	case float64:
		fmt.Println("float64", v)
	case float32:
		fmt.Println("float32", v)
	}
	fmt.Println(fmt.Sprint(float32(1e7)), fmt.Sprint(float32(123456789)), float32(1)/3)
}
