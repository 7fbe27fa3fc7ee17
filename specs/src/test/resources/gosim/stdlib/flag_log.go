package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func try(args ...string) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	var out bytes.Buffer
	fs.SetOutput(&out)
	n := fs.Int("n", 3, "how `many` times")
	name := fs.String("name", "world", "who to greet")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", 0, "pause between\ngreetings")
	f := fs.Float64("ratio", 1.5, "a ratio")
	u := fs.Uint("u", 0, "unsigned")
	var l list
	fs.Var(&l, "tag", "a tag (repeatable)")
	err := fs.Parse(args)
	fmt.Printf("%q -> err=%v n=%d name=%s v=%t wait=%v ratio=%v u=%d tags=%v args=%q narg=%d nflag=%d\n",
		args, err, *n, *name, *v, *d, *f, *u, l, fs.Args(), fs.NArg(), fs.NFlag())
	fmt.Print(out.String())
}

func main() {
	try()
	try("-n", "5", "--name=gopher", "-v", "-wait", "1m30s", "-tag", "a", "-tag=b", "rest", "-n", "9")
	try("-v=false", "-ratio", "0.25", "-u", "7", "--", "-n")
	try("-x")
	try("-n", "abc")
	try("-n")
	try("-v=maybe")
	try("-wait", "5")
	try("---n")
	try("-h")
	try("-n", "99999999999999999999")

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain")
	log.Printf("%d items", 3)
	log.Println("a", 1, true)
	log.SetPrefix("app: ")
	log.Print("prefixed\n")
	fmt.Println(log.Flags(), log.Prefix() == "app: ", log.Ldate, log.Ltime, log.Lmicroseconds, log.LstdFlags, log.LUTC, log.Lmsgprefix)
	log.SetFlags(log.Lmsgprefix)
	log.Print("after the header")
	var buf bytes.Buffer
	l := log.New(&buf, "[x] ", 0)
	l.Println("to a buffer")
	l.SetPrefix("")
	l.Printf("no newline")
	fmt.Print(buf.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %s", "thing")
	}()
	// the timestamp's shape: "2006/01/02 15:04:05.000000 "
	var tb bytes.Buffer
	tl := log.New(&tb, "", log.LstdFlags|log.Lmicroseconds)
	tl.Print("t")
	s := tb.String()
	fmt.Println(len(s), s[4] == '/', s[7] == '/', s[10] == ' ', s[13] == ':', s[16] == ':', s[19] == '.', s[26:])
	fmt.Println(time.Duration(0))
	log.Println("the end")
}
