package regexp

// The matcher: a Pike VM (Thompson's NFA simulation, one thread per program counter, each thread
// carrying its capture positions), as go1.19 regexp/exec.go's machine; read for the algorithm, the
// code is gosim's. It runs in time linear in the text for a given program. Threads are kept in
// priority order, so the first to reach Match is the leftmost-first (Perl) answer and the lower
// ones are dropped; in leftmost-longest mode every thread that started at the leftmost position
// runs on and a longer match replaces a shorter one. Go also has a one-pass matcher and a
// backtracker for small inputs: they give the same answers, only faster, so gosim has neither.

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

type thread struct {
	pc  int
	cap []int
}

// A queue is a set of program counters in priority order (a sparse set, cleared in O(1)).
type queue struct {
	sparse []int
	dense  []entry
}

type entry struct {
	pc int
	t  *thread // nil for instructions that consume nothing
}

func (q *queue) has(pc int) bool {
	j := q.sparse[pc]
	return j < len(q.dense) && q.dense[j].pc == pc
}

type machine struct {
	p        *prog
	longest  bool
	prefix   string // the literal every match starts with: where no thread runs, skip to it
	cond     int    // the program's startCond
	text     string
	q0, q1   queue
	pool     []*thread
	matched  bool
	matchcap []int
}

func newMachine(p *prog, longest bool) *machine {
	m := &machine{p: p, longest: longest, prefix: p.literal, cond: p.startCond()}
	n := len(p.inst)
	m.q0 = queue{sparse: make([]int, n), dense: make([]entry, 0, n)}
	m.q1 = queue{sparse: make([]int, n), dense: make([]entry, 0, n)}
	return m
}

// reset readies the machine for a search recording ncap positions; pooled threads of another
// size are dropped.
func (m *machine) reset(ncap int) {
	m.matched = false
	if len(m.matchcap) != ncap {
		m.matchcap = make([]int, ncap)
		m.pool = m.pool[:0]
	}
}

// step decodes the rune at pos: (-1, 0) at the end.
func (m *machine) step(pos int) (rune, int) {
	if pos >= len(m.text) {
		return -1, 0
	}
	if c := m.text[pos]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(m.text[pos:])
}

// before is the rune that ends at pos, -1 at the start.
func (m *machine) before(pos int) rune {
	if pos <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(m.text[:pos])
	return r
}

func (m *machine) alloc(pc int) *thread {
	var t *thread
	if n := len(m.pool); n > 0 {
		t = m.pool[n-1]
		m.pool = m.pool[:n-1]
	} else {
		t = &thread{cap: make([]int, len(m.matchcap))}
	}
	t.pc = pc
	return t
}

// match runs the machine from pos; on success m.matchcap holds the match's positions.
func (m *machine) match(pos int) bool {
	cond := m.cond
	if cond < 0 {
		return false
	}
	for i := range m.matchcap {
		m.matchcap[i] = -1
	}
	runq, nextq := &m.q0, &m.q1
	r, width := m.step(pos)
	prev := m.before(pos)
	for {
		if len(runq.dense) == 0 {
			if cond&int(syntax.EmptyBeginText) != 0 && pos != 0 {
				break // anchored at the start, and past it
			}
			if m.matched {
				break
			}
			if m.prefix != "" && r != rune(m.prefix[0]) {
				// no thread alive: a match can only start where the prefix does (as Go's i.index)
				i := strings.Index(m.text[pos:], m.prefix)
				if i < 0 {
					break
				}
				pos += i
				prev = m.before(pos)
				r, width = m.step(pos)
			}
		}
		if !m.matched {
			// a new thread for a match starting here, the lowest priority
			if len(m.matchcap) > 0 {
				m.matchcap[0] = pos
			}
			m.add(runq, m.p.start, pos, m.matchcap, syntax.EmptyOpContext(prev, r), nil)
		}
		next, nextWidth := m.step(pos + width)
		m.run(runq, nextq, pos, pos+width, r, syntax.EmptyOpContext(r, next))
		if width == 0 {
			break
		}
		if len(m.matchcap) == 0 && m.matched {
			break // any match will do
		}
		pos += width
		prev, r, width = r, next, nextWidth
		runq, nextq = nextq, runq
	}
	m.clear(nextq)
	return m.matched
}

func (m *machine) clear(q *queue) {
	for _, d := range q.dense {
		if d.t != nil {
			m.pool = append(m.pool, d.t)
		}
	}
	q.dense = q.dense[:0]
}

