package regexp

// The parser of RE2's syntax as Go accepts it (go1.19 regexp/syntax/parse.go read for the rules and
// the error each mistake gets; the code is gosim's). It keeps Go's design of a stack of finished
// pieces and markers for '(' and '|', because Go's errors depend on it: a repetition applies to the
// piece on top (missing argument when that is a marker), ')' and the end fold the pieces above the
// nearest marker. Unlike Go's, literals are not merged into strings and alternations are not
// factored: the tree matches the same texts with the same submatches, only LiteralPrefix sees the
// difference (see regexp.go).

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The node kinds. Markers (opLeftParen, opVerticalBar) live only on the parse stack.
const (
	opNoMatch = iota + 1
	opEmpty
	opLiteral // runes[0]; flags' FoldCase says whether its case folds match too
	opClass   // runes: sorted, disjoint lo, hi pairs
	opAnyNotNL
	opAny
	opBeginLine
	opEndLine
	opBeginText
	opEndText
	opWordBoundary
	opNoWordBoundary
	opCapture
	opStar
	opPlus
	opQuest
	opRepeat
	opConcat
	opAlternate

	opMarker      = 128
	opLeftParen   = opMarker
	opVerticalBar = opMarker + 1
)

// A node of the parse tree.
type node struct {
	op       int
	flags    syntax.Flags
	runes    []rune
	sub      []*node
	min, max int    // opRepeat's bounds (max -1: none)
	cap      int    // opCapture's (and a capturing opLeftParen's) group number
	name     string // its name, (?P<name>...)
	height   int    // 1 + the highest sub's: Go 1.19 refuses trees higher than maxHeight
}

const (
	maxRepeat = 1000 // the largest count {n,m} takes (parse.go:1006)
	maxHeight = 1000 // parse.go:90
)

// Go 1.19 limits the tree's height (parse.go:297-311 checkHeight); Go 1.7 has no such limit.
//gosim:before 1.19
func tooDeep(expr string) error {
	return nil
}

//gosim:since 1.19
func tooDeep(expr string) error {
	return &syntax.Error{Code: syntax.ErrNestingDepth, Expr: expr}
}

type parser struct {
	flags  syntax.Flags
	stack  []*node
	numCap int
	names  []string // the groups' names, names[0] for the whole match
	whole  string
}

// parseFailure carries an error out of a deep push (the height limit), as Go's parser panics.
type parseFailure struct {
	err error
}

func fail(code syntax.ErrorCode, expr string) error {
	return &syntax.Error{Code: code, Expr: expr}
}

// parse parses s under flags and returns its tree and the groups' names.
func parse(s string, flags syntax.Flags) (tree *node, names []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(parseFailure)
			if !ok {
				panic(r)
			}
			tree, names, err = nil, nil, f.err
		}
	}()
	p := &parser{flags: flags, names: []string{""}, whole: s}
	t := s
	lastRepeat := ""
	for t != "" {
		repeat := ""
		switch t[0] {
		case '(':
			if p.flags&syntax.PerlX != 0 && len(t) >= 2 && t[1] == '?' {
				t, err = p.perlFlags(t)
				break
			}
			p.numCap++
			p.names = append(p.names, "")
			p.mark(opLeftParen).cap = p.numCap
			t = t[1:]
		case '|':
			p.concat()
			if !p.swapVerticalBar() {
				p.mark(opVerticalBar)
			}
			t = t[1:]
		case ')':
			err = p.rightParen()
			t = t[1:]
		case '^':
			if p.flags&syntax.OneLine != 0 {
				p.simple(opBeginText)
			} else {
				p.simple(opBeginLine)
			}
			t = t[1:]
		case '$':
			if p.flags&syntax.OneLine != 0 {
				p.simple(opEndText).flags |= syntax.WasDollar
			} else {
				p.simple(opEndLine)
			}
			t = t[1:]
		case '.':
			if p.flags&syntax.DotNL != 0 {
				p.simple(opAny)
			} else {
				p.simple(opAnyNotNL)
			}
			t = t[1:]
		case '[':
			t, err = p.class(t)
		case '*', '+', '?':
			op := opStar
			if t[0] == '+' {
				op = opPlus
			} else if t[0] == '?' {
				op = opQuest
			}
			repeat = t
			t, err = p.repeat(op, 0, 0, t, t[1:], lastRepeat)
		case '{':
			min, max, after, ok := parseRepeat(t)
			if !ok {
				// not a counted repetition: the brace is itself
				p.literal('{')
				t = t[1:]
				break
			}
			if min < 0 || min > maxRepeat || max > maxRepeat || max >= 0 && min > max {
				return nil, nil, fail(syntax.ErrInvalidRepeatSize, t[:len(t)-len(after)])
			}
			repeat = t
			t, err = p.repeat(opRepeat, min, max, t, after, lastRepeat)
		case '\\':
			t, err = p.backslash(t)
		default:
			var c rune
			if c, t, err = nextRune(t); err == nil {
				p.literal(c)
			}
		}
		if err != nil {
			return nil, nil, err
		}
		lastRepeat = repeat
	}
	p.concat()
	if p.swapVerticalBar() {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.alternate()
	if len(p.stack) != 1 {
		return nil, nil, fail(syntax.ErrMissingParen, s)
	}
	return p.stack[0], p.names, nil
}

