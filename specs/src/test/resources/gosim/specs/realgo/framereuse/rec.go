// Recursion through one call site (frames reused at changing depths), named results that
// must start at zero in a reused frame, recover in a deferred call around reused frames, and
// a panic at the bottom of a recursion whose frames were reused.
package main

import "fmt"

func rec(n, stop int) int {
	if n == stop {
		if stop == 0 {
			panic(fmt.Sprint("bottom of ", n))
		}
		return 0
	}
	return rec(n-1, stop) + 1
}

func sum(n int) (r int) {
	for i := 0; i < n; i++ {
		r += i
	}
	return
}

func pick(n int, xs []int) (p []int, ok bool) {
	if n%2 == 0 {
		p = xs
		ok = true
	}
	return
}

func try(i int) (got int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered", e)
			got = -1
		}
	}()
	return rec(i, i%3)
}

func main() {
	xs := []int{1, 2}
	for i := 0; i < 5; i++ {
		p, ok := pick(i, xs)
		fmt.Println(sum(i), len(p), p == nil, ok)
	}
	for i := 0; i < 7; i++ {
		fmt.Println("try", i, try(i))
	}
	for stop := 3; stop >= 0; stop-- {
		fmt.Println(rec(5, stop))
	}
}
