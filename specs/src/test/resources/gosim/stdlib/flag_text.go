package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// level is a TextMarshaler by value and a TextUnmarshaler by pointer.
type level int

func (l level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }

func (l *level) UnmarshalText(b []byte) error {
	if strings.Trim(string(b), "*") != "" {
		return errors.New("stars only")
	}
	*l = level(len(b))
	return nil
}

type pair struct{ a, b string }

func (p *pair) MarshalText() ([]byte, error) { return []byte(p.a + ":" + p.b), nil }

func (p *pair) UnmarshalText(b []byte) error {
	i := strings.IndexByte(string(b), ':')
	if i < 0 {
		return fmt.Errorf("no colon in %q", b)
	}
	p.a, p.b = string(b[:i]), string(b[i+1:])
	return nil
}

type bag map[string]bool

func (b bag) MarshalText() ([]byte, error) { return []byte(fmt.Sprint(len(b))), nil }

func (b bag) UnmarshalText(t []byte) error {
	b[string(t)] = true
	return nil
}

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lv level
	var pr pair
	var t time.Time
	fs.TextVar(&lv, "level", level(2), "how loud")
	fs.TextVar(&pr, "pair", &pair{"x", "y"}, "a `key:value` pair")
	fs.TextVar(&t, "at", time.Date(2022, 1, 2, 3, 4, 5, 0, time.UTC), "when")
	var zero level
	fs.TextVar(&zero, "zero", level(0), "no stars")
	fmt.Println(lv, pr, t, zero)
	fs.PrintDefaults()
	err := fs.Parse([]string{"-level", "****", "-pair=k:v", "-at", "2000-01-01T00:00:00Z", "rest"})
	fmt.Println(err, lv, pr, t, fs.Args())
	fmt.Println(fs.Lookup("level").Value, fs.Lookup("pair").Value.(flag.Getter).Get() == &pr)
	fmt.Println(fs.Parse([]string{"-level", "x"}))
	fmt.Println(fs.Parse([]string{"-pair", "nocolon"}))
	for _, f := range []func(){
		func() { fs.TextVar(bag{}, "bad", bag{}, "") },
		func() { fs.TextVar(&lv, "bad2", &pr, "") },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
