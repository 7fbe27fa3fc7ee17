package main

import "fmt"

// goto: backward loops, forward jumps out of nested blocks and loops, jumps within case bodies,
// labels shared with break/continue, and closures created on each pass.
func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found", v)
				goto done
			}
			_ = j
		}
		_ = i
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 1, 1
}

func sw(x int) string {
	out := ""
	switch x {
	case 1:
		i := 0
	again:
		out += fmt.Sprint(i)
		i++
		if i < 3 {
			goto again
		}
	default:
		goto end
	}
	out += "!"
end:
	return out
}

func main() {
	fmt.Println(collatz(27))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}}, 9))
	fmt.Println(sw(1), sw(2))

	var fs []func() int
	i := 0
top:
	{
		j := i * 10
		fs = append(fs, func() int { return j })
	}
	i++
	if i < 3 {
		goto top
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	n := 0
outer:
	for k := 0; k < 5; k++ {
		if k == 1 {
			continue outer
		}
		if k == 3 {
			goto skip
		}
		n += k
	}
skip:
	fmt.Println("n", n)

	sel := make(chan int, 1)
	sel <- 5
	select {
	case v := <-sel:
		if v == 5 {
			goto after
		}
		fmt.Println("unreached")
	}
after:
	fmt.Println("after select")
	goto L1
L1:
L2:
	fmt.Println("double label")
	if n == 2 {
		n++
		goto L2
	}
}
