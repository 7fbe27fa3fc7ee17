// Exercises package sort broadly: the typed helpers and their IsSorted/Search forms, Slice,
// SliceStable and SliceIsSorted, Sort/Stable/Reverse over a user Interface, Search and the
// stability of Stable on equal keys. sort_api.out is its output under real Go 1.19
// (go run sort_api.go > sort_api.out).
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	ints := []int{5, 2, 8, -1, 2, 9, 0}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100))

	fl := []float64{2.5, -1, 3.25, 0, -7.5}
	fmt.Println(sort.Float64sAreSorted(fl))
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 0), sort.SearchFloat64s(fl, 1))

	ss := []string{"pear", "apple", "fig", "banana", "Apple"}
	fmt.Println(sort.StringsAreSorted(ss))
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "banana"), sort.SearchStrings(ss, "cherry"))

	// typed slices and their methods
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), is.Search(2))
	fs := sort.Float64Slice{1.5, -2}
	fs.Sort()
	fmt.Println(fs, fs.Search(1.5))
	st := sort.StringSlice{"b", "a"}
	st.Sort()
	st.Swap(0, 1)
	fmt.Println(st, st.Search("b"))

	// Reverse
	r := []int{1, 4, 2, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println(r, sort.IsSorted(sort.Reverse(sort.IntSlice(r))))

	// Stable keeps equal elements in their order
	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dee", 25}, {"eve", 40}, {"fay", 30}}
	sort.Stable(byAge(people))
	fmt.Println(people, sort.IsSorted(byAge(people)))

	// Slice, SliceStable, SliceIsSorted
	words := []string{"kiwi", "fig", "banana", "apple", "date", "plum"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words, sort.SliceIsSorted(words, func(i, j int) bool { return len(words[i]) < len(words[j]) }))
	sort.Slice(words, func(i, j int) bool { return words[i] > words[j] })
	fmt.Println(words)

	// Search finds the smallest index for which f is true
	xs := []int{1, 3, 6, 10, 15, 21, 28}
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 10 })
	fmt.Println(i, sort.Search(len(xs), func(i int) bool { return xs[i] > 100 }), sort.Search(0, func(int) bool { return true }))

	// a guessing game over Search, as in the package example
	secret := 37
	guess := sort.Search(100, func(n int) bool { return n >= secret })
	fmt.Println("found", guess)

	// larger inputs: insertion sort, heapsort and quicksort paths
	big := make([]int, 500)
	for k := range big {
		big[k] = (k * 7919) % 503
	}
	sort.Ints(big)
	fmt.Println(big[0], big[1], big[250], big[499], sort.IntsAreSorted(big))
	stable := make([]person, 100)
	for k := range stable {
		stable[k] = person{fmt.Sprint(k), k % 7}
	}
	sort.Stable(byAge(stable))
	fmt.Println(stable[0], stable[1], stable[14], stable[15], stable[99])
	sort.Sort(byAge(stable))
	fmt.Println(sort.IsSorted(byAge(stable)), stable[0].age, stable[99].age)
}
