package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	t0 := time.Now()
	f, _ := os.Create("x")
	b := make([]byte, 400)
	for i := 0; i < 10; i++ {
		f.Write(b)
	}
	f.Close()
	fmt.Println(time.Since(t0))
}
