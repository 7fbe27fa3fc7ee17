package main

import "fmt"

// Functions that are one int expression of their int parameters, which gosim calls without a
// frame (Bytecode.pure), and operator trees of int and int64 (Bytecode.compile): their results,
// then an index panic in the loop that calls them, whose stack must be real Go's.

func mix(a, b int) int {
	return a + b*3 - (a >> 1)
}

func wrap(a int64) int64 {
	return a*0x7fffffffffffffff + 1
}

func quo(a, b int) int {
	return a/-7 + b%-7 + a%7 - b/7
}

func bits(a, b int) int {
	return (a &^ b) | (a^b)&(a<<3)>>2
}

func minus(a int) int {
	return a / -1
}

func seven() int {
	return 3 + 4*1
}

func main() {
	sum, h := 0, 0
	var w int64 = 3
	for i := -50; i < 50; i++ {
		for j := -20; j < 20; j++ {
			sum = mix(sum, i^j) % 1000003
			sum += quo(i*j, sum) + bits(i, j)
			w = wrap(w + int64(i))
			if (i*j < -900) == (j > 3) {
				sum++
			}
			h = h*1000003 ^ sum
		}
	}
	fmt.Println(sum, h, w, minus(-9223372036854775808), minus(5), seven())
	xs := make([]int, 10)
	for k := 0; ; k++ {
		xs[mix(k, 1)%20] = k
	}
}
