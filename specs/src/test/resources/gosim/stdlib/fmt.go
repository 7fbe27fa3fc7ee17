// Exercises fmt's argument indexes, widths and precisions on %q and %v, refused absurd widths and
// sorted map keys; fmt.out is its output under real Go 1.19 (go run fmt.go > fmt.out).
package main

import "fmt"

type point struct {
	X, Y int
}

func main() {
	fmt.Printf("%[2]d %[1]d\n", 11, 22)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[2]2d\n", 1, 2)
	fmt.Printf("%[1]d %d %d\n", 1, 2)
	fmt.Printf("%[2]s %[1]s\n", "a", "b", "unused")
	fmt.Printf("[%10q] [%-10q] [%.2q] [%+q] [%#q] [%#q]\n", "hi", "hi", "héllo", "héllo", "back", "no`pe")
	fmt.Printf("[%8v] [%-8v] [%.3v] [%6.2v] [%#.3v]\n", "gopher", 42, "gopher", 3.14159, "gopher")
	fmt.Printf("[%6v] [%-12v] [%v]\n", []int{1, 2}, point{1, 2}, &point{3, 4})
	fmt.Printf("[%1000000000d]\n", 7)
	fmt.Printf("[%.1000000000f]\n", 7.0)
	fmt.Printf("[%*d] [%*d] [%.*d]\n", 5, 1, -5, 2, 3, 4)
	fmt.Printf("[%*d]\n", 10000000, 1)
	fmt.Printf("%!\n")
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%z %d\n", 1, 2, 3)
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3}, map[int]bool{3: true, 1: false, 2: true})
	fmt.Printf("%v %d\n", map[float64]string{2.5: "x", -1: "y"}, map[string]int{"z": 26, "m": 13})
	// a pointer to a map or slice prints as & and its value at the top level, as to a struct or array
	fmt.Printf("%v %+v %v\n", &map[string]int{"k": 1}, &[]string{"a", "b"}, []*[]int{{1}}[0] != nil)
}
