package main

import "fmt"

func mask(s uint) uint { return 1<<s - 1 }

func big(s uint) uint64 { return 1 << s }

func main() {
	fmt.Println(mask(3), big(40))
	var u8 uint8 = 1 << 7
	var s uint = 33
	var x int64 = 1 << s
	fmt.Println(u8, x)
}
