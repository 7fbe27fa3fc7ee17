// bufio_more exercises bufio's Go 1.19 API beyond bufio.go: Peek, UnreadByte/UnreadRune,
// Discard, ReadSlice/ReadLine with a small buffer, WriteTo/ReadFrom, Reset, Size, Available,
// AvailableBuffer, ReadWriter, Scanner.Buffer, custom splits and ErrFinalToken, error values.
// bufio_more.out: go run bufio_more.go > bufio_more.out (Go 1.19).
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunks returns its data a few bytes per Read, without WriterTo.
type chunks struct {
	data []byte
	n    int
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.data) {
		k = len(c.data)
	}
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

// sink records each Write's size.
type sink struct {
	got   []byte
	sizes []int
}

func (s *sink) Write(p []byte) (int, error) {
	s.got = append(s.got, p...)
	s.sizes = append(s.sizes, len(p))
	return len(p), nil
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 5, nil }

func peeks() {
	r := bufio.NewReaderSize(&chunks{[]byte("hello, buffered world"), 3}, 16)
	fmt.Println("size", r.Size())
	p, err := r.Peek(5)
	fmt.Printf("peek %q %v buffered=%d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("peek20 %q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println("peek-1", err)
	fmt.Println("unread after peek:", r.UnreadByte())
	c, _ := r.ReadByte()
	fmt.Println("byte", string(c), r.UnreadByte(), r.UnreadByte())
	n, err := r.Discard(7)
	fmt.Println("discard", n, err)
	rr, size, err := r.ReadRune()
	fmt.Println("rune", string(rr), size, err, r.UnreadRune(), r.UnreadRune())
	n, err = r.Discard(100)
	fmt.Println("discard past end", n, err)
	_, err = r.Discard(-1)
	fmt.Println(err)
	_, err = r.Peek(1)
	fmt.Println("peek at eof", err)

	u := bufio.NewReader(strings.NewReader("héllo"))
	u.ReadRune()
	rr, size, _ = u.ReadRune()
	fmt.Println(string(rr), size, u.UnreadRune())
	rr, size, _ = u.ReadRune()
	fmt.Println("again", string(rr), size)
	u.ReadByte()
	fmt.Println("unread rune after byte:", u.UnreadRune())
	fresh := bufio.NewReader(strings.NewReader("x"))
	fmt.Println("fresh unread:", fresh.UnreadByte(), fresh.UnreadRune())
}

func lines() {
	r := bufio.NewReaderSize(&chunks{[]byte("short\nthis line is longer than sixteen bytes\r\nend\r"), 5}, 16)
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("line %q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReaderSize(strings.NewReader("aaaaaaaaaaaaaaaaaaaa,b"), 16)
	s, err := r2.ReadSlice(',')
	fmt.Printf("slice %q %v\n", s, err)
	s, err = r2.ReadSlice(',')
	fmt.Printf("slice %q %v\n", s, err)
	r3 := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz;rest"), 16)
	b, err := r3.ReadBytes(';')
	fmt.Printf("bytes %q %v\n", b, err)
	str, err := r3.ReadString(';')
	fmt.Printf("string %q %v\n", str, err)
}

func copies() {
	var dst sink
	r := bufio.NewReaderSize(&chunks{[]byte(strings.Repeat("abcdefgh", 6)), 7}, 16)
	r.ReadByte()
	n, err := r.WriteTo(&dst)
	fmt.Println("writeto", n, err, len(dst.got), dst.sizes)

	var buf bytes.Buffer
	r = bufio.NewReader(strings.NewReader("through WriterTo"))
	n, err = r.WriteTo(&buf)
	fmt.Println("writeto2", n, err, buf.String())

	var out sink
	w := bufio.NewWriterSize(&out, 16)
	w.WriteString("pre-")
	m, err := w.ReadFrom(&chunks{[]byte("read from a slow reader"), 4})
	fmt.Println("readfrom", m, err, w.Buffered(), w.Available(), out.sizes)
	w.Flush()
	fmt.Printf("%q %v\n", out.got, out.sizes)

	var big sink
	w = bufio.NewWriterSize(&big, 16)
	w.WriteString(strings.Repeat("z", 40))
	w.WriteRune('é')
	w.WriteRune('x')
	fmt.Println("big", big.sizes, w.Buffered())
	w.Flush()
	fmt.Println(big.sizes, len(big.got))

	fw := bufio.NewWriterSize(&failWriter{1}, 16)
	fw.WriteString(strings.Repeat("q", 20))
	fmt.Println("fail1", fw.Flush())
	_, err = fw.WriteString("more")
	fmt.Println("fail2", err, fw.WriteByte('x'))
	fw.Reset(&out)
	fmt.Println("after reset", fw.Buffered(), fw.Available(), fw.Size())
	_, err = fw.WriteString("ok")
	fmt.Println(err, fw.Flush())

	ab := bufio.NewWriterSize(&out, 32)
	ab.WriteString("12")
	tail := ab.AvailableBuffer()
	fmt.Println("avail", len(tail), cap(tail))
	tail = append(tail, "34"...)
	ab.Write(tail)
	fmt.Println(ab.Buffered())

	fmt.Println(bufio.NewReaderSize(r, 8) == r, bufio.NewWriterSize(ab, 16) == ab, bufio.NewReaderSize(nil, 1).Size())
	var zr bufio.Reader
	zr.Reset(strings.NewReader("zero"))
	zs, _ := zr.ReadString(0)
	fmt.Println(zs, zr.Size())
}

func readwriter() {
	var out sink
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(&out))
	l, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + l)
	p, _ := rw.Peek(4)
	fmt.Printf("%q %d\n", p, rw.Available())
	rw.WriteRune('✓')
	rw.WriteByte('\n')
	rw.Flush()
	fmt.Printf("%q\n", out.got)
	var rwi io.ReadWriter = rw
	_ = rwi
}

func scanners() {
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 40) + "\nok\n"))
	sc.Buffer(make([]byte, 0, 8), 20)
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println("too long:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("a,b,,STOP,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("field %q\n", sc.Text())
	}
	fmt.Println("final:", sc.Err(), sc.Scan())

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("custom split") })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(liar{})
	fmt.Println(sc.Scan(), sc.Err(), sc.Err() == bufio.ErrBadReadCount)

	sc = bufio.NewScanner(strings.NewReader("x y"))
	sc.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Split(bufio.ScanWords)
	}()
	sc = bufio.NewScanner(strings.NewReader(""))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k := 0
		for sc.Scan() {
			k++
		}
		fmt.Println("no panic", k)
	}()

	sc = bufio.NewScanner(strings.NewReader("\xffa\xe2\x82"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("no newline at end"))
	sc.Split(bufio.ScanLines)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader("\u2003wide\u00a0space\u3000words "))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("bytes"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println()
	fmt.Println(bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune, bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken, bufio.MaxScanTokenSize)
}

func main() {
	peeks()
	lines()
	copies()
	readwriter()
	scanners()
}
