// Package utf8 after Go's unicode/utf8 (utf8.go): the same constants, decoding rules (the
// shortest encoding only, no surrogates, RuneError width 1 for bad input), written for gosim.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode returns the rune starting at p[0] of a sequence of n bytes given by at, and its width.
func decode(n int, at func(i int) byte) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	c0 := at(0)
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	var need int
	var min rune
	var r rune
	switch {
	case c0&0xE0 == 0xC0:
		need, min, r = 2, 0x80, rune(c0&0x1F)
	case c0&0xF0 == 0xE0:
		need, min, r = 3, 0x800, rune(c0&0x0F)
	case c0&0xF8 == 0xF0:
		need, min, r = 4, 0x10000, rune(c0&0x07)
	default:
		return RuneError, 1
	}
	if n < need {
		// a truncated sequence is one bad byte, unless its prefix is already invalid
		return RuneError, 1
	}
	for i := 1; i < need; i++ {
		c := at(i)
		if c&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		return RuneError, 1
	}
	// Go rejects a second byte out of the accepted range even when later bytes are missing; the
	// checks above cover complete sequences, which is what callers see.
	return r, need
}

func DecodeRune(p []byte) (r rune, size int) {
	return decode(len(p), func(i int) byte { return p[i] })
}

func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(len(s), func(i int) byte { return s[i] })
}

// start finds the beginning of the last rune of a sequence of n bytes.
func lastStart(n int, at func(i int) byte) int {
	lim := n - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := n - 1
	for start--; start >= lim; start-- {
		if at(start)&0xC0 != 0x80 {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	return start
}

func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if p[n-1] < RuneSelf {
		return rune(p[n-1]), 1
	}
	start := lastStart(n, func(i int) byte { return p[i] })
	r, size = DecodeRune(p[start:n])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	start := lastStart(n, func(i int) byte { return s[i] })
	r, size = DecodeRuneInString(s[start:n])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	if r < 0 || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune is Go 1.18's.
//gosim:since 1.18
func AppendRune(p []byte, r rune) []byte {
	var b [UTFMax]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		_, w := DecodeRune(p[i:])
		i += w
		n++
	}
	return n
}

func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	c := p[0]
	need := 1
	switch {
	case c < RuneSelf:
		return true
	case c&0xE0 == 0xC0:
		need = 2
	case c&0xF0 == 0xE0:
		need = 3
	case c&0xF8 == 0xF0:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}
	// an invalid continuation byte completes the (bad) rune early
	for i := 1; i < n; i++ {
		if p[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

func FullRuneInString(s string) bool { return FullRune([]byte(s)) }

func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		r, w := DecodeRune(p[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError {
			_, w := DecodeRuneInString(s[i:])
			if w == 1 {
				return false
			}
		}
	}
	return true
}

func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
