// math_exact prints math's results as bits (Float64bits in hex) over special values, subnormals,
// reduction boundaries and a deterministic spread of arguments, so any last-bit difference shows.
// math_exact.out: go run math_exact.go > math_exact.out with Go 1.19 on linux/amd64 with AVX2 and
// FMA (Exp takes exp_amd64.s's FMA path there, as gosim models).
package main

import (
	"fmt"
	"math"
)

var special = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, -10, 0.1, 1e-300, -1e-300,
	5e-324, -5e-324, 2.2250738585072014e-308, 1.5e-310, math.MaxFloat64, -math.MaxFloat64,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4,
	1 << 29, 1<<29 + 0.5, 1e10, 1e22, 1e300, 709.78, 709.79, -745.1, -745.2, 1e-8, 0.84375, 1.25,
	6, 28, 0.7, 0.66, 2.41421356237309504880, 21, 22, 0.625, 44, 45, 170.5, 171.7, 33.5, -33.5,
	-2.5, -0.1, 1.4616321449683622, 0.9, 7.9, 1 << 58, 1e-20, 1e-6,
}

// spread gives n arguments from a fixed linear congruential sequence over [lo, hi).
func spread(n int, lo, hi float64) []float64 {
	out := make([]float64, 0, n)
	s := uint64(12345)
	for i := 0; i < n; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		f := float64(s>>11) / (1 << 53)
		out = append(out, lo+f*(hi-lo))
	}
	return out
}

func args() []float64 {
	a := append([]float64{}, special...)
	a = append(a, spread(40, -10, 10)...)
	a = append(a, spread(20, -1, 1)...)
	a = append(a, spread(20, -1000, 1000)...)
	a = append(a, spread(10, 1e8, 1e12)...)
	a = append(a, spread(10, -1e20, 1e20)...)
	return a
}

func show(name string, f func(float64) float64) {
	sum := uint64(0)
	for i, x := range args() {
		b := math.Float64bits(f(x))
		sum = sum*31 + b
		if i < len(special) {
			fmt.Printf("%s(%x)=%x\n", name, math.Float64bits(x), b)
		}
	}
	fmt.Printf("%s sum %x\n", name, sum)
}

func show2(name string, f func(float64, float64) float64) {
	a := args()
	sum := uint64(0)
	for i := range a {
		for _, y := range []float64{a[(i*7+3)%len(a)], 2, 0.5, -3, a[(i*13+1)%len(a)]} {
			b := math.Float64bits(f(a[i], y))
			sum = sum*31 + b
		}
		if i < len(special) {
			fmt.Printf("%s(%x) sum %x\n", name, math.Float64bits(a[i]), sum)
		}
	}
	fmt.Printf("%s sum %x\n", name, sum)
}

func main() {
	show("Sin", math.Sin)
	show("Cos", math.Cos)
	show("Tan", math.Tan)
	show("Sincos.s", func(x float64) float64 { s, _ := math.Sincos(x); return s })
	show("Sincos.c", func(x float64) float64 { _, c := math.Sincos(x); return c })
	show("Asin", math.Asin)
	show("Acos", math.Acos)
	show("Atan", math.Atan)
	show("Sinh", math.Sinh)
	show("Cosh", math.Cosh)
	show("Tanh", math.Tanh)
	show("Asinh", math.Asinh)
	show("Acosh", math.Acosh)
	show("Atanh", math.Atanh)
	show("Exp", math.Exp)
	show("Exp2", math.Exp2)
	show("Expm1", math.Expm1)
	show("Log", math.Log)
	show("Log2", math.Log2)
	show("Log10", math.Log10)
	show("Log1p", math.Log1p)
	show("Logb", math.Logb)
	show("Sqrt", math.Sqrt)
	show("Cbrt", math.Cbrt)
	show("Floor", math.Floor)
	show("Ceil", math.Ceil)
	show("Trunc", math.Trunc)
	show("Round", math.Round)
	show("RoundToEven", math.RoundToEven)
	show("Abs", math.Abs)
	show("Modf.i", func(x float64) float64 { i, _ := math.Modf(x); return i })
	show("Modf.f", func(x float64) float64 { _, f := math.Modf(x); return f })
	show("Frexp", func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e) })
	show("Erf", math.Erf)
	show("Erfc", math.Erfc)
	show("Erfinv", func(x float64) float64 { return math.Erfinv(x / 1000) })
	show("Erfinv2", math.Erfinv)
	show("Erfcinv", math.Erfcinv)
	show("Gamma", math.Gamma)
	show("Lgamma", func(x float64) float64 { l, s := math.Lgamma(x); return l * float64(s) })
	show("J0", math.J0)
	show("J1", math.J1)
	show("Y0", math.Y0)
	show("Y1", math.Y1)
	for _, n := range []int{-3, 0, 1, 2, 5, 40} {
		show(fmt.Sprint("Jn", n), func(x float64) float64 { return math.Jn(n, x) })
		show(fmt.Sprint("Yn", n), func(x float64) float64 { return math.Yn(n, x) })
	}
	show2("Pow", math.Pow)
	show2("Atan2", math.Atan2)
	show2("Hypot", math.Hypot)
	show2("Mod", math.Mod)
	show2("Remainder", math.Remainder)
	show2("Nextafter", math.Nextafter)
	show2("Max", math.Max)
	show2("Min", math.Min)
	show2("Dim", math.Dim)
	show2("Copysign", math.Copysign)
	show2("FMA", func(x, y float64) float64 { return math.FMA(x, y, 0.1) })
	show2("Ldexp", func(x, y float64) float64 {
		e := 5000 // out-of-range float to int conversions are implementation-specific
		if math.Abs(y) < 5000 {
			e = int(y)
		}
		return math.Ldexp(x, e%3000)
	})
	for _, e := range []int{-1080, -1075, -1074, -1060, -1023, -1022, -1, 0, 1, 1023, 1024, 2000} {
		fmt.Printf("Ldexp(1.5,%d)=%x Ldexp(-0.75,%d)=%x\n", e, math.Float64bits(math.Ldexp(1.5, e)), e, math.Float64bits(math.Ldexp(-0.75, e)))
	}
	for n := -330; n <= 320; n += 7 {
		fmt.Printf("Pow10(%d)=%x ", n, math.Float64bits(math.Pow10(n)))
	}
	fmt.Println()
	for _, x := range []float32{0, 1, -1, 1.5, 3.4028235e38, 1e-45, -1e-45} {
		b := math.Float32bits(x)
		fmt.Printf("f32 %x %x %x %x\n", b, math.Float32bits(math.Float32frombits(b)),
			math.Float32bits(math.Nextafter32(x, 2)), math.Float32bits(math.Nextafter32(x, -2)))
	}
	fmt.Println(math.IsNaN(float64(math.Nextafter32(float32(math.NaN()), 1))), math.MaxUint64 == uint64(1<<64-1), uint(math.MaxUint), math.MaxInt, math.MinInt)
	fmt.Println(math.Ilogb(0), math.Ilogb(5e-324), math.Ilogb(math.Inf(1)), math.Ilogb(1e300))
}
