// Package regexp after Go's regexp (go1.19 regexp/regexp.go's API and its documented results, read
// for the semantics; the code is gosim's): RE2 syntax as Go parses it (parse.go, with Go's error
// texts), compiled to Go's program shape (compile.go) and run by a Pike VM (exec.go), so matching
// takes time linear in the text and gives Go's leftmost-first (or, after Longest, leftmost-longest)
// matches and submatches. regexp/syntax holds only the error and flag types (its comment says why).
// LiteralPrefix reads gosim's program, which has neither Go's merged alternations ("abc|abd" gives
// "" here, "ab" in Go) nor its one-pass test (a ^...$ program with an ambiguous alternation is
// taken as one-pass). The io.RuneReader functions read the whole reader before matching.
package regexp

import (
	"bytes"
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled regular expression. Its methods may be called by several goroutines at
// once, except Longest.
type Regexp struct {
	expr        string
	prog        *prog
	numSubexp   int
	subexpNames []string
	longest     bool
	spare       *machine // exec.go's execute
}

// String gives back the pattern the Regexp was compiled from.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp object copied from re (Go 1.6; deprecated since 1.12).
func (re *Regexp) Copy() *Regexp {
	c := *re
	c.spare = nil
	return &c
}

// Compile parses a regular expression with Perl's flags (syntax.Perl) and returns a Regexp with
// leftmost-first semantics.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, syntax.Perl, false)
}

// CompilePOSIX is Compile with POSIX ERE syntax (syntax.POSIX: no \d, (?:, non-greedy, and ^ $
// match at line ends) and leftmost-longest semantics.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, syntax.POSIX, true)
}

// Longest makes later searches prefer the leftmost-longest match.
func (re *Regexp) Longest() {
	re.longest = true
}

func compile(expr string, mode syntax.Flags, longest bool) (*Regexp, error) {
	tree, names, err := parse(expr, mode)
	if err != nil {
		return nil, err
	}
	return &Regexp{
		expr:        expr,
		prog:        compileProg(simplify(tree)),
		numSubexp:   len(names) - 1,
		subexpNames: names,
		longest:     longest,
	}, nil
}

// MustCompile is Compile that panics, with regexp.go:316-324's text, when expr does not parse.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is CompilePOSIX that panics when expr does not parse.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// NumSubexp returns the number of parenthesized subexpressions.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the groups' names; names[0], the whole match's, is "", as are unnamed groups'.
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the leftmost group named name, or -1.
//gosim:since 1.15
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match, and whether it is the whole
// match (see the package comment for how it can differ from Go's).
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prog.prefix()
}

// readAll collects a RuneReader's runes as UTF-8 text.
func readAll(r io.RuneReader) string {
	var b []byte
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			return string(b)
		}
		b = append(b, string(c)...)
	}
}

// MatchReader reports whether the text read from r contains a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.execute(readAll(r), 0, 0) != nil
}

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool {
	return re.execute(s, 0, 0) != nil
}

// Match reports whether b contains a match.
func (re *Regexp) Match(b []byte) bool {
	return re.execute(string(b), 0, 0) != nil
}

// MatchReader compiles pattern and reports whether r's text contains a match.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString compiles pattern and reports whether s contains a match.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match compiles pattern and reports whether b contains a match.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// ReplaceAllString replaces the matches in src with repl, expanding $1 and ${name} in it.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 2
	if strings.Contains(repl, "$") {
		n = 2 * (re.numSubexp + 1)
	}
	return string(re.replaceAll(src, n, func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, src, m)
	}))
}

// ReplaceAllLiteralString replaces the matches in src with repl as it is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc replaces each match in src with repl of it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

// ReplaceAll is ReplaceAllString over bytes.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	n := 2
	if bytes.IndexByte(repl, '$') >= 0 {
		n = 2 * (re.numSubexp + 1)
	}
	s, r := string(src), string(repl)
	return re.replaceAll(s, n, func(dst []byte, m []int) []byte {
		return re.expand(dst, r, s, m)
	})
}

// ReplaceAllLiteral is ReplaceAllLiteralString over bytes.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc is ReplaceAllStringFunc over bytes.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// replaceAll copies src with each match replaced by what repl appends. An empty match right after
// a match is not replaced (regexp.go:609-675: "a*" over "baaac" gives -b-c-).
func (re *Regexp) replaceAll(src string, ncap int, repl func(dst []byte, m []int) []byte) []byte {
	lastEnd, search := 0, 0
	var buf []byte
	if ncap > re.prog.numCap {
		ncap = re.prog.numCap
	}
	for search <= len(src) {
		a := re.execute(src, search, ncap)
		if len(a) == 0 {
			break
		}
		buf = append(buf, src[lastEnd:a[0]]...)
		if a[1] > lastEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastEnd = a[1]
		// go on after the match, or one rune on past an empty one
		_, width := utf8.DecodeRuneInString(src[search:])
		if search+width > a[1] {
			search += width
		} else if search+1 > a[1] {
			search++
		} else {
			search = a[1]
		}
	}
	return append(buf, src[lastEnd:]...)
}

