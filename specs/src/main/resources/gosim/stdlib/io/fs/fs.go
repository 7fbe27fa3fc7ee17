//gosim:since 1.16
// Package fs after Go 1.16's io/fs (fs.go, readdir.go, walk.go, glob.go, sub.go, stat.go,
// readfile.go): the file types and errors that package os shares from Go 1.16 on (os.PathError,
// os.FileMode, os.FileInfo and os.DirEntry are aliases of these, and os.ErrNotExist is
// fs.ErrNotExist), and the functions over any FS.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"path"
	"sort"
	"time"
)

// The generic file system errors are internal/oserror's (fs.go:144-148), the values that
// syscall.Errno.Is matches.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType FileMode = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

// String: one letter per type bit set ("dalTLDpSugct?"), then rwxrwxrwx with '-' for unset bits.
func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf []byte
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf = append(buf, byte(c))
		}
	}
	if len(buf) == 0 {
		buf = append(buf, '-')
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf = append(buf, byte(c))
		} else {
			buf = append(buf, '-')
		}
	}
	return string(buf)
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	IsDir() bool
	ModTime() time.Time
	Sys() interface{}
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// ValidPath reports whether name is a valid path for Open: unrooted, slash-separated elements
// that are neither empty, "." nor "..", or "." alone.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// An FS provides access to a hierarchical file system (fs.go).
type FS interface {
	Open(name string) (File, error)
}

// A File provides access to a single file (fs.go).
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A StatFS is a file system with a Stat method (stat.go).
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// A ReadFileFS is a file system with its own ReadFile (readfile.go).
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// Stat is stat.go's: fsys's Stat if it has one, else Open and File.Stat.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// ReadFile is readfile.go's: fsys's ReadFile if it has one, else reads the opened file to EOF
// into a buffer of its size plus one.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	var size int
	if info, err := file.Stat(); err == nil {
		if size64 := info.Size(); int64(int(size64)) == size64 {
			size = int(size64)
		}
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Timeout reports whether the error is a timeout (a PathError's is its Err's, when it says).
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A ReadDirFile is a directory file whose entries ReadDir can read (fs.go).
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// A ReadDirFS is a file system with its own ReadDir (readdir.go).
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadDir is readdir.go's: fsys's ReadDir if it has one, else the opened directory's entries
// sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// infoEntry is a DirEntry made from a FileInfo (readdir.go's dirInfo).
type infoEntry struct {
	info FileInfo
}

func (d infoEntry) Name() string { return d.info.Name() }

func (d infoEntry) IsDir() bool { return d.info.IsDir() }

func (d infoEntry) Type() FileMode { return d.info.Mode().Type() }

func (d infoEntry) Info() (FileInfo, error) { return d.info, nil }

// FileInfoToDirEntry describes info as a DirEntry (nil for nil).
//gosim:since 1.17
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{info}
}

// SkipDir, returned by a WalkDirFunc, skips the directory it was called for (walk.go).
var SkipDir = errors.New("skip this directory")

// A WalkDirFunc is called by WalkDir for each file and directory (walk.go).
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir visits root and everything under it in lexical order: fn is called before a directory
// is read (SkipDir then skips it) and again with the error when the read fails (walk.go).
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, infoEntry{info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		if err = fn(name, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(fsys, path.Join(name, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// A GlobFS is a file system with its own Glob (glob.go).
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// Glob is glob.go's: fsys's Glob if it has one, else path.Match over ReadDir, element by element;
// the only error is path.ErrBadPattern.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globDepth(fsys, pattern, 0)
}

func globDepth(fsys FS, pattern string, depth int) (matches []string, err error) {
	if depth == 10000 {
		return nil, path.ErrBadPattern
	}
	if fsys, ok := fsys.(GlobFS); ok {
		return fsys.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return glob(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globDepth(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(fsys, d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

func glob(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	infos, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil // I/O errors are ignored
	}
	for _, info := range infos {
		n := info.Name()
		ok, err := path.Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// A SubFS is a file system with its own Sub (sub.go).
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

// Sub is sub.go's: the subtree at dir, as fsys's Sub gives it, else a view that prefixes names
// with dir and takes it off the paths of its errors.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errors.New("invalid name")}
	}
	if dir == "." {
		return fsys, nil
	}
	if fsys, ok := fsys.(SubFS); ok {
		return fsys.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

type subFS struct {
	fsys FS
	dir  string
}

func (f *subFS) fullName(op string, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: errors.New("invalid name")}
	}
	return path.Join(f.dir, name), nil
}

// shorten is name relative to dir, if it is dir or under it.
func (f *subFS) shorten(name string) (string, bool) {
	if name == f.dir {
		return ".", true
	}
	n := len(f.dir)
	if len(name) >= n+2 && name[n] == '/' && name[:n] == f.dir {
		return name[n+1:], true
	}
	return "", false
}

func (f *subFS) fixErr(err error) error {
	if e, ok := err.(*PathError); ok {
		if short, ok := f.shorten(e.Path); ok {
			e.Path = short
		}
	}
	return err
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.fullName("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.fixErr(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.fullName("read", name)
	if err != nil {
		return nil, err
	}
	dir, err := ReadDir(f.fsys, full)
	return dir, f.fixErr(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.fullName("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.fixErr(err)
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	list, err := Glob(f.fsys, f.dir+"/"+pattern)
	for i, name := range list {
		short, ok := f.shorten(name)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + name + " not in " + f.dir)
		}
		list[i] = short
	}
	return list, f.fixErr(err)
}

func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.fullName("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{f.fsys, full}, nil
}