// push puts a finished piece on the stack; a class of one rune becomes that literal.
func (p *parser) push(n *node) *node {
	if n.op == opClass && len(n.runes) == 2 && n.runes[0] == n.runes[1] {
		n.op = opLiteral
		n.runes = n.runes[:1]
		n.flags = p.flags &^ syntax.FoldCase
	}
	p.measure(n)
	p.stack = append(p.stack, n)
	return n
}

// measure sets n's height and applies the dialect's limit to it.
func (p *parser) measure(n *node) {
	n.height = 1
	for _, s := range n.sub {
		if s.height+1 > n.height {
			n.height = s.height + 1
		}
	}
	if n.height > maxHeight {
		if err := tooDeep(p.whole); err != nil {
			panic(parseFailure{err})
		}
	}
}

// mark pushes a '(' or '|' marker, which keeps the flags in force (a group restores them).
func (p *parser) mark(op int) *node {
	n := &node{op: op, flags: p.flags}
	p.stack = append(p.stack, n)
	return n
}

func (p *parser) simple(op int) *node {
	return p.push(&node{op: op, flags: p.flags})
}

func (p *parser) literal(r rune) {
	p.push(&node{op: opLiteral, flags: p.flags, runes: []rune{r}})
}

// repeat applies a repetition to the piece on top of the stack. before is the pattern from the
// operator on, after what follows the operator; lastRepeat is the previous operator's text when the
// piece was itself just repeated (Perl refuses a** and a++).
func (p *parser) repeat(op, min, max int, before, after, lastRepeat string) (string, error) {
	flags := p.flags
	if p.flags&syntax.PerlX != 0 {
		if after != "" && after[0] == '?' {
			after = after[1:]
			flags ^= syntax.NonGreedy
		}
		if lastRepeat != "" {
			return "", fail(syntax.ErrInvalidRepeatOp, lastRepeat[:len(lastRepeat)-len(after)])
		}
	}
	n := len(p.stack)
	if n == 0 || p.stack[n-1].op >= opMarker {
		return "", fail(syntax.ErrMissingRepeatArgument, before[:len(before)-len(after)])
	}
	r := &node{op: op, flags: flags, min: min, max: max, sub: []*node{p.stack[n-1]}}
	p.measure(r)
	p.stack[n-1] = r
	if op == opRepeat && (min >= 2 || max >= 2) && !repeatFits(r, maxRepeat) {
		// nested counts multiply: (a{500}){3} would be 1500 copies (parse.go:445-475)
		return "", fail(syntax.ErrInvalidRepeatSize, before[:len(before)-len(after)])
	}
	return after, nil
}

// repeatFits reports whether the counted repetitions in n, multiplied through their nesting, stay
// within limit copies of the innermost piece.
func repeatFits(n *node, limit int) bool {
	if n.op == opRepeat {
		m := n.max
		if m < 0 {
			m = n.min
		}
		if m == 0 {
			return true
		}
		if m > limit {
			return false
		}
		limit /= m
	}
	for _, s := range n.sub {
		if !repeatFits(s, limit) {
			return false
		}
	}
	return true
}

// parseRepeat reads {n}, {n,} or {n,m}: max is -1 for none; min is -1 for a number too big. ok is
// false when s does not have that form (then '{' is a literal).
func parseRepeat(s string) (min, max int, rest string, ok bool) {
	s = s[1:]
	var ok1 bool
	if min, s, ok1 = parseInt(s); !ok1 || s == "" {
		return 0, 0, "", false
	}
	if s[0] != ',' {
		max = min
	} else {
		s = s[1:]
		if s == "" {
			return 0, 0, "", false
		}
		if s[0] == '}' {
			max = -1
		} else if max, s, ok1 = parseInt(s); !ok1 {
			return 0, 0, "", false
		} else if max < 0 {
			min = -1
		}
	}
	if s == "" || s[0] != '}' {
		return 0, 0, "", false
	}
	return min, max, s[1:], true
}

