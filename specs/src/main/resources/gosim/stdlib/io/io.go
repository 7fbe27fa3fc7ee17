// Package io after Go's io (io.go, multi.go, pipe.go, in this one file): the interfaces (methods
// listed in full, as Go 1.7's io.go embeds them), the errors, the helpers Copy, CopyN, ReadFull,
// ReadAll, WriteString, and the readers and writers LimitReader, SectionReader, TeeReader,
// MultiReader, MultiWriter, Discard and NopCloser.
package io

import "errors"

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
}

type ReadCloser interface {
	Read(p []byte) (n int, err error)
	Close() error
}

type WriteCloser interface {
	Write(p []byte) (n int, err error)
	Close() error
}

type ReadWriteCloser interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
	Close() error
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type ByteScanner interface {
	ReadByte() (byte, error)
	UnreadByte() error
}

type RuneScanner interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
}

// stringWriter is Go 1.7's unexported form of StringWriter (io.go).
type stringWriter interface {
	WriteString(s string) (n int, err error)
}

//gosim:since 1.12
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF = errors.New("EOF")

var ErrUnexpectedEOF = errors.New("unexpected EOF")

var ErrShortWrite = errors.New("short write")

var ErrShortBuffer = errors.New("short buffer")

var ErrNoProgress = errors.New("multiple Read calls return no data or error")

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(stringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return
}

func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// Copy copies with a 32 KiB buffer, or through WriterTo/ReaderFrom when the ends have them.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic(emptyCopyBuffer)
	}
	return copyBuffer(dst, src, buf)
}

// The panic message of an empty CopyBuffer buffer: Go 1.7's io.go:369, Go 1.19's io.go:398.
//gosim:before 1.19
const emptyCopyBuffer = "empty buffer in io.CopyBuffer"

//gosim:since 1.19
const emptyCopyBuffer = "empty buffer in CopyBuffer"

// copyBufSize is Go 1.7's fixed 32 KiB staging buffer (io.go:387).
//gosim:before 1.19
func copyBufSize(src Reader) int { return 32 * 1024 }

// copyBufSize: Go 1.19 sizes the buffer down to a LimitedReader's remaining bytes (io.go:416).
//gosim:since 1.19
func copyBufSize(src Reader) int {
	size := 32 * 1024
	if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
		if l.N < 1 {
			size = 1
		} else {
			size = int(l.N)
		}
	}
	return size
}

// errInvalidWrite: a Write that claims more than it was given (Go 1.19's io.go:32).
var errInvalidWrite = errors.New("invalid write result")

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rt, ok := dst.(ReaderFrom); ok {
		return rt.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, copyBufSize(src))
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}

func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return
}

// ReadAll (ioutil.ReadAll before Go 1.16).
//gosim:since 1.16
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
	}
}

type LimitedReader struct {
	R Reader
	N int64
}

func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// blackHole is the 8 KiB buffer discard.ReadFrom reads into. Go keeps such buffers in a
// sync.Pool (io.go:600); package io here cannot import sync (a simulator package, absent without
// the simulator), and one shared buffer serves as well: what is read into it is thrown away.
var blackHole []byte

// ReadFrom lets Copy(Discard, r) read without a 32 KiB buffer per call.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	if blackHole == nil {
		blackHole = make([]byte, 8192)
	}
	readSize := 0
	for {
		readSize, err = r.Read(blackHole)
		n += int64(readSize)
		if err != nil {
			if err == EOF {
				return n, nil
			}
			return
		}
	}
}

// Discard (ioutil.Discard before Go 1.16).
//gosim:since 1.16
var Discard Writer = discard{}

