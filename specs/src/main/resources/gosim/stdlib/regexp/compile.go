package regexp

// The parse tree's simplification and its compilation to a program for the matcher (go1.19
// regexp/syntax simplify.go and compile.go read for the shapes; the code is gosim's). The
// program's shape decides which submatches win, so it is Go's: counted repetitions unrolled
// (x{2,4} is xx(x(x)?)?), x* of an x that can match empty compiled as (x+)? from Go 1.17 (star),
// each Alt preferring its first branch.

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Instruction kinds.
const (
	iFail = iota
	iAlt      // try out, then arg
	iCapture  // record the position in slot arg
	iEmpty    // zero-width: the assertions in arg must hold
	iMatch
	iNop
	iRune     // one rune in runes' ranges (fold: or one of runes[0]'s folds)
	iAny
	iAnyNotNL
)

type inst struct {
	op    int
	out   int
	arg   int
	runes []rune // iRune: one rune, or lo, hi pairs
	fold  bool   // iRune with one rune: its case folds match too
}

type prog struct {
	inst    []inst
	start   int
	numCap  int    // capture slots: 2 per group and 2 for the whole match
	literal string // the literal prefix of every match (prefix's, for the matcher; "" if anchored)
}

// simplify rewrites counted repetitions as concatenations and repetitions, and folds x** into x*
// (simplify.go's rules, which also decide the program's shape).
func simplify(n *node) *node {
	switch n.op {
	case opCapture, opConcat, opAlternate:
		m := *n
		m.sub = make([]*node, len(n.sub))
		for i, s := range n.sub {
			m.sub[i] = simplify(s)
		}
		return &m
	case opStar, opPlus, opQuest:
		return repetition(n.op, n.flags, simplify(n.sub[0]))
	case opRepeat:
		if n.min == 0 && n.max == 0 {
			return &node{op: opEmpty}
		}
		x := simplify(n.sub[0])
		if n.max == -1 {
			if n.min == 0 {
				return repetition(opStar, n.flags, x)
			}
			if n.min == 1 {
				return repetition(opPlus, n.flags, x)
			}
			cat := &node{op: opConcat}
			for i := 0; i < n.min-1; i++ {
				cat.sub = append(cat.sub, x)
			}
			cat.sub = append(cat.sub, repetition(opPlus, n.flags, x))
			return cat
		}
		if n.min == 1 && n.max == 1 {
			return x
		}
		var prefix *node
		if n.min > 0 {
			prefix = &node{op: opConcat}
			for i := 0; i < n.min; i++ {
				prefix.sub = append(prefix.sub, x)
			}
		}
		if n.max > n.min {
			// the optional copies nest: x(x(x)?)? rather than x?x?x?
			suffix := repetition(opQuest, n.flags, x)
			for i := n.min + 1; i < n.max; i++ {
				suffix = repetition(opQuest, n.flags, &node{op: opConcat, sub: []*node{x, suffix}})
			}
			if prefix == nil {
				return suffix
			}
			prefix.sub = append(prefix.sub, suffix)
		}
		return prefix
	}
	return n
}

// repetition makes op (star, plus, quest) of x, or x itself when that says the same.
func repetition(op int, flags syntax.Flags, x *node) *node {
	if x.op == opEmpty || x.op == op && x.flags&syntax.NonGreedy == flags&syntax.NonGreedy {
		return x
	}
	return &node{op: op, flags: flags, sub: []*node{x}}
}

// A fragment of the program: its entry, the exits still to be connected (pc*2 for an out, pc*2+1
// for an Alt's arg) and whether it can match the empty string. Entry 0 is the failing fragment.
type frag struct {
	start    int
	exits    []int
	nullable bool
}

type compiler struct {
	p *prog
}

func compileProg(n *node) *prog {
	c := &compiler{p: &prog{numCap: 2}}
	c.emit(iFail)
	f := c.compile(n)
	c.patch(f.exits, c.emit(iMatch).start)
	c.p.start = f.start
	if c.p.startCond()&int(syntax.EmptyBeginText) == 0 {
		c.p.literal, _ = c.p.prefix()
	}
	return c.p
}

