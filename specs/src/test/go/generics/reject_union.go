package main

type MyInt int
type I interface{ M() }
type C interface {
	comparable
}
type E interface{ ~int | ~string }

func a[T ~int | ~int]()            {}
func b[T int | MyInt | ~int]()     {}
func c[T ~MyInt | string]()        {}
func d[T ~I | int]()               {}
func e[T I | int]()                {}
func f[T comparable | int]()       {}
func g[T C | int]()                {}
func h[T E | ~int]()               {}
func i[T any | int]()              {}

func main() {}
