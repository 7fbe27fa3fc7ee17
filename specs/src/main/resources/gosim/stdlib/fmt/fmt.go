// Package fmt after Go's fmt, written for gosim. Printing (print.go, format.go) is the interpreter's
// native printer (Fmt.java), which calls back into Go here for a Formatter's Format method
// (with the State pp from newState). Scanning is Go: scan.go's ss reading runes from any io.Reader,
// so a read of os.Stdin blocks as the program's own Read would; natives only where scan.go uses
// reflect (scanTarget, scanStore: a pointer to a named type).
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

type Stringer interface {
	String() string
}

// GoStringer is the %#v form of a value (print.go handleMethods calls it before Error and String).
type GoStringer interface {
	GoString() string
}

// Formatter prints itself for every verb but %T and %p.
type Formatter interface {
	Format(f State, c rune)
}

// State is what a Formatter's Format gets: the verb's flags, width and precision, and where to write.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

func Println(a ...interface{}) (n int, err error)
func Printf(format string, a ...interface{}) (n int, err error)
func Print(a ...interface{}) (n int, err error)
func Sprintf(format string, a ...interface{}) string
func Sprint(a ...interface{}) string
func Sprintln(a ...interface{}) string
func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error)
func Fprintln(w io.Writer, a ...interface{}) (n int, err error)
func Fprint(w io.Writer, a ...interface{}) (n int, err error)

// Errorf wraps the operand of its %w (Go 1.13 errors.go); errorf returns the text and that operand.
func Errorf(format string, a ...interface{}) error {
	s, wrapped := errorf(format, a)
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

func errorf(format string, a []interface{}) (string, error)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// The printer's text (its pool and buffer records at Append*'s print.go lines), without Sprint*'s
// string: Append* copy it into b, as print.go's Append* append the printer's buffer.
func appendText(format string, a []interface{}, mode int) string

//gosim:since 1.19
func Append(b []byte, a ...interface{}) []byte { return append(b, appendText("", a, 0)...) }

//gosim:since 1.19
func Appendln(b []byte, a ...interface{}) []byte { return append(b, appendText("", a, 1)...) }

//gosim:since 1.19
func Appendf(b []byte, format string, a ...interface{}) []byte {
	return append(b, appendText(format, a, 2)...)
}

// pp is the State of a Format call (print.go pp): the flags, width and precision of the verb
// being printed, and the bytes Format writes, which the printer puts in place of the argument.
type pp struct {
	buf    []byte
	flags  string
	wid    int
	widOK  bool
	prec   int
	precOK bool
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.widOK }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.precOK }

// Flag reports whether flag c ('-', '+', '#', ' ' or '0') was given; %+v and %#v count as + and #.
func (p *pp) Flag(c int) bool {
	for i := 0; i < len(p.flags); i++ {
		if int(p.flags[i]) == c {
			return true
		}
	}
	return false
}

func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// newState is the State the native printer passes to a Formatter's Format: flags as pp.flags, a
// width or precision that is absent as -(v+1), v the printer's stale value that Width or Precision
// returns with ok false (Fmt.ppWid). The printer then prints p.buf (the first field).
func newState(flags string, wid, prec int) *pp {
	p := &pp{flags: flags, wid: wid, widOK: wid >= 0, prec: prec, precOK: prec >= 0}
	if wid < 0 {
		p.wid = -wid - 1
	}
	if prec < 0 {
		p.prec = -prec - 1
	}
	return p
}

// ---------------------------------------------------------------- scanning (scan.go)

// ScanState is what a Scanner's Scan gets: the input, read rune by rune, within the verb's width.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner scans a value of its own type.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func Scan(a ...interface{}) (n int, err error) { return Fscan(os.Stdin, a...) }

func Scanln(a ...interface{}) (n int, err error) { return Fscanln(os.Stdin, a...) }

func Scanf(format string, a ...interface{}) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// stringReader is the io.Reader of Sscan*, the scanned string itself (so the string escapes):
// not a RuneScanner, so it is read a byte at a time through readRune, as scan.go's is.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

func Sscan(str string, a ...interface{}) (n int, err error) {
	return Fscan((*stringReader)(&str), a...)
}

func Sscanln(str string, a ...interface{}) (n int, err error) {
	return Fscanln((*stringReader)(&str), a...)
}

func Sscanf(str string, format string, a ...interface{}) (n int, err error) {
	return Fscanf((*stringReader)(&str), format, a...)
}

