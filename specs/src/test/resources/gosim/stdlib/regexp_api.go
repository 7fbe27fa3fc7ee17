// regexp's API: Find*, FindAll*, their []byte forms, Replace*, Expand, Split, QuoteMeta,
// LiteralPrefix, SubexpIndex, CompilePOSIX, the package-level Match functions and MustCompile's
// panic. regexp_api.out is real Go 1.19's output (go run regexp_api.go > regexp_api.out).
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w*)`)
	s := "a=1, bb=22, c=, =x"
	b := []byte(s)
	fmt.Println(re.String(), re.NumSubexp(), re.SubexpNames(), re.SubexpIndex("val"), re.SubexpIndex("nope"))
	fmt.Println(re.MatchString(s), re.Match(b), re.MatchString("none"))
	fmt.Printf("%q %v %q %v\n", re.FindString(s), re.FindStringIndex(s), re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
	fmt.Printf("%q %v %q %v\n", re.Find(b), re.FindIndex(b), re.FindSubmatch(b), re.FindSubmatchIndex(b))
	fmt.Printf("%q\n%v\n%q\n%v\n", re.FindAllString(s, -1), re.FindAllStringIndex(s, 2), re.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatchIndex(s, -1))
	fmt.Printf("%q\n%v\n%q\n%v\n", re.FindAll(b, -1), re.FindAllIndex(b, 1), re.FindAllSubmatch(b, -1), re.FindAllSubmatchIndex(b, 0))
	fmt.Printf("%q %q\n", re.FindString("none"), re.FindStringSubmatch("none"))
	fmt.Println(re.FindAllString("none", -1) == nil, re.FindStringIndex("none") == nil, re.Find([]byte("none")) == nil)

	fmt.Println(re.ReplaceAllString(s, "${val}:$key$$ $1x ${1}x $9 ${bad $"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("%s\n%s\n%s\n", re.ReplaceAll(b, []byte("<$val>")), re.ReplaceAllLiteral(b, []byte("<$val>")), re.ReplaceAllFunc(b, bytes.ToUpper))
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllString("baaacaa", "[$0]"), regexp.MustCompile(``).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("héllo", "."))

	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		dst = re.ExpandString(dst, "$val<-$key;", s, m)
	}
	fmt.Println(string(dst), string(re.Expand(nil, []byte("[$2]"), b, re.FindSubmatchIndex(b))))

	for _, c := range []struct {
		p, s string
		n    int
	}{{`,`, "a,b,c", -1}, {`,`, "a,b,c", 2}, {`,`, "a,b,c", 0}, {`a*`, "abaabaccadaaae", 5}, {``, "abc", -1},
		{`x*`, "", -1}, {``, "", -1}, {`\s+`, " a  b ", -1}, {`b`, "abc", -1}} {
		fmt.Printf("%q ", regexp.MustCompile(c.p).Split(c.s, c.n))
	}
	fmt.Println()

	fmt.Println(regexp.QuoteMeta(`1.5-2.0?[x](y){z}|a^b$c\d*e+`), regexp.QuoteMeta("plain"))
	for _, p := range []string{`abc`, `abc+`, `(abc)`, `^abc$`, `^abc`, `(?i)abc`, `a|b`, `\d`, `^(abc)$`, ``} {
		pre, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q:%q,%v ", p, pre, complete)
	}
	fmt.Println()

	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbc"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	ok, err = regexp.MatchReader(`é+`, strings.NewReader("caféé"))
	fmt.Println(ok, err, re.FindReaderIndex(strings.NewReader(s)), re.FindReaderSubmatchIndex(strings.NewReader(s)))

	posix := regexp.MustCompilePOSIX(`a+|a+b`)
	perl := regexp.MustCompile(`a+|a+b`)
	fmt.Println(posix.FindString("aab"), perl.FindString("aab"), regexp.MustCompilePOSIX(`^b`).FindAllStringIndex("a\nb", -1))
	_, err = regexp.CompilePOSIX(`\d`)
	fmt.Println(err)
	_, err = regexp.CompilePOSIX(`a**`)
	fmt.Println(err)
	c := re.Copy()
	fmt.Println(c.String() == re.String(), c != re)

	for _, p := range []string{"a(b", "`x(", "\"(\xff"} {
		func() {
			defer func() { fmt.Printf("%q\n", recover()) }() // %q: the .out file stays UTF-8
			regexp.MustCompile(p)
		}()
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		regexp.MustCompilePOSIX(`a)`)
	}()

	// linear time: Go's NFA takes this in stride, a backtracker would not
	long := strings.Repeat("a", 300)
	fmt.Println(regexp.MustCompile(`(a*)*b`).MatchString(long), regexp.MustCompile(`(x+x+)+y`).MatchString(strings.Repeat("x", 200)))
}
