// math/bits: every function over edge values and a seeded spread of others, and Div's panics.
// bits.out is real go1.19's output (go run bits.go).
package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

var vals = []uint64{0, 1, 2, 3, 5, 0x80, 0xff, 0x100, 0x1234, 0x8000, 0xffff, 0x10000, 0xdeadbeef,
	0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789abcdef0, 0x7fffffffffffffff,
	0x8000000000000000, 0xfffffffffffffffe, 0xffffffffffffffff}

// more adds values from a 64-bit xorshift generator, so that every bit position is exercised.
func more() []uint64 {
	v := append([]uint64{}, vals...)
	x := uint64(88172645463325252)
	for i := 0; i < 40; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v = append(v, x, x>>uint(i), x&(1<<uint(i+3)-1))
	}
	return v
}

func catch(name string, f func()) {
	defer func() {
		e := recover()
		_, isRuntime := e.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error %v)\n", name, e, isRuntime)
	}()
	f()
}

func main() {
	fmt.Println("UintSize", bits.UintSize)
	for _, x := range more() {
		x8, x16, x32 := uint8(x), uint16(x), uint32(x)
		fmt.Printf("%#x: lz %d %d %d %d %d tz %d %d %d %d %d ones %d %d %d %d %d len %d %d %d %d %d\n", x,
			bits.LeadingZeros(uint(x)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16), bits.LeadingZeros32(x32), bits.LeadingZeros64(x),
			bits.TrailingZeros(uint(x)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16), bits.TrailingZeros32(x32), bits.TrailingZeros64(x),
			bits.OnesCount(uint(x)), bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(x),
			bits.Len(uint(x)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(x))
		fmt.Printf("  rev %#x %#x %#x %#x %#x bytes %#x %#x %#x %#x\n",
			bits.Reverse(uint(x)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32), bits.Reverse64(x),
			bits.ReverseBytes(uint(x)), bits.ReverseBytes16(x16), bits.ReverseBytes32(x32), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, 7, 8, 13, 31, 32, 63, 64, 65, -1, -9, -33} {
			fmt.Printf("  rot %d: %#x %#x %#x %#x %#x\n", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(x8, k),
				bits.RotateLeft16(x16, k), bits.RotateLeft32(x32, k), bits.RotateLeft64(x, k))
		}
	}
	vs := more()
	for i, x := range vs {
		y := vs[(i*7+3)%len(vs)]
		for _, c := range []uint64{0, 1} {
			s, co := bits.Add64(x, y, c)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			su, cu := bits.Add(uint(x), uint(y), uint(c))
			d, bo := bits.Sub64(x, y, c)
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			du, bu := bits.Sub(uint(x), uint(y), uint(c))
			fmt.Printf("%#x %#x %d: add %#x %d %#x %d %#x %d sub %#x %d %#x %d %#x %d\n", x, y, c,
				s, co, s32, co32, su, cu, d, bo, d32, bo32, du, bu)
		}
		hi, lo := bits.Mul64(x, y)
		hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
		hu, lu := bits.Mul(uint(x), uint(y))
		fmt.Printf("  mul %#x %#x %#x %#x %#x %#x\n", hi, lo, hi32, lo32, hu, lu)
		if y != 0 {
			h := x % y // below y: the quotient fits
			q, r := bits.Div64(h, x^y, y)
			qu, ru := bits.Div(uint(h), uint(x^y), uint(y))
			fmt.Printf("  div %#x %#x %#x %#x rem %#x %#x %#x\n", q, r, qu, ru,
				bits.Rem64(x, y, y), bits.Rem(uint(y), uint(x), uint(y)), bits.Rem64(hi, lo, y))
			if y32 := uint32(y); y32 != 0 {
				q32, r32 := bits.Div32(uint32(x)%y32, uint32(x>>32), y32)
				fmt.Printf("  div32 %#x %#x rem32 %#x\n", q32, r32, bits.Rem32(uint32(x), uint32(y), y32))
			}
		}
	}
	catch("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	catch("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	catch("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	catch("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	catch("Div overflow", func() { bits.Div(1, 0, 1) })
	catch("Rem64 by zero", func() { bits.Rem64(1, 2, 0) })
	catch("Rem32 by zero", func() { bits.Rem32(1, 2, 0) })
	catch("Rem64 large hi", func() { fmt.Println(bits.Rem64(100, 7, 9)) })
}
