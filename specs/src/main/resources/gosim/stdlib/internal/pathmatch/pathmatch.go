// Package pathmatch is the shell-pattern matcher of Go's path and path/filepath (path/match.go and
// path/filepath/match.go Match, scanChunk, matchChunk, getEsc), one copy for both: on linux they
// differ only in what Go 1.16 added. checkChunk: a chunk is read to its end after a mismatch, so a
// malformed class after it is still reported (go1.19 path/match.go:124-203, filepath/match.go too).
// checkRest: after a failed match the remaining chunks are checked too (go1.19 path/match.go:77-84;
// go1.19 filepath/match.go has no such loop). Go 1.7's (go1.7 path/match.go:38-82) does neither.
// Not a Go package: gosim's own, so that the two copies are not written twice.
package pathmatch

import "unicode/utf8"

// Match reports whether name matches pattern, and bad when the pattern is malformed (Go's
// ErrBadPattern, which each caller names itself).
func Match(pattern, name string, checkChunk, checkRest bool) (matched, bad bool) {
	for len(pattern) > 0 {
		star, chunk, rest := splitChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// a trailing star matches what is left unless it has a '/'
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, false
				}
			}
			return true, false
		}
		// the chunk right here, which must leave the rest of name to the next chunks (or none)
		tail, ok, bad := chunkMatches(chunk, name, checkChunk)
		if ok && (len(tail) == 0 || len(pattern) > 0) {
			name = tail
			continue
		}
		if bad {
			return false, true
		}
		if star {
			// after a star: try the chunk at each later position, not past a '/'
			found := false
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				tail, ok, bad := chunkMatches(chunk, name[i+1:], checkChunk)
				if ok {
					if len(pattern) == 0 && len(tail) > 0 {
						continue
					}
					name = tail
					found = true
					break
				}
				if bad {
					return false, true
				}
			}
			if found {
				continue
			}
		}
		if checkRest {
			for len(pattern) > 0 {
				_, chunk, pattern = splitChunk(pattern)
				if _, _, bad := chunkMatches(chunk, "", true); bad {
					return false, true
				}
			}
		}
		return false, false
	}
	return len(name) == 0, false
}

// splitChunk takes the leading stars (star says whether there were any) and the text up to the
// next unbracketed star.
func splitChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// chunkMatches matches chunk (no stars) against the start of s: what of s is left, whether it
// matched, and whether the chunk is malformed. With checkChunk the chunk is read to its end after
// a mismatch, so that a malformed class later in it is still reported.
func chunkMatches(chunk, s string, checkChunk bool) (rest string, ok, bad bool) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			if !checkChunk {
				return "", false, false
			}
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := len(chunk) > 0 && chunk[0] == '^'
			if negated {
				chunk = chunk[1:]
			}
			in := false
			count := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && count > 0 {
					chunk = chunk[1:]
					break
				}
				lo, c, e := classChar(chunk)
				if e {
					return "", false, true
				}
				hi := lo
				chunk = c
				if len(chunk) > 0 && chunk[0] == '-' {
					if hi, chunk, e = classChar(chunk[1:]); e {
						return "", false, true
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
				count++
			}
			if in == negated {
				if !checkChunk {
					return "", false, false
				}
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					if !checkChunk {
						return "", false, false
					}
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, true
			}
			fallthrough
		default:
			if !failed {
				if chunk[0] != s[0] {
					if !checkChunk {
						return "", false, false
					}
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, false
	}
	return s, true, false
}

// classChar reads one character of a class (quoted by '\\' or not): ']' and '-' unquoted, a bad
// encoding, or nothing after it (the class is then unclosed) are malformed.
func classChar(chunk string) (r rune, rest string, bad bool) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", true
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", true
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 || n == len(chunk) {
		return 0, "", true
	}
	return r, chunk[n:], false
}

