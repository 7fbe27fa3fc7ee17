// Exercises fmt's Scan, Scanln and Scanf on os.Stdin (read a byte at a time, so each call loses
// the one byte it looked ahead at), then Fscan over a bufio.Reader on what is left; fmt_stdin.out
// is its output under real Go 1.19 with fmt_stdin.in as stdin (go run fmt_stdin.go < fmt_stdin.in > fmt_stdin.out).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanln(&s)
	fmt.Println(n, err, s)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanf("%s %d", &s, &a)
	fmt.Println(n, err, s, a)
	in := bufio.NewReader(os.Stdin)
	sum := 0
	for {
		var x int
		if _, err := fmt.Fscan(in, &x); err != nil {
			fmt.Println("sum", sum, err)
			break
		}
		sum += x
	}
	n, err = fmt.Scan(&a)
	fmt.Println(n, err)
}
