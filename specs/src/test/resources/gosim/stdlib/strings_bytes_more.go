// Exercises the strings, bytes, strconv, sort and sync/atomic API added for issue 15;
// strings_bytes_more.out is its output under real Go 1.19 (go run strings_bytes_more.go > strings_bytes_more.out).
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"
)

func main() {
	// strings
	fmt.Println(strings.Clone("abc"), strings.Clone("") == "")
	fmt.Printf("%q %q\n", strings.ToValidUTF8("a\xffb\xC0\xAFc\xff", "\uFFFD"), strings.ToValidUTF8("ok\x80\x80", ""))
	r := strings.NewReader("0123456789")
	buf := make([]byte, 4)
	n, err := r.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	b, _ := r.ReadByte()
	fmt.Println(string(b))
	pos, err = r.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err, r.Len())
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	r.Reset("héllo")
	ch, size, _ := r.ReadRune()
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadRune(), r.UnreadRune(), r.Len())

	// bytes
	fmt.Println(bytes.LastIndexAny([]byte("go gopher"), "ordent"), bytes.LastIndexAny([]byte("héllo"), "é"), bytes.LastIndexAny([]byte("x"), ""))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c,d"), []byte(","), -1))
	fmt.Printf("%s\n", bytes.Title([]byte("her royal highness")))
	bf, af, ok := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", bf, af, ok)
	bf, af, ok = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", bf, af, ok, af == nil)
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))
	var bb bytes.Buffer
	bb.WriteString("héllo")
	fmt.Println(bb.UnreadByte(), bb.UnreadRune())
	c, _ := bb.ReadByte()
	fmt.Println(string(c), bb.UnreadByte(), bb.UnreadByte(), bb.Len())
	rr, sz, _ := bb.ReadRune()
	rr, sz, _ = bb.ReadRune()
	fmt.Println(string(rr), sz, bb.UnreadRune(), bb.UnreadRune(), bb.String())
	br := bytes.NewReader([]byte("añb"))
	rr, sz, _ = br.ReadRune()
	rr, sz, _ = br.ReadRune()
	fmt.Println(string(rr), sz, br.UnreadRune(), br.UnreadRune(), br.Len())
	fmt.Println(br.UnreadByte(), br.UnreadByte(), br.Len())
	n, err = br.ReadAt(buf, 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	pos, err = br.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	wn, err := br.WriteTo(os.Stdout)
	fmt.Println("", wn, err, br.Len())
	br.Reset([]byte("xyz"))
	fmt.Println(br.Len(), br.Size())

	// strconv
	fmt.Println(string(strconv.AppendQuoteToASCII([]byte("q:"), "☺\n")), string(strconv.AppendQuoteRuneToASCII(nil, '☺')))
	fmt.Println(strconv.QuoteRuneToGraphic('\u263a'), strconv.QuoteRuneToGraphic('\u00a0'), strconv.QuoteRuneToGraphic('\n'))
	fmt.Println(string(strconv.AppendQuoteToGraphic(nil, "\u00a0x\t")), string(strconv.AppendQuoteRuneToGraphic(nil, '\u2028')))
	for _, s := range []string{`"hello" world`, "`raw`tail", `'a'b`, `'\''x`, `"unterminated`, `"bad\q"`, `'ab'`, `x`, "\"new\nline\""} {
		q, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", q, err)
	}
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128), strconv.FormatComplex(complex(0, 3), 'g', -1, 64), strconv.FormatComplex(complex(-1e21, 1e-7), 'e', 3, 128))

	// sort
	a := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 3, 4, 9, 10} {
		i, found := sort.Find(len(a), func(i int) int { return x - a[i] })
		fmt.Println(x, i, found)
	}

	// sync/atomic
	var up unsafe.Pointer
	fmt.Println(atomic.LoadPointer(&up) == nil, atomic.CompareAndSwapPointer(&up, nil, nil), atomic.SwapPointer(&up, nil) == nil)
	atomic.StorePointer(&up, nil)
	fmt.Println(up == nil)
}
