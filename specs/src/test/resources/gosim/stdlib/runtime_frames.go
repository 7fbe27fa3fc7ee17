package main

import (
	"fmt"
	"runtime"
	"strings"
)

//go:noinline
func inner() []uintptr {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	return pcs[:n]
}

//go:noinline
func outer() []uintptr {
	return inner()
}

func short(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func main() {
	fmt.Println(runtime.Compiler, runtime.GOOS, runtime.GOARCH)
	frames := runtime.CallersFrames(outer())
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Println(f.Function, short(f.File), f.Line, f.Func.Name() == f.Function, f.Entry == f.Func.Entry(), f.PC >= f.Entry)
		}
		if !more {
			break
		}
	}
	f, more := runtime.CallersFrames(nil).Next()
	fmt.Println(f.Function == "", f.Line, more)
	where := func() {
		pc, file, line, ok := runtime.Caller(0)
		fmt.Println(runtime.FuncForPC(pc).Name(), short(file), line, ok)
		pc, file, line, ok = runtime.Caller(1)
		fmt.Println(runtime.FuncForPC(pc).Name(), short(file), line, ok)
	}
	where()
}
