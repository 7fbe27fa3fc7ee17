// Loop shapes Loops compiles (run with -Dgosim.loops.threshold=0 every loop is compiled at its
// first iteration): nested loops, break and continue (plain, labeled, from a switch), if/else
// chains, bool and narrow int locals, calls of one-expression functions and of other functions,
// recursion, closures, defer, return from inside a loop, goto, and runtime.Caller's line inside.
package main

import (
	"fmt"
	"runtime"
)

func mix(a, b int) int {
	return a + b*3 - (a >> 1)
}

func sq(x int) int { return x * x }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func firstOver(limit int) int {
	for i := 0; ; i++ {
		if sq(i) > limit {
			return i
		}
	}
}

func deferred() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 10; i++ {
		n += i
	}
	return n
}

func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func main() {
	sum := 0
	for i := 0; i < 300; i++ {
		for j := 0; j < 100; j++ {
			sum = mix(sum, i^j) % 1000003
		}
	}
	fmt.Println("sum", sum)

	odd, even, big := 0, 0, 0
	for i := 0; i < 1000; i++ {
		if i%2 == 1 {
			odd++
		} else if i > 900 {
			big++
		} else {
			even += i
		}
		if i == 950 {
			break
		}
		if i < 3 {
			continue
		}
	}
	fmt.Println(odd, even, big)

	found := false
	count := 0
outer:
	for i := 0; i < 50; i++ {
		for j := 0; j < 50; j++ {
			if j > i {
				continue outer
			}
			if i*j == 42*6 {
				found = true
				break outer
			}
			count++
		}
	}
	fmt.Println(found, count)

	var b8 int8
	var u32 uint32 = 1
	flag := false
	for k := 0; k < 300; k++ {
		b8 += 7
		u32 *= 3
		flag = !flag && k%3 == 0
	}
	fmt.Println(b8, u32, flag)

	sw := 0
	for i := 0; i < 20; i++ {
		switch {
		case i%5 == 0:
			sw += 100
			continue
		case i == 17:
			break
		default:
			sw++
		}
		sw += 1000
	}
	fmt.Println(sw)

	fs := 0
	for i := 0; i < 20; i++ {
		fs += fib(i % 12)
	}
	fmt.Println(fs, firstOver(5000), deferred())

	var funcs []func() int
	for i := 0; i < 5; i++ {
		x := i * i
		funcs = append(funcs, func() int { return x + i })
	}
	t := 0
	for _, f := range funcs {
		t += f()
	}
	fmt.Println(t)

	n := 0
	for i := 0; i < 10; i++ {
		if i == 7 {
			goto done
		}
		n += sq(i)
	}
done:
	fmt.Println("goto", n)

	lines := 0
	for i := 0; i < 3; i++ {
		lines += line()
	}
	fmt.Println("lines", lines)

	f := 1.0
	for i := 0; i < 10; i++ {
		f = f*1.5 + float64(i)
	}
	fmt.Println(f)

	w := 0
	for w < 100 {
		w += 7
	}
	for {
		w--
		if w < 50 {
			break
		}
	}
	fmt.Println("while", w)
}
