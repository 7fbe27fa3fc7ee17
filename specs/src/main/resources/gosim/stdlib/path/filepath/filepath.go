// Package filepath after Go's path/filepath on linux (path.go, path_unix.go, match.go,
// symlink.go, symlink_unix.go): the separator is '/', there are no volume names, so the lexical
// functions are package path's (the same algorithms on unix); Abs, Glob, Walk, WalkDir and
// EvalSymlinks read the process's in-memory filesystem through os.
//
// By dialect: Match and Glob check the whole pattern from Go 1.16 (package path's comment);
// SkipDir is fs.SkipDir from 1.16 (go1.19 path.go:354), errors.New("skip this directory") before
// (go1.7 path.go:329); Walk reads a directory before its one call of fn and Glob treats '\\' as a
// meta character under the 1.19 mark (go1.19 path.go:431-449, match.go:364-368; go1.7 path.go:350-366
// calls fn, then reads, then calls fn again on a read error; go1.7 match.go:339 "*?[").
package filepath

import (
	"errors"
	"internal/pathmatch"
	"os"
	"path"
	"sort"
	"strings"
//gosim:since 1.16
	"io/fs"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern is filepath's own value (match.go:18), the one Match and Glob return.
var ErrBadPattern = errors.New("syntax error in pattern")

//gosim:before 1.16
var SkipDir = errors.New("skip this directory")

//gosim:since 1.16
var SkipDir error = fs.SkipDir

//gosim:before 1.19
const walkReadsFirst = false
//gosim:since 1.19
const walkReadsFirst = true

// globMeta: the characters that make a pattern element need matching (see the package comment).
//gosim:before 1.19
const globMeta = "*?["
//gosim:since 1.19
const globMeta = "*?[\\"

// globChecksPattern: Glob calls Match once first to report a malformed pattern, and Match reads a
// chunk to its end after a mismatch (Go 1.16, commit b5ddc42b).
//gosim:before 1.16
const globChecksPattern = false
//gosim:since 1.16
const globChecksPattern = true

func Clean(p string) string { return path.Clean(p) }

func Split(p string) (dir, file string) { return path.Split(p) }

func Join(elem ...string) string { return path.Join(elem...) }

func Ext(p string) string { return path.Ext(p) }

func Base(p string) string { return path.Base(p) }

func Dir(p string) string { return path.Dir(p) }

func IsAbs(p string) bool { return path.IsAbs(p) }

// ToSlash and FromSlash change nothing where the separator is '/'.
func ToSlash(p string) string { return p }

func FromSlash(p string) string { return p }

// VolumeName is "" on linux.
func VolumeName(p string) string { return "" }

// HasPrefix is path_unix.go's: a plain string prefix (deprecated in Go).
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// SplitList splits a PATH-like list at ':'; "" gives an empty slice, not [""].
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Match is package path's but for the rest of the pattern after a mismatch, which go1.19
// filepath/match.go leaves unchecked (internal/pathmatch's comment).
func Match(pattern, name string) (matched bool, err error) {
	matched, bad := pathmatch.Match(pattern, name, globChecksPattern, false)
	if bad {
		return false, ErrBadPattern
	}
	return matched, nil
}

// Abs joins a relative path to the working directory (path_unix.go unixAbs).
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a path that Join(basepath, Rel(...)) makes lexically equal to targpath; both must be
// absolute or both relative, and the base must not need a ".." it cannot undo.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if (len(base) > 0 && base[0] == '/') != (len(targ) > 0 && targ[0] == '/') {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// advance over the common leading elements: base[b0:bi] and targ[t0:ti] are the first that differ
	bl, tl := len(base), len(targ)
	b0, bi, t0, ti := 0, 0, 0, 0
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// one ".." per base element left, then the rest of the target
	up := ".." + strings.Repeat("/..", strings.Count(base[b0:bl], "/"))
	if t0 != tl {
		return up + "/" + targ[t0:], nil
	}
	return up, nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, globMeta) }

