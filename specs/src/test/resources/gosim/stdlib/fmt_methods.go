// Exercises the methods fmt's printer calls (print.go handleMethods): Formatter with its State's
// flags, width, precision and Write, GoStringer under %#v, error before Stringer, promoted and
// pointer methods, nil receivers and panics in them, Errorf's %w, and Go 1.19's Append, Appendf, Appendln;
// fmt_methods.out is its output under real Go 1.19 (go run fmt_methods.go > fmt_methods.out).
package main

import (
	"errors"
	"fmt"
	"io"
)

// money prints itself: the verb, each flag set, width and precision when given.
type money int

func (m money) Format(f fmt.State, verb rune) {
	io.WriteString(f, "<")
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, "%c", c)
		}
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, "w%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, "p%d", p)
	}
	fmt.Fprintf(f, " %c $%d>", verb, int(m))
}

// ptrFormat has Format on the pointer only.
type ptrFormat struct{ x int }

func (p *ptrFormat) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "PF(%d)", p.x) }

// badFormat writes, then panics.
type badFormat struct{}

func (badFormat) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial"))
	panic("format failed")
}

type both struct{}

func (both) Error() string    { return "as error" }
func (both) String() string   { return "as string" }
func (both) GoString() string { return "both{}" }

type goOnly struct{ n int }

func (g goOnly) GoString() string { return fmt.Sprintf("goOnly(%d)", g.n) }

type str struct{ s string }

func (s str) String() string { return "S:" + s.s }

type ptrStr struct{ s string }

func (p *ptrStr) String() string {
	if p == nil {
		return "nil ptrStr"
	}
	return "P:" + p.s
}

type panicky struct{}

func (panicky) String() string { panic(errors.New("bad string")) }

type panickyErr int

func (panickyErr) Error() string { panic(42) }

type panickyGo struct{}

func (panickyGo) GoString() string { panic("no go syntax") }

// notString's String has the wrong result: it is no Stringer.
type notString int

func (notString) String() int { return 7 }

type level int

func (l level) String() string { return "L" + fmt.Sprint(int(l)) }

type outer struct {
	str
	N int
}

type holder struct {
	M money
	E error
	S fmt.Stringer
	P *ptrStr
}

func main() {
	m := money(5)
	fmt.Printf("%v|%+v|%#v|%-8.3x|% 05d|%s|%q\n", m, m, m, m, m, m, m)
	fmt.Printf("%T\n", m)
	fmt.Println(m, []money{1, 2}, map[string]money{"k": 3})
	fmt.Print(m, m, "\n")
	fmt.Printf("%6.2v|%[1]v\n", m)
	fmt.Println(&ptrFormat{4}, ptrFormat{5})
	fmt.Printf("[%v] [%10d]\n", badFormat{}, badFormat{})

	fmt.Printf("%v %s %#v %x %d\n", both{}, both{}, both{}, both{}, both{})
	fmt.Printf("%v %#v %#v\n", goOnly{1}, goOnly{2}, []goOnly{{3}})
	fmt.Printf("%v %s %q %x %X %d %#v\n", str{"a"}, str{"b"}, str{"c"}, str{"d"}, str{"e"}, str{"f"}, str{"g"})
	fmt.Printf("[%8v] [%-8v] [%.2v]\n", str{"w"}, str{"w"}, str{"wide"})
	var np *ptrStr
	fmt.Println(&ptrStr{"x"}, ptrStr{"y"}, np)
	fmt.Printf("[%10v]\n", np)
	fmt.Println(outer{str{"in"}, 1}, &outer{str{"in2"}, 2})
	fmt.Println(notString(3))
	fmt.Printf("%v %+v\n", holder{5, both{}, str{"z"}, nil}, holder{M: 6})

	fmt.Println(panicky{}, panickyErr(1))
	fmt.Printf("%s|%d|%#v|%10v|\n", panicky{}, panicky{}, panickyGo{}, panickyErr(2))
	var nilStr *str
	fmt.Printf("[%v] [%8s]\n", nilStr, nilStr)
	var nilPanicky *panicky
	fmt.Println(nilPanicky)
	var e error = both{}
	fmt.Println(e, fmt.Errorf("wrapped: %v", e))

	// Errorf's %w (Go 1.13): only the first, of an error, wraps; elsewhere it is a bad verb, whose
	// value prints without its methods
	w := fmt.Errorf("ctx: %w", e)
	fmt.Printf("%v %T %v %v\n", w, w, errors.Unwrap(w) == e, errors.Is(w, e))
	w = fmt.Errorf("%w and %w", e, e)
	fmt.Printf("%v %T\n", w, w)
	w = fmt.Errorf("%w", str{"not an error"})
	fmt.Printf("%v %T %v\n", w, w, errors.Unwrap(w))
	fmt.Printf("%w|%z|%d\n", e, str{"z"}, m)
	fmt.Printf("%z %t %d %v\n", level(3), level(4), level(5), []level{6})
	fmt.Println(fmt.Errorf("no wrap %d", 1), errors.Unwrap(fmt.Errorf("x")))

	b := []byte("x:")
	b = fmt.Append(b, 1, "a", "b", 2.5, m)
	b = fmt.Appendln(b, "end", 3)
	b = fmt.Appendf(b, "%03d|%s|%v", 7, str{"q"}, []int{1})
	fmt.Printf("%q\n", b)
	fmt.Println(string(fmt.Append(nil)), len(fmt.Appendf(nil, "")), fmt.Appendln(nil) != nil)
}
