// div is only a return statement (the call runs its expression without the body's nodes,
// Interp.invokeInt); caller calls it from two lines, the second divides by zero on its sixth
// round.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func caller(i int) int {
	x := div(100, i+1)
	y := div(100, i-5)
	return x + y
}

func main() {
	for i := 0; i < 8; i++ {
		fmt.Println(i, caller(i))
	}
}
