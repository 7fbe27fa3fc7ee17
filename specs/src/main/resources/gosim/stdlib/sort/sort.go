// Package sort after Go's sort (sort.go, search.go, slice.go). Sort uses the same stable
// algorithm as Stable here (insertion sort in blocks of 20, then in-place merging by rotation,
// as Go's stable does), so elements that compare equal may end in another order than Go's
// quickSort would leave them; every other result is Go's. sort.Slice swaps through a native
// (Go uses reflectlite.Swapper).
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate exchanges the blocks [a,m) and [m,b) by repeated block swaps.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// merge merges the sorted runs [a,m) and [m,b) stably, in place (the SymMerge idea).
func merge(data Interface, a, m, b int) {
	if m-a == 1 {
		// binary search for the first element of [m,b) not less than data[a]
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		merge(data, a, start, mid)
	}
	if mid < end && end < b {
		merge(data, mid, end, b)
	}
}

func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			merge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			merge(data, a, m, n)
		}
		blockSize *= 2
	}
}

func Sort(data Interface) { stable(data, data.Len()) }

func Stable(data Interface) { stable(data, data.Len()) }

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	data Interface
}

func (r reverse) Len() int           { return r.data.Len() }
func (r reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.data.Swap(i, j) }

func Reverse(data Interface) Interface { return &reverse{data} }

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

type StringSlice []string

func (x StringSlice) Len() int             { return len(x) }
func (x StringSlice) Less(i, j int) bool   { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                { Sort(x) }
func (x StringSlice) Search(v string) int  { return SearchStrings(x, v) }

func Ints(x []int) { Sort(IntSlice(x)) }

func Float64s(x []float64) { Sort(Float64Slice(x)) }

func Strings(x []string) { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// funcSlice adapts Go 1.8's Slice API: the slice's length and element swap are natives.
type funcSlice struct {
	x    interface{}
	n    int
	less func(i, j int) bool
}

func (f *funcSlice) Len() int           { return f.n }
func (f *funcSlice) Less(i, j int) bool { return f.less(i, j) }
func (f *funcSlice) Swap(i, j int)      { sliceSwap(f.x, i, j) }

// sliceLen panics as reflect does when x is not a slice.
func sliceLen(x interface{}) int

func sliceSwap(x interface{}, i, j int)

//gosim:since 1.8
func Slice(x interface{}, less func(i, j int) bool) { Sort(&funcSlice{x, sliceLen(x), less}) }

//gosim:since 1.8
func SliceStable(x interface{}, less func(i, j int) bool) { Stable(&funcSlice{x, sliceLen(x), less}) }

//gosim:since 1.8
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	return IsSorted(&funcSlice{x, sliceLen(x), less})
}

// Find is Go 1.19's search.go Find: the smallest i in [0, n) with cmp(i) <= 0.
//gosim:since 1.19
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}
