// Package unicode after Go's unicode (graphic.go, letter.go, digit.go): Latin-1 is classified here
// in Go with the ranges of Go's properties table (tables.go); code points above it are classified
// natively from the JDK's Unicode tables (a departure: gosim carries no copy of Go's range tables,
// and the JDK's Unicode version is not Go's).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const (
	UpperCase = 0
	LowerCase = 1
	TitleCase = 2
	MaxCase   = 3
)

// the classes of the native classifier
const (
	classLetter = iota
	classUpper
	classLower
	classTitle
	classDigit
	classNumber
	classSpace
	classPunct
	classSymbol
	classMark
	classControl
	classGraphic
	classPrint
)

func classify(class int, r rune) bool

func toCase(c int, r rune) rune

func latin1Upper(r rune) bool {
	return 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7
}

func latin1Lower(r rune) bool {
	return 'a' <= r && r <= 'z' || r == 0xB5 || 0xDF <= r && r <= 0xFF && r != 0xF7
}

func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Upper(r)
	}
	return classify(classUpper, r)
}

func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Lower(r)
	}
	return classify(classLower, r)
}

func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return classify(classTitle, r)
}

func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Upper(r) || latin1Lower(r) || r == 0xAA || r == 0xBA
	}
	return classify(classLetter, r)
}

func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return classify(classDigit, r)
}

func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return '0' <= r && r <= '9' || r == 0xB2 || r == 0xB3 || r == 0xB9 || 0xBC <= r && r <= 0xBE
	}
	return classify(classNumber, r)
}

func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return classify(classSpace, r)
}

func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@',
			'[', '\\', ']', '_', '{', '}', 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
			return true
		}
		return false
	}
	return classify(classPunct, r)
}

func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~', 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9,
			0xAC, 0xAE, 0xAF, 0xB0, 0xB1, 0xB4, 0xB8, 0xD7, 0xF7:
			return true
		}
		return false
	}
	return classify(classSymbol, r)
}

func IsMark(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return classify(classMark, r)
}

func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r <= 0x1F || 0x7F <= r && r <= 0x9F
	}
	return false
}

func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 0x20 <= r && r <= 0x7E || 0xA0 <= r && r != 0xAD
	}
	return classify(classGraphic, r)
}

func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 0x20 <= r && r <= 0x7E || 0xA1 <= r && r != 0xAD
	}
	return classify(classPrint, r)
}

func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	}
	return ToTitle(r)
}

func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(UpperCase, r)
}

func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toCase(LowerCase, r)
}

func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(TitleCase, r)
}

// SimpleFold returns the next rune of r's case orbit (letter.go), here from the simple case
// mappings: the smallest of r's other cases above r, else the smallest below.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	cands := [3]rune{ToUpper(r), ToLower(r), ToTitle(r)}
	next := rune(-1)
	min := r
	for _, c := range cands {
		if c > r && (next < 0 || c < next) {
			next = c
		}
		if c < min {
			min = c
		}
	}
	if next >= 0 {
		return next
	}
	return min
}
