package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"
)

// Package initialization's allocations: a variable's initializer turns the profile on first, so
// the rest of main's init is sampled; each record prints every frame, innermost first.

var rate = setRate()

func setRate() int {
	runtime.MemProfileRate = 1
	return 1
}

var errX = errors.New("x")

var table = map[string]int{"a": 1}

var buf *[4]int

func init() {
	buf = new([4]int)
}

func main() {
	_, err := time.ParseDuration("1s")
	runtime.GC()
	runtime.GC()
	p := make([]runtime.MemProfileRecord, 200)
	n, _ := runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		line := fmt.Sprintf("%d %d:", r.AllocObjects, r.AllocBytes)
		for _, pc := range r.Stack() {
			f := runtime.FuncForPC(pc - 1)
			file, l := f.FileLine(pc - 1)
			for i := len(file) - 1; i >= 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
			line += fmt.Sprintf(" %s %s:%d", f.Name(), file, l)
		}
		fmt.Fprintln(os.Stdout, line)
	}
	if err != nil {
		os.Exit(1)
	}
}
