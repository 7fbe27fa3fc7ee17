package main

// Float literals too large or small for an exact rational (decimal exponents beyond 20000) are
// go/constant's 512-bit floats: they divide, multiply, compare and round to float64 as Go's do
// (test/fixedbugs/issue11326b.go, issue7419.go). Expected output: real Go 1.19 (go run hugeconst.go).

import "fmt"

const n = 1e646456992
const d = 1e646456991
const tiny = 1e-779137

func main() {
	fmt.Println(n/d, n/d == 10, tiny*1e779137, -tiny, tiny > 0, -n < 0, n > d, float32(n/d/1e30))
	fmt.Println(tiny*1e779137 == 1, (n+1)/n, n*tiny/1e645677855, 1e-30000+1)
	var x float64 = tiny
	fmt.Println(x, 1/(x+1))
}
