package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
)

func where() {
	_, file, line, ok := runtime.Caller(1)
	fmt.Println(file[strings.LastIndex(file, "/")+1:], line, ok)
}

func helper(l *log.Logger) {
	l.Output(2, "reported at the helper's caller")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("short file")
	log.Printf("%d", 42)
	l := log.New(os.Stdout, "pre: ", log.Lshortfile|log.Lmsgprefix)
	l.Print("with a message prefix")
	helper(l)
	func() {
		log.Print("in a closure")
	}()
	where()
	pc, _, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), line, ok)
	_, _, _, ok = runtime.Caller(99)
	fmt.Println(ok)
	log.SetFlags(log.Llongfile)
	var b strings.Builder
	log.SetOutput(&b)
	log.Print("long")
	s := b.String()
	fmt.Println(strings.HasPrefix(s, "/"), strings.HasSuffix(s, "log_caller.go:39: long\n"))
}