// Fscan treats newlines as space.
func Fscan(r io.Reader, a ...interface{}) (n int, err error) {
	s := newScanState(r, true, false)
	n, err = s.doScan(a)
	s.free()
	return
}

// Fscanln stops at a newline, which must follow the last item.
func Fscanln(r io.Reader, a ...interface{}) (n int, err error) {
	s := newScanState(r, false, true)
	n, err = s.doScan(a)
	s.free()
	return
}

// Fscanf matches the format's newlines with the input's.
func Fscanf(r io.Reader, format string, a ...interface{}) (n int, err error) {
	s := newScanState(r, false, false)
	n, err = s.doScanf(format, a)
	s.free()
	return
}

// scanError carries an error out of the scanning routines to errorHandler (a panic, as scan.go).
type scanError struct {
	err error
}

const eof = -1

// hugeWid is the width of a verb without one.
const hugeWid = 1 << 30

// ss is the scan state (scan.go ss): the rune source, the token being built, the runes read so
// far, and the limits a width sets; laid out as scan.go's (88 bytes), which ssFree keeps.
type ss struct {
	rs    io.RuneScanner
	buf   []byte
	count int
	atEOF bool
	ssave
}

// ssave is the part of ss that scan.go saves across a nested scan.
type ssave struct {
	validSave bool
	nlIsEnd   bool // a newline ends the scan (Scanln)
	nlIsSpace bool // a newline is space (Scan)
	argLimit  int  // count may not pass this while the current argument is scanned
	limit     int
	maxWid    int
}

// ssGet and ssPut are ssFree.Get and Put, the sync.Pool of *ss the heap model keeps (its New is
// new(ss)); writeRune is s.buf.writeRune, print.go's buffer method.
func ssGet() *ss
func ssPut(s *ss)
func writeRune(b []byte, r rune) []byte

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := ssGet()
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	s.nlIsSpace = nlIsSpace
	s.nlIsEnd = nlIsEnd
	s.atEOF = false
	s.limit = hugeWid
	s.argLimit = hugeWid
	s.maxWid = hugeWid
	s.validSave = true
	s.count = 0
	return s
}

// free puts s back in ssFree unless its buffer grew past 1 KiB.
func (s *ss) free() {
	if cap(s.buf) > 1024 {
		return
	}
	s.buf = s.buf[:0]
	s.rs = nil
	ssPut(s)
}

// Read is in ScanState only so that a ScanState is an io.Reader; Go refuses it.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// getRune is the next rune, eof at the end; other read errors end the scan.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where the end of input is an error (inside a quoted string).
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) error(err error) { panic(scanError{err}) }

func (s *ss) errorString(err string) { panic(scanError{errors.New(err)}) }

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// isSpace is scan.go's space table: Unicode White_Space (U+0009-000D, 0020, 0085, 00A0, 1680,
// 2000-200A, 2028, 2029, 202F, 205F, 3000).
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == 0x20, r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// readRune makes a RuneScanner of a plain io.Reader, reading one byte at a time so that nothing
// past the scanned text is consumed (scan.go readRune, whose layout it keeps: 40 bytes, no
// allocation of its own); bytes of bad UTF-8 after the first wait in pendBuf for the next call.
type readRune struct {
	reader   io.Reader
	buf      [utf8.UTFMax]byte // the rune being decoded
	pending  int               // how many bytes of pendBuf are waiting
	pendBuf  [utf8.UTFMax]byte
	peekRune rune // the rune to read again if >= 0; ^(the last rune) when < 0
}

func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[:], r.pendBuf[1:])
		r.pending--
		return
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		size = utf8.RuneLen(rr)
		return
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		r.peekRune = ^rr
		return rr, 1, nil
	}
	n := 1
	for ; !utf8.FullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err != io.EOF {
				return
			}
			err = nil
			break
		}
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n {
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

// SkipSpace skips spaces; a newline is one for Scan, the end for Scanln, an error for Scanf
// ("\r\n" counts as "\n").
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token appends to s.buf the runes that satisfy f.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = writeRune(s.buf, r)
	}
	return s.buf
}

