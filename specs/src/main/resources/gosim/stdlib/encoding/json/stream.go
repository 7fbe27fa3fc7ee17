package json

// The streaming API (go1.7 stream.go): an Encoder writes one value per line, a Decoder reads
// values from an io.Reader, finding where each ends with the scanner, and the Token API walks a
// stream delimiter by delimiter.

import (
	"bytes"
	"io"
)

// A Decoder takes JSON values one after another from a reader.
type Decoder struct {
	r       io.Reader
	buf     []byte
	d       decodeState
	scanp   int   // start of unread data in buf
	scanned int64 // bytes dropped from buf before scanp
	scan    scanner
	err     error

	tokenState int
	tokenStack []int
}

// NewDecoder returns a Decoder that reads from r, buffering (it may read past the values it
// decodes: Buffered returns what it holds).
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes an interface{} receive numbers as Number, not float64.
func (dec *Decoder) UseNumber() { dec.d.useNumber = true }

// DisallowUnknownFields makes an object key that matches no field of the struct an error.
//
//gosim:since 1.10
func (dec *Decoder) DisallowUnknownFields() { dec.d.disallowUnknownFields = true }

// Decode reads the next JSON value from the input and stores it in the value v points to.
func (dec *Decoder) Decode(v interface{}) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{"not at beginning of value", dec.errorOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	dec.d.data, dec.d.off, dec.d.saved = dec.buf[dec.scanp:dec.scanp+n], 0, nil
	dec.d.errStruct, dec.d.fieldStack = nil, dec.d.fieldStack[:0]
	dec.scanp += n
	// an error in the value is not dec.err: the stream is still good after it
	err = dec.d.unmarshal(v)
	dec.tokenValueEnd()
	return err
}

// Buffered returns the data read from the input and not yet decoded.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.scanp:])
}

// InputOffset is the offset in the input of the decoder's position (Go 1.14).
//
//gosim:since 1.14
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}

// errorOffset is the Offset of the Decoder's own syntax errors: go1.7 leaves it 0 (stream.go:53,
// 301, 311, 472); go1.19 says InputOffset (stream.go:59, 316, 326, 479). Releases between were not
// checked.
//
//gosim:before 1.19
func (dec *Decoder) errorOffset() int64 { return 0 }

//gosim:since 1.19
func (dec *Decoder) errorOffset() int64 { return dec.scanned + int64(dec.scanp) }

// readValue scans the next value into buf and answers its length: at its end, or with the
// scanner's syntax error, or with the reader's error (io.ErrUnexpectedEOF in mid-value).
func (dec *Decoder) readValue() (int, error) {
	dec.scan.reset()
	scanp := dec.scanp
	var err error
	for {
		for ; scanp < len(dec.buf); scanp++ {
			dec.scan.bytes++
			switch dec.scan.step(dec.buf[scanp]) {
			case scanEnd:
				return scanp - dec.scanp, nil
			case scanEndObject, scanEndArray:
				// a closed top-level value ends here: do not wait for the next byte
				if dec.scan.endValue(' ') == scanEnd {
					return scanp + 1 - dec.scanp, nil
				}
			case scanError:
				dec.err = dec.scan.err
				return 0, dec.scan.err
			}
		}
		if err != nil {
			if err == io.EOF {
				if dec.scan.step(' ') == scanEnd { // a number ends at the end of the input
					return scanp - dec.scanp, nil
				}
				if nonSpace(dec.buf) {
					err = io.ErrUnexpectedEOF
				}
			}
			dec.err = err
			return 0, err
		}
		n := scanp - dec.scanp
		err = dec.refill()
		scanp = dec.scanp + n
	}
}

// refill drops the decoded part of buf and reads at least 512 more bytes' worth of room.
func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		grown := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(grown, dec.buf)
		dec.buf = grown
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

func nonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

// An Encoder writes JSON values to an output stream, each followed by a newline.
type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	prefix     string
	indent     string
}

