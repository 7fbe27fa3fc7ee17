package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-3*time.Second - 700*time.Millisecond, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		fmt.Println(" ", d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Truncate(0), d.Round(-1), d.Abs())
	}
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	t0 := time.Now()
	t1 := t0.Add(3 * time.Second)
	fmt.Println(t1.Sub(t0), t1.After(t0), t1.Before(t0), t0.Equal(t0), t0.Add(time.Second).Equal(t1))
	u := time.Until(t1)
	fmt.Println(u > 2*time.Second && u <= 3*time.Second)
}