var complexError = errors.New("syntax error scanning complex number")
var boolError = errors.New("syntax error scanning boolean")

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune if it is one of ok, keeping it in the token if accept.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = writeRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is one of ok, without reading it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF ends the scan with io.EOF when nothing is left.
func (s *ss) notEOF() {
	if s.getRune() == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) >= 0 {
		return true
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
	floatVerbs        = "beEfFgGv"
)

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune is %c into an integer: the rune itself, which must fit in bitSize bits.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	if x := (int64(r) << (64 - n)) >> (64 - n); x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads %v's 0b, 0o, 0x or 0 prefix: base 0 lets ParseInt see it (and '_').
//gosim:since 1.13
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// scanBasePrefix before Go 1.13's number syntax (go1.7 scan.go:623-636): 0 is octal, 0x hex
// (the x left out of the token), no underscores.
//gosim:before 1.13
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 10, decimalDigits, false
	}
	s.accept("0")
	if s.peek("xX") {
		s.consume("xX", false)
		return 16, hexadecimalDigits, true
	}
	return 8, octalDigits, true
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads what could be a float: nan, [+-]inf, or digits (hex after 0x) with an
// optional fraction and exponent.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf) // NaN
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf) // Inf
	}
	digits, exp, expDigits := s.floatSyntax()
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(expDigits) {
		}
	}
	return string(s.buf) // the number
}

// floatSyntax is the mantissa digits, exponent letters and exponent digits of a float token: from
// Go 1.13 a 0x prefix (read here) makes it hex with a p exponent, and '_' may separate digits.
//gosim:since 1.13
func (s *ss) floatSyntax() (digits, exp, expDigits string) {
	if s.accept("0") && s.accept("xX") {
		return hexadecimalDigits + "_", "pP", decimalDigits + "_"
	}
	return decimalDigits + "_", exponent, decimalDigits + "_"
}

// floatSyntax before Go 1.13 (go1.7 scan.go:573, 704-730): decimal digits, exponent e, E or p.
//gosim:before 1.13
func (s *ss) floatSyntax() (digits, exp, expDigits string) {
	return decimalDigits, "eEp", decimalDigits
}

// complexTokens reads (re±imi) or re±imi.
func (s *ss) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(complexError)
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.error(complexError)
	}
	if parens && !s.accept(")") {
		s.error(complexError)
	}
	return real, imagSign + imag
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat parses a float token; a decimal mantissa with a p exponent is a power of two.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) scanComplex(verb rune, n int) complex128 {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	return complex(s.convertFloat(sreal, n/2), s.convertFloat(simag, n/2))
}

// convertString is %s and %v (the next space-delimited word), %q and %x.
func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				return string(s.buf)
			}
			s.buf = append(s.buf, string(r)...)
		}
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = append(s.buf, string(r)...)
			if r == '\\' {
				s.buf = append(s.buf, string(s.mustReadRune())...)
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0'), true
	case d >= 'a' && d <= 'f':
		return int(d-'a') + 10, true
	case d >= 'A' && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

func (s *ss) hexByte() (b byte, ok bool) {
	r1 := s.getRune()
	if r1 == eof {
		return
	}
	v1, ok := hexDigit(r1)
	if !ok {
		s.UnreadRune()
		return
	}
	v2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(v1<<4 | v2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(s.buf)
}

func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}

// What scanTarget reports of arg: a pointer to a bool, signed or unsigned integer, string, byte
// slice, float or complex type (reflect's kinds, as scan.go's default case switches on them).
const (
	targetNotPointer = iota
	targetOther
	targetBool
	targetInt
	targetUint
	targetString
	targetBytes
	targetFloat
	targetComplex
)

// scanTarget is reflect.ValueOf(arg).Elem()'s kind and Type().Bits() for scan.go's default case.
func scanTarget(arg interface{}) (kind int, bits int)

// scanStore is the reflect Set* of that case: v (a bool, int64, uint64, string, []byte, float64 or
// complex128) stored in *arg, converted to its type.
func scanStore(arg interface{}, v interface{})

func (s *ss) scanOne(verb rune, arg interface{}) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		err := v.Scan(s, verb)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		if s.okVerb(verb, floatVerbs, "float32") {
			s.SkipSpace()
			s.notEOF()
			*v = float32(s.convertFloat(s.floatToken(), 32))
		}
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			s.SkipSpace()
			s.notEOF()
			*v = s.convertFloat(s.floatToken(), 64)
		}
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanOther(verb, arg)
	}
}