// NewEncoder returns an Encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v and a newline.
func (enc *Encoder) Encode(v interface{}) error {
	if enc.err != nil {
		return enc.err
	}
	e := &encodeState{}
	if err := e.marshal(v, encOpts{escapeHTML: enc.escapeHTML}); err != nil {
		return err
	}
	e.WriteByte('\n')
	b := e.Bytes()
	if enc.prefix != "" || enc.indent != "" {
		var buf bytes.Buffer
		if err := Indent(&buf, b, enc.prefix, enc.indent); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	_, err := enc.w.Write(b)
	if err != nil {
		enc.err = err
	}
	return err
}

// SetIndent makes Encode indent as MarshalIndent does.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix, enc.indent = prefix, indent
}

// SetEscapeHTML says whether <, > and & in strings are escaped (they are by default).
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// A Token is a Delim, bool, float64, Number, string or nil.
type Token interface{}

// A Delim is one of [ ] { }.
type Delim rune

func (d Delim) String() string { return string(d) }

// Where the Token API is in the value it walks.
const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// tokenPrepareForDecode reads the ',' or ':' that Token left before a value Decode is to read.
func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokenState {
	case tokenArrayComma:
		return dec.expect(',', "expected comma after array element", tokenArrayValue)
	case tokenObjectColon:
		return dec.expect(':', "expected colon after object key", tokenObjectValue)
	}
	return nil
}

// expect reads byte c, which must come next, and moves to state next.
func (dec *Decoder) expect(c byte, msg string, next int) error {
	got, err := dec.peek()
	if err != nil {
		return err
	}
	if got != c {
		return &SyntaxError{msg, dec.errorOffset()}
	}
	dec.scanp++
	dec.tokenState = next
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

func (dec *Decoder) push(state int) {
	dec.tokenStack = append(dec.tokenStack, dec.tokenState)
	dec.tokenState = state
}

func (dec *Decoder) pop() {
	dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
	dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
	dec.tokenValueEnd()
}

// Token returns the next token of the input: a Delim for [ ] { }, else a value (an object key
// as a string); commas and colons are checked and skipped. At the end it returns nil, io.EOF.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			if c == '[' {
				dec.push(tokenArrayStart)
			} else {
				dec.push(tokenObjectStart)
			}
			return Delim(c), nil
		case ']':
			if dec.tokenState != tokenArrayStart && dec.tokenState != tokenArrayComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.pop()
			return Delim(c), nil
		case '}':
			if dec.tokenState != tokenObjectStart && dec.tokenState != tokenObjectComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.pop()
			return Delim(c), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
		case ',':
			switch dec.tokenState {
			case tokenArrayComma:
				dec.tokenState = tokenArrayValue
			case tokenObjectComma:
				dec.tokenState = tokenObjectKey
			default:
				return dec.tokenError(c)
			}
			dec.scanp++
		default:
			if c == '"' && (dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey) {
				var key string
				old := dec.tokenState
				dec.tokenState = tokenTopValue
				err := dec.Decode(&key)
				dec.tokenState = old
				if err != nil {
					return nil, err
				}
				dec.tokenState = tokenObjectColon
				return key, nil
			}
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			var x interface{}
			if err := dec.Decode(&x); err != nil {
				return nil, err
			}
			return x, nil
		}
	}
}

// tokenError is the syntax error of a byte Token did not expect where it is.
func (dec *Decoder) tokenError(c byte) (Token, error) {
	context := "" // none just after '{'
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		context = " looking for beginning of value"
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + tokenErrorSpace + context, dec.errorOffset()}
}

// tokenErrorSpace: go1.7's tokenError puts a space of its own before the context, which begins
// with one (stream.go:456-472: two spaces, one at the end when there is no context); go1.19's
// does not (stream.go:463-479). Releases between were not checked.
//
//gosim:before 1.19
const tokenErrorSpace = " "

//gosim:since 1.19
const tokenErrorSpace = ""

// More reports whether the current array or object has another element.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// peek is the next byte that is not space, reading more input as needed.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			if c := dec.buf[i]; !isSpace(c) {
				dec.scanp = i
				return c, nil
			}
		}
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}
