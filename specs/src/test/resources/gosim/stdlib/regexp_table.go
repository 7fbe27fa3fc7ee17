// regexp over a table of patterns and texts: each pattern's compile error (Go's exact text) or its
// matches, leftmost-first and leftmost-longest, with submatch positions. regexp_table.out is real
// Go 1.19's output (go run regexp_table.go > regexp_table.out).
package main

import (
	"fmt"
	"regexp"
	"unicode/utf8"
)

var patterns = []string{
	// literals, dot, classes
	`abc`, `a.c`, `(?s)a.c`, `[a-c]+`, `[^a-c]+`, `[]a]`, `[^]a]`, `[a-]+`, `[-a]`, `[[:alpha:]]+`,
	`[[:^digit:]]+`, `[[:word:][:space:]]+`, `\d+`, `\D+`, `\w+`, `\W`, `\s+`, `\S+`, `[\d\s]+`,
	`\pL+`, `\p{Greek}+`, `\PL+`, `\p{^Greek}`, `[\p{Lu}]+`, `\pN`, `\p{Han}`, `[\x41-\x43]`,
	`\x{263a}`, `\101\x42`, `\Qa.b\E+`, `\.\*\+`, `\a\f\t\n\r\v`, `[\n]`, `\_`,
	// anchors
	`^a`, `a$`, `(?m)^a`, `(?m)a$`, `\Aa`, `a\z`, `\bab\b`, `\Bb\B`, `^`, `$`, `(?m)^`, `(?m)$`,
	`^$`, `\b`,
	// groups and names
	`(a)(b)?`, `(?:ab)+`, `(?P<first>\w+) (?P<last>\w+)`, `(a|ab)(c|bcd)(d*)`, `(a*)*`, `(a*)+`,
	`(a|b)*`, `(|a)*`, `(|a)+`, `(a?)*?b`, `((a)|b)+`, `(a)|(b)|(c)`, `()`, `(a){0}b`,
	// flags
	`(?i)abc`, `(?i)[a-c]+`, `(?i)k`, `(?i)σ`, `(?i:a)b`, `a(?i)b`, `(?i)a(?-i)b`, `(?U)a+`,
	`(?U)a+?`, `(?s:.)`, `(?ms)^.+$`, `(?i)\pL`, `(?i)[^k]`,
	// repetition
	`a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `a{2}`, `a{2,}`, `a{2,3}`, `a{,2}`, `a{2,3}?`, `(ab){1,2}`,
	`a{0}`, `(a{2}){2}`, `x{`, `x{1`, `x{1,`, `a{1001}`, `{`, `a{01}`,
	// alternation
	`a|b|c`, `ab|a`, `a|ab`, `|a`, `a|`, `(a|)+b`, `[ab]|c`, `abc|abd`,
	// errors
	`a(b`, `a)`, `(?P<n>`, `(?P<>a)`, `(?P<a-b>x)`, `(?x)`, `(?i`, `(?`, `[a`, `[z-a]`, `a**`,
	`a*+`, `a??*`, `*`, `+a`, `(*)`, `a|*`, `\`, `a\`, `\q`, `\1`, `\8`, `\x{110000}`, `\xZZ`,
	`\x{}`, `\pX`, `\p{Foo}`, `\p{Greek`, `[[:foo:]]`, `\C`, `a{2}{3}`, `a{2}*`, `(a{500}){3}`,
	`x{2}{1000}`, `a{1000}`, `a{2,1}`, `(?-)`, `(?i-)`, `(?--i)`, "\xff", "[\xff]", `(?P<n>a`,
}

var texts = []string{"", "abc", "ABC abc", "aaa", "baaac", "abcd", "a\nb\na", "xabx ab bab",
	"Hello World", "αβγ abc 123", "kK\u212a", "ab ab ab", "a.b+a.b", "中文 text", "ΣσςΣ", "a{2}"}

func main() {
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			msg := err.Error()
			if !utf8.ValidString(msg) {
				msg = fmt.Sprintf("%q", msg) // keeps the .out file UTF-8
			}
			fmt.Printf("%q: %s\n", p, msg)
			continue
		}
		fmt.Printf("%q: %d %q\n", p, re.NumSubexp(), re.SubexpNames())
		lre := regexp.MustCompile(p)
		lre.Longest()
		for _, t := range texts {
			a := re.FindAllStringSubmatchIndex(t, -1)
			b := lre.FindAllStringSubmatchIndex(t, -1)
			if a == nil && b == nil {
				continue
			}
			fmt.Printf("  %q: %v", t, a)
			if fmt.Sprint(a) != fmt.Sprint(b) {
				fmt.Printf(" longest %v", b)
			}
			fmt.Println()
		}
	}
}
