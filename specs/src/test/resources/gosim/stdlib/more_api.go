// Issue 15's smaller gaps against real Go 1.19: strings/bytes ToUpperSpecial and friends,
// sync's TryLock, TryRLock and RLocker, math/rand Float32 (seeded streams), flag's Uint64 and Func,
// time's MarshalJSON/MarshalText and their inverses and IsDST.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"time"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul ıi"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL Iİ"),
		strings.ToTitleSpecial(unicode.AzeriCase, "iç"))
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("i")), bytes.ToLowerSpecial(unicode.TurkishCase, []byte("I")),
		bytes.ToTitleSpecial(unicode.TurkishCase, []byte("ii")))

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println(rw.TryLock())

	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Float32(), " ")
	}
	fmt.Println(rand.Float32())

	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	big := fs.Uint64("big", 7, "a `number`")
	var seen []string
	fs.Func("each", "called per use", func(s string) error {
		if s == "bad" {
			return errors.New("no")
		}
		seen = append(seen, s)
		return nil
	})
	fs.SetOutput(&bytes.Buffer{})
	err := fs.Parse([]string{"-big", "18446744073709551615", "-each", "a", "-each=b"})
	fmt.Println(*big, seen, err)
	err = fs.Parse([]string{"-each", "bad"})
	err2 := fs.Parse([]string{"-big", "-1"})
	fmt.Println(err, err2, *big)
	var usage bytes.Buffer
	fs.SetOutput(&usage)
	fs.PrintDefaults()
	fmt.Print(usage.String())

	t := time.Date(2009, 11, 10, 23, 4, 5, 123456789, time.FixedZone("X", 3600))
	j, err := t.MarshalJSON()
	tx, _ := t.MarshalText()
	fmt.Println(string(j), err, string(tx), t.IsDST())
	var u time.Time
	fmt.Println(u.UnmarshalJSON(j), u.Equal(t))
	err = u.UnmarshalText([]byte("2001-02-03T04:05:06Z"))
	fmt.Println(err, u)
	err = u.UnmarshalJSON([]byte("null"))
	fmt.Println(err, u)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	_, err2 = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err, err2, u.UnmarshalText([]byte("x")))
}
