// Package syntax after Go's regexp/syntax, as far as package regexp shows it to programs: the parse
// error (*Error, whose Error text and codes are go1.19 parse.go:16-55's), the parse flags
// (parse.go:57-72) and IsWordChar (prog.go:107-109). Go's parser, Regexp tree, Simplify, Prog and
// compiler are gosim's own inside package regexp (parse.go, compile.go there): Go exports them with
// a tree shape (factored alternations, merged literals) and a printed form (Regexp.String,
// Prog.String) that this package does not reproduce, so it does not declare them at all rather than
// declare them different; a program naming syntax.Parse gets "undefined: syntax.Parse".
package syntax

// An Error is a parse failure: what went wrong and the part of the pattern it concerns.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code.String() + ": `" + e.Expr + "`"
}

// An ErrorCode names a parse failure; its value is the text Error prints.
type ErrorCode string

// The codes, with Go's texts.
const (
	ErrInternalError ErrorCode = "regexp/syntax: internal error"

	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
)

// Go 1.19's limit on the parse tree's height (parse.go:90 maxHeight).
//gosim:since 1.19
const ErrNestingDepth ErrorCode = "expression nests too deeply"

func (e ErrorCode) String() string {
	return string(e)
}

// Flags steer the parser (and record what it saw): parse.go:57-72's bits, in Go's order and values.
type Flags uint16

const (
	FoldCase      Flags = 1 << iota // (?i): letters match their case folds
	Literal                         // the pattern is plain text, no metacharacters
	ClassNL                         // negated classes ([^a], \S, [[:^space:]]) may match '\n'
	DotNL                           // (?s): '.' matches '\n' too
	OneLine                         // ^ and $ are the text's ends (not (?m)'s line ends)
	NonGreedy                       // (?U): repetitions prefer fewer
	PerlX                           // Perl's extensions: \d, (?:...), non-greedy, \A \z \b
	UnicodeGroups                   // \pL and \p{Greek}
	WasDollar                       // an end-of-text assertion that was written $
	Simple                          // no counted repetition left

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups // Compile's flags
	POSIX Flags = 0                                         // CompilePOSIX's flags
)

// An EmptyOp is a set of zero-width assertions (prog.go:58-67's bits).
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// EmptyOpContext returns the assertions that hold between rune r1 and rune r2, -1 standing for
// either end of the text.
func EmptyOpContext(r1, r2 rune) EmptyOp {
	var op EmptyOp
	if r1 < 0 {
		op |= EmptyBeginText | EmptyBeginLine
	} else if r1 == '\n' {
		op |= EmptyBeginLine
	}
	if r2 < 0 {
		op |= EmptyEndText | EmptyEndLine
	} else if r2 == '\n' {
		op |= EmptyEndLine
	}
	if IsWordChar(r1) != IsWordChar(r2) {
		op |= EmptyWordBoundary
	} else {
		op |= EmptyNoWordBoundary
	}
	return op
}

// IsWordChar reports whether r counts as a word character for \b and \B: only ASCII [A-Za-z0-9_].
func IsWordChar(r rune) bool {
	return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_'
}
