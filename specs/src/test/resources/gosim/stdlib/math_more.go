// Bit-exact checks of math's Nextafter, Remainder, Ilogb, Logb, Asinh, Acosh, Atanh on
// special values (±Inf, NaN, ±0, subnormals) and ordinary ones; math_more.out is real Go 1.19's
// output (go run math_more.go > math_more.out). Results are printed as bit patterns. Sincos is
// left out: it is Sin and Cos, natives over StrictMath (fdlibm) that differ from Go's Cephes-based
// sin.go in the last bit for some inputs (0.5 and 2.5 among these).
package main

import (
	"fmt"
	"math"
)

func b(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func main() {
	negZero := math.Copysign(0, -1)
	sub := math.Float64frombits(1)
	sub2 := math.Float64frombits(0x000fffffffffffff)
	vals := []float64{0, negZero, 1, -1, 0.5, -0.5, 2, -2, 3, 0.25, 1e-9, -1e-9, 3.7e-9, 1.5, 2.5, 7.25,
		10, -10, 1e10, 1e300, -1e300, math.MaxFloat64, -math.MaxFloat64, sub, -sub, sub2,
		2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(), 0.999999, -0.999999,
		1.0000001, 1 << 28, 1<<28 + 1, 268435457.5, math.Pi, -math.E, 0.1, 0.3, 123.456}
	for _, x := range vals {
		fmt.Println(b(x), "ilogb", math.Ilogb(x), "logb", b(math.Logb(x)),
			"asinh", b(math.Asinh(x)), "acosh", b(math.Acosh(x)), "atanh", b(math.Atanh(x)))
	}
	for _, x := range vals {
		for _, y := range vals {
			fmt.Println(b(x), b(y), "next", b(math.Nextafter(x, y)), "rem", b(math.Remainder(x, y)))
		}
	}
}
