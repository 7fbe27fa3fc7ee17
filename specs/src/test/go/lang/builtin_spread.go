package main

import "fmt"

// complex and append take a multi-value call's results as their arguments (Go 1.7's
// typecheck.go OCOMPLEX and OAPPEND unpack it; test/fixedbugs/issue5793.go).

var calls int

func parts() (float64, float64) {
	calls++
	return 5, 7
}

func sliceAndElem() ([]string, string) {
	calls++
	return []string{"foo"}, "bar"
}

func sliceAndBytes() ([]byte, byte, byte) {
	calls++
	return []byte{'a', 'b'}, '1', '2'
}

var global = complex(parts())

func main() {
	c := complex(parts())
	fmt.Println(c, global, real(c)+imag(c))
	s := append(sliceAndElem())
	fmt.Println(s, len(s))
	b := append((sliceAndBytes()))
	fmt.Println(string(b), len(b))
	for i := 0; i < 3; i++ {
		c += complex(parts())
	}
	fmt.Println(c, calls)
}
