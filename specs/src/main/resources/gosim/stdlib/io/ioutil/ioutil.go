// Package ioutil after Go 1.7's io/ioutil (ioutil.go): the file helpers over packages os and
// bytes, as they were before Go 1.16 moved them into io and os (where they are gated to 1.16).
package ioutil

import (
	"bytes"
	"io"
	"os"
	"sort"
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