// parseInt reads a decimal number without leading zeros; n is -1 when it is too big.
func parseInt(s string) (n int, rest string, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' || len(s) >= 2 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
		return 0, s, false
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if n >= 1e8 {
			n = -1
		} else if n >= 0 {
			n = n*10 + int(s[i]-'0')
		}
		i++
	}
	return n, s[i:], true
}

// concat replaces the pieces above the nearest marker with their concatenation (an empty match
// for none).
func (p *parser) concat() {
	p.fold(opConcat, opEmpty)
}

// alternate replaces the pieces above the nearest '(' with their alternation, or no-match for none
// (the '|' markers between them are gone by then: swapVerticalBar keeps one, above them).
func (p *parser) alternate() {
	p.fold(opAlternate, opNoMatch)
}

func (p *parser) fold(op, none int) {
	i := len(p.stack)
	for i > 0 && p.stack[i-1].op < opMarker {
		i--
	}
	subs := p.stack[i:]
	p.stack = p.stack[:i]
	if len(subs) == 0 {
		p.push(&node{op: none, flags: p.flags})
		return
	}
	p.push(p.collapse(subs, op))
}

// collapse makes one node of op over subs, splicing in subs that are themselves op.
func (p *parser) collapse(subs []*node, op int) *node {
	if len(subs) == 1 {
		return subs[0]
	}
	n := &node{op: op, flags: p.flags}
	for _, s := range subs {
		if s.op == op {
			n.sub = append(n.sub, s.sub...)
		} else {
			n.sub = append(n.sub, s)
		}
	}
	return n
}

// swapVerticalBar moves a finished alternative below the '|' marker under it, so the alternatives
// gather below one marker; it reports whether there was one.
func (p *parser) swapVerticalBar() bool {
	n := len(p.stack)
	if n >= 2 && p.stack[n-2].op == opVerticalBar {
		p.stack[n-2], p.stack[n-1] = p.stack[n-1], p.stack[n-2]
		return true
	}
	return false
}

func (p *parser) rightParen() error {
	p.concat()
	if p.swapVerticalBar() {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.alternate()
	n := len(p.stack)
	if n < 2 {
		return fail(syntax.ErrUnexpectedParen, p.whole)
	}
	body, open := p.stack[n-1], p.stack[n-2]
	p.stack = p.stack[:n-2]
	if open.op != opLeftParen {
		return fail(syntax.ErrUnexpectedParen, p.whole)
	}
	p.flags = open.flags
	if open.cap == 0 {
		p.push(body)
		return nil
	}
	open.op = opCapture
	open.sub = []*node{body}
	p.push(open)
	return nil
}

// perlFlags reads what follows "(?": a named group (?P<name>, flags (?i-s) and a group with flags
// (?i:. (parse.go:1123-1248.)
func (p *parser) perlFlags(s string) (string, error) {
	if len(s) > 4 && s[2] == 'P' && s[3] == '<' {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			if err := checkUTF8(s); err != nil {
				return "", err
			}
			return "", fail(syntax.ErrInvalidNamedCapture, s)
		}
		name := s[4:end]
		if err := checkUTF8(name); err != nil {
			return "", err
		}
		if !validName(name) {
			return "", fail(syntax.ErrInvalidNamedCapture, s[:end+1])
		}
		p.numCap++
		p.names = append(p.names, name)
		g := p.mark(opLeftParen)
		g.cap = p.numCap
		g.name = name
		return s[end+1:], nil
	}
	t := s[2:]
	flags := p.flags
	negated := false
	sawFlag := false
	for t != "" {
		c, rest, err := nextRune(t)
		if err != nil {
			return "", err
		}
		t = rest
		switch c {
		case 'i':
			flags |= syntax.FoldCase
			sawFlag = true
			continue
		case 'm':
			flags &^= syntax.OneLine
			sawFlag = true
			continue
		case 's':
			flags |= syntax.DotNL
			sawFlag = true
			continue
		case 'U':
			flags |= syntax.NonGreedy
			sawFlag = true
			continue
		case '-':
			if !negated {
				// after '-' each flag clears: work on the complement, flipped back at the end
				negated = true
				flags = ^flags
				sawFlag = false
				continue
			}
		case ':', ')':
			if !negated || sawFlag {
				if negated {
					flags = ^flags
				}
				if c == ':' {
					p.mark(opLeftParen) // keeps the flags from before the group
				}
				p.flags = flags
				return t, nil
			}
		}
		break
	}
	return "", fail(syntax.ErrInvalidPerlOp, s[:len(s)-len(t)])
}

