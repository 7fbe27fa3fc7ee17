package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

// ParseDuration's heap records (HeapDurationTest): a thousand successful parses, which allocate
// nothing in Go (its errors are made only on the failing returns), then one failing parse (its input long enough that
// quote's string is no tiny allocation, which a tiny block already in use would leave unrecorded). Each
// record with a time.ParseDuration frame is printed as "objects bytes: its functions".

var total time.Duration
var errs []error

func main() {
	runtime.MemProfileRate = 1
	errs = make([]error, 0, 4)
	for i := 0; i < 1000; i++ {
		d, err := time.ParseDuration("1h2m3s")
		if err != nil {
			panic(err)
		}
		total += d
	}
	_, err := time.ParseDuration("durationxxxxxxxx")
	errs = append(errs, err)
	fmt.Println(total, err)
	runtime.GC()
	p := make([]runtime.MemProfileRecord, 500)
	n, _ := runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		in := false
		line := fmt.Sprintf("%d %d:", r.AllocObjects, r.AllocBytes)
		for _, pc := range r.Stack() {
			name := runtime.FuncForPC(pc - 1).Name()
			in = in || strings.HasPrefix(name, "time.ParseDuration")
			line += " " + name
		}
		if in {
			fmt.Println(line)
		}
	}
}
