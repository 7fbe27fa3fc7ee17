// Order of evaluation and deferred calls that Go's test programs check (test/fixedbugs/bug433.go,
// issue17640.go, bug242.go, bug262.go, bug446.go, bug434.go, issue12621.go, issue8039.go,
// issue8047.go, issue50672.go). Expected output: real Go 1.19 (go run evalorder.go > evalorder.out).
package main

import (
	"fmt"
	"math"
)

var trace string

func f(s string, v int) int { trace += s; return v }

func p(s string) *int { trace += s; var x int; return &x }

type S struct{ a, b, c int }

type T int

func (T) M() int { return later }

// dep must initialize after later: the method expression T.M uses T.M, whose body reads later.
var dep = T.M(0)
var later = f("L", 5)

const zero = 0.0

func deferredPanicRecovered() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	defer func() { panic("from a deferred call") }()
	return "normal"
}

func nilDeferRecovered() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	defer ((func())(nil))()
	return "normal"
}

func deferCopy(s []int) {
	c := make(chan []int, 1)
	c <- []int{7, 8}
	defer copy(s, <-c)
	s[0] = 1
}

func (S) two(a, b int) {}

func (*S) ptwo(a, b int) {}

func two() (int, int) { trace += "2"; return 0, 0 }

// a[g()] is out of range: g and the right side run, then the store panics before b is set
func lateBoundsCheck() {
	a := []int{1}
	b := 0
	defer func() { fmt.Println(recover() != nil, b, trace) }()
	trace = ""
	a[f("g", 5)], b = f("f", 1), 7
}

func main() {
	fmt.Println(dep, later, trace)
	lateBoundsCheck()
	// the receiver's call before the argument's, also when that gives two values
	trace = ""
	func() S { trace += "r"; return S{} }().two(two())
	func() *S { trace += "p"; return &S{} }().ptwo(two())
	fmt.Println(trace)
	trace = ""
	s := S{c: f("c", 3), a: f("a", 1), b: f("b", 2)}
	fmt.Println(s, trace)
	trace = ""
	_ = [3]int{2: f("2", 0), 0: f("0", 0), f("1", 0)}
	fmt.Println(trace)

	trace = ""
	m := map[int]int{1: 10}
	var ok bool
	*p("p"), ok = m[f("k", 1)]
	fmt.Println(trace, ok)
	trace = ""
	*p("x"), *p("y") = f("1", 1), f("2", 2)
	fmt.Println(trace)
	// a plain variable in an index on the left is read at the store (after the right side)
	i := 0
	xs := []int{0, 0}
	xs[i], i = f("", 5), 1
	fmt.Println(xs, i)

	x := -zero
	y := -float64(zero)
	var tiny = -1e-10000
	fmt.Println(math.Float64bits(x), math.Float64bits(y), math.Signbit(tiny), math.Float64bits(-y))

	fmt.Println(deferredPanicRecovered())
	fmt.Println(nilDeferRecovered())
	d := make([]int, 2)
	deferCopy(d)
	fmt.Println(d)
}
