// Package sort after Go's sort (sort.go, search.go, slice.go). Sort is the dialect's unstable
// algorithm, so elements that compare equal end where real Go leaves them: before Go 1.19 the
// quickSort of go1.7 sort.go:183-222 (Tukey's ninther pivot, heapSort past 2*ceil(lg(n+1))
// levels, a gap-6 Shell pass and insertionSort at 12 elements or fewer); from Go 1.19
// pattern-defeating quicksort (1.19 zsortinterface.go pdqsort, limit bits.Len(n): sort.go:41-48).
// Stable is insertionSort on blocks of 20 then SymMerge, as in both. sort.Slice swaps through a
// native (Go uses reflectlite.Swapper) and runs the same algorithms as Sort over its less func,
// as Go's generated _func variants do.
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

// Sort before Go 1.19: go1.7 sort.go:183-195 (the depth limit is 2*ceil(lg(n+1))).
//gosim:before 1.19
func Sort(data Interface) {
	n := data.Len()
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth++
	}
	quickSort(data, 0, n, 2*depth)
}

// Sort from Go 1.19: 1.19 sort.go:41-48 (limit is bits.Len(n)).
//gosim:since 1.19
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// bitLen is math/bits.Len: the bits needed to write x.
func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// siftDown restores the max-heap property of data[lo, hi) below root lo; first is where the
// heap starts in data (go1.7 sort.go:31-48, 1.19 zsortinterface.go:20-35).
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort: build the heap with the greatest at the top, then pop into the end (go1.7 sort.go:50-64).
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// medianOfThree leaves the median of data[m0], data[m1], data[m2] in data[m1] (go1.7 sort.go:70-83).
func medianOfThree(data Interface, m1, m0, m2 int) {
	if data.Less(m1, m0) {
		data.Swap(m1, m0)
	}
	if data.Less(m2, m1) {
		data.Swap(m2, m1)
		if data.Less(m1, m0) {
			data.Swap(m1, m0)
		}
	}
}

// doPivot partitions data[lo, hi) around a pivot moved to data[lo]: on return data[lo, midlo) are
// below it, data[midlo, midhi) equal, the rest above (go1.7 sort.go:91-181, Bentley and McIlroy).
func doPivot(data Interface, lo, hi int) (midlo, midhi int) {
	m := lo + (hi-lo)/2
	if hi-lo > 40 {
		// Tukey's ninther: the median of three medians of three
		s := (hi - lo) / 8
		medianOfThree(data, lo, lo+s, lo+2*s)
		medianOfThree(data, m, m-s, m+s)
		medianOfThree(data, hi-1, hi-1-s, hi-1-2*s)
	}
	medianOfThree(data, lo, m, hi-1)

	// data[lo] is the pivot; data[lo+1, a) < pivot, data[a, b) <= pivot, data[b, c) unseen,
	// data[c, hi-1) > pivot, data[hi-1] >= pivot
	pivot := lo
	a, c := lo+1, hi-1
	for a < c && data.Less(a, pivot) {
		a++
	}
	b := a
	for {
		for b < c && !data.Less(pivot, b) {
			b++
		}
		for b < c && data.Less(pivot, c-1) {
			c--
		}
		if b >= c {
			break
		}
		data.Swap(b, c-1)
		b++
		c--
	}
	// few elements above the pivot suggest duplicates of it (go1.7 sort.go:134-157: border 5,
	// then three probes for equality)
	protect := hi-c < 5
	if !protect && hi-c < (hi-lo)/4 {
		dups := 0
		if !data.Less(pivot, hi-1) {
			data.Swap(c, hi-1)
			c++
			dups++
		}
		if !data.Less(b-1, pivot) {
			b--
			dups++
		}
		if !data.Less(m, pivot) {
			data.Swap(m, b-1)
			b--
			dups++
		}
		protect = dups > 1
	}
	if protect {
		// gather the elements equal to the pivot into data[b, c)
		for {
			for a < b && !data.Less(b-1, pivot) {
				b--
			}
			for a < b && data.Less(a, pivot) {
				a++
			}
			if a >= b {
				break
			}
			data.Swap(a, b-1)
			a++
			b--
		}
	}
	data.Swap(pivot, b-1)
	return b - 1, c
}

// quickSort recurses into the smaller side and loops on the larger (go1.7 sort.go:183-209).
func quickSort(data Interface, a, b, maxDepth int) {
	for b-a > 12 {
		if maxDepth == 0 {
			heapSort(data, a, b)
			return
		}
		maxDepth--
		mlo, mhi := doPivot(data, a, b)
		if mlo-a < b-mhi {
			quickSort(data, a, mlo, maxDepth)
			a = mhi
		} else {
			quickSort(data, mhi, b, maxDepth)
			b = mlo
		}
	}
	if b-a > 1 {
		// one Shell sort pass with gap 6, then insertion sort
		for i := a + 6; i < b; i++ {
			if data.Less(i, i-6) {
				data.Swap(i, i-6)
			}
		}
		insertionSort(data, a, b)
	}
}

// pdqsort's sortedness hints (1.19 sort.go:50-56).
const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// pdqsort sorts data[a, b); limit is how many badly unbalanced pivots it takes before heapSort
// (1.19 zsortinterface.go:62-138).
func pdqsort(data Interface, a, b, limit int) {
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// the pivot moved with the reversal
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint && partialInsertionSort(data, a, b) {
			return
		}
		// an element before a not below the pivot: data[a, b) has none below it, so split off
		// the run equal to it
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		wasPartitioned = already
		left, right := mid-a, b-mid
		if left < right {
			wasBalanced = left >= length/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = right >= length/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves data[pivot] to newpivot with the smaller elements before it and the others
// after; already reports that no swap was needed (1.19 zsortinterface.go:144-180).
func partition(data Interface, a, b, pivot int) (newpivot int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual puts the elements equal to data[pivot] first and returns where the greater
// ones start; data[a, b) holds none smaller (1.19 zsortinterface.go:184-204).
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes at most 5 adjacent inversions, shifting on slices of 50 or more, and
// reports whether data[a, b) ended sorted (1.19 zsortinterface.go:207-246).
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		// the smaller of the pair moves left, the greater right (note: down to index 1, not a+1,
		// as Go's loop runs)
		if i-a >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three middle elements with pseudo-random others: xorshift seeded with
// the length (1.19 zsortinterface.go:250-264, sort.go:59-72 xorshift and nextPowerOfTwo).
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	r := uint64(length)
	mask := uint(1)<<uint(bitLen(uint(length))) - 1
	for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= length {
			other -= length
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot: a fixed pivot under 8 elements, the median of three under 50, else Tukey's
// ninther; the hint says whether no comparison (increasing) or every one (decreasing) swapped
// (1.19 zsortinterface.go:271-303).
func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	l := b - a
	swaps := 0
	i, j, k := a+l/4*1, a+l/4*2, a+l/4*3
	if l >= 8 {
		if l >= 50 {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case 12:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered by data, counting a swap when they were not (1.19 zsortinterface.go:306-312).
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns whichever of a, b, c holds the median (1.19 zsortinterface.go:315-320).
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

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

// reverse embeds the Interface it reverses, as Go's does (go1.7 sort.go:224-233).
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

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
