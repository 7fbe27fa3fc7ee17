// Exercises float formatting over many values, formats and precisions: strconv.FormatFloat at
// 64 and 32 bits in every format ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' and an unknown one) and
// precisions -1 to 17, and fmt's float verbs with the flags '#', '+', ' ', '-', '0' and widths,
// on floats and complexes. fmt_floats.out is its output under real Go 1.19
// (go run fmt_floats.go > fmt_floats.out).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, 0.1, 0.3, 1.0 / 3, 2.0 / 3, 9.5, 99.5, 999.9999,
		123456789, 1e6, 1e20, 1e21, 1e22, 1e-4, 1e-5, 1.25e-7, 5e-324, 2.2250738585072014e-308, math.MaxFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, -1234.5678, 255.96875, 0.000123456, 7e22, math.Pi, math.E,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range values {
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'q'} {
			line := fmt.Sprintf("%c", f)
			for prec := -1; prec <= 17; prec++ {
				line += " " + strconv.FormatFloat(v, f, prec, 64)
			}
			line += " |"
			for _, prec := range []int{-1, 0, 1, 3, 8} {
				line += " " + strconv.FormatFloat(v, f, prec, 32)
			}
			fmt.Println(line)
		}
	}
	verbs := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%b", "%x", "%X", "%.0f", "%.0e", "%.0g", "%.3v",
		"%.3g", "%.10g", "%.2x", "%8.2f", "%-8.2f|", "%08.2f", "%+.1e", "% .3g", "%#g", "%#.3g", "%#.0f", "%#.0e",
		"%#x", "%#.2x", "%#v", "%+08.3g", "%-+10.2e|", "%010.3x", "%#8.3g", "%#-10v|", "%+v", "% x", "%s", "%d"}
	for _, v := range values {
		line := ""
		for _, verb := range verbs {
			line += fmt.Sprintf(verb, v) + " "
		}
		fmt.Println(line)
		line = ""
		for _, verb := range verbs[:20] {
			line += fmt.Sprintf(verb, float32(v)) + " "
		}
		fmt.Println(line)
	}
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(math.Inf(1), math.NaN()), 1e21 + 1e-7i} {
		line := ""
		for _, verb := range verbs {
			line += fmt.Sprintf(verb, c) + " "
		}
		fmt.Println(line, fmt.Sprintf("%v %.2f", complex64(c), complex64(c)))
	}
}