// QuoteMeta escapes every metacharacter of s (\.+*?()|[]{}^$).
func QuoteMeta(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			if b == nil {
				b = append(make([]byte, 0, 2*len(s)-i), s[:i]...)
			}
			b = append(b, '\\')
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// pad extends a match to every group's pair, -1 for groups the program never reaches.
func (re *Regexp) pad(a []int) []int {
	if a == nil {
		return nil
	}
	for n := 2 * (1 + re.numSubexp); len(a) < n; {
		a = append(a, -1)
	}
	return a
}

// allMatches delivers up to n successive matches; an empty match right after the previous match
// does not count (regexp.go:775-822).
func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	prevEnd := -1
	for pos, i := 0, 0; i < n && pos <= len(s); {
		m := re.execute(s, pos, re.prog.numCap)
		if len(m) == 0 {
			break
		}
		accept := true
		if m[1] == pos {
			if m[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, width := utf8.DecodeRuneInString(s[pos:])
				pos += width
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			deliver(re.pad(m))
			i++
		}
	}
}

// Find returns the leftmost match in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	a := re.execute(string(b), 0, 2)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the leftmost match's position in b, or nil.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := re.execute(string(b), 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns the leftmost match in s, or "".
func (re *Regexp) FindString(s string) string {
	a := re.execute(s, 0, 2)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the leftmost match's position in s, or nil.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := re.execute(s, 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns the leftmost match's position in r's text, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a := re.execute(readAll(r), 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns the leftmost match and its groups' texts (nil for a group that took no
// part), or nil.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.execute(string(b), 0, re.prog.numCap)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// Expand appends template to dst with $1, $name and ${name} replaced by match's groups in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand over strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// not a reference: the '$' stays
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
			continue
		}
		for i, n := range re.subexpNames {
			if name == n && 2*i+1 < len(match) && match[2*i] >= 0 {
				dst = append(dst, src[match[2*i]:match[2*i+1]]...)
				break
			}
		}
	}
	return append(dst, template...)
}

// extract reads a reference after '$': a name (letters, digits, '_', as long as possible) or one
// in braces; num is its number when it is all digits (no leading zero), else -1.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return "", 0, "", false
	}
	brace := str[0] == '{'
	if brace {
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		c, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return "", 0, "", false
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return "", 0, "", false
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, str[i:], true
}

// FindSubmatchIndex returns the positions of the leftmost match and its groups (-1 for a group
// that took no part), or nil.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.pad(re.execute(string(b), 0, re.prog.numCap))
}

// FindStringSubmatch returns the leftmost match and its groups' texts, or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.execute(s, 0, re.prog.numCap)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns the positions of the leftmost match and its groups, or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.pad(re.execute(s, 0, re.prog.numCap))
}

// FindReaderSubmatchIndex is FindStringSubmatchIndex over r's text.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.pad(re.execute(readAll(r), 0, re.prog.numCap))
}

// The All functions return up to n matches (every one for n < 0), or nil for none.

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]byte
	re.allMatches(string(b), n, func(m []int) {
		result = append(result, b[m[0]:m[1]:m[1]])
	})
	return result
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.FindAllStringIndex(string(b), n)
}

func (re *Regexp) FindAllString(s string, n int) []string {
	if n < 0 {
		n = len(s) + 1
	}
	var result []string
	re.allMatches(s, n, func(m []int) {
		result = append(result, s[m[0]:m[1]])
	})
	return result
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, n, func(m []int) {
		result = append(result, m[0:2])
	})
	return result
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][][]byte
	re.allMatches(string(b), n, func(m []int) {
		groups := make([][]byte, len(m)/2)
		for j := range groups {
			if m[2*j] >= 0 {
				groups[j] = b[m[2*j]:m[2*j+1]:m[2*j+1]]
			}
		}
		result = append(result, groups)
	})
	return result
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]string
	re.allMatches(s, n, func(m []int) {
		groups := make([]string, len(m)/2)
		for j := range groups {
			if m[2*j] >= 0 {
				groups[j] = s[m[2*j]:m[2*j+1]]
			}
		}
		result = append(result, groups)
	})
	return result
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, n, func(m []int) {
		result = append(result, m)
	})
	return result
}

// Split slices s into the substrings between the matches: at most n of them when n > 0 (the
// last one the unsplit rest), none for n == 0, all for n < 0.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	parts := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(parts) >= n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			parts = append(parts, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		parts = append(parts, s[beg:])
	}
	return parts
}

// The named classes of parse.go (kept here: package variables belong in the main file).

var (
	digitClass = []rune{'0', '9'}
	spaceClass = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	wordClass  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
)

// Perl's classes (perl_groups.go's \d \s \w: ASCII only).
var perlGroups = map[string]group{
	`\d`: {1, digitClass}, `\D`: {-1, digitClass},
	`\s`: {1, spaceClass}, `\S`: {-1, spaceClass},
	`\w`: {1, wordClass}, `\W`: {-1, wordClass},
}

// POSIX's classes inside brackets, [[:alpha:]] and [[:^alpha:]] (perl_groups.go's tables).
var posixGroups = map[string]group{}

func init() {
	// a list, not a map literal ranged over: ranging over a map draws from the run's random source
	names := []string{"alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print",
		"punct", "space", "upper", "word", "xdigit"}
	classes := [][]rune{{'0', '9', 'A', 'Z', 'a', 'z'}, {'A', 'Z', 'a', 'z'}, {0, 0x7f}, {'\t', '\t', ' ', ' '},
		{0, 0x1f, 0x7f, 0x7f}, digitClass, {'!', '~'}, {'a', 'z'}, {' ', '~'},
		{'!', '/', ':', '@', '[', '`', '{', '~'}, {'\t', '\r', ' ', ' '}, {'A', 'Z'}, wordClass,
		{'0', '9', 'A', 'F', 'a', 'f'}}
	for i, name := range names {
		posixGroups["[:"+name+":]"] = group{1, classes[i]}
		posixGroups["[:^"+name+":]"] = group{-1, classes[i]}
	}
}
