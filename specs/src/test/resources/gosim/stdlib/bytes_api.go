// Exercises package bytes broadly (the functions strings also has, over []byte, with nil and
// empty slices, Buffer's reads, writes, growth and errors) and strings' Func variants.
// bytes_api.out is its output under real Go 1.19 (go run bytes_api.go > bytes_api.out).
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	b := []byte("Hello, Gophers! hello again")
	fmt.Println(bytes.ContainsAny(b, "xyz!"), bytes.ContainsRune(b, 'G'), bytes.ContainsRune(nil, 'a'), bytes.Contains(b, []byte("Go")))
	fmt.Println(bytes.IndexAny(b, "!,"), bytes.LastIndexAny(b, "lo"), bytes.IndexByte(b, 'o'), bytes.LastIndexByte(b, 'o'), bytes.IndexRune(b, 'p'))
	fmt.Println(bytes.IndexFunc(b, unicode.IsPunct), bytes.LastIndexFunc(b, unicode.IsUpper), bytes.Index(b, []byte("hello")), bytes.LastIndex(b, []byte("l")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b\t c\n")))
	fmt.Printf("%q %q\n", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, b), bytes.Map(unicode.ToLower, []byte("ÀÉÎ")))
	fmt.Printf("%q %q %q\n", bytes.ReplaceAll(b, []byte("ello"), []byte("i")), bytes.Replace(b, []byte("l"), []byte("L"), 2), bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	fmt.Println(bytes.Runes([]byte("héllo")), len(bytes.Runes(nil)))
	fmt.Printf("%q %q %q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")), bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2), bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q %q %q\n", bytes.Split([]byte("abc"), nil), bytes.Split(nil, []byte(",")), bytes.SplitN([]byte("a,b"), []byte(","), 0))
	fmt.Printf("%q %q %q\n", bytes.ToLower(b), bytes.ToTitle([]byte("ǆx")), bytes.ToUpper([]byte("straße")))
	fmt.Printf("%q %q %q %q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"), bytes.Trim([]byte(" \thi\n"), " \t\n"))
	fmt.Printf("%q %q %q %q\n", bytes.TrimLeftFunc([]byte("  hi  "), unicode.IsSpace), bytes.TrimRightFunc([]byte("  hi  "), unicode.IsSpace), bytes.TrimPrefix(b, []byte("Hello")), bytes.TrimSuffix(b, []byte("again")))
	fmt.Printf("%q %q\n", bytes.TrimSpace([]byte("\u00a0 x \u2003")), bytes.Title([]byte("hello wide world")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}), bytes.Equal(nil, []byte{}), bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil), bytes.HasPrefix(b, []byte("Hell")), bytes.HasSuffix(b, []byte("in")))
	fmt.Printf("%q %q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")), bytes.Join(nil, []byte(",")))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.IndexByte(nil, 'x'), bytes.MinRead)

	// Buffer
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.Len(), buf.String())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]), buf.Len())
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.UnreadByte(), buf.UnreadByte())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size, buf.UnreadRune(), buf.UnreadRune())
	bs, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", bs, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	buf.Reset()
	buf.WriteString("0123456789")
	fmt.Printf("%q %q\n", buf.Next(3), buf.Next(100))
	buf.WriteString("abc")
	buf.Truncate(1)
	fmt.Println(buf.String())
	b2 := bytes.NewBufferString("from string")
	var sb strings.Builder
	nn, err := b2.WriteTo(&sb)
	fmt.Println(nn, err, sb.String())
	b3 := bytes.NewBuffer([]byte("seed-"))
	nn, err = b3.ReadFrom(strings.NewReader("read from"))
	fmt.Println(nn, err, b3.String())
	b3.Grow(100)
	fmt.Println(b3.Cap() >= 100+b3.Len(), string(b3.Bytes()[:4]))
	var small bytes.Buffer
	fmt.Println(small.ReadRune())
	_, err = small.ReadByte()
	fmt.Println(err == io.EOF)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		small.Truncate(5)
	}()

	// Reader
	rd := bytes.NewReader([]byte("reader data"))
	fmt.Println(rd.Len(), rd.Size())
	rd.Seek(7, io.SeekStart)
	rest, _ := io.ReadAll(rd)
	fmt.Printf("%q %d\n", rest, rd.Len())
	at := make([]byte, 4)
	n, err = rd.ReadAt(at, 2)
	fmt.Println(n, err, string(at))
	rd.Reset([]byte("again"))
	bb, _ := rd.ReadByte()
	fmt.Println(string(bb), rd.Len())

	// strings' Func variants and the rest of its functions
	s := "  123 Gopher 456  "
	fmt.Printf("%q %q %q\n", strings.TrimFunc(s, func(r rune) bool { return r == ' ' || unicode.IsDigit(r) }),
		strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsSpace))
	fmt.Println(strings.IndexFunc(s, unicode.IsLetter), strings.LastIndexFunc(s, unicode.IsLetter), strings.LastIndexByte(s, '3'), strings.LastIndexFunc("", unicode.IsLetter))
	fmt.Printf("%q %q %q\n", strings.FieldsFunc("a-b_c", func(r rune) bool { return r == '-' || r == '_' }), strings.SplitAfterN("a.b.c", ".", 2), strings.ToTitle("ǆemal"))
}