// validName: a group name is one or more of [A-Za-z0-9_].
func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isalnum(c) {
			return false
		}
	}
	return true
}

// backslash reads an escape outside a class: an assertion, \Q...\E, a class (\pL, \d) or a rune.
func (p *parser) backslash(t string) (string, error) {
	if p.flags&syntax.PerlX != 0 && len(t) >= 2 {
		switch t[1] {
		case 'A':
			p.simple(opBeginText)
			return t[2:], nil
		case 'b':
			p.simple(opWordBoundary)
			return t[2:], nil
		case 'B':
			p.simple(opNoWordBoundary)
			return t[2:], nil
		case 'C':
			return "", fail(syntax.ErrInvalidEscape, t[:2]) // any byte: RE2 has it, Go does not
		case 'Q':
			lit, rest := t[2:], ""
			if i := strings.Index(lit, `\E`); i >= 0 {
				lit, rest = lit[:i], lit[i+2:]
			}
			for lit != "" {
				c, more, err := nextRune(lit)
				if err != nil {
					return "", err
				}
				p.literal(c)
				lit = more
			}
			return rest, nil
		case 'z':
			p.simple(opEndText)
			return t[2:], nil
		}
	}
	r, rest, ok, err := p.unicodeClass(t, nil)
	if err != nil {
		return "", err
	}
	if !ok {
		r, rest, ok = p.perlClass(t, nil)
	}
	if ok {
		p.push(&node{op: opClass, flags: p.flags, runes: r})
		return rest, nil
	}
	c, rest, err := p.escape(t)
	if err != nil {
		return "", err
	}
	p.literal(c)
	return rest, nil
}

// escape reads a one-rune escape: \n, \x41, \x{263a}, \101 (octal), \. and other punctuation.
func (p *parser) escape(s string) (rune, string, error) {
	t := s[1:]
	if t == "" {
		return 0, "", fail(syntax.ErrTrailingBackslash, "")
	}
	c, t, err := nextRune(t)
	if err != nil {
		return 0, "", err
	}
	bad := func() (rune, string, error) {
		return 0, "", fail(syntax.ErrInvalidEscape, s[:len(s)-len(t)])
	}
	switch {
	case c < utf8.RuneSelf && !isalnum(c):
		return c, t, nil
	case c >= '1' && c <= '7' && (t == "" || t[0] < '0' || t[0] > '7'):
		return bad() // \1 would be a backreference
	case c >= '0' && c <= '7':
		r := c - '0'
		for i := 1; i < 3 && t != "" && t[0] >= '0' && t[0] <= '7'; i++ {
			r = r*8 + rune(t[0]-'0')
			t = t[1:]
		}
		return r, t, nil
	case c == 'x':
		if t == "" {
			return bad()
		}
		if c, t, err = nextRune(t); err != nil {
			return 0, "", err
		}
		if c == '{' {
			var r rune
			digits := 0
			for {
				if t == "" {
					return bad()
				}
				if c, t, err = nextRune(t); err != nil {
					return 0, "", err
				}
				if c == '}' {
					break
				}
				v := unhex(c)
				if v < 0 {
					return bad()
				}
				r = r*16 + v
				if r > unicode.MaxRune {
					return bad()
				}
				digits++
			}
			if digits == 0 {
				return bad()
			}
			return r, t, nil
		}
		x := unhex(c)
		if c, t, err = nextRune(t); err != nil {
			return 0, "", err
		}
		y := unhex(c)
		if x < 0 || y < 0 {
			return bad()
		}
		return x*16 + y, t, nil
	}
	// C's escapes, but no \b (a word boundary outside classes, nothing inside)
	switch c {
	case 'a':
		return '\a', t, nil
	case 'f':
		return '\f', t, nil
	case 'n':
		return '\n', t, nil
	case 'r':
		return '\r', t, nil
	case 't':
		return '\t', t, nil
	case 'v':
		return '\v', t, nil
	}
	return bad()
}

// A named group of runes: sign -1 for its complement.
type group struct {
	sign  int
	class []rune
}