// Glob returns the names matching pattern, or nil; it ignores I/O errors, and its only error is
// ErrBadPattern (match.go Glob; the 10000-deep limit is go1.19 match.go:248-251's, CVE-2022-30632).
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if globChecksPattern {
		if _, err := Match(pattern, ""); err != nil {
			return nil, err
		}
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1] // the trailing separator
	}
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern // would recur for ever (Go's issue 15879)
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// glob appends dir's entries that match pattern, sorted; an unreadable dir adds nothing.
func glob(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// A WalkFunc is called by Walk for each file and directory (err: why it cannot be visited or read).
type WalkFunc func(path string, info os.FileInfo, err error) error

// Walk visits root and everything under it in lexical order, without following symbolic links;
// fn's SkipDir skips a directory (or the rest of a file's directory), any other error stops it.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if walkReadsFirst && err == SkipDir {
		return nil
	}
	return err
}

func walk(p string, info os.FileInfo, fn WalkFunc) error {
	var names []string
	if walkReadsFirst {
		if !info.IsDir() {
			return fn(p, info, nil)
		}
		var err error
		names, err = readDirNames(p)
		if err1 := fn(p, info, err); err != nil || err1 != nil {
			return err1
		}
	} else {
		if err := fn(p, info, nil); err != nil {
			if info.IsDir() && err == SkipDir {
				return nil
			}
			return err
		}
		if !info.IsDir() {
			return nil
		}
		var err error
		if names, err = readDirNames(p); err != nil {
			return fn(p, info, err)
		}
	}
	for _, name := range names {
		file := Join(p, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil && (!fi.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir is Walk over fs.DirEntry values, with no Lstat per entry (Go 1.16).
//gosim:since 1.16
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, &statDirEntry{info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// statDirEntry is the root's DirEntry, from its Lstat (path.go's).
//gosim:since 1.16
type statDirEntry struct {
	info fs.FileInfo
}

//gosim:since 1.16
func (d *statDirEntry) Name() string { return d.info.Name() }

//gosim:since 1.16
func (d *statDirEntry) IsDir() bool { return d.info.IsDir() }

//gosim:since 1.16
func (d *statDirEntry) Type() fs.FileMode { return d.info.Mode().Type() }

//gosim:since 1.16
func (d *statDirEntry) Info() (fs.FileInfo, error) { return d.info, nil }

//gosim:since 1.16
func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	ents, err := os.ReadDir(p)
	if err != nil {
		// the second call, to report the read error
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range ents {
		if err := walkDir(Join(p, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// EvalSymlinks is symlink.go's walkSymlinks: the path with every symbolic link replaced by its
// target, element by element (".." undoes the element before it as resolved so far), then Clean.
// Errors: Lstat's, "EvalSymlinks: too many links" past 255, and ENOTDIR for a file with more path
// after it (the errno is os's, read from an Lstat of "file/", which answers it).
func EvalSymlinks(p string) (string, error) {
	start := 0
	if len(p) > 0 && p[0] == '/' {
		start = 1
	}
	vol := p[:start]
	dest := vol
	links := 0
	for end := start; start < len(p); start = end {
		for start < len(p) && p[start] == '/' {
			start++
		}
		end = start
		for end < len(p) && p[end] != '/' {
			end++
		}
		elem := p[start:end]
		if elem == "" {
			break
		}
		if elem == "." {
			continue
		}
		if elem == ".." {
			r := strings.LastIndex(dest[len(vol):], "/") + len(vol)
			if r < len(vol) || dest[r+1:] == ".." {
				if len(dest) > len(vol) {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && dest[len(dest)-1] != '/' {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&os.ModeSymlink == 0 {
			if !fi.IsDir() && end < len(p) {
				_, err := os.Lstat(dest + "/")
				return "", err.(*os.PathError).Err
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		p = link + p[end:]
		if len(link) > 0 && link[0] == '/' {
			dest = "/"
			end = 1
		} else {
			// a relative target replaces the last element
			if r := strings.LastIndex(dest[len(vol):], "/") + len(vol); r < len(vol) {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
