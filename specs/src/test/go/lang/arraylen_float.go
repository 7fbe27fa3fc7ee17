// An array length may be an untyped constant of any numeric kind whose value is an integer:
// 1e1, 4.0, 'a' - 'a' + 3 and a constant expression of them.
package main

import "fmt"

const n = 2.5 * 2

var b [1e1]int
var c [4.0]string

func main() {
	var d [n]byte
	var e ['a' - 'a' + 3]bool
	fmt.Println(len(b), len(c), len(d), len(e), cap([n * 2]int{}))
}