// scanOther is scan.go's reflect case: a pointer to a named type of those kinds.
func (s *ss) scanOther(verb rune, arg interface{}) {
	kind, bits := scanTarget(arg)
	switch kind {
	case targetNotPointer:
		if arg == nil {
			// reflect.ValueOf(nil).Type() panics, past errorHandler
			panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
		}
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case targetBool:
		scanStore(arg, s.scanBool(verb))
	case targetInt:
		scanStore(arg, s.scanInt(verb, bits))
	case targetUint:
		scanStore(arg, s.scanUint(verb, bits))
	case targetString:
		scanStore(arg, s.convertString(verb))
	case targetBytes:
		scanStore(arg, []byte(s.convertString(verb)))
	case targetFloat:
		// reflect's case checks no verb
		s.SkipSpace()
		s.notEOF()
		scanStore(arg, s.convertFloat(s.floatToken(), bits))
	case targetComplex:
		scanStore(arg, s.scanComplex(verb, bits))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// errorHandler turns the scanning panics into the returned error; others go on.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []interface{}) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	// Scanln: only spaces may follow the last item before the newline
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the format's text up to the next verb with the input: it returns how many
// bytes of format it used, or -1 when the input differs. Runs of spaces are matchSpace's.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			var stop bool
			if i, stop = s.matchSpace(format, i); stop {
				return
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w // %% matches one %
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// matchSpace matches the run of spaces at format[i:] with the input and returns the index after
// it. Go 1.8's rules (commit 0db9518ab3): a newline in the format (spaces before it collapsed
// into it) matches spaces and a newline or the end of input; spaces after it match zero or more
// spaces; other spaces one or more, or the end.
//gosim:since 1.8
func (s *ss) matchSpace(format string, i int) (ni int, stop bool) {
	fmtc, w := utf8.DecodeRuneInString(format[i:])
	newlines := 0
	trailingSpace := false
	for isSpace(fmtc) && i < len(format) {
		if fmtc == '\n' {
			newlines++
			trailingSpace = false
		} else {
			trailingSpace = true
		}
		i += w
		fmtc, w = utf8.DecodeRuneInString(format[i:])
	}
	for j := 0; j < newlines; j++ {
		inputc := s.getRune()
		for isSpace(inputc) && inputc != '\n' {
			inputc = s.getRune()
		}
		if inputc != '\n' && inputc != eof {
			s.errorString("newline in format does not match input")
		}
	}
	if trailingSpace {
		inputc := s.getRune()
		if newlines == 0 {
			// a space in the format needs at least one space of input, but not a newline
			if !isSpace(inputc) && inputc != eof {
				s.errorString("expected space in input to match format")
			}
			if inputc == '\n' {
				s.errorString("newline in input does not match format")
			}
		}
		for isSpace(inputc) && inputc != '\n' {
			inputc = s.getRune()
		}
		if inputc != eof {
			s.UnreadRune()
		}
	}
	return i, false
}

// matchSpace before Go 1.8 (go1.7 scan.go:1090-1129): a run of format spaces absorbs at most one
// newline and needs a space (or the end: advance stops) in the input, where spaces are skipped up
// to a newline, which the run must have had (advance stops there too).
//gosim:before 1.8
func (s *ss) matchSpace(format string, i int) (ni int, stop bool) {
	fmtc, w := utf8.DecodeRuneInString(format[i:])
	wasNewline := false
	for isSpace(fmtc) && i < len(format) {
		if fmtc == '\n' {
			if wasNewline {
				break
			}
			wasNewline = true
		}
		i += w
		fmtc, w = utf8.DecodeRuneInString(format[i:])
	}
	inputc := s.getRune()
	if inputc == eof {
		return i, true
	}
	if !isSpace(inputc) {
		s.errorString("expected space in input to match format")
	}
	for inputc != '\n' && isSpace(inputc) {
		inputc = s.getRune()
	}
	if inputc == '\n' {
		if !wasNewline {
			s.errorString("newline in input does not match format")
		}
		return i, true
	}
	s.UnreadRune()
	if wasNewline {
		s.errorString("newline in format does not match input")
	}
	return i, false
}

// scanWidth is print.go's parsenum for a Scanf width: the number at format[start:end] (stopping
// at 1e6), whether there was one, and the index after it.
func scanWidth(format string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= format[newi] && format[newi] <= '9'; newi++ {
		if num > 1e6 || num < -1e6 {
			return 0, false, end
		}
		num = num*10 + int(format[newi]-'0')
		isnum = true
	}
	return
}

func (s *ss) doScanf(format string, a []interface{}) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++ // the %
		var widPresent bool
		s.maxWid, widPresent, i = scanWidth(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}
