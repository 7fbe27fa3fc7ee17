package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
)

// Allocations that bufio, errors, io and strings make on the program's behalf, kept alive by globals.

var (
	readers  []*bufio.Reader
	writers  []*bufio.Writer
	scanners []*bufio.Scanner
	errs     []error
	parts    [][]string
	bufs     [][]byte
	srs      []*strings.Reader
	texts    []string
)

type R struct{ n int }

func (r *R) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	n := copy(p, "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz\n")
	if n > r.n {
		n = r.n
	}
	r.n -= n
	return n, nil
}

func main() {
	runtime.MemProfileRate = 1
	readers = append(readers, bufio.NewReaderSize(&R{}, 100))
	writers = append(writers, bufio.NewWriterSize(os.Stdout, 200))
	errs = append(errs, errors.New("a fixed error message"))
	parts = append(parts, strings.Split("a,b,c,d,e,f", ","))
	srs = append(srs, strings.NewReader("some text to read from"))
	br := bufio.NewReader(&R{n: 300})
	readers = append(readers, br)
	b, _ := br.ReadBytes('\n')
	bufs = append(bufs, b)
	all, _ := io.ReadAll(&R{n: 700})
	bufs = append(bufs, all)
	sc := bufio.NewScanner(&R{n: 100})
	scanners = append(scanners, sc)
	for sc.Scan() {
		texts = append(texts, sc.Text())
	}
	runtime.GC()
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
}