func (c *compiler) emit(op int) frag {
	c.p.inst = append(c.p.inst, inst{op: op})
	pc := len(c.p.inst) - 1
	return frag{start: pc, exits: []int{pc * 2}, nullable: true}
}

func (c *compiler) patch(exits []int, to int) {
	for _, e := range exits {
		if e&1 == 0 {
			c.p.inst[e/2].out = to
		} else {
			c.p.inst[e/2].arg = to
		}
	}
}

func (c *compiler) compile(n *node) frag {
	switch n.op {
	case opNoMatch:
		return frag{}
	case opEmpty:
		return c.emit(iNop)
	case opLiteral:
		return c.runes(n.runes, n.flags&syntax.FoldCase != 0)
	case opClass:
		return c.runes(n.runes, false)
	case opAnyNotNL:
		f := c.emit(iAnyNotNL)
		f.nullable = false
		return f
	case opAny:
		f := c.emit(iAny)
		f.nullable = false
		return f
	case opBeginLine:
		return c.empty(syntax.EmptyBeginLine)
	case opEndLine:
		return c.empty(syntax.EmptyEndLine)
	case opBeginText:
		return c.empty(syntax.EmptyBeginText)
	case opEndText:
		return c.empty(syntax.EmptyEndText)
	case opWordBoundary:
		return c.empty(syntax.EmptyWordBoundary)
	case opNoWordBoundary:
		return c.empty(syntax.EmptyNoWordBoundary)
	case opCapture:
		open := c.capture(2 * n.cap)
		body := c.compile(n.sub[0])
		return c.cat(c.cat(open, body), c.capture(2*n.cap+1))
	case opStar:
		return c.star(c.compile(n.sub[0]), n.flags&syntax.NonGreedy != 0)
	case opPlus:
		return c.plus(c.compile(n.sub[0]), n.flags&syntax.NonGreedy != 0)
	case opQuest:
		return c.quest(c.compile(n.sub[0]), n.flags&syntax.NonGreedy != 0)
	case opConcat:
		if len(n.sub) == 0 {
			return c.emit(iNop)
		}
		f := c.compile(n.sub[0])
		for _, s := range n.sub[1:] {
			f = c.cat(f, c.compile(s))
		}
		return f
	case opAlternate:
		var f frag
		for _, s := range n.sub {
			f = c.alt(f, c.compile(s))
		}
		return f
	}
	panic("regexp: unexpected node")
}

func (c *compiler) runes(r []rune, fold bool) frag {
	f := c.emit(iRune)
	f.nullable = false
	in := &c.p.inst[f.start]
	in.runes = r
	// a fold that changes nothing is no fold (compile.go:270-275)
	in.fold = fold && len(r) == 1 && unicode.SimpleFold(r[0]) != r[0]
	switch {
	case len(r) == 2 && r[0] == 0 && r[1] == unicode.MaxRune:
		in.op = iAny
	case len(r) == 4 && r[0] == 0 && r[1] == '\n'-1 && r[2] == '\n'+1 && r[3] == unicode.MaxRune:
		in.op = iAnyNotNL
	case len(r) == 2 && r[0] == r[1]:
		in.runes = r[:1]
	}
	return f
}

func (c *compiler) empty(op syntax.EmptyOp) frag {
	f := c.emit(iEmpty)
	c.p.inst[f.start].arg = int(op)
	return f
}

func (c *compiler) capture(slot int) frag {
	f := c.emit(iCapture)
	c.p.inst[f.start].arg = slot
	if slot+1 > c.p.numCap {
		c.p.numCap = slot + 1
	}
	return f
}

func (c *compiler) cat(f1, f2 frag) frag {
	if f1.start == 0 || f2.start == 0 {
		return frag{}
	}
	c.patch(f1.exits, f2.start)
	return frag{f1.start, f2.exits, f1.nullable && f2.nullable}
}

func (c *compiler) alt(f1, f2 frag) frag {
	if f1.start == 0 {
		return f2
	}
	if f2.start == 0 {
		return f1
	}
	f := c.emit(iAlt)
	in := &c.p.inst[f.start]
	in.out, in.arg = f1.start, f2.start
	exits := append([]int{}, f1.exits...)
	return frag{f.start, append(exits, f2.exits...), f1.nullable || f2.nullable}
}

