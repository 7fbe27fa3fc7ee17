// MemProfileRate: sampling, not counting.
//
// At the default rate (512 KiB) mallocgc does not record every
// allocation: each mcache counts down next_sample bytes, drawn from an
// exponential distribution with mean MemProfileRate (nextSample), and
// only the allocation that crosses it calls profilealloc. 1000 objects of
// 64 bytes (64000 bytes) therefore leave on average 0.12 records. With
// MemProfileRate = 1 the check "size < rate" never holds and every
// allocation is recorded. The record type is read with
// runtime.MemProfile and the n/ok protocol: it fills p only if p is big
// enough; otherwise it returns the size needed.
//
// Look for: "sampleAll: 1000 objects, 64000 bytes"; the default-rate
// count (a "~" line) is small and varies from run to run.
package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func sampleDefault(n int) {
	for i := 0; i < n; i++ {
		sink[i] = make([]byte, 64)
	}
}

func sampleAll(n int) {
	for i := 0; i < n; i++ {
		sink[i] = make([]byte, 64)
	}
}

// allocated sums the records whose innermost main function is fn.
func allocated(records []runtime.MemProfileRecord, fn string) (int64, int64) {
	var objects, bytes int64
	for _, r := range records {
		for _, pc := range r.Stack() {
			f := runtime.FuncForPC(pc - 1)
			if f != nil && f.Name() == fn {
				objects += r.AllocObjects
				bytes += r.AllocBytes
				break
			}
		}
	}
	return objects, bytes
}

func main() {
	fmt.Println("default MemProfileRate:", runtime.MemProfileRate)
	sink = make([][]byte, 1000)
	sampleDefault(1000)
	runtime.MemProfileRate = 1
	sampleAll(1000)
	runtime.GC()
	var records []runtime.MemProfileRecord
	n, ok := runtime.MemProfile(nil, true)
	for !ok {
		records = make([]runtime.MemProfileRecord, n+10)
		n, ok = runtime.MemProfile(records, true)
	}
	records = records[:n]
	o, b := allocated(records, "main.sampleDefault")
	fmt.Printf("~sampleDefault: %d objects, %d bytes\n", o, b)
	o, b = allocated(records, "main.sampleAll")
	fmt.Printf("sampleAll: %d objects, %d bytes\n", o, b)
}
