// Exercises fmt's Sscan, Sscanln, Sscanf, Fscan* over strings.Reader and bufio.Reader: every verb
// and target type, spaces and newlines, widths, Scanner and ScanState, and the errors; fmt_scan.out
// is its output under real Go 1.19 (go run fmt_scan.go > fmt_scan.out).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type myInt int
type myUint8 uint8
type myStr string
type myBytes []byte
type myFloat float32
type myBool bool
type myComplex complex64

// pair scans itself as "<a,b>" through the ScanState.
type pair struct{ a, b string }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '<' {
		return errors.New("pair: want <")
	}
	tok, err := st.Token(false, func(r rune) bool { return r != ',' })
	if err != nil {
		return err
	}
	p.a = string(tok)
	st.ReadRune()
	tok, _ = st.Token(false, func(r rune) bool { return r != '>' })
	p.b = string(tok)
	if _, _, err := st.ReadRune(); err != nil {
		return err
	}
	w, ok := st.Width()
	_, rerr := st.Read(make([]byte, 1))
	fmt.Println("pair width", w, ok, rerr)
	return nil
}

// word scans with a nested Fscan on the ScanState.
type word struct{ s string }

func (w *word) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscan(st, &w.s)
	w.s = "[" + w.s + "]"
	return err
}

func show(n int, err error, vals ...interface{}) {
	fmt.Printf("n=%d err=%v", n, err)
	for _, v := range vals {
		fmt.Printf(" %v", v)
	}
	fmt.Println()
}

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	var f32 float32
	var f64 float64
	var c64 complex64
	var c128 complex128
	var b bool
	var s string
	var bs []byte

	n, err := fmt.Sscan(" 1 -2\n 3 +4 5 6 7 8 9 10 11", &i, &i8, &i16, &i32, &i64, &u, &u8, &u16, &u32, &u64, &up)
	show(n, err, i, i8, i16, i32, i64, u, u8, u16, u32, u64, up)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000 -0x10", &i, &i8, &i16, &i32, &i64, &u)
	show(n, err, i, i8, i16, i32, i64, u)
	n, err = fmt.Sscan("1.5 -2.25e3 0x1p-2 1p3 inf NaN", &f32, &f64, &f32, &f64, &f32, &f64)
	show(n, err, f32, f64)
	n, err = fmt.Sscan("(1+2i) 3.5-4i", &c64, &c128)
	show(n, err, c64, c128)
	n, err = fmt.Sscan("true F 1 0 TRUE false", &b, &b, &b, &b, &b, &b)
	show(n, err, b)
	n, err = fmt.Sscan("héllo wörld", &s, &bs)
	show(n, err, s, string(bs))

	// errors
	show(fmt.Sscan("abc", &i))
	show(fmt.Sscan("", &i))
	show(fmt.Sscan("   ", &i))
	show(fmt.Sscan("1", &i, &s))
	show(fmt.Sscan("300", &i8))
	show(fmt.Sscan("-1", &u8))
	show(fmt.Sscan("99999999999999999999", &i))
	show(fmt.Sscan("tru", &b))
	show(fmt.Sscan("x", &b))
	show(fmt.Sscan("1.5.5", &f64))
	show(fmt.Sscan("1e", &f64))
	show(fmt.Sscan("1+", &c128))
	show(fmt.Sscan("(1+2i", &c128))
	show(fmt.Sscan("5", i))
	show(fmt.Sscan("5", &[]int{}))
	show(fmt.Sscan("5", (*myInt)(nil)))
	show(fmt.Sscan("1 x", &i, &i))

	// named types (scan.go's reflect case)
	var mi myInt
	var mu myUint8
	var ms myStr
	var mb myBytes
	var mf myFloat
	var mbo myBool
	var mc myComplex
	n, err = fmt.Sscan("-42 200 str bytes 2.5 true (1-1i)", &mi, &mu, &ms, &mb, &mf, &mbo, &mc)
	show(n, err, mi, mu, ms, string(mb), mf, mbo, mc)
	show(fmt.Sscan("300", &mu))
	show(fmt.Sscanf("7", "%x", &mf))
	show(fmt.Sscanf("7", "%s", &mi))

	// Sscanln
	n, err = fmt.Sscanln("1 2  \n3", &i, &i32)
	show(n, err, i, i32)
	show(fmt.Sscanln("1\n2", &i, &i32))
	show(fmt.Sscanln("1 2 3", &i, &i32))
	show(fmt.Sscanln("1 2", &i, &i32))
	show(fmt.Sscanln("", &i))
	show(fmt.Sscanln("\n", &i))
	show(fmt.Sscanln("4 5\r\n", &i, &i32))

	// Sscanf: verbs, literals, widths, spaces and newlines
	n, err = fmt.Sscanf("x=10 y=ff z=1010 o=17 r=Zq", "x=%d y=%x z=%b o=%o r=%c%c", &i, &i32, &u, &u8, &i64, &u16)
	show(n, err, i, i32, u, u8, i64, u16)
	n, err = fmt.Sscanf("U+1F600 'q' \"a\\tb\" `raw` 6869", "%U %q %q %q %x", &i32, &i64, &s, &bs, &u64)
	show(n, err, i32, i64, s, string(bs))
	n, err = fmt.Sscanf("\"quoted\" 68656c6c6f", "%q %x", &s, &bs)
	show(n, err, s, string(bs))
	n, err = fmt.Sscanf("12345678", "%3d%2d%d", &i, &i32, &i64)
	show(n, err, i, i32, i64)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &bs)
	show(n, err, s, string(bs))
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("1.5e2 t", "%g %t", &f64, &b)
	show(n, err, f64, b)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &i32)
	show(n, err, i, i32)
	show(fmt.Sscanf("1 2", "%d\n%d", &i, &i32))
	show(fmt.Sscanf("1\n2", "%d %d", &i, &i32))
	show(fmt.Sscanf("12", "%d %d", &i, &i32))
	show(fmt.Sscanf("1 2", "%d%d", &i, &i32))
	show(fmt.Sscanf("a", "b"))
	show(fmt.Sscanf("a", "a%"))
	show(fmt.Sscanf("1", "%d %d", &i))
	show(fmt.Sscanf("1", "%d", &i, &i32))
	show(fmt.Sscanf("1", "%z", &i))
	show(fmt.Sscanf("1", "%d", &s))
	show(fmt.Sscanf("x", "%d", &b))
	show(fmt.Sscanf("1", "%s", &f64))
	show(fmt.Sscanf("1", "%d", &c64))
	show(fmt.Sscanf("q", "%q", &s))
	show(fmt.Sscanf("\"abc", "%q", &s))
	show(fmt.Sscanf("\"a\\z\"", "%q", &s))
	show(fmt.Sscanf("zz", "%x", &s))
	show(fmt.Sscanf("6g", "%x", &s))
	show(fmt.Sscanf("u+41", "%U", &i32))
	show(fmt.Sscanf("é", "%c", &i8))
	show(fmt.Sscanf("x 5", "x %%", &i))
	show(fmt.Sscanf("5 6", "%d%%", &i))
	show(fmt.Sscanf("", "%d", &i))
	show(fmt.Sscanf("1\n", "%d\n\n", &i))
	show(fmt.Sscanf("  7", "%d", &i))
	show(fmt.Sscanf("\n7", "%d", &i))

	// Scanner and ScanState
	var p pair
	n, err = fmt.Sscan("  <left,right> 9", &p, &i)
	show(n, err, p.a, p.b, i)
	n, err = fmt.Sscanf("<a,b>", "%5v", &p)
	show(n, err, p.a, p.b)
	show(fmt.Sscan("(x,y)", &p))
	show(fmt.Sscan("<unterminated", &p))
	var w1, w2 word
	n, err = fmt.Sscan("alpha beta", &w1, &w2)
	show(n, err, w1.s, w2.s)

	// over RuneScanners: what follows the scanned text stays in the reader
	sr := strings.NewReader("10 20 rest")
	n, err = fmt.Fscan(sr, &i, &i32)
	rest, _ := io.ReadAll(sr)
	show(n, err, i, i32, string(rest))
	br := bufio.NewReader(strings.NewReader("1 2\n3 4\nfive\n"))
	for {
		n, err = fmt.Fscanln(br, &i, &i32)
		show(n, err, i, i32)
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := br.ReadString('\n')
			fmt.Printf("skipped %q\n", line)
		}
	}
	br = bufio.NewReader(strings.NewReader("k1=v1;k2=v2;"))
	for {
		var k, v string
		n, err = fmt.Fscanf(br, "%2s=%2s;", &k, &v)
		if err != nil {
			show(n, err)
			break
		}
		fmt.Println(k, v)
	}
	// a plain io.Reader is read byte by byte; bad UTF-8 comes through as U+FFFD
	n, err = fmt.Fscan(io.MultiReader(strings.NewReader("ab\xffc 1"), strings.NewReader("2")), &s, &i)
	show(n, err, []byte(s), i)
}
