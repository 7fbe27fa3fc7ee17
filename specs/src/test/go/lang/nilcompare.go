package main

import "fmt"

func main() {
	var s []int
	var m map[string]int
	var f func()
	fmt.Println(s == nil, m == nil, f == nil, nil == s, s != nil)
	s = append(s, 1)
	m = map[string]int{}
	f = func() {}
	fmt.Println(s == nil, m == nil, f == nil, nil != f)
}
