package main

import "fmt"

func main() {
	f := 1.5
	z := 0.0
	fmt.Println(f/0, -f/0, z/0 == z/0)
	var g float64 = 2
	g /= 0
	fmt.Println(g)
}
