package main

import (
	"fmt"
	"math/rand"
)

// ExpFloat64, NormFloat64 and Zipf over seeded sources: the same seed must give real Go's values.
func main() {
	for _, seed := range []int64{1, 42, -7} {
		r := rand.New(rand.NewSource(seed))
		var e, n []float64
		for i := 0; i < 8; i++ {
			e = append(e, r.ExpFloat64())
			n = append(n, r.NormFloat64())
		}
		fmt.Println(seed, e)
		fmt.Println(seed, n)
	}
	// many draws reach the base strips (i == 0) and the wedge tests: sums and extremes show them
	r := rand.New(rand.NewSource(3))
	var se, sn, maxe, minn float64
	for i := 0; i < 20000; i++ {
		x := r.ExpFloat64()
		y := r.NormFloat64()
		se += x
		sn += y
		if x > maxe {
			maxe = x
		}
		if y < minn {
			minn = y
		}
	}
	fmt.Println(se, sn, maxe, minn)
	z := rand.NewZipf(rand.New(rand.NewSource(5)), 1.5, 2, 1000)
	var zs []uint64
	for i := 0; i < 20; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println(zs)
	z2 := rand.NewZipf(rand.New(rand.NewSource(9)), 3.25, 1, 1<<40)
	var sum uint64
	for i := 0; i < 5000; i++ {
		sum += z2.Uint64()
	}
	fmt.Println(sum)
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	// the top-level functions share the source seeded with 1
	fmt.Println(rand.ExpFloat64(), rand.NormFloat64(), rand.Int63())
	var s rand.Source64 = rand.NewSource(11).(rand.Source64)
	fmt.Println(s.Uint64(), s.Int63())
	defer func() { fmt.Println("recovered:", recover()) }()
	var nz *rand.Zipf
	nz.Uint64()
}
