package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		for j := 0; j < 1000000; j++ {
			m[fmt.Sprint(j%100)] = j
		}
		done <- true
	}()
	go func() {
		s := 0
		for j := 0; j < 1000000; j++ {
			s += m["a"]
		}
		done <- true
	}()
	<-done
	<-done
}
