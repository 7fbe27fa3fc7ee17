// Package path after Go's path (path.go, match.go): slash-separated paths, lexically. Match is
// internal/pathmatch's, shared with path/filepath. Its pattern check after a failed match is Go
// 1.16's (commit b5ddc42b "validate patterns in Match, Glob", go1.19 path/match.go:77-84 and
// :124-203); Go 1.7's match.go stops at the first mismatch.
package path

import (
	"errors"
	"internal/pathmatch"
)

// ErrBadPattern indicates a pattern was malformed (match.go:14's text).
var ErrBadPattern = errors.New("syntax error in pattern")

// Before Go 1.16 Match returns at the first mismatch, whatever the rest of the pattern is (go1.7
// match.go:75-77 and :117-119).
//gosim:before 1.16
const checkWholePattern = false
//gosim:since 1.16
const checkWholePattern = true

// Match reports whether name matches the shell pattern (match.go Match): '*' any run of non-'/'
// bytes, '?' one non-'/' character, [...] a class, '\\' quotes; the whole name must match.
func Match(pattern, name string) (matched bool, err error) {
	matched, bad := pathmatch.Match(pattern, name, checkWholePattern, checkWholePattern)
	if bad {
		return false, ErrBadPattern
	}
	return matched, nil
}

// cleanBuf builds Clean's result lazily: nothing is copied while the output equals the input's prefix.
type cleanBuf struct {
	s   string
	buf []byte
	w   int
}

func (b *cleanBuf) index(i int) byte {
	if b.buf != nil {
		return b.buf[i]
	}
	return b.s[i]
}

func (b *cleanBuf) append(c byte) {
	if b.buf == nil {
		if b.w < len(b.s) && b.s[b.w] == c {
			b.w++
			return
		}
		b.buf = make([]byte, len(b.s))
		copy(b.buf, b.s[:b.w])
	}
	b.buf[b.w] = c
	b.w++
}

func (b *cleanBuf) string() string {
	if b.buf == nil {
		return b.s[:b.w]
	}
	return string(b.buf[:b.w])
}

// Clean returns the shortest path equivalent to path by purely lexical processing (path.go Clean):
// one slash for many, no "." elements, ".." removed with the element before it, and at the root;
// "" becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := cleanBuf{s: path}
	r, dotdot := 0, 0
	if rooted {
		out.append('/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			r++
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			r++
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			r += 2
			if out.w > dotdot {
				// back up over the last element written
				out.w--
				for out.w > dotdot && out.index(out.w) != '/' {
					out.w--
				}
			} else if !rooted {
				// a leading ".." stays
				if out.w > 0 {
					out.append('/')
				}
				out.append('.')
				out.append('.')
				dotdot = out.w
			}
		default:
			if rooted && out.w != 1 || !rooted && out.w != 0 {
				out.append('/')
			}
			for ; r < n && path[r] != '/'; r++ {
				out.append(path[r])
			}
		}
	}
	if out.w == 0 {
		return "."
	}
	return out.string()
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its last slash: dir + file == path.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result; none at all gives "".
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	return Clean(string(buf))
}

// Ext is the suffix from the last dot of the last element ("" without one).
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base is the last element, trailing slashes removed: "." for "", "/" for only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path starts with a slash.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir is everything but the last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