// choice emits an Alt whose preferred branch enters body and whose other one is an exit (the
// other way round when non-greedy).
func (c *compiler) choice(body int, nongreedy bool) frag {
	f := c.emit(iAlt)
	in := &c.p.inst[f.start]
	if nongreedy {
		in.arg = body
		f.exits = []int{f.start * 2}
	} else {
		in.out = body
		f.exits = []int{f.start*2 + 1}
	}
	return f
}

func (c *compiler) quest(f1 frag, nongreedy bool) frag {
	f := c.choice(f1.start, nongreedy)
	f.exits = append(f.exits, f1.exits...)
	return f
}

// loop closes f1 on an Alt that goes round again or leaves.
func (c *compiler) loop(f1 frag, nongreedy bool) frag {
	f := c.choice(f1.start, nongreedy)
	c.patch(f1.exits, f.start)
	return f
}

// Go 1.17 compiles x* of an x that can match empty as (x+)?, so that each round still prefers
// what x prefers (golang.org/issue/46123: (|a)* took "aaa" where (|a)+ took ""); go1.7
// compile.go:164-176 star is the plain loop.
//gosim:before 1.17
const emptyLoopAsPlus = false

//gosim:since 1.17
const emptyLoopAsPlus = true

func (c *compiler) star(f1 frag, nongreedy bool) frag {
	if f1.nullable && emptyLoopAsPlus {
		return c.quest(c.plus(f1, nongreedy), nongreedy)
	}
	return c.loop(f1, nongreedy)
}

func (c *compiler) plus(f1 frag, nongreedy bool) frag {
	return frag{f1.start, c.loop(f1, nongreedy).exits, f1.nullable}
}

// startCond is the assertions every match begins with, or -1 when nothing can match.
func (p *prog) startCond() int {
	cond := 0
	for pc := p.start; ; pc = p.inst[pc].out {
		switch p.inst[pc].op {
		case iEmpty:
			cond |= p.inst[pc].arg
		case iFail:
			return -1
		case iCapture, iNop:
		default:
			return cond
		}
	}
}

// literalRune: the instruction matches exactly one rune, with no folds.
func (in *inst) literalRune() bool {
	return in.op == iRune && len(in.runes) == 1 && !in.fold && in.runes[0] != utf8.RuneError
}

// prefix is the literal text every match begins with, and whether it is the whole match (Go's
// Prog.Prefix, prog.go:147-163). A program anchored at both ends, which Go runs one-pass, takes
// its prefix after the ^ instead (onepass.go:41-69 onePassPrefix), its captures not skipped.
func (p *prog) prefix() (string, bool) {
	skip := func(pc int, captures bool) int {
		for p.inst[pc].op == iNop || captures && p.inst[pc].op == iCapture {
			pc = p.inst[pc].out
		}
		return pc
	}
	pc := skip(p.start, true)
	onePass := false
	if p.inst[p.start].op == iEmpty && p.inst[p.start].arg&int(syntax.EmptyBeginText) != 0 && p.endsAnchored() {
		onePass = true
		pc = skip(p.inst[p.start].out, false)
	}
	var buf []byte
	for p.inst[pc].literalRune() {
		buf = append(buf, string(p.inst[pc].runes[0])...)
		pc = skip(p.inst[pc].out, !onePass)
	}
	if onePass {
		in := p.inst[pc]
		return string(buf), in.op == iEmpty && in.arg&int(syntax.EmptyEndText) != 0 && p.inst[in.out].op == iMatch
	}
	return string(buf), p.inst[pc].op == iMatch
}

// endsAnchored: every way into Match passes an end-of-text assertion (onepass.go:397-412's test).
func (p *prog) endsAnchored() bool {
	for _, in := range p.inst {
		if in.op == iMatch || in.op == iFail {
			continue
		}
		if p.inst[in.out].op == iMatch && (in.op != iEmpty || in.arg&int(syntax.EmptyEndText) == 0) {
			return false
		}
		if in.op == iAlt && p.inst[in.arg].op == iMatch {
			return false
		}
	}
	return true
}
