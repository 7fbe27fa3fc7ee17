package main

import (
	"fmt"
	"time"
)

// ParseDuration's results and error texts for good and bad inputs (HeapDurationTest).

func main() {
	for _, s := range []string{"1h2m3s", "-1.5h", "+0", "0", "", "-", "x", "1", "1x", ".s", "1.h", "9999999999h", "1hx2m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}
