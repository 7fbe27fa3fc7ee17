package main

import (
	"fmt"
	"os"
)

func main() {
	_, err := os.Open("missing")
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(os.ModeDir|os.ModeCharDevice|0750, os.ModeType)
}