// Seek whence values (io.go).
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadSeeker interface {
	Read(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
}

type WriteSeeker interface {
	Write(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

// nopCloserWriterTo keeps r's WriteTo visible through NopCloser (Go 1.19's io.go:640).
type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// NopCloser (ioutil.NopCloser before Go 1.16).
//gosim:since 1.16
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type ReadWriteSeeker interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
}

//gosim:since 1.16
type ReadSeekCloser interface {
	Read(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
	Close() error
}

// SectionReader reads the n bytes of a ReaderAt from offset off: base is where the section
// starts, off the next byte to read, limit one past its end.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

// NewSectionReader caps off+n at the largest int64 (Go 1.19's io.go:486) so a huge n cannot wrap.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxint64 = 1<<63 - 1
	remaining := int64(maxint64)
	if off <= maxint64-n {
		remaining = n + off
	}
	return &SectionReader{r, off, off, remaining}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if max := s.limit - s.off; int64(len(p)) > max {
		p = p[0:max]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

// ReadAt reads within the section only; a read cut short by its end reports EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if max := s.limit - off; int64(len(p)) > max {
		p = p[0:max]
		n, err = s.r.ReadAt(p, off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

func (s *SectionReader) Size() int64 { return s.limit - s.base }

// TeeReader writes to w everything it reads from r; a failed write is the read's error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

// multi.go

// eofReader replaces a drained reader so a flattened multiReader never calls a nil one.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		if len(mr.readers) == 1 {
			if r, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = r.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				// more readers remain: not the end yet
				err = nil
			}
			return
		}
	}
	return 0, EOF
}

// WriteTo is Go 1.19's (multi.go:44); the 1.7 dialect has it too (an unexported method has no
// api line to gate by).
func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.writeToWithBuffer(w, make([]byte, 1024*32))
}

// writeToWithBuffer shares one buffer with nested multiReaders; on error the readers not yet
// finished stay, so a retry resumes.
func (mr *multiReader) writeToWithBuffer(w Writer, buf []byte) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if subMr, ok := r.(*multiReader); ok {
			n, err = subMr.writeToWithBuffer(w, buf)
		} else {
			n, err = copyBuffer(w, r, buf)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:]
			return sum, err
		}
	}
	mr.readers = nil
	return sum, nil
}

func MultiReader(readers ...Reader) Reader {
	r := make([]Reader, len(readers))
	copy(r, readers)
	return &multiReader{r}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			err = ErrShortWrite
			return
		}
	}
	return len(p), nil
}

// WriteString converts s to bytes at most once, and only if some writer lacks WriteString.
func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range t.writers {
		if sw, ok := w.(stringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return
		}
		if n != len(s) {
			err = ErrShortWrite
			return
		}
	}
	return len(s), nil
}

func MultiWriter(writers ...Writer) Writer {
	allWriters := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			allWriters = append(allWriters, mw.writers...)
		} else {
			allWriters = append(allWriters, w)
		}
	}
	return &multiWriter{allWriters}
}

// pipe.go: a synchronous in-memory pipe (Go 1.19's). A Write hands its slice to a Read over wrCh
// and waits on rdCh for how much was taken, so each Write blocks until readers have consumed all
// of it; done closes once when either end closes.

// Go's pipe.go guards the pipe with sync.Mutex and sync.Once; package io cannot import sync here
// (see blackHole), so the write lock is a channel of capacity 1, and the close-once flag and the
// stored errors are plain fields: a goroutine runs atomically between two blocking operations, so
// nothing can interleave with their updates.

// onceError keeps the first error stored in it.
type onceError struct {
	err error
}

func (a *onceError) Store(err error) {
	if a.err != nil {
		return
	}
	a.err = err
}

func (a *onceError) Load() error { return a.err }

var ErrClosedPipe = errors.New("io: read/write on closed pipe")

type pipe struct {
	wrMu chan struct{} // serializes Writes: holding it is having sent into it
	wrCh chan []byte
	rdCh chan int

	closed bool // done is closed
	done   chan struct{}
	rerr   onceError
	werr   onceError
}

func (p *pipe) closeDone() {
	if !p.closed {
		p.closed = true
		close(p.done)
	}
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

// readCloseError: the writer's close error if only the writer closed, else ErrClosedPipe.
func (p *pipe) readCloseError() error {
	rerr := p.rerr.Load()
	if werr := p.werr.Load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.Store(err)
	p.closeDone()
	return nil
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu <- struct{}{}
		defer func() { <-p.wrMu }()
	}
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

// writeCloseError: the reader's close error if only the reader closed, else ErrClosedPipe.
func (p *pipe) writeCloseError() error {
	werr := p.werr.Load()
	if rerr := p.rerr.Load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.Store(err)
	p.closeDone()
	return nil
}

type PipeReader struct {
	p *pipe
}

func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError makes later Writes fail with err (ErrClosedPipe when nil).
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeRead(err) }

type PipeWriter struct {
	p *pipe
}

func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError makes later Reads fail with err (EOF when nil).
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeWrite(err) }

func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrMu: make(chan struct{}, 1),
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
