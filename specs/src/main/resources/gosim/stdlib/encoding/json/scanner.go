package json

// The syntax of JSON as a byte-at-a-time automaton (go1.7 scanner.go's states and error texts,
// indent.go's Compact and Indent): step is fed one byte at a time and answers what that byte
// was, so that the Decoder can find where a value ends in a stream it reads piecemeal. Go keeps
// the state as a func value; here it is a small integer and one switch.

import (
	"bytes"
	"strconv"
)

// What step says about the byte it was given.
const (
	scanContinue     = iota // more of the current value
	scanBeginLiteral        // the first byte of a string, number or literal
	scanBeginObject         // '{'
	scanObjectKey           // ':' after an object key
	scanObjectValue         // ',' after an object's value
	scanEndObject           // '}'
	scanBeginArray          // '['
	scanArrayValue          // ',' after an array element
	scanEndArray            // ']'
	scanSkipSpace           // space between tokens
	scanEnd                 // the top-level value ended before this byte
	scanError               // a syntax error: scanner.err says which
)

// What the scanner is inside of, one entry per open object or array.
const (
	parseObjectKey   = iota // before an object key's ':'
	parseObjectValue        // before an object value's ',' or '}'
	parseArrayValue         // before an element's ',' or ']'
)

// The automaton's states.
const (
	stBeginValue        = iota
	stBeginValueOrEmpty // after '['
	stBeginKeyOrEmpty   // after '{'
	stBeginKey          // after ',' in an object
	stEndValue
	stEndTop
	stInString
	stInStringEsc
	stInStringEscU // with hex digits counted in scanner.n
	stNeg
	st1   // in the integer part after a non-zero digit
	st0   // after a leading 0
	stDot // after '.'
	stDot0
	stE     // after 'e'
	stESign // after 'e+' or 'e-'
	stE0
	stLiteral // in true, false or null: scanner.lit, scanner.n bytes matched
	stError
)

// A scanner checks JSON syntax one byte at a time.
type scanner struct {
	state  int
	parse  []int
	lit    string // the literal being matched (stLiteral)
	n      int
	endTop bool // the top-level value is complete
	err    error
	bytes  int64 // bytes consumed, counted by the caller (the Offset of errors)
}

func (s *scanner) reset() {
	s.state = stBeginValue
	s.parse = s.parse[0:0]
	s.err = nil
	s.endTop = false
}

