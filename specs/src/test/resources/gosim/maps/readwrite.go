package main

func main() {
	m := map[string]int{"a": 1}
	keys := []string{"b", "c", "d", "e"}
	done := make(chan bool)
	go func() {
		for j := 0; j < 2000000; j++ {
			m[keys[j%4]] = j
		}
		done <- true
	}()
	go func() {
		s := 0
		for j := 0; j < 2000000; j++ {
			s += m["a"]
		}
		done <- true
	}()
	<-done
	<-done
}
