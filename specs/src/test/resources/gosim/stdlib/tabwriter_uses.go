// text/tabwriter as programs use it: a pprof-style table (minwidth 1, tabwidth 8, tab padding), a
// right-aligned report, go vet-like columns with a trailing tab, elastic columns with '.' padding
// and Debug bars, a writer reused by Init, and fmt.Fprintf into a writer over os.Stdout.
// tabwriter_uses.out is real go1.19's output (go run tabwriter_uses.go).
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	// as runtime/pprof's debug=1 writers do
	w := tabwriter.NewWriter(os.Stdout, 1, 8, 1, '\t', 0)
	fmt.Fprintf(w, "#\t0x%x\t%s+0x%x\t%s:%d\n", 0x45a3b1, "main.worker", 0x31, "/home/gopher/w.go", 12)
	fmt.Fprintf(w, "#\t0x%x\t%s+0x%x\t%s:%d\n", 0x401e2c, "runtime.goexit", 0x1, "/usr/local/go/src/runtime/asm_amd64.s", 2086)
	fmt.Fprintf(w, "#\t0x%x\t%s+0x%x\t%s:%d\n", 0x4a, "x", 0x123456, "f.go", 1)
	w.Flush()
	fmt.Println()

	// a right-aligned numeric report
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tcount\tbytes\t")
	for i, n := range []string{"alloc", "free", "in use", "gc"} {
		fmt.Fprintf(w, "%s\t%d\t%d\t\n", n, (i+1)*(i+7)*13, (i+3)*1024*(5-i))
	}
	w.Flush()
	fmt.Println()

	// trailing tabs: the last column is a cell too and gets padded
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaa\tbbbb\t\t")
	fmt.Fprintln(w, "aaaaa\t\tcc\t")
	w.Flush()
	fmt.Println()

	// elastic tabstops: each column block is sized by its own lines
	w.Init(os.Stdout, 5, 0, 1, '.', tabwriter.Debug)
	rows := []string{"a\tb\tc", "aa\tbb\tcc", "aaa\t", "aaaa\tdddd\teeee", strings.Repeat("x", 12) + "\ty"}
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
	w.Flush()
	fmt.Println()

	// indentation with TabIndent and a formfeed between two tables
	w.Init(os.Stdout, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprint(w, "\tfunc\tf()\n\t\tx := 1\t// one\n\t\tlonger := 2\t// two\n\f\tvar\tv\n")
	w.Flush()
}
