package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20000; j++ {
				mu.Lock()
				m[j*4+i] = j
				if j%3 == 0 {
					delete(m, j*4+i)
				}
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m))
}