func (p *parser) perlClass(s string, r []rune) ([]rune, string, bool) {
	if p.flags&syntax.PerlX == 0 || len(s) < 2 || s[0] != '\\' {
		return nil, "", false
	}
	g, ok := perlGroups[s[:2]]
	if !ok {
		return nil, "", false
	}
	return p.appendGroup(r, g), s[2:], true
}

func (p *parser) namedClass(s string, r []rune) ([]rune, string, bool, error) {
	i := strings.Index(s[2:], ":]")
	if i < 0 {
		return nil, "", false, nil
	}
	name := s[:i+4]
	g, ok := posixGroups[name]
	if !ok {
		return nil, "", false, fail(syntax.ErrInvalidCharRange, name)
	}
	return p.appendGroup(r, g), s[i+4:], true, nil
}

// appendGroup adds g (and under (?i) its case folds) to r.
func (p *parser) appendGroup(r []rune, g group) []rune {
	c := g.class
	if p.flags&syntax.FoldCase != 0 {
		c = cleanClass(appendFolded(nil, c))
	}
	if g.sign < 0 {
		c = negateClass(cleanClass(append([]rune(nil), c...)))
	}
	return append(r, c...)
}

// unicodeTable finds \p's name among the categories and scripts, with the table of the runes that
// fold into it.
func unicodeTable(name string) (*unicode.RangeTable, *unicode.RangeTable) {
	if name == "Any" {
		all := &unicode.RangeTable{R16: []unicode.Range16{{0, 0xffff, 1}}, R32: []unicode.Range32{{0x10000, unicode.MaxRune, 1}}}
		return all, all
	}
	if t := unicode.Categories[name]; t != nil {
		return t, unicode.FoldCategory[name]
	}
	if t := unicode.Scripts[name]; t != nil {
		return t, unicode.FoldScript[name]
	}
	return nil, nil
}

// unicodeClass reads \pL, \p{Greek}, \PL, \p{^Greek} when the flags allow them.
func (p *parser) unicodeClass(s string, r []rune) ([]rune, string, bool, error) {
	if p.flags&syntax.UnicodeGroups == 0 || len(s) < 2 || s[0] != '\\' || s[1] != 'p' && s[1] != 'P' {
		return nil, "", false, nil
	}
	sign := 1
	if s[1] == 'P' {
		sign = -1
	}
	c, t, err := nextRune(s[2:])
	if err != nil {
		return nil, "", false, err
	}
	var seq, name string
	if c != '{' {
		seq = s[:len(s)-len(t)]
		name = seq[2:]
	} else {
		end := strings.IndexByte(s, '}')
		if end < 0 {
			if err := checkUTF8(s); err != nil {
				return nil, "", false, err
			}
			return nil, "", false, fail(syntax.ErrInvalidCharRange, s)
		}
		seq, t = s[:end+1], s[end+1:]
		name = s[3:end]
		if err := checkUTF8(name); err != nil {
			return nil, "", false, err
		}
	}
	if name != "" && name[0] == '^' {
		sign = -sign
		name = name[1:]
	}
	tab, fold := unicodeTable(name)
	if tab == nil {
		return nil, "", false, fail(syntax.ErrInvalidCharRange, seq)
	}
	c2 := appendTable(nil, tab)
	if p.flags&syntax.FoldCase != 0 && fold != nil {
		c2 = appendTable(c2, fold)
	}
	c2 = cleanClass(c2)
	if sign < 0 {
		c2 = negateClass(c2)
	}
	return append(r, c2...), t, true, nil
}

// class reads a bracketed class [...] and pushes it.
func (p *parser) class(s string) (string, error) {
	t := s[1:]
	var class []rune
	negated := false
	if t != "" && t[0] == '^' {
		negated = true
		t = t[1:]
		if p.flags&syntax.ClassNL == 0 {
			// the complement must not take '\n': put it in first
			class = append(class, '\n', '\n')
		}
	}
	first := true // ']' and '-' are themselves at the start
	for t == "" || t[0] != ']' || first {
		if t != "" && t[0] == '-' && p.flags&syntax.PerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			// POSIX takes an unescaped '-' only first or last
			_, size := utf8.DecodeRuneInString(t[1:])
			return "", fail(syntax.ErrInvalidCharRange, t[:1+size])
		}
		first = false
		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			r, rest, ok, err := p.namedClass(t, class)
			if err != nil {
				return "", err
			}
			if ok {
				class, t = r, rest
				continue
			}
		}
		r, rest, ok, err := p.unicodeClass(t, class)
		if err != nil {
			return "", err
		}
		if !ok {
			r, rest, ok = p.perlClass(t, class)
		}
		if ok {
			class, t = r, rest
			continue
		}
		rng := t
		var lo, hi rune
		if lo, t, err = p.classChar(t, s); err != nil {
			return "", err
		}
		hi = lo
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			if hi, t, err = p.classChar(t[1:], s); err != nil {
				return "", err
			}
			if hi < lo {
				return "", fail(syntax.ErrInvalidCharRange, rng[:len(rng)-len(t)])
			}
		}
		if p.flags&syntax.FoldCase != 0 {
			class = appendFolded(class, []rune{lo, hi})
		} else {
			class = append(class, lo, hi)
		}
	}
	class = cleanClass(class)
	if negated {
		class = negateClass(class)
	}
	p.push(&node{op: opClass, flags: p.flags, runes: class})
	return t[1:], nil
}

