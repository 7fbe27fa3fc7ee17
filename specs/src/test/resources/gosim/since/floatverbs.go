// Float verbs by dialect (SinceGateTest.floatVerbsFollowTheDialect): %x and %X on floats and
// complexes and strconv's 'x' format from Go 1.13, the '#' flag on floats from Go 1.9.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Printf("%x|%X|%#g|%#.3g|%#.0f|%b|%x\n", 1.5, 2.0, 1.0, 2.0, 3.0, 1.0, 1+2i)
	fmt.Println(strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'b', -1, 64))
}
