package main

import "fmt"

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			for j := 0; j < 1000000; j++ {
				m[j] = j
			}
			done <- true
		}()
	}
	<-done
	<-done
	fmt.Println(len(m))
}
