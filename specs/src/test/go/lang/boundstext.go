package main

// Go 1.19's bounds-check texts (boundstext.args): each form of runtime.boundsError (1.19
// runtime/error.go boundsErrorFmt and boundsNegErrorFmt), with negative signed bounds printed
// without the length, unsigned bounds printed unsigned, "with length" for strings and arrays and
// "with capacity" for slices, and a 3-index slice's checks in the compiler's order (max, high, low).
// Expected output: real Go 1.19 (go run boundstext.go).

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	arr := [4]int{}
	pa := &arr
	str := "hello"
	neg, big := -2, 7
	u, ubig := uint(9), ^uint64(0)
	var u8 uint8 = 200
	try("index neg", func() { _ = s[neg] })
	try("index big", func() { _ = s[big] })
	try("index uint", func() { _ = s[u] })
	try("index uint64 max", func() { _ = s[ubig] })
	try("index uint8", func() { _ = arr[u8] })
	try("array neg", func() { _ = arr[neg] })
	try("ptr array", func() { pa[big] = 1 })
	try("string neg", func() { _ = str[neg] })
	try("string big", func() { _ = str[big] })
	try("store", func() { s[big] = 1 })
	try("slice hi>cap", func() { _ = s[:big] })
	try("slice hi neg", func() { _ = s[:neg] })
	try("slice lo>hi", func() { _ = s[big-3 : 2] })
	try("slice lo neg", func() { _ = s[neg:] })
	try("slice lo>len", func() { _ = s[4:] })
	try("slice uint hi", func() { _ = s[:ubig] })
	try("slice uint lo", func() { _ = s[ubig:] })
	try("array slice", func() { _ = arr[:big] })
	try("ptr array slice", func() { _ = pa[neg:] })
	try("string slice hi", func() { _ = str[:big] })
	try("string slice lo", func() { _ = str[big-3 : 1] })
	try("string slice neg", func() { _ = str[neg:] })
	try("3 max>cap", func() { _ = s[0:1:big] })
	try("3 max neg", func() { _ = s[0:1:neg] })
	try("3 hi>max", func() { _ = s[0 : big-3 : big-4] })
	try("3 hi neg", func() { _ = s[0:neg:3] })
	try("3 lo>hi", func() { _ = s[big-4 : 2 : 4] })
	try("3 lo neg", func() { _ = s[neg:2:4] })
	try("3 all bad", func() { _ = s[big:neg:big] })
	try("3 array", func() { _ = arr[0:1:big] })
	try("3 uint max", func() { _ = s[0:1:ubig] })
	try("3 uint lo", func() { _ = s[u:2:3] })
	try("ok", func() { _ = s[1:5:5] })
}
