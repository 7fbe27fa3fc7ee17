// Exercises package strings and unicode/utf8; strings.out is its output under real Go 1.19
// (go run strings.go > strings.out).
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "Hello, Wörld! héllo"
	fmt.Println(strings.Contains(s, "Wö"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'ö'))
	fmt.Println(strings.Index(s, "llo"), strings.LastIndex(s, "llo"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'é'))
	fmt.Println(strings.IndexAny(s, "rö"), strings.LastIndexAny(s, "lé"), strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("héé", ""))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.Title("hello wide world"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Println(strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "llo"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())
	r := strings.NewReader("abc")
	buf := make([]byte, 2)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<b>bold</b>"))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))

	fmt.Println(utf8.RuneCountInString(s), utf8.RuneLen('ö'), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	rr, size := utf8.DecodeRuneInString("ö!")
	fmt.Println(rr, size)
	rr, size = utf8.DecodeLastRuneInString("!ö")
	fmt.Println(rr, size)
	rr, size = utf8.DecodeRune([]byte{0xff})
	fmt.Println(rr, size)
	p := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(p, '€'), p, utf8.FullRune(p[:2]), utf8.RuneStart(p[1]))
}
