// Package base64 is RFC 4648 base64 (go1.7 src/encoding/base64/base64.go): the standard and URL
// alphabets, with or without padding. Not here: NewEncoder, NewDecoder and Strict.
package base64

import "strconv"

// An Encoding is a 64-character alphabet and a padding character (or NoPadding).
type Encoding struct {
	encode    string
	decodeMap [256]byte
	padChar   rune
}

const (
	StdPadding rune = '=' // the standard padding character
	NoPadding  rune = -1  // no padding
)

const (
	encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a padded Encoding of the 64-byte alphabet encoder.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{encode: encoder, padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xFF
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc that pads with padding (or not, for NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	enc.padChar = padding
	return &enc
}

var (
	StdEncoding    = NewEncoding(encodeStd)
	URLEncoding    = NewEncoding(encodeURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the EncodedLen(len(src)) bytes of src's encoding to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for si := 0; si < len(src); si += 3 {
		var val uint
		n := len(src) - si
		if n > 3 {
			n = 3
		}
		for k := 0; k < 3; k++ {
			val <<= 8
			if k < n {
				val |= uint(src[si+k])
			}
		}
		// n bytes make n+1 characters, the rest of the quantum is padding
		for k := 0; k < 4; k++ {
			switch {
			case k <= n:
				dst[di] = enc.encode[val>>uint(18-6*k)&0x3F]
			case enc.padChar != NoPadding:
				dst[di] = byte(enc.padChar)
			default:
				continue
			}
			di++
		}
	}
}

// EncodeToString returns src's encoding.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the most bytes n bytes of encoding decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// A CorruptInputError is the offset of the first byte that is not valid base64.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// skipNewlines is the index of the first byte at or after i that is not \r or \n (both are
// ignored anywhere in the input).
func skipNewlines(src []byte, i int) int {
	for i < len(src) && (src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// newlinesBeforeJudging: go1.7's decode skips the newlines after a byte before it judges the
// byte, so the offset of a bad byte followed by newlines is that of the last newline
// (base64.go:265-303); go1.19's decodeQuantum skips each newline as it comes and names the byte
// itself (base64.go:302-323). Releases between were not checked.
//
//gosim:before 1.19
const newlinesBeforeJudging = true

//gosim:since 1.19
const newlinesBeforeJudging = false

// Decode writes the bytes src encodes to dst and returns how many; on bad input it returns those
// decoded before it and a CorruptInputError (go1.7 base64.go:247-325).
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := skipNewlines(src, 0)
	for si < len(src) {
		var q [4]byte
		qlen := 4 // characters in this quantum
		end := false
		for j := 0; j < 4; j++ {
			if si == len(src) {
				if enc.padChar != NoPadding || j < 2 {
					return n, CorruptInputError(si - j)
				}
				qlen, end = j, true
				break
			}
			c := src[si]
			at := si // where c is, or (go1.7) the last newline after it
			si = skipNewlines(src, si+1)
			if newlinesBeforeJudging {
				at = si - 1
			}
			if rune(c) == enc.padChar {
				if j < 2 {
					return n, CorruptInputError(at)
				}
				if j == 2 { // a second '=' must follow
					if si == len(src) {
						return n, CorruptInputError(len(src))
					}
					if rune(src[si]) != enc.padChar {
						return n, CorruptInputError(si - 1)
					}
					si = skipNewlines(src, si+1)
				}
				if si < len(src) {
					err = CorruptInputError(si) // bytes after the padding
				}
				qlen, end = j, true
				break
			}
			q[j] = enc.decodeMap[c]
			if q[j] == 0xFF {
				return n, CorruptInputError(at)
			}
		}
		val := uint(q[0])<<18 | uint(q[1])<<12 | uint(q[2])<<6 | uint(q[3])
		for k := 0; k < qlen-1; k++ {
			dst[n+k] = byte(val >> uint(16-8*k))
		}
		n += qlen - 1
		if end {
			return n, err
		}
	}
	return n, nil
}

// DecodeString returns the bytes s encodes.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}
