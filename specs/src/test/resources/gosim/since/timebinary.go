package main

import (
	"fmt"
	"time"
)

func main() {
	b, err := time.Date(2000, 6, 1, 0, 0, 0, 0, time.FixedZone("Z", 45)).MarshalBinary()
	fmt.Println(b, err)
	var t time.Time
	fmt.Println(t.UnmarshalBinary([]byte{2, 0, 0, 0, 14, 187, 113, 102, 0, 0, 0, 0, 0, 255, 255, 200}))
}
