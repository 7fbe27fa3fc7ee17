// text/tabwriter: every flag, escapes, HTML filtering, formfeeds, Flush, output errors and the
// panics of Init and of a failing Write. tabwriter.out is real go1.19's output (go run tabwriter.go).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"text/tabwriter"
	"unicode/utf8"
)

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, minwidth, tabwidth, padding, padchar, flags)
	n, err := w.Write([]byte(text))
	ferr := w.Flush()
	fmt.Printf("== %s: n=%d err=%v flush=%v\n%q\n", name, n, err, ferr, buf.String())
	if utf8.Valid(buf.Bytes()) { // the test reads this file as UTF-8: kept Escape bytes are shown quoted only
		fmt.Println(buf.String())
	}
}

// limited fails once it has taken max bytes; short writes fewer than asked.
type limited struct {
	max, got int
	short    bool
}

func (l *limited) Write(p []byte) (int, error) {
	if l.short {
		return len(p) / 2, nil
	}
	if l.got+len(p) > l.max {
		return 0, errors.New("disk full")
	}
	l.got += len(p)
	return len(p), nil
}

type panicky struct{}

func (panicky) Write(p []byte) (int, error) { panic("boom") }

func main() {
	table := "a\tb\tc\naaa\tbbbbb\tc\n\tx\ty\nend\n"
	show("left spaces", 0, 8, 1, ' ', 0, table)
	show("left dots minwidth", 5, 0, 2, '.', 0, table)
	show("tabs", 1, 8, 1, '\t', 0, table)
	show("tabs tabwidth 4", 0, 4, 0, '\t', 0, table)
	show("tabs tabwidth 0", 0, 0, 1, '\t', 0, table)
	show("right", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	show("right with tab padchar", 0, 8, 1, '\t', tabwriter.AlignRight, table)
	show("debug", 0, 8, 1, '-', tabwriter.Debug, table)
	show("debug right", 2, 8, 1, ' ', tabwriter.Debug|tabwriter.AlignRight, table)
	show("formfeed", 0, 8, 1, '.', 0, "a\tb\nlonger cell\tc\f\tshort\tx\nq\tr\n")
	show("formfeed debug", 0, 8, 1, '.', tabwriter.Debug, "a\tb\f\tc\nd\te\n")
	soft := "a\v\vb\nc\v\vd\n\t\te\n"
	show("vtab", 0, 8, 1, '*', 0, soft)
	show("discard empty", 0, 8, 1, '*', tabwriter.DiscardEmptyColumns, soft)
	show("discard empty htab", 0, 8, 1, '*', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	indent := "\t\tx\ty\n\tlong text\tz\n\t\t\tw\n"
	show("tabindent spaces", 0, 4, 1, ' ', tabwriter.TabIndent, indent)
	show("no tabindent", 0, 4, 1, ' ', 0, indent)
	show("tabindent debug", 0, 4, 1, '_', tabwriter.TabIndent|tabwriter.Debug, indent)
	esc := "a\xffb\tc\xff\td\nxx\xff\n\xffyy\tz\n"
	show("escape", 0, 8, 1, '.', 0, esc)
	show("strip escape", 0, 8, 1, '.', tabwriter.StripEscape, esc)
	show("escape unterminated", 0, 8, 1, '.', 0, "a\tb\nab\xffc\td")
	html := "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n"
	show("no html filter", 0, 8, 1, '.', 0, html)
	show("html filter", 0, 8, 1, '.', tabwriter.FilterHTML, html)
	show("html strip", 0, 8, 1, '.', tabwriter.FilterHTML|tabwriter.StripEscape, html+"\xff<i>\t\xff\tq\n")
	show("utf8 widths", 0, 8, 1, '.', 0, "héllo\twörld\tx\n日本語\tab\ty\n")
	show("no final newline", 0, 8, 1, '.', 0, "a\tb\nccc\tdd")
	show("single cells end blocks", 0, 8, 1, '.', 0, "aaaa\tb\nx\nc\td\n")
	show("empty", 0, 8, 1, '.', 0, "")
	show("all flags", 3, 4, 2, '#', tabwriter.FilterHTML|tabwriter.StripEscape|tabwriter.AlignRight|
		tabwriter.DiscardEmptyColumns|tabwriter.TabIndent|tabwriter.Debug, "\tx<i>\t&z;\v\vy\n\t\xffq\tr\xff\ts\f"+html)

	// several writes, split anywhere, and partial cells kept across them
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, ' ', 0)
	for _, part := range []string{"na", "me\tva", "lue\n", "x\t", "y\n", "lo", "ng name\t1\n\xffesc", "aped\t\xff", "\tz\n"} {
		n, err := fmt.Fprint(w, part)
		fmt.Println("part", n, err, buf.Len())
	}
	fmt.Println(w.Flush(), buf.Len())
	fmt.Printf("%q\n", buf.String())

	// Init again over a used writer; flags as numbers
	w.Init(os.Stdout, 0, 8, 0, '.', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tbb\tccc\t")
	fmt.Fprintln(w, "dddd\te\tf\t")
	w.Flush()
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight, tabwriter.DiscardEmptyColumns,
		tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)

	// output errors come back from Write (at a block's end) or Flush
	lw := tabwriter.NewWriter(&limited{max: 10}, 0, 8, 1, ' ', 0)
	n, err := lw.Write([]byte("a\tb\nabcdef\tgh\n\nmore\t"))
	fmt.Println("limited write:", n, err)
	fmt.Println("limited flush:", lw.Flush())
	sw := tabwriter.NewWriter(&limited{short: true}, 0, 8, 1, ' ', 0)
	n, err = sw.Write([]byte("abc\tdef\n"))
	fmt.Println("short write:", n, err)
	n, err = sw.Write([]byte("abc\tdef"))
	fmt.Println("short write buffered:", n, err)
	fmt.Println("short flush:", sw.Flush(), sw.Flush())

	// a panic of the output is not an output error
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pw := tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		pw.Write([]byte("x\n"))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pw := tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		pw.Write([]byte("x\ty"))
		pw.Flush()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, 0, -1, 1, ' ', 0)
	}()
}
