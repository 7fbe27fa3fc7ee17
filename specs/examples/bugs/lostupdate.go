// A real bug: a lost update that shows on some runs only.
//
// Two tellers deposit into one account without a lock. The quick teller
// reads the balance and writes it back at once. The careful teller first
// audits the books, then reads the balance, works out a fee (a few
// thousand statements) and writes the new balance back. If the quick
// teller's deposit lands while the careful one is computing its fee, the
// quick deposit is lost.
//
// Whether it does depends on timing Go does not control: how soon the
// second thread wakes up to steal the quick teller, how fast each thread
// runs. On the idealized schedule (-noise none) the quick teller is done
// before the careful one reads, and the program passes for every seed; under
// realistic noise about one seed in five loses the deposit, and each seed
// replays exactly.
//
// Find it:   ./gosim explore -gomaxprocs 2 specs/examples/bugs/lostupdate.go
// Replay it: the "replay:" line explore prints
// Shrink it: ./gosim explore -gomaxprocs 2 -until-fail -shrink specs/examples/bugs/lostupdate.go
// See it:    ./gosim run -seed 1 -gomaxprocs 2 -explain specs/examples/bugs/lostupdate.go
//
// The fix is a sync.Mutex held from the read to the write.
package main

import (
	"fmt"
	"sync"
)

var balance int

func fee(amount, rounds int) int {
	f := 0
	for i := 0; i < rounds; i++ {
		f += amount % 7
	}
	return f % 3
}

func deposit(d, rounds int) {
	b := balance
	b += d - fee(d, rounds)
	balance = b
}

func audit(n int) {
	for i := 0; i < n; i++ {
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the quick teller
		defer wg.Done()
		deposit(10, 10)
	}()
	go func() { // the careful teller (created last, it runs first: runnext)
		defer wg.Done()
		audit(6000)
		deposit(100, 3000)
	}()
	wg.Wait()
	want := 10 - fee(10, 10) + 100 - fee(100, 3000)
	fmt.Println("balance", balance, "want", want)
	if balance != want {
		panic("lost update")
	}
}
