package main

import (
	"fmt"
	"strconv"
)

// Go 1.13's number syntax in strconv: base prefixes 0b/0o and underscores, hexadecimal floats.
func main() {
	for _, s := range []string{"1_000", "1_000.5_5", "_1", "1__0", "0x_1p0", "0x1p-2", "1e1_0", "0x1.8p1", "1_e5", "1.5", "-0x1p0"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"0b101", "0o17", "017", "0x1f", "1_000", "0x_1f", "0b"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
}
