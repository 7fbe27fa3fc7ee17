// A panic, recovered once and then not.
//
// safeDivide recovers: gopanic runs the deferred calls of the panicking
// goroutine in LIFO order, and the recover() inside one of them stops the
// panic, so safeDivide returns normally with its named result. divide does
// not recover: after running its deferred calls (the "deferred" lines
// print first), gopanic calls fatalpanic, which prints "panic: " and the
// value, then the panicking goroutine's stack, and the process exits with
// status 2.
//
// Look for: the recovered message, the deferred lines in reverse order,
// "panic: division of 7 by zero" on stderr and exit status 2.
package main

import (
	"fmt"
)

func divide(a, b int) int {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	if b == 0 {
		panic(fmt.Sprintf("division of %d by zero", a))
	}
	return a / b
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return divide(a, b), nil
}

func main() {
	q, err := safeDivide(6, 3)
	fmt.Println("6/3 =", q, err)
	q, err = safeDivide(1, 0)
	fmt.Println("1/0 =", q, err)
	fmt.Println(divide(7, 0))
}