func (p *parser) classChar(s, whole string) (rune, string, error) {
	if s == "" {
		return 0, "", fail(syntax.ErrMissingBracket, whole)
	}
	if s[0] == '\\' {
		return p.escape(s)
	}
	return nextRune(s)
}

// The runes that fold at all lie in [minFold, maxFold] (parse.go:1877-1880).
const (
	minFold = 0x0041
	maxFold = 0x1e943
)

// appendFolded adds the ranges of c and every rune's case folds to r.
func appendFolded(r []rune, c []rune) []rune {
	for i := 0; i+1 < len(c); i += 2 {
		lo, hi := c[i], c[i+1]
		r = append(r, lo, hi)
		if lo <= minFold && hi >= maxFold {
			continue // every fold of a rune in the range is in it
		}
		if lo < minFold {
			lo = minFold
		}
		if hi > maxFold {
			hi = maxFold
		}
		for x := lo; x <= hi; x++ {
			for f := unicode.SimpleFold(x); f != x; f = unicode.SimpleFold(f) {
				r = append(r, f, f)
			}
		}
	}
	return r
}

func appendTable(r []rune, t *unicode.RangeTable) []rune {
	for _, x := range t.R16 {
		if x.Stride == 1 {
			r = append(r, rune(x.Lo), rune(x.Hi))
			continue
		}
		for c := rune(x.Lo); c <= rune(x.Hi); c += rune(x.Stride) {
			r = append(r, c, c)
		}
	}
	for _, x := range t.R32 {
		if x.Stride == 1 {
			r = append(r, rune(x.Lo), rune(x.Hi))
			continue
		}
		for c := rune(x.Lo); c <= rune(x.Hi); c += rune(x.Stride) {
			r = append(r, c, c)
		}
	}
	return r
}

// rangeList sorts a class's pairs by lo.
type rangeList []rune

func (r rangeList) Len() int           { return len(r) / 2 }
func (r rangeList) Less(i, j int) bool { return r[2*i] < r[2*j] || r[2*i] == r[2*j] && r[2*i+1] > r[2*j+1] }
func (r rangeList) Swap(i, j int) {
	r[2*i], r[2*j] = r[2*j], r[2*i]
	r[2*i+1], r[2*j+1] = r[2*j+1], r[2*i+1]
}

// cleanClass sorts the pairs and merges those that overlap or touch.
func cleanClass(r []rune) []rune {
	if len(r) <= 2 {
		return r
	}
	sort.Sort(rangeList(r))
	w := 2
	for i := 2; i < len(r); i += 2 {
		if r[i] <= r[w-1]+1 {
			if r[i+1] > r[w-1] {
				r[w-1] = r[i+1]
			}
			continue
		}
		r[w], r[w+1] = r[i], r[i+1]
		w += 2
	}
	return r[:w]
}

// negateClass returns the complement of a clean class.
func negateClass(r []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(r); i += 2 {
		if r[i] > next {
			out = append(out, next, r[i]-1)
		}
		next = r[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	if out == nil {
		out = []rune{}
	}
	return out
}

func checkUTF8(s string) error {
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			return fail(syntax.ErrInvalidUTF8, s[i:])
		}
		i += size
	}
	return nil
}

// nextRune splits off s's first rune; a byte that is not UTF-8 is an error.
func nextRune(s string) (rune, string, error) {
	c, size := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError && size == 1 {
		return 0, "", fail(syntax.ErrInvalidUTF8, s)
	}
	return c, s[size:], nil
}

func isalnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func unhex(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}
