package main

// go println(...) starts a goroutine in a package wrapper (gc's print·N), counted by NumGoroutine.

import (
	"fmt"
	"runtime"
)

func main() {
	before := runtime.NumGoroutine()
	go println("x")
	go fmt.Sprint("y")
	go func() {}()
	fmt.Println(runtime.NumGoroutine() - before)
}
