// Package ioutil after Go 1.7's io/ioutil (ioutil.go): the file helpers over packages os and
// bytes, as they were before Go 1.16 moved them into io and os (where they are gated to 1.16).
package ioutil

import (
	"bytes"
	"io"
	"os"
	"sort"
	"strconv"
)

// readAll reads r until EOF into a buffer of initial capacity capacity; a buffer grown past
// memory panics with bytes.ErrTooLarge, which readAll returns as its error.
func readAll(r io.Reader, capacity int64) (b []byte, err error) {
	buf := bytes.NewBuffer(make([]byte, 0, capacity))
	defer func() {
		e := recover()
		if e == nil {
			return
		}
		if panicErr, ok := e.(error); ok && panicErr == bytes.ErrTooLarge {
			err = panicErr
		} else {
			panic(e)
		}
	}()
	_, err = buf.ReadFrom(r)
	return buf.Bytes(), err
}

func ReadAll(r io.Reader) ([]byte, error) { return readAll(r, bytes.MinRead) }

// ReadFile reads the whole file, sizing its buffer from Stat.
func ReadFile(filename string) ([]byte, error) {
	f, err := os.Open(filename)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var n int64
	if fi, err := f.Stat(); err == nil {
		if size := fi.Size(); size < 1e9 {
			n = size
		}
	}
	return readAll(f, n+bytes.MinRead)
}

func WriteFile(filename string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(filename, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, perm)
	if err != nil {
		return err
	}
	n, err := f.Write(data)
	if err == nil && n < len(data) {
		err = io.ErrShortWrite
	}
	if err1 := f.Close(); err == nil {
		err = err1
	}
	return err
}

type byName []os.FileInfo

func (f byName) Len() int           { return len(f) }
func (f byName) Less(i, j int) bool { return f[i].Name() < f[j].Name() }
func (f byName) Swap(i, j int)      { f[i], f[j] = f[j], f[i] }

// ReadDir returns the directory's entries sorted by file name.
func ReadDir(dirname string) ([]os.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Sort(byName(list))
	return list, nil
}

type nopCloser struct {
	io.Reader
}

func (nopCloser) Close() error { return nil }

func NopCloser(r io.Reader) io.ReadCloser { return nopCloser{r} }

type devNull int

func (devNull) Write(p []byte) (int, error) { return len(p), nil }

func (devNull) WriteString(s string) (int, error) { return len(s), nil }

// Discard is a Writer on which all writes succeed (Go 1.16 makes it io.Discard).
//gosim:before 1.16
var Discard io.Writer = devNull(0)

//gosim:since 1.16
var Discard io.Writer = io.Discard

// rand is go1.7 tempfile.go's suffix state: a linear congruential generator. Go seeds it from the
// clock and pid (reseed: uint32(time.Now().UnixNano() + int64(os.Getpid()))); here reseed draws
// from the run's seeded source, so temp names are the same for a seed. Its mutex (randmu) is not
// needed: a goroutine runs alone between blocking operations.
var rand uint32

// reseed is a draw from the run's seeded source (31 bits).
func reseed() uint32

// nextSuffix is go1.7 tempfile.go's: nine decimal digits of the next LCG state.
func nextSuffix() string {
	r := rand
	if r == 0 {
		r = reseed()
	}
	r = r*1664525 + 1013904223 // the constants go1.7 takes from Numerical Recipes
	rand = r
	return strconv.Itoa(int(1e9 + r%1e9))[1:]
}

// tempName is go1.7's loop of TempFile and TempDir: create(name) for dir/prefix+suffix until one is
// not there yet (10000 tries; after 10 collisions the generator is reseeded).
func tempName(dir, prefix string, create func(name string) error) (name string, err error) {
	if dir == "" {
		dir = os.TempDir()
	}
	nconflict := 0
	for i := 0; i < 10000; i++ {
		name = join(dir, prefix+nextSuffix())
		err = create(name)
		if os.IsExist(err) {
			if nconflict++; nconflict > 10 {
				rand = reseed()
			}
			continue
		}
		break
	}
	return
}

// TempFile creates dir/prefix+digits (mode 0600, O_EXCL) and opens it read-write (go1.7 tempfile.go).
//gosim:before 1.16
func TempFile(dir, prefix string) (f *os.File, err error) {
	_, err = tempName(dir, prefix, func(name string) error {
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0600)
		return err
	})
	return
}

// TempDir creates the directory dir/prefix+digits (mode 0700) and returns its name (go1.7).
//gosim:before 1.16
func TempDir(dir, prefix string) (name string, err error) {
	try, err := tempName(dir, prefix, func(name string) error { return os.Mkdir(name, 0700) })
	if err == nil {
		name = try
	}
	return
}

// TempFile is os.CreateTemp from Go 1.16 (go1.19 ioutil/tempfile.go): pattern's last '*' is where
// the random part goes.
//gosim:since 1.16
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

//gosim:since 1.16
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }

// join is filepath.Join of two non-empty elements as go1.7 tempfile.go calls it: path.Clean of dir/name.
func join(dir, name string) string {
	return clean(dir + "/" + name)
}

// clean is go1.7 path.Clean's lexical rules: one slash between elements, no "." elements, each
// ".." removes the element before it (at the root it is dropped), "" is ".".
func clean(p string) string {
	rooted := len(p) > 0 && p[0] == '/'
	var out []string
	for _, e := range splitSlash(p) {
		switch {
		case e == "" || e == ".":
		case e == ".." && len(out) > 0 && out[len(out)-1] != "..":
			out = out[:len(out)-1]
		case e == ".." && rooted:
		default:
			out = append(out, e)
		}
	}
	s := ""
	for i, e := range out {
		if i > 0 {
			s += "/"
		}
		s += e
	}
	if rooted {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

func splitSlash(p string) []string {
	var parts []string
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			parts = append(parts, p[start:i])
			start = i + 1
		}
	}
	return parts
}
