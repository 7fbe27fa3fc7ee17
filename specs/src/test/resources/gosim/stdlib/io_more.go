// io_more exercises package io's readers, writers and helpers (Go 1.19 API): Pipe, SectionReader,
// TeeReader, MultiReader/MultiWriter, LimitReader, CopyN, CopyBuffer, ReadAtLeast, ReadFull,
// NopCloser, ReadAll, Discard, WriteString.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type buf struct{ b []byte }

func (w *buf) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type badWriter struct{}

func (badWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 1, errors.New("boom") }

// oneByte reads one byte per call, hiding WriterTo.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// at is a ReaderAt over a string, as strings.Reader.ReadAt behaves.
type at string

func (a at) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("at: negative offset")
	}
	if off >= int64(len(a)) {
		return 0, io.EOF
	}
	n := copy(p, a[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

type sized struct{ r io.Reader }

func (s sized) Read(p []byte) (int, error) {
	fmt.Println("read len", len(p))
	return s.r.Read(p)
}

func pipes() {
	r, w := io.Pipe()
	wrote := make(chan string, 3)
	go func() {
		for _, s := range []string{"hello ", "pipe ", "world"} {
			n, err := w.Write([]byte(s))
			wrote <- fmt.Sprint("wrote ", n, " ", err)
		}
		w.Close()
	}()
	p := make([]byte, 4)
	for {
		n, err := r.Read(p)
		fmt.Printf("read %q %v\n", p[:n], err)
		if err != nil {
			break
		}
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-wrote) // printed after the reads: when a Write returns is up to the scheduler
	}
	n, err := w.Write([]byte("x"))
	fmt.Println("after close:", n, err)

	r2, w2 := io.Pipe()
	go func() {
		w2.CloseWithError(errors.New("custom"))
	}()
	n, err = r2.Read(p)
	fmt.Println("custom:", n, err)
	r2.Close()
	_, err = r2.Read(p)
	fmt.Println("read after own close:", err)

	r3, w3 := io.Pipe()
	r3.CloseWithError(errors.New("reader gone"))
	n, err = w3.Write([]byte("abc"))
	fmt.Println("write to closed reader:", n, err)

	r4, w4 := io.Pipe()
	go func() {
		io.WriteString(w4, strings.Repeat("0123456789", 5))
		w4.Close()
	}()
	all, err := io.ReadAll(r4)
	fmt.Println(len(all), err, string(all[:12]))
}

func sections() {
	src := at("0123456789abcdef")
	s := io.NewSectionReader(src, 3, 8)
	fmt.Println("size", s.Size())
	p := make([]byte, 5)
	n, err := s.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = s.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = s.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	for _, c := range [][2]int64{{0, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {-10, io.SeekCurrent}, {0, 7}} {
		off, err := s.Seek(c[0], int(c[1]))
		fmt.Println("seek", c, off, err)
	}
	n, err = s.ReadAt(p, 5)
	fmt.Printf("readat5 %d %q %v\n", n, p[:n], err)
	n, err = s.ReadAt(p, 1)
	fmt.Printf("readat1 %d %q %v\n", n, p[:n], err)
	n, err = s.ReadAt(p, 8)
	fmt.Printf("readat8 %d %v\n", n, err)
	n, err = s.ReadAt(p, -1)
	fmt.Printf("readat-1 %d %v\n", n, err)
	big := io.NewSectionReader(src, 4, 1<<63-1)
	fmt.Println("big size", big.Size())
	b, err := io.ReadAll(big)
	fmt.Printf("%q %v\n", b, err)
}

func copies() {
	var w buf
	tr := io.TeeReader(strings.NewReader("tee data"), &w)
	b, err := io.ReadAll(tr)
	fmt.Printf("tee %q %q %v\n", b, w.b, err)
	_, err = io.ReadAll(io.TeeReader(strings.NewReader("x"), errWriter{}))
	fmt.Println("tee err", err)

	mr := io.MultiReader(strings.NewReader("ab"), io.MultiReader(strings.NewReader("cd"), strings.NewReader("")), strings.NewReader("ef"))
	p := make([]byte, 3)
	for {
		n, err := mr.Read(p)
		fmt.Printf("multi %q %v\n", p[:n], err)
		if err != nil {
			break
		}
	}
	var w1, w2 buf
	mw := io.MultiWriter(&w1, io.MultiWriter(&w2, io.Discard))
	n, err := io.WriteString(mw, "both")
	fmt.Println(n, err, string(w1.b), string(w2.b))
	n, err = io.MultiWriter(&w1, shortWriter{}).Write([]byte("four"))
	fmt.Println("short", n, err)

	var w3 buf
	k, err := io.Copy(&w3, io.MultiReader(strings.NewReader("multi "), strings.NewReader("copy")))
	fmt.Println(k, err, string(w3.b))

	var w4 buf
	k, err = io.CopyN(&w4, strings.NewReader("0123456789"), 4)
	fmt.Println("copyn", k, err, string(w4.b))
	k, err = io.CopyN(&w4, strings.NewReader("01"), 4)
	fmt.Println("copyn short", k, err, string(w4.b))
	k, err = io.CopyN(&w4, sized{strings.NewReader("0123456789")}, 3)
	fmt.Println("copyn sized", k, err)

	var w5 buf
	k, err = io.CopyBuffer(&w5, oneByte{strings.NewReader("buffered")}, make([]byte, 3))
	fmt.Println("copybuffer", k, err, string(w5.b))
	k, err = io.Copy(shortWriter{}, oneByte{strings.NewReader("abcd")})
	fmt.Println("copy short", k, err)
	k, err = io.Copy(badWriter{}, oneByte{strings.NewReader("abcd")})
	fmt.Println("copy invalid", k, err)
	k, err = io.Copy(errWriter{}, oneByte{strings.NewReader("abcd")})
	fmt.Println("copy err", k, err)
	k, err = io.Copy(io.Discard, oneByte{strings.NewReader("discarded")})
	fmt.Println("discard", k, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&w5, oneByte{strings.NewReader("x")}, []byte{})
	}()

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, err = io.ReadAll(lr)
	fmt.Printf("limit %q %v\n", b, err)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: 0}
	n, err = l.Read(p)
	fmt.Println("limit0", n, err)
}

