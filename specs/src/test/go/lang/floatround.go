// Untyped constants rounded to float64 and float32 once, subnormals included (test/fixedbugs/bug321.go).
// Expected output: real Go 1.19 (go run floatround.go > floatround.out).
package main

import "fmt"

func main() {
	fmt.Println(2.2250738585072012e-308, 2.2250738585072011e-308, 4.9e-324, 2.4e-324, 2.5e-324, 7.4e-324, 1e-400)
	var f float32 = 1.4e-45
	var g float32 = 0.7e-45
	var h float32 = 1.1754942e-38
	fmt.Println(f, g, h, float32(3.4028235e38), 1.7976931348623157e308, 0.1, 1.0/3)
	fmt.Println(float32(1.0/3), float32(0.1), 123456789.123456789, 5e-324/2, 3e-324*1)
	fmt.Println(4.940656458412465441765687928682213723651e-324, 1.401298464324817070923729583289916131280e-45, float32(1e-46), -2.2250738585072011e-308)
}