// eof tells the scanner the input ended: scanEnd if a whole value was read, else scanError.
func (s *scanner) eof() int {
	if s.err != nil {
		return scanError
	}
	if s.endTop {
		return scanEnd
	}
	s.step(' ') // a number ends at the end of the input
	if s.endTop {
		return scanEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return scanError
}

// fail records a syntax error at byte c: "invalid character 'c' " + context.
func (s *scanner) fail(c byte, context string) int {
	s.state = stError
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return scanError
}

// push opens an object or array with the byte c, answering op, or an error past the nesting limit.
func (s *scanner) push(c byte, p int, op int) int {
	s.parse = append(s.parse, p)
	if len(s.parse) > maxNestingDepth {
		return s.fail(c, "exceeded max depth")
	}
	return op
}

// maxNestingDepth: Go 1.15 limits nesting to 10000 objects and arrays (go1.19 scanner.go:146,
// 178-184; golang/go#31789); go1.7 has no limit (scanner.go:173-175).
//
//gosim:before 1.15
const maxNestingDepth = 1<<31 - 1

//gosim:since 1.15
const maxNestingDepth = 10000

// pop closes an object or array.
func (s *scanner) pop() {
	s.parse = s.parse[:len(s.parse)-1]
	if len(s.parse) == 0 {
		s.state = stEndTop
		s.endTop = true
	} else {
		s.state = stEndValue
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// step consumes byte c.
func (s *scanner) step(c byte) int {
	switch s.state {
	case stBeginValueOrEmpty:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stBeginValue:
		if isSpace(c) {
			return scanSkipSpace
		}
		return s.beginValue(c)
	case stBeginKeyOrEmpty, stBeginKey:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == '}' && s.state == stBeginKeyOrEmpty {
			s.parse[len(s.parse)-1] = parseObjectValue
			return s.endValue(c)
		}
		if c == '"' {
			s.state = stInString
			return scanBeginLiteral
		}
		return s.fail(c, "looking for beginning of object key string")
	case stEndValue:
		return s.endValue(c)
	case stEndTop:
		if !isSpace(c) {
			// the value before it is whole: the error waits for the next byte or eof
			s.fail(c, "after top-level value")
		}
		return scanEnd
	case stInString:
		switch {
		case c == '"':
			s.state = stEndValue
		case c == '\\':
			s.state = stInStringEsc
		case c < 0x20:
			return s.fail(c, "in string literal")
		}
		return scanContinue
	case stInStringEsc:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stInString
		case 'u':
			s.state, s.n = stInStringEscU, 0
		default:
			return s.fail(c, "in string escape code")
		}
		return scanContinue
	case stInStringEscU:
		if !isHex(c) {
			return s.fail(c, "in \\u hexadecimal character escape")
		}
		if s.n++; s.n == 4 {
			s.state = stInString
		}
		return scanContinue
	case stNeg:
		switch {
		case c == '0':
			s.state = st0
		case '1' <= c && c <= '9':
			s.state = st1
		default:
			return s.fail(c, "in numeric literal")
		}
		return scanContinue
	case st1:
		if '0' <= c && c <= '9' {
			return scanContinue
		}
		return s.afterInteger(c)
	case st0:
		return s.afterInteger(c)
	case stDot:
		if '0' <= c && c <= '9' {
			s.state = stDot0
			return scanContinue
		}
		return s.fail(c, "after decimal point in numeric literal")
	case stDot0:
		if '0' <= c && c <= '9' {
			return scanContinue
		}
		if c == 'e' || c == 'E' {
			s.state = stE
			return scanContinue
		}
		return s.endValue(c)
	case stE:
		if c == '+' || c == '-' {
			s.state = stESign
			return scanContinue
		}
		return s.exponentDigit(c)
	case stESign:
		return s.exponentDigit(c)
	case stE0:
		if '0' <= c && c <= '9' {
			return scanContinue
		}
		return s.endValue(c)
	case stLiteral:
		if c != s.lit[s.n] {
			return s.fail(c, "in literal "+s.lit+" (expecting "+quoteChar(s.lit[s.n])+")")
		}
		if s.n++; s.n == len(s.lit) {
			s.state = stEndValue
		}
		return scanContinue
	}
	return scanError // stError
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// beginValue starts the value whose first byte is c.
func (s *scanner) beginValue(c byte) int {
	switch c {
	case '{':
		s.state = stBeginKeyOrEmpty
		return s.push(c, parseObjectKey, scanBeginObject)
	case '[':
		s.state = stBeginValueOrEmpty
		return s.push(c, parseArrayValue, scanBeginArray)
	case '"':
		s.state = stInString
	case '-':
		s.state = stNeg
	case '0':
		s.state = st0
	case 't':
		s.state, s.lit, s.n = stLiteral, "true", 1
	case 'f':
		s.state, s.lit, s.n = stLiteral, "false", 1
	case 'n':
		s.state, s.lit, s.n = stLiteral, "null", 1
	default:
		if c < '1' || c > '9' {
			return s.fail(c, "looking for beginning of value")
		}
		s.state = st1
	}
	return scanBeginLiteral
}

// afterInteger: a fraction, an exponent, or the end of the number.
func (s *scanner) afterInteger(c byte) int {
	switch c {
	case '.':
		s.state = stDot
		return scanContinue
	case 'e', 'E':
		s.state = stE
		return scanContinue
	}
	return s.endValue(c)
}

func (s *scanner) exponentDigit(c byte) int {
	if '0' <= c && c <= '9' {
		s.state = stE0
		return scanContinue
	}
	return s.fail(c, "in exponent of numeric literal")
}

// endValue: a value just ended and c follows it.
func (s *scanner) endValue(c byte) int {
	n := len(s.parse)
	if n == 0 {
		s.state = stEndTop
		s.endTop = true
		return s.step(c)
	}
	if isSpace(c) {
		s.state = stEndValue
		return scanSkipSpace
	}
	switch s.parse[n-1] {
	case parseObjectKey:
		if c == ':' {
			s.parse[n-1] = parseObjectValue
			s.state = stBeginValue
			return scanObjectKey
		}
		return s.fail(c, "after object key")
	case parseObjectValue:
		if c == ',' {
			s.parse[n-1] = parseObjectKey
			s.state = stBeginKey
			return scanObjectValue
		}
		if c == '}' {
			s.pop()
			return scanEndObject
		}
		return s.fail(c, "after object key:value pair")
	}
	if c == ',' {
		s.state = stBeginValue
		return scanArrayValue
	}
	if c == ']' {
		s.pop()
		return scanEndArray
	}
	return s.fail(c, "after array element")
}

// quoteChar formats c for an error message: 'x', with Go's escapes (go1.7 scanner.go:592-604).
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	q := strconv.Quote(string(c))
	return "'" + q[1:len(q)-1] + "'"
}

// checkValid scans all of data, returning the first syntax error.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(c) == scanError {
			return s.err
		}
	}
	if s.eof() == scanError {
		return s.err
	}
	return nil
}

