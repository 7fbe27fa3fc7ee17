package main

// Line directives under Go 1.11's rules (linedirective.args: -go 1.19): //line at the start of a
// line names the next line, /*line*/ the code right after it; "file:line", ":line" (no file:
// runtime.Caller says "??"), "file:line:col", ":line:col" (keeps the file). runtime.Caller,
// Callers/CallersFrames, FuncForPC.FileLine and a goroutine's frames all see them (go1.19
// cmd/compile/internal/syntax/parser.go updateBase). Expected output: real Go 1.19 (go run).

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

// short prints the program's own file by its base name (its directory is the machine's).
func short(f string) string {
	if filepath.Base(f) == "linedirective.go" {
		return "linedirective.go"
	}
	return f
}

func where() string {
	_, f, l, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", short(f), l)
}

// stack lists the caller's frames up to the first of package runtime.
func stack() string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var b strings.Builder
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "runtime.") {
			break
		}
		fmt.Fprintf(&b, " %s@%s:%d", fr.Function, short(fr.File), fr.Line)
		if !more {
			break
		}
	}
	return b.String()
}

func main() {
	fmt.Println(where())
//line gen.go:100
	fmt.Println(where())
	fmt.Println(where())
//line :7
	fmt.Println(where())
//line other.go:50:3
	fmt.Println(where())
//line :60:1
	fmt.Println(where())
	/*line blk.go:5*/ fmt.Println(where()); /*line :9:9*/ fmt.Println(where())
	fmt.Println(where())
	fmt.Println(where(),
		where())
	//line notadirective.go:1 (a //line comment must start its line)
	fmt.Println(where())
	/*line multi.go:1*/ fmt.Println(inner())
	f := func() string { return where() + stack() }
//line clo.go:30
	fmt.Println(f())
	pc, _, _, _ := runtime.Caller(0)
	file, line := runtime.FuncForPC(pc).FileLine(pc)
	fmt.Println(short(file), line)
	ch := make(chan string)
	go func() {
		ch <- where() + stack()
	}()
	fmt.Println(<-ch)
	fmt.Println(where())
}

//line lib.go:1000
func inner() string {
	return where() + stack()
}