// run steps each thread of runq over rune c (at pos, ending at next), adding the survivors to
// nextq; cond is the assertions that hold after c.
func (m *machine) run(runq, nextq *queue, pos, next int, c rune, cond syntax.EmptyOp) {
	for j := 0; j < len(runq.dense); j++ {
		t := runq.dense[j].t
		if t == nil {
			continue
		}
		if m.longest && m.matched && len(t.cap) > 0 && m.matchcap[0] < t.cap[0] {
			// started after the match found: cannot be leftmost
			m.pool = append(m.pool, t)
			continue
		}
		in := &m.p.inst[t.pc]
		ok := false
		switch in.op {
		case iMatch:
			if len(t.cap) > 0 && (!m.longest || !m.matched || m.matchcap[1] < pos) {
				t.cap[1] = pos
				copy(m.matchcap, t.cap)
			}
			if !m.longest {
				// leftmost-first: every thread after this one has lower priority
				for _, d := range runq.dense[j+1:] {
					if d.t != nil {
						m.pool = append(m.pool, d.t)
					}
				}
				runq.dense = runq.dense[:0]
			}
			m.matched = true
		case iRune:
			ok = in.matches(c)
		case iAny:
			ok = c >= 0
		case iAnyNotNL:
			ok = c >= 0 && c != '\n'
		}
		if ok {
			t = m.add(nextq, in.out, next, t.cap, cond, t)
		}
		if t != nil {
			m.pool = append(m.pool, t)
		}
	}
	runq.dense = runq.dense[:0]
}

// add puts pc on q, following Alts, Nops, Captures and assertions that hold (cond) to the
// instructions that consume a rune or match, each getting a thread with the captures as they stand
// there. t is a thread free for reuse; add returns it when it was not used.
func (m *machine) add(q *queue, pc, pos int, cap []int, cond syntax.EmptyOp, t *thread) *thread {
	for pc != 0 && !q.has(pc) {
		q.sparse[pc] = len(q.dense)
		q.dense = append(q.dense, entry{pc: pc})
		in := &m.p.inst[pc]
		switch in.op {
		case iFail:
			return t
		case iAlt:
			t = m.add(q, in.out, pos, cap, cond, t)
			pc = in.arg
		case iEmpty:
			if syntax.EmptyOp(in.arg)&^cond != 0 {
				return t
			}
			pc = in.out
		case iNop:
			pc = in.out
		case iCapture:
			if in.arg >= len(cap) {
				pc = in.out
				continue
			}
			old := cap[in.arg]
			cap[in.arg] = pos
			m.add(q, in.out, pos, cap, cond, nil)
			cap[in.arg] = old
			return t
		default:
			if t == nil {
				t = m.alloc(pc)
			} else {
				t.pc = pc
			}
			if len(cap) > 0 && &t.cap[0] != &cap[0] {
				copy(t.cap, cap)
			}
			q.dense[len(q.dense)-1].t = t
			return nil
		}
	}
	return t
}

// matches reports whether c is the instruction's rune (or a fold of it), or in its ranges.
func (in *inst) matches(c rune) bool {
	if c < 0 {
		return false
	}
	r := in.runes
	if len(r) == 1 {
		if c == r[0] {
			return true
		}
		if in.fold {
			for f := unicode.SimpleFold(r[0]); f != r[0]; f = unicode.SimpleFold(f) {
				if c == f {
					return true
				}
			}
		}
		return false
	}
	// binary search over the pairs
	lo, hi := 0, len(r)/2
	for lo < hi {
		mid := lo + (hi-lo)/2
		if c < r[2*mid] {
			hi = mid
		} else if c > r[2*mid+1] {
			lo = mid + 1
		} else {
			return true
		}
	}
	return false
}

// execute finds the leftmost match in text at or after pos and returns its ncap positions
// (non-nil, empty for ncap 0), or nil.
func (re *Regexp) execute(text string, pos, ncap int) []int {
	// one machine kept per Regexp, taken while in use (a ReplaceAllStringFunc callback may match
	// with the same Regexp; another goroutine may run while this one allocates)
	m := re.spare
	re.spare = nil
	if m == nil || m.longest != re.longest {
		m = newMachine(re.prog, re.longest)
	}
	m.reset(ncap)
	m.text = text
	var a []int
	if m.match(pos) {
		a = append(make([]int, 0, ncap), m.matchcap...)
	}
	m.text = ""
	re.spare = m
	return a
}
