// A real bug: a lost update.
//
// Two tellers deposit into one account without a lock: each reads the
// balance, works out the new one (a few hundred statements of virtual CPU,
// about a microsecond), and writes it back. When both read before either
// writes, one deposit is lost. Whether they overlap depends on timing Go
// does not control: how soon the second thread wakes up, how fast each
// thread runs. Under real Go the race shows on some runs and not others;
// under gosim on some seeds and not others, and each seed replays exactly.
//
// Find it:   ./gosim explore -gomaxprocs 2 specs/examples/bugs/lostupdate.go
// Replay it: the "replay:" line explore prints
// Shrink it: ./gosim explore -gomaxprocs 2 -until-fail -shrink specs/examples/bugs/lostupdate.go
//
// The fix is a sync.Mutex around the read and the write.
package main

import (
	"fmt"
	"sync"
)

var balance int

func fee(amount int) int {
	f := 0
	for i := 0; i < 150; i++ {
		f += amount % 7
	}
	return f % 3
}

func teller(deposits []int, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, d := range deposits {
		b := balance
		b += d - fee(d)
		balance = b
		for i := 0; i < 3000; i++ {
		}
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go teller([]int{100, 200, 300, 400, 500, 600, 700, 800}, &wg)
	go teller([]int{10, 20, 30, 40, 50, 60, 70, 80}, &wg)
	wg.Wait()
	want := 0
	for _, d := range []int{100, 200, 300, 400, 500, 600, 700, 800, 10, 20, 30, 40, 50, 60, 70, 80} {
		want += d - fee(d)
	}
	fmt.Println("balance", balance, "want", want)
	if balance != want {
		panic("lost update")
	}
}
