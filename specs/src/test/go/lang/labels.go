package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		if i >= 0 {
		inner:
			for j := 0; j < 5; j++ {
				switch {
				case j == 2:
					continue inner
				case j == 4:
					break inner
				}
				fmt.Println(i, j)
			}
		}
	}
}
