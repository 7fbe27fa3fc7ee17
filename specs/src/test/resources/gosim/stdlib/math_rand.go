package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int63(), rand.Intn(100), rand.Int31n(10), rand.Float64())
	fmt.Println(rand.Perm(10))
	fmt.Println(rand.Uint32(), rand.Int31(), rand.Int(), rand.Int63n(1000000007))
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Intn(1<<40))
	r := rand.New(rand.NewSource(7))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Float64(), r.Uint64())
	b := make([]byte, 10)
	r.Read(b)
	fmt.Println(b)
	r2 := rand.New(rand.NewSource(-5))
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += r2.Intn(6) + 1
	}
	fmt.Println(sum, r2.Int63n(1<<62+3), r2.Perm(5))
	fmt.Println(rand.New(rand.NewSource(0)).Int63())
}
