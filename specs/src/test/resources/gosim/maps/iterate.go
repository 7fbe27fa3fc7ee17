package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for j := 0; j < 1000000; j++ {
			m[j%100] = j
		}
		done <- true
	}()
	go func() {
		s := 0
		for k := 0; k < 20000; k++ {
			for _, v := range m {
				s += v
			}
		}
		done <- true
	}()
	<-done
	<-done
}
