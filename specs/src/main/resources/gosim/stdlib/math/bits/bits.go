//gosim:since 1.9
// Package bits after Go's math/bits (bits.go, bits_errors.go, bits_tables.go), added in Go 1.9:
// bit counting and manipulation of the unsigned integer types, and (Go 1.12) full-width add,
// subtract, multiply and divide, (Go 1.14) Rem. The 8-bit tables Go keeps as literals are
// computed here at init from their definitions; the de Bruijn multipliers are Go's
// (bits.go: 0x077CB531 and 0x03f79d71b4ca8b09), so each table is their inverse.
package bits

// UintSize is the size of a uint in bits: 64 on the simulated linux/amd64.
const UintSize = 32 << (^uint(0) >> 63)

// runtimeError is the runtime's error value of that text (a runtime.Error, as Go's
// runtime.overflowError and runtime.divideError, which bits_errors.go links to).
func runtimeError(msg string) error

var (
	overflowError = runtimeError("integer overflow")
	divideError   = runtimeError("integer divide by zero")
)

const (
	deBruijn32 = 0x077CB531
	deBruijn64 = 0x03f79d71b4ca8b09
)

var (
	deBruijn32tab [32]byte
	deBruijn64tab [64]byte
	ntz8tab       [256]byte // trailing zeros, 8 for 0
	pop8tab       [256]byte // set bits
	rev8tab       [256]byte // bits in reverse order
	len8tab       [256]byte // bits needed, 0 for 0
)

func init() {
	// the top 5 (6) bits of deBruijn<<i are distinct for every i: the table maps them back to i
	for i := uint(0); i < 32; i++ {
		deBruijn32tab[uint32(deBruijn32)<<i>>27] = byte(i)
	}
	for i := uint(0); i < 64; i++ {
		deBruijn64tab[uint64(deBruijn64)<<i>>58] = byte(i)
	}
	for x := 1; x < 256; x++ {
		ntz8tab[x] = ntz8tab[x>>1] + 1
		if x&1 == 1 {
			ntz8tab[x] = 0
		}
		pop8tab[x] = pop8tab[x>>1] + byte(x&1)
		rev8tab[x] = rev8tab[x>>1]>>1 | byte(x&1)<<7
		len8tab[x] = len8tab[x>>1] + 1
	}
	ntz8tab[0] = 8
}

// LeadingZeros returns the number of leading zero bits in x; UintSize for 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns the number of trailing zero bits in x; UintSize for 0.
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

func TrailingZeros8(x uint8) int { return int(ntz8tab[x]) }

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros32(uint32(x))
}

// TrailingZeros32: x&-x isolates the lowest set bit, whose de Bruijn product names its position.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return int(deBruijn32tab[(x&-x)*deBruijn32>>27])
}

func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return int(deBruijn64tab[(x&-x)*deBruijn64>>58])
}

// OnesCount counts the bits of x that are set (its population count).
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

func OnesCount8(x uint8) int { return int(pop8tab[x]) }

func OnesCount16(x uint16) int { return int(pop8tab[x>>8]) + int(pop8tab[x&0xff]) }

func OnesCount32(x uint32) int { return OnesCount16(uint16(x>>16)) + OnesCount16(uint16(x)) }

func OnesCount64(x uint64) int { return OnesCount32(uint32(x>>32)) + OnesCount32(uint32(x)) }

// RotateLeft returns x rotated left by k mod UintSize bits; a negative k rotates right.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse returns x with its bits in reverse order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

func Reverse8(x uint8) uint8 { return rev8tab[x] }

func Reverse16(x uint16) uint16 { return uint16(rev8tab[x>>8]) | uint16(rev8tab[x&0xff])<<8 }

func Reverse32(x uint32) uint32 { return uint32(Reverse16(uint16(x>>16))) | uint32(Reverse16(uint16(x)))<<16 }

func Reverse64(x uint64) uint64 { return uint64(Reverse32(uint32(x>>32))) | uint64(Reverse32(uint32(x)))<<32 }

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

func ReverseBytes32(x uint32) uint32 {
	return uint32(ReverseBytes16(uint16(x>>16))) | uint32(ReverseBytes16(uint16(x)))<<16
}

func ReverseBytes64(x uint64) uint64 {
	return uint64(ReverseBytes32(uint32(x>>32))) | uint64(ReverseBytes32(uint32(x)))<<32
}

// Len returns the minimum number of bits to represent x; 0 for 0.
func Len(x uint) int { return Len64(uint64(x)) }

func Len8(x uint8) int { return int(len8tab[x]) }

func Len16(x uint16) int {
	if x >= 1<<8 {
		return 8 + int(len8tab[x>>8])
	}
	return int(len8tab[x])
}

func Len32(x uint32) int {
	if x >= 1<<16 {
		return 16 + Len16(uint16(x>>16))
	}
	return Len16(uint16(x))
}

func Len64(x uint64) int {
	if x >= 1<<32 {
		return 32 + Len32(uint32(x>>32))
	}
	return Len32(uint32(x))
}

// Add returns x+y+carry and the carry out; carry must be 0 or 1 (else the result is undefined).
//gosim:since 1.12
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

//gosim:since 1.12
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

// Add64: the carry out is the top bit of the majority of x, y and not-sum.
//gosim:since 1.12
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub returns x-y-borrow and the borrow out; borrow must be 0 or 1.
//gosim:since 1.12
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

//gosim:since 1.12
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

//gosim:since 1.12
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// Mul returns the double-width product of x and y, high half first.
//gosim:since 1.12
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

//gosim:since 1.12
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 multiplies 32-bit halves: x*y = x1*y1<<64 + (x1*y0 + x0*y1)<<32 + x0*y0.
//gosim:since 1.12
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask = 1<<32 - 1
	x0, x1 := x&mask, x>>32
	y0, y1 := y&mask, y>>32
	low := x0 * y0
	mid := x1*y0 + low>>32
	mid2 := mid&mask + x0*y1
	hi = x1*y1 + mid>>32 + mid2>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) by y; it panics with Go's divide error for
// y == 0 and its overflow error when the quotient does not fit (y <= hi).
//gosim:since 1.12
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

//gosim:since 1.12
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 is long division by 32-bit digits after normalizing y to its top bit (Knuth's
// algorithm D, Hacker's Delight divlu), as Go's is: the same quotients and the same panics.
//gosim:since 1.12
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	const (
		b    = 1 << 32
		mask = b - 1
	)
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	s := uint(LeadingZeros64(y))
	y <<= s
	yh, yl := y>>32, y&mask
	top := hi<<s | lo>>(64-s)
	low := lo << s
	d1, d0 := low>>32, low&mask

	// first quotient digit, estimated from the top two digits and corrected at most twice
	q1 := top / yh
	r := top - q1*yh
	for q1 >= b || q1*yl > b*r+d1 {
		q1--
		r += yh
		if r >= b {
			break
		}
	}
	mid := top*b + d1 - q1*y

	q0 := mid / yh
	r = mid - q0*yh
	for q0 >= b || q0*yl > b*r+d0 {
		q0--
		r += yh
		if r >= b {
			break
		}
	}
	return q1*b + q0, (mid*b + d0 - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) by y; it panics only for y == 0 (no overflow: hi is
// reduced first).
//gosim:since 1.14
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

//gosim:since 1.14
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

//gosim:since 1.14
func Rem64(hi, lo, y uint64) uint64 {
	_, r := Div64(hi%y, lo, y)
	return r
}
