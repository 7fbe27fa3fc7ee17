// Exercises unicode/utf8 broadly: encoding and decoding runes (first and last, from bytes and
// strings), invalid and short input, counting, validity and the constants. utf8_api.out is its
// output under real Go 1.19 (go run utf8_api.go > utf8_api.out).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x10FFFF, 0x110000, 0xD800, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	samples := []string{"", "a", "héllo", "世界", "\xff", "a\xffb", "\xe4\xb8", "\xe4\xb8\x96", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "😀x"}
	for _, s := range samples {
		b := []byte(s)
		r, size := utf8.DecodeRuneInString(s)
		r2, size2 := utf8.DecodeRune(b)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		lr2, lsize2 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: first %U/%d %U/%d last %U/%d %U/%d count %d %d valid %v %v full %v %v start %v\n",
			s, r, size, r2, size2, lr, lsize, lr2, lsize2,
			utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b),
			utf8.FullRuneInString(s), utf8.FullRune(b), len(b) > 0 && utf8.RuneStart(b[0]))
	}
	// walking a string by runes, forwards and backwards
	s := "a\u00e9\u4e16\U0001F600\xffz"
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		fmt.Print(i, ":", string(r), "/", n, " ")
		i += n
	}
	fmt.Println()
	for end := len(s); end > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		fmt.Print(end, ":", r, " ")
		end -= n
	}
	fmt.Println()
	for i, r := range s {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println()
	fmt.Println([]rune(s), string([]rune(s)), []byte(string(rune(0xD800))))
}
