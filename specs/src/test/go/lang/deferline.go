// The line a deferred call's caller shows: the closing brace when the function falls off its end,
// the return statement's line otherwise (test/fixedbugs/issue14646.go).
// Expected output: real Go 1.19 (go run deferline.go > deferline.out).
package main

import (
	"fmt"
	"runtime"
)

func where() {
	_, _, line, _ := runtime.Caller(1)
	fmt.Println("deferred from line", line)
}

func fallsOff() {
	defer where()
	fmt.Println("fallsOff")
}

func returns(x int) int {
	defer where()
	if x > 0 {
		return x
	}
	return -x
}

func main() {
	fallsOff()
	returns(1)
	returns(-1)
	func() {
		defer func() {
			_, _, line, _ := runtime.Caller(1)
			fmt.Println("closure deferred from line", line)
		}()
	}()
}
