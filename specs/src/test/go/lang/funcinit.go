package main

import "fmt"

var x = val("x")

func init() {
	fmt.Println("init 1, x =", x)
	x = "changed"
}

func val(s string) string {
	fmt.Println("var", s)
	return s
}

func init() {
	fmt.Println("init 2, x =", x)
}

func main() {
	fmt.Println("main", x)
}
