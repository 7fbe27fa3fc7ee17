// math/bits is Go 1.9's (api/go1.9.txt), its Add/Mul/Div Go 1.12's and Rem Go 1.14's: Go 1.7 has no
// such package. The -go 1.19 line is real go1.19's output (go run gatebits.go).
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(bits.UintSize, bits.LeadingZeros32(1), hi, lo, bits.Rem64(1, 0, 7))
}
