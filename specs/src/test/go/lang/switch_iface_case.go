// A tagless switch compares each case with true: an interface case is valid when bool implements it (spec: Expression switches; test/switch.go, issue 3980).

package main

import "fmt"

func main() {
	switch i := interface{}(true); {
	case i:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
	var e error
	switch {
	case e == nil && true:
		fmt.Println("nil")
	}
	switch j := interface{}(1); {
	case j:
		fmt.Println("bad")
	default:
		fmt.Println("default")
	}
}