func reads() {
	p := make([]byte, 6)
	n, err := io.ReadFull(oneByte{strings.NewReader("abcdefgh")}, p)
	fmt.Printf("full %d %q %v\n", n, p[:n], err)
	n, err = io.ReadFull(strings.NewReader("abc"), p)
	fmt.Printf("full short %d %q %v\n", n, p[:n], err)
	n, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Printf("full empty %d %v\n", n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), p[:2], 3)
	fmt.Printf("atleast short buffer %d %v\n", n, err)
	n, err = io.ReadAtLeast(oneByte{strings.NewReader("abcdef")}, p, 3)
	fmt.Printf("atleast %d %q %v\n", n, p[:n], err)
	rc := io.NopCloser(strings.NewReader("nop"))
	_, isWT := rc.(io.WriterTo)
	b, err := io.ReadAll(rc)
	fmt.Println(string(b), err, rc.Close(), isWT)
	rc = io.NopCloser(oneByte{strings.NewReader("nop")})
	_, isWT = rc.(io.WriterTo)
	fmt.Println("plain", isWT)
	var bs io.ByteScanner = strings.NewReader("q")
	c, _ := bs.ReadByte()
	fmt.Println(c, bs.UnreadByte())
	var rs io.RuneScanner = strings.NewReader("é")
	r, size, _ := rs.ReadRune()
	fmt.Println(r, size, rs.UnreadRune())
	var rws io.ReadSeeker = io.NewSectionReader(at("xyz"), 0, 3)
	off, err := rws.Seek(1, io.SeekStart)
	fmt.Println(off, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
}

func main() {
	pipes()
	sections()
	copies()
	reads()
}
