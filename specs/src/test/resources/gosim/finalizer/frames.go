package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"
)

type T struct {
	n    int
	next *T
	pad  [4]int
}

func make1(n int) {
	t := &T{n: n}
	runtime.SetFinalizer(t, func(t *T) {
		pc := make([]uintptr, 32)
		frames := runtime.CallersFrames(pc[:runtime.Callers(0, pc)])
		for {
			f, more := frames.Next()
			file := f.File[strings.LastIndex(f.File, "/")+1:]
			fmt.Printf("%s %s:%d\n", f.Function, file, f.Line)
			if !more {
				break
			}
		}
	})
}

func main() {
	runtime.MemProfileRate = 1
	make1(1)
	runtime.GC()
	time.Sleep(time.Millisecond)
	runtime.GC()
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
}
