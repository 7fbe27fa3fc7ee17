// Exercises strconv's Append family, quoting to ASCII and graphic forms, UnquoteChar, the
// IsPrint/IsGraphic/CanBackquote predicates and the errors of the parsers (NumError's Func, Num
// and Err, ErrRange and ErrSyntax). strconv_more.out is its output under real Go 1.19
// (go run strconv_more.go > strconv_more.out).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	b := []byte("n:")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 255, 16)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 3.14159, 'f', 2, 64)
	b = strconv.AppendFloat(b, 1e21, 'g', -1, 64)
	b = strconv.AppendFloat(b, 0.1, 'e', -1, 32)
	b = strconv.AppendQuote(b, "hé\n")
	b = strconv.AppendQuoteToASCII(b, "hé\n")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0x\t")
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	fmt.Println(string(b))

	for _, s := range []string{"abc", "héllo\x00", "\u2028", "\u00a0", "`", "tab\there", "\xff", "😀"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\u00a0', '\u2028', '\t', 0x7f, 0x10FFFF, '😀', 0xFFFD, 0x3000} {
		fmt.Println(r, strconv.IsPrint(r), strconv.IsGraphic(r), strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	for _, s := range []string{`\n rest`, `\x41z`, `\u00e9!`, `\U0001F600`, `\'`, `\"`, `\z`, `é`, `\101`} {
		for _, q := range []byte{'\'', '"'} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %c: %q %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'xy'`, `"unterminated`, `"\u263a"`, `''`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	// parse errors
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	for _, s := range []string{"0x1F", "0o17", "0b101", "1_000", "-0x8000000000000000", "017"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 7), strconv.Itoa(-0))
	for _, fm := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
		fmt.Println(string(fm), strconv.FormatFloat(-1234.5678, fm, -1, 64), strconv.FormatFloat(1234.5678, fm, 3, 32))
	}
	fmt.Println(strconv.IntSize)
}
