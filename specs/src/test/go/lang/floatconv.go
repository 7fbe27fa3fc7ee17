// Out-of-range float to integer conversions (implementation-defined, spec: Conversions): what
// go1.19 on linux/amd64 prints (CVTTSD2SQ gives 0x8000000000000000 for NaN and out-of-range
// values; go1.7 gc/ssa.go:1301-1323,3556-3563 converts the same way). floatconv.out is go1.19 go run output.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func id(f float64) float64 { return f }

func main() {
	vals := []float64{1e19, -1e19, 1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(), 9.3e18, -9.3e18,
		3e9, -3e9, 5e9, -5e9, 70000.5, -70000.5, 300.7, -300.7, 1.8e19, 2e19, -1, -0.5, 2.5, 9.223372036854775807e18, 1.8446744073709552e19}
	for _, v := range vals {
		f := id(v)
		g := float32(f)
		fmt.Println(f, int(f), int64(f), int32(f), int16(f), int8(f), uint(f), uint64(f), uint32(f), uint16(f), uint8(f), uintptr(f))
		fmt.Println(g, int(g), int64(g), int32(g), int16(g), int8(g), uint(g), uint64(g), uint32(g), uint16(g), uint8(g), uintptr(g))
	}
}