// Valid reports whether data is one valid JSON value (Go 1.9).
//
//gosim:since 1.9
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}

// Compact appends to dst the JSON value src without insignificant space.
func Compact(dst *bytes.Buffer, src []byte) error {
	return compact(dst, src, false)
}

// compact is indent.go's, escaping for HTML when asked (the Encoder does). src is checked first,
// so that on a syntax error dst is left as it was, as Go's truncation leaves it; Go's compact
// does not count the bytes it scans, so its errors say Offset 0.
func compact(dst *bytes.Buffer, src []byte, escape bool) error {
	var s scanner
	if err := checkValid(src, &s); err != nil {
		err.(*SyntaxError).Offset = 0
		return err
	}
	s.reset()
	start := 0
	for i, c := range src {
		if esc, n := htmlEscapeAt(src, i, escape, escape || separatorsAlwaysEscaped); n > 0 {
			dst.Write(src[start:i])
			dst.WriteString(esc)
			start = i + n
		}
		if s.step(c) >= scanSkipSpace && start <= i {
			dst.Write(src[start:i])
			start = i + 1
		}
	}
	if start < len(src) {
		dst.Write(src[start:])
	}
	return nil
}

// separatorsAlwaysEscaped: go1.7 compact escapes U+2028 and U+2029 in every call
// (indent.go:30-38), go1.19 only when it escapes HTML (indent.go:33). Releases between were not
// checked.
//
//gosim:before 1.19
const separatorsAlwaysEscaped = true

//gosim:since 1.19
const separatorsAlwaysEscaped = false

// htmlEscapeAt answers the \u escape standing for the bytes at src[i:], and how many bytes it
// stands for, or 0: <, > and & if html; U+2028 and U+2029 (E2 80 A8, E2 80 A9) if separators.
func htmlEscapeAt(src []byte, i int, html, separators bool) (string, int) {
	c := src[i]
	if html && (c == '<' || c == '>' || c == '&') {
		return `\u00` + string(hex[c>>4]) + string(hex[c&0xF]), 1
	}
	if separators && c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
		return `\u202` + string(hex[src[i+2]&0xF]), 3
	}
	return "", 0
}

// Indent appends to dst an indented form of src: each element of an object or array on a new
// line that begins with prefix and one indent per level of nesting. Empty objects and arrays
// stay "{}" and "[]", the first line gets no prefix, and space after the value is kept.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	var s scanner
	if err := checkValid(src, &s); err != nil {
		return err
	}
	s.reset()
	depth := 0
	pendingOpen := false // an object or array was opened and its first element not yet seen
	newline := func() {
		dst.WriteByte('\n')
		dst.WriteString(prefix)
		for i := 0; i < depth; i++ {
			dst.WriteString(indent)
		}
	}
	for _, c := range src {
		op := s.step(c)
		if op == scanSkipSpace {
			continue
		}
		if pendingOpen && op != scanEndObject && op != scanEndArray {
			pendingOpen = false
			depth++
			newline()
		}
		switch op {
		case scanBeginObject, scanBeginArray:
			pendingOpen = true
			dst.WriteByte(c)
		case scanObjectValue, scanArrayValue:
			dst.WriteByte(c)
			newline()
		case scanObjectKey:
			dst.WriteString(": ")
		case scanEndObject, scanEndArray:
			if pendingOpen {
				pendingOpen = false
			} else {
				depth--
				newline()
			}
			dst.WriteByte(c)
		default:
			dst.WriteByte(c)
		}
	}
	return nil
}

// HTMLEscape appends src to dst with <, >, & and U+2028, U+2029 turned into \u003c, \u003e,
// \u0026, \u2028, \u2029, so that JSON can sit inside an HTML <script> tag.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	start := 0
	for i := range src {
		if esc, n := htmlEscapeAt(src, i, true, true); n > 0 {
			dst.Write(src[start:i])
			dst.WriteString(esc)
			start = i + n
		}
	}
	dst.Write(src[start:])
}
