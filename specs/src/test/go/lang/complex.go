package main

import "fmt"

type C complex64

const k = 1 + 2i
const h = 0.25i // 0x1p-2i is Go 1.13 syntax: an error in the default dialect (LiteralDialectTest)

func f64(x float64) float64 { return x }

func main() {
	var a complex128 = 1 + 2i
	b := complex(3.5, -1)
	var f32 float32 = 1.25
	c64 := complex(f32, f32*2)
	fmt.Println(a, b, a+b, a-b, a*b, a/b, -a)
	fmt.Println(c64, c64*c64, c64/complex(3, 7))
	fmt.Printf("%v %g %e %f %.2f %T %T\n", a, b, a, b, a, a, c64)
	fmt.Printf("%T %T %v %v\n", k, real(k), real(k), imag(k))
	fmt.Println(real(a), imag(b), real(c64), imag(c64))
	fmt.Println(a == b, a != b, a == 1+2i, k == 1+2i, h)
	println(a, c64)
	var z complex128
	var z64 complex64
	fmt.Println(z, z64, 2i, 1.5i, 0i, 0123i, 1e3i)
	m := map[complex128]int{1 + 1i: 1, 2: 2}
	m[1+1i]++
	fmt.Println(m[1+1i], m[2], len(m), m[3])
	x := complex128(c64)
	y := complex64(complex(1.0/3, 2.0/3))
	fmt.Println(x, y, complex64(a), C(a)*2)
	var zero complex128
	fmt.Println(a/zero, zero/zero, complex(1e308, 1e308)*complex(f64(2), 0))
	var i interface{} = a
	fmt.Println(i == 1+2i, i)
	fmt.Printf("%+v %8.3f\n", a, b)
	const big = (1 + 2i) * (3 - 4i) / (5 + 6i)
	fmt.Println(big, real(big)*61)
	a += 1
	a *= 2i
	a++
	fmt.Println(a)
}

func init() {
	// division special cases where go1.7's complex128div (runtime/complex.go:26) and go1.19's agree
	inf := 1 / f64(0)
	nan := inf - inf
	var zero complex128
	fmt.Println(complex(1, 1)/zero, complex(2, 3)/complex(inf, 1), complex(nan, 1)/complex(1, 1))
	fmt.Println(complex(nan, 0) == complex(nan, 0), complex(0, f64(0)*-1) == 0)
	nm := map[complex128]int{}
	nm[complex(nan, 0)] = 1
	nm[complex(nan, 0)] = 2
	nm[complex(0, 0)] = 3
	nm[complex(0, -1*f64(0))] = 4
	fmt.Println(len(nm), nm[0])
	var c64 complex64 = complex(float32(1)/3, 1)
	fmt.Println(c64*c64, c64/c64, complex128(c64)*complex128(c64))
}
