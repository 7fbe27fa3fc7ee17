// sort.Sort is unstable and its order of equal elements, its Less and Swap calls are the
// release's algorithm: go1.7's quickSort before Go 1.19, pdqsort from Go 1.19 (sort.go's
// comment). sortorder.out is real go1.19's output (go run sortorder.go > sortorder.out);
// sortorder.go17.out is go1.7's sort.go run by real go1.19: the file
// `git show go1.7:src/sort/sort.go` in a package sort17 of a scratch module, this program importing
// it as sort (sort.Stable, Reverse and the helpers are go1.7's too).
package main

import (
	"fmt"
	"sort"
)

type item struct {
	id, key int
}

// counted sorts by key alone and counts the calls the algorithm makes.
type counted struct {
	xs           []item
	less, swaps int
}

func (c *counted) Len() int           { return len(c.xs) }
func (c *counted) Less(i, j int) bool { c.less++; return c.xs[i].key < c.xs[j].key }
func (c *counted) Swap(i, j int)      { c.swaps++; c.xs[i], c.xs[j] = c.xs[j], c.xs[i] }

func ids(xs []item) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x.id
	}
	return out
}

// input: n items whose keys follow one of a few shapes, few distinct keys so ties abound.
func input(n, shape int) []item {
	xs := make([]item, n)
	for i := range xs {
		k := 0
		switch shape {
		case 0: // scattered
			k = (i * 7919) % 13
		case 1: // increasing with a few out of place
			k = i / 3
			if i%17 == 5 {
				k = 0
			}
		case 2: // decreasing
			k = (n - i) / 2
		case 3: // organ pipe
			k = i
			if i > n/2 {
				k = n - i
			}
			k /= 4
		case 4: // all equal
			k = 1
		}
		xs[i] = item{i, k}
	}
	return xs
}

func main() {
	for _, n := range []int{5, 12, 13, 30, 41, 60, 100, 300} {
		for shape := 0; shape < 5; shape++ {
			c := &counted{xs: input(n, shape)}
			sort.Sort(c)
			less, swaps := c.less, c.swaps
			fmt.Println(n, shape, less, swaps, sort.IsSorted(c), ids(c.xs))
		}
	}
	c := &counted{xs: input(100, 0)}
	sort.Stable(c)
	less, swaps := c.less, c.swaps
	fmt.Println("stable", less, swaps, ids(c.xs))
	c = &counted{xs: input(64, 3)}
	sort.Sort(sort.Reverse(c))
	less, swaps = c.less, c.swaps
	fmt.Println("reverse", less, swaps, ids(c.xs))
	words := []string{"delta", "alpha", "echo", "bravo", "charlie", "alpha", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike"}
	sort.Strings(words)
	fmt.Println(words)
}
