// Package os after Go's os (file.go, file_unix.go, file_posix.go, path.go, removeall_noat.go,
// dir.go, types.go, error.go, proc.go), over the in-memory filesystem of the simulated process
// (the sys* functions are its system calls, answered by MemFS). Errors print as Go's do on linux:
// "open x: no such file or directory", their causes syscall.Errno values as in Go.
package os

import (
	"errors"
	"io"
	"syscall"
	"time"
//gosim:since 1.16
	"io/fs"
)

// The sys* natives return an errno (0: none), as syscall.Syscall does.
func sysOpen(path string, flag int, perm uint32) (int, int)
func sysRead(fd int, b []byte, off int64) (int, int)
func sysWrite(fd int, b []byte, off int64) (int, int)
func sysSeek(fd int, off int64, whence int) (int64, int)
func sysClose(fd int) int
func sysMkdir(path string, perm uint32) int
func sysRemove(path string, dir bool) int
func sysRename(from, to string) int
func sysStat(path string) (int64, uint32, int64, int64, int)
func sysFstat(fd int) (int64, uint32, int64, int64, int)
func sysChtimes(path string, mtime int64) int
func sysLstat(path string) (int64, uint32, int64, int64, int)
func sysReadlink(path string) (string, int)
func sysLink(oldname, newname string, symbolic bool) int
func sysReaddir(fd int) ([]string, int)
func sysChmod(path string, fd int, perm uint32) int
func sysTruncate(path string, fd int, size int64) int
func sysChdir(path string) int
func sysGetwd() string
func sysEnvs() []string

// sysAtLeast reports whether the program's dialect is Go 1.minor or newer.
func sysAtLeast(minor int) bool
func sysFastrand() uint32
func sysGetpid() int

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// The portable errors: os's own in Go 1.7 (error.go), io/fs's from Go 1.16.
//gosim:before 1.16
var (
	errInvalid    = errors.New("invalid argument")
	errPermission = errors.New("permission denied")
	errExist      = errors.New("file already exists")
	errNotExist   = errors.New("file does not exist")
	errClosed     = errors.New("file already closed")
)

//gosim:since 1.16
var (
	errInvalid    = fs.ErrInvalid
	errPermission = fs.ErrPermission
	errExist      = fs.ErrExist
	errNotExist   = fs.ErrNotExist
	errClosed     = fs.ErrClosed
)

var (
	ErrInvalid    = errInvalid
	ErrPermission = errPermission
	ErrExist      = errExist
	ErrNotExist   = errNotExist
)

//gosim:since 1.8
var ErrClosed = errClosed

// PathError records an error and the operation and file path that caused it (Go 1.16: fs.PathError).
//gosim:before 1.16
type PathError struct {
	Op   string
	Path string
	Err  error
}

//gosim:before 1.16
func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

//gosim:before 1.16
//gosim:since 1.13
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error's cause says it is a timeout (error.go).
//gosim:before 1.16
//gosim:since 1.10
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

type timeout interface {
	Timeout() bool
}

//gosim:since 1.10
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

// IsTimeout reports whether err (or a PathError's, LinkError's or SyscallError's cause) is a timeout.
//gosim:since 1.10
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(timeout)
	return ok && t.Timeout()
}

// ErrNoDeadline: files of the in-memory OS are never in the poller, as regular files are not in
// Go's (internal/poll fd_poll_runtime.go setDeadlineImpl), so SetDeadline always answers it.
//gosim:since 1.10
var ErrNoDeadline = errors.New("file type does not support deadline")

// ErrDeadlineExceeded is internal/poll's DeadlineExceededError (here os's own type: %T differs).
//gosim:since 1.15
var ErrDeadlineExceeded error = &deadlineExceededError{}

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string { return "i/o timeout" }

func (e *deadlineExceededError) Timeout() bool { return true }

func (e *deadlineExceededError) Temporary() bool { return true }

//gosim:since 1.16
type PathError = fs.PathError

// LinkError records an error during a link or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

//gosim:since 1.13
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// NewSyscallError returns a *SyscallError, or nil for a nil err.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

//gosim:since 1.13
func (e *SyscallError) Unwrap() error { return e.Err }

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// IsExist, IsNotExist and IsPermission look through the error types os wraps (not through Unwrap).
// Go 1.7 compares the cause with the errnos (error_unix.go:9-46); Go 1.13+ asks the Errno's Is
// (go1.19 error.go:67-121 underlyingErrorIs), the same answers on linux.
//gosim:before 1.13
func IsExist(err error) bool {
	err = underlyingError(err)
	return err == syscall.EEXIST || err == syscall.ENOTEMPTY || err == ErrExist
}

//gosim:before 1.13
func IsNotExist(err error) bool {
	err = underlyingError(err)
	return err == syscall.ENOENT || err == ErrNotExist
}

//gosim:before 1.13
func IsPermission(err error) bool {
	err = underlyingError(err)
	return err == syscall.EACCES || err == syscall.EPERM || err == ErrPermission
}

//gosim:since 1.13
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

//gosim:since 1.13
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

//gosim:since 1.13
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

//gosim:since 1.13
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// Flags to OpenFile (linux/amd64 values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values (deprecated in favour of io.SeekStart etc., still defined).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// A FileMode represents a file's mode and permission bits (types.go; Go 1.16: fs.FileMode).
//gosim:before 1.16
type FileMode uint32

//gosim:since 1.16
type FileMode = fs.FileMode

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
	modeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModePerm FileMode = 0777
)

//gosim:since 1.11
const ModeIrregular FileMode = modeIrregular

// ModeType: Go 1.7's has no char-device or irregular bit (api/go1.1.txt: 2399141888).
//gosim:before 1.16
const ModeType FileMode = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice

//gosim:since 1.16
const ModeType FileMode = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | modeIrregular

// String: one letter per type bit set (Go 1.7's "dalTLDpSugct"), then rwxrwxrwx with '-' for unset bits.
//gosim:before 1.16
func (m FileMode) String() string {
	const str = "dalTLDpSugct"
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

//gosim:before 1.16
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

//gosim:before 1.16
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

//gosim:before 1.16
func (m FileMode) Perm() FileMode { return m & ModePerm }

// A FileInfo describes a file (types.go).
//gosim:before 1.16
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() interface{}
}

//gosim:since 1.16
type FileInfo = fs.FileInfo

// fileStat is types_unix.go's; the modification time is the virtual wall clock's at the last
// write (time.Unix of st_mtim, as stat_linux.go fills it), and Sys is nil: no syscall.Stat_t here.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	ino     int64
}

func newFileStat(name string, size int64, mode uint32, mtime, ino int64) *fileStat {
	return &fileStat{name, size, FileMode(mode), time.Unix(0, mtime), ino}
}

// SameFile reports whether fi1 and fi2 describe the same file: the same inode (types.go,
// stat_unix.go's sameFile; one device here).
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.ino == fs2.ino
}

func (fs *fileStat) ModTime() time.Time { return fs.modTime }

func (fs *fileStat) Sys() interface{} { return nil }

func (fs *fileStat) Name() string { return fs.name }

func (fs *fileStat) Size() int64 { return fs.size }

func (fs *fileStat) Mode() FileMode { return fs.mode }

func (fs *fileStat) IsDir() bool { return fs.mode.IsDir() }

// A DirEntry is an entry read from a directory.
//gosim:since 1.16
type DirEntry = fs.DirEntry

type dirEntry struct {
	info *fileStat
}

func (d *dirEntry) Name() string { return d.info.name }

func (d *dirEntry) IsDir() bool { return d.info.IsDir() }

func (d *dirEntry) Type() FileMode { return d.info.mode & ModeType }

func (d *dirEntry) Info() (FileInfo, error) { return d.info, nil }

func (d *dirEntry) String() string { return (d.info.mode & ModeType).String()[:1] + " " + d.info.name }

// basename removes trailing slashes and the leading directories (stat_unix.go's basename).
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// File is an open file descriptor.
// fd is -1 once closed, as Go 1.7's file.close leaves it; an os.Pipe end has fd -1 and its pipe,
// whose own flag says closed (the File stays three words, as its size class is the heap's).
type File struct {
	fd   int
	name string
	pipe *pipeEnd
}

type pipeEnd struct {
	p      *pipe
	write  bool
	closed bool
}

func (f *File) isClosed() bool {
	if f.pipe != nil {
		return f.pipe.closed
	}
	return f.fd < 0
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// NewFile returns a File for an open descriptor (nil for a negative one).
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid is 1.19's: ErrInvalid for nil, ErrClosed after Close. Go 1.7 sets the fd to -1 on
// Close instead, so the system call answers EBADF.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.isClosed() && sysAtLeast(8) {
		return &PathError{op, f.name, errClosed}
	}
	return nil
}

func (f *File) sysfd() int {
	if f.isClosed() {
		return -1
	}
	return f.fd
}

func (f *File) wrapErr(op string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{op, f.name, syscall.Errno(e)}
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.pipe != nil {
		return f.pipeRead(b)
	}
	n, e := sysRead(f.sysfd(), b, -1)
	if n == 0 && len(b) > 0 && e == 0 {
		return 0, io.EOF
	}
	return n, f.wrapErr("read", e)
}

func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{"readat", f.name, errors.New("negative offset")}
	}
	if f.pipe != nil {
		return 0, f.wrapErr("read", int(syscall.ESPIPE))
	}
	for len(b) > 0 {
		m, e := sysRead(f.sysfd(), b, off)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.pipe != nil {
		return f.pipeWrite(b)
	}
	n, e := sysWrite(f.sysfd(), b, -1)
	return n, f.wrapErr("write", e)
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{"writeat", f.name, errors.New("negative offset")}
	}
	if f.pipe != nil {
		return 0, f.wrapErr("write", int(syscall.ESPIPE))
	}
	n, e := sysWrite(f.sysfd(), b, off)
	return n, f.wrapErr("write", e)
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.pipe != nil {
		return 0, f.wrapErr("seek", int(syscall.ESPIPE))
	}
	r, e := sysSeek(f.sysfd(), offset, whence)
	return r, f.wrapErr("seek", e)
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.isClosed() {
		if sysAtLeast(8) {
			return &PathError{"close", f.name, errClosed}
		}
		return syscall.EINVAL
	}
	if f.pipe != nil {
		f.pipe.closed = true
		f.pipe.p.closeEnd(f.pipe.write)
		return nil
	}
	e := sysClose(f.fd)
	f.fd = -1
	return f.wrapErr("close", e)
}

// Sync commits the file to stable storage: nothing to do in memory.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if f.isClosed() {
		// Go 1.7's fsync(-1), as NewSyscallError("fsync", e) (go1.7 file_posix.go:122); go1.19's
		// wraps as a PathError (only those two sources were read: the 1.19 mark)
		if !sysAtLeast(19) {
			return NewSyscallError("fsync", syscall.EBADF)
		}
		return f.wrapErr("sync", int(syscall.EBADF))
	}
	return nil
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.isClosed() && sysAtLeast(9) {
		// go1.19 file_unix.go Stat: pfd.Fstat's ErrFileClosing (internal/poll, Go 1.9's)
		return nil, &PathError{"stat", f.name, errors.New("use of closed file")}
	}
	if f.pipe != nil && !f.isClosed() {
		return newFileStat(f.name, 0, uint32(ModeNamedPipe|0600), 0, f.pipe.p.ino), nil
	}
	size, mode, mt, ino, e := sysFstat(f.sysfd())
	if e != 0 {
		return nil, &PathError{"stat", f.name, syscall.Errno(e)}
	}
	return newFileStat(basename(f.name), size, mode, mt, ino), nil
}

func (f *File) readdirnames() ([]string, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.isClosed() && sysAtLeast(9) {
		// go1.19 dir_unix.go readdir: pfd.ReadDirent's ErrFileClosing, not checkValid's ErrClosed
		return nil, &PathError{"readdirent", f.name, errors.New("use of closed file")}
	}
	names, e := sysReaddir(f.sysfd())
	if e != 0 && !sysAtLeast(19) {
		return nil, NewSyscallError("readdirent", syscall.Errno(e)) // go1.7 dir_unix.go:41
	}
	if e != 0 {
		return nil, &PathError{"readdirent", f.name, syscall.Errno(e)}
	}
	return names, nil
}

// Readdirnames returns all names (n <= 0) or up to n; the directory is read at once.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.readdirnames()
	if err != nil {
		return nil, err
	}
	if n > 0 && len(names) > n {
		names = names[:n]
	}
	if n > 0 && len(names) == 0 {
		return names, io.EOF
	}
	return names, nil
}

func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.Readdirnames(n)
	var infos []FileInfo
	for _, name := range names {
		fi, lerr := Lstat(f.name + "/" + name)
		if lerr != nil {
			continue
		}
		infos = append(infos, fi)
	}
	return infos, err
}

//gosim:since 1.16
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.Readdirnames(n)
	var ents []DirEntry
	for _, name := range names {
		size, mode, mt, ino, e := sysLstat(f.name + "/" + name) // getdents' d_type: the entry's own
		if e != 0 {
			continue
		}
		ents = append(ents, &dirEntry{newFileStat(name, size, mode, mt, ino)})
	}
	return ents, err
}

// OpenFile is the generalized open call; the mode's permission bits are used on create (umask 022).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm.Perm()))
	if e != 0 {
		return nil, &PathError{"open", name, syscall.Errno(e)}
	}
	return &File{fd: fd, name: name}, nil
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func Stat(name string) (FileInfo, error) {
	size, mode, mt, ino, e := sysStat(name)
	if e != 0 {
		return nil, &PathError{"stat", name, syscall.Errno(e)}
	}
	return newFileStat(basename(name), size, mode, mt, ino), nil
}

// Lstat describes a symbolic link itself, not its target.
func Lstat(name string) (FileInfo, error) {
	size, mode, mt, ino, e := sysLstat(name)
	if e != 0 {
		return nil, &PathError{"lstat", name, syscall.Errno(e)}
	}
	return newFileStat(basename(name), size, mode, mt, ino), nil
}

// Readlink returns a symbolic link's target (file_posix.go; readlink(2) on a non-link is EINVAL).
func Readlink(name string) (string, error) {
	t, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{"readlink", name, syscall.Errno(e)}
	}
	return t, nil
}

// Symlink creates newname as a symbolic link to oldname (file_unix.go).
func Symlink(oldname, newname string) error {
	if e := sysLink(oldname, newname, true); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to oldname (file_unix.go).
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname, false); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm.Perm())); e != 0 {
		return &PathError{"mkdir", name, syscall.Errno(e)}
	}
	return nil
}

// MkdirAll after path.go: the parent first, then name; an existing directory is success.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{"mkdir", path, syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove after file_unix.go: unlink, then rmdir; rmdir's error wins unless it is ENOTDIR.
func Remove(name string) error {
	e := sysRemove(name, false)
	if e == 0 {
		return nil
	}
	e1 := sysRemove(name, true)
	if e1 == 0 {
		return nil
	}
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{"remove", name, syscall.Errno(e)}
}

// RemoveAll removes path and any children; a missing path is success.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || (len(path) >= 2 && path[len(path)-2:] == "/.") {
		return &PathError{"RemoveAll", path, syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	f, err := Open(path)
	if err != nil {
		return err
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	for _, name := range names {
		if err1 := RemoveAll(path + "/" + name); err1 != nil {
			return err1
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	return err
}

func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// ReadFile reads the whole file.
//gosim:since 1.16
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && int(info.Size()) >= size {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to name, creating it with perm (before umask) or truncating it.
//gosim:since 1.16
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ReadDir reads the directory and returns its entries sorted by name.
//gosim:since 1.16
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// Getwd is getwd.go's: $PWD when it is absolute and names ".", else getcwd(2)'s answer.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	return sysGetwd(), nil
}

// Chtimes sets the modification time (file_posix.go; the access time is not kept).
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := sysChtimes(name, mtime.UnixNano()); e != 0 {
		return &PathError{"chtimes", name, syscall.Errno(e)}
	}
	return nil
}

// Chdir changes the working directory (file.go).
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{"chdir", dir, syscall.Errno(e)}
	}
	return nil
}

// Chmod sets the permission bits (file_posix.go's syscallMode keeps rwx, setuid, setgid, sticky).
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, -1, syscallMode(mode)); e != 0 {
		return &PathError{"chmod", name, syscall.Errno(e)}
	}
	return nil
}

func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 04000
	}
	if i&ModeSetgid != 0 {
		o |= 02000
	}
	if i&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if f.isClosed() {
		return f.wrapErr("chmod", int(syscall.EBADF)) // Go 1.7's fchmod(-1)
	}
	return f.wrapErr("chmod", sysChmod("", f.sysfd(), syscallMode(mode)))
}

// Truncate changes the size of the named file (file_unix.go).
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, -1, size); e != 0 {
		return &PathError{"truncate", name, syscall.Errno(e)}
	}
	return nil
}

func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if f.isClosed() {
		return f.wrapErr("truncate", int(syscall.EBADF)) // Go 1.7's ftruncate(-1)
	}
	return f.wrapErr("truncate", sysTruncate("", f.sysfd(), size))
}

// TempDir is $TMPDIR, else /tmp (file_unix.go).
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir, UserCacheDir and UserConfigDir read the run's environment as go1.19 file.go does on
// linux (the messages are 1.19's; the fixed environment has no HOME unless -env gives one).
//gosim:since 1.12
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

//gosim:since 1.11
func UserCacheDir() (string, error) { return userDir("XDG_CACHE_HOME", "/.cache") }

//gosim:since 1.13
func UserConfigDir() (string, error) { return userDir("XDG_CONFIG_HOME", "/.config") }

//gosim:since 1.11
func userDir(xdg, sub string) (string, error) {
	dir := Getenv(xdg)
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $" + xdg + " nor $HOME are defined")
		}
		dir += sub
	}
	return dir, nil
}

// The simulated process's identity: fixed values (an unprivileged user 1000 whose parent is pid 1),
// so a run never shows the host's.
func Getuid() int { return 1000 }

func Geteuid() int { return 1000 }

func Getgid() int { return 1000 }

func Getegid() int { return 1000 }

func Getppid() int { return 1 }

func Getgroups() ([]int, error) { return []int{1000}, nil }

func Hostname() (name string, err error) { return "gosim", nil }

// expandKeepsDollar: go1.19 env.go's Expand leaves a '$' that no name follows in place, eats "${}"
// whole, takes "$-" as a name and allocates only when s has a '$'; go1.7 env.go's maps the empty
// name and always builds a buffer. Only those two sources were read: the mark says 1.19, the change came in between.
//gosim:before 1.19
const expandKeepsDollar = false
//gosim:since 1.19
const expandKeepsDollar = true

// Expand replaces $var and ${var} in s by mapping(var) (env.go Expand).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	if !expandKeepsDollar {
		buf = make([]byte, 0, 2*len(s))
	}
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if expandKeepsDollar && name == "" && w > 0 {
				// invalid syntax: the characters are eaten
			} else if expandKeepsDollar && name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func ExpandEnv(s string) string { return Expand(s, Getenv) }

// isShellSpecialVar: the one-byte names; go1.19 env.go counts '-' among them, go1.7's does not.
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	case '-':
		return expandKeepsDollar
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName is env.go's: the name after a '$' and how many bytes it spans.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 && expandKeepsDollar {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Getpid is the simulated process's id, the one syscall.Getpid gives.
func Getpid() int { return sysGetpid() }

func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// nextRandom is Go 1.16's tempfile.go: the decimal of a runtime fastrand, here a draw from the
// run's seeded source (the scheduler's too, as the runtime's is), so temp names repeat per seed.
// tempfile.go's helpers are Go 1.16's too: go1.7's os has none (nor its init's errors.New).
//gosim:since 1.16
func nextRandom() string {
	return itoa(int(sysFastrand()))
}

//gosim:since 1.16
var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits a temp pattern at its last '*' (tempfile.go); a separator is an error.
//gosim:since 1.16
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	prefix = pattern
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	return prefix, suffix, nil
}

//gosim:since 1.16
func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp is Go 1.16's tempfile.go: a new file dir/prefix+random+suffix opened O_EXCL, mode
// 0600, trying another name on a collision up to 10000 times.
//gosim:since 1.16
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{"createtemp", pattern, err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; {
		f, err := OpenFile(prefix+nextRandom()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{"createtemp", prefix + "*" + suffix, ErrExist}
		}
		return f, err
	}
}

// MkdirTemp is Go 1.16's tempfile.go: a new directory dir/prefix+random+suffix, mode 0700.
//gosim:since 1.16
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{"mkdirtemp", pattern, err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{"mkdirtemp", dir + string(PathSeparator) + prefix + "*" + suffix, ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

func Getpagesize() int { return 4096 }

// DirFS is go1.19 file.go's: the tree rooted at dir as an fs.FS (Open and Stat), names checked by
// fs.ValidPath and for NUL bytes (internal/safefilepath on unix).
//gosim:since 1.16
func DirFS(dir string) fs.FS { return dirFS(dir) }

//gosim:since 1.16
type dirFS string

//gosim:since 1.16
func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

//gosim:since 1.16
func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

//gosim:since 1.16
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}

var Args []string = runtime_args()

func runtime_args() []string

// Executable is the program's path, /proc/self/exe's target in go1.19 executable_procfs.go: here
// the run's fixed program path, the first of the process's arguments (Args may be changed later).
//gosim:since 1.8
func Executable() (string, error) {
	if a := runtime_args(); len(a) > 0 {
		return a[0], nil
	}
	return "", errors.New("Executable not implemented for linux")
}

func Exit(code int)

// The environment after syscall/env_unix.go: envs is the run's fixed environment (never the
// host's), env maps a key to its first entry; duplicates and deleted entries are "".
var (
	envCopied bool
	env       map[string]int
	envs      []string = sysEnvs()
)

func copyenv() {
	if envCopied {
		return
	}
	envCopied = true
	env = make(map[string]int)
	for i, s := range envs {
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, ok := env[key]; !ok {
					env[key] = i
				} else {
					envs[i] = ""
				}
				break
			}
		}
	}
}

// LookupEnv is syscall.Getenv: the value and whether the key is set (an empty key never is).
//gosim:since 1.5
func LookupEnv(key string) (string, bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[i+1:], true
		}
	}
	return "", false
}

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Setenv: an empty key, or one with '=' or NUL, or a value with NUL, is EINVAL ("setenv: invalid argument").
func Setenv(key, value string) error {
	copyenv()
	bad := len(key) == 0
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			bad = true
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			bad = true
		}
	}
	if bad {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	kv := key + "=" + value
	if i, ok := env[key]; ok {
		envs[i] = kv
	} else {
		env[key] = len(envs)
		envs = append(envs, kv)
	}
	return nil
}

//gosim:since 1.4
func Unsetenv(key string) error {
	copyenv()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

func Clearenv() {
	copyenv()
	env = make(map[string]int)
	envs = []string{}
}

// Environ is a copy of the environment, in the order the keys were first set.
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, e := range envs {
		if e != "" {
			a = append(a, e)
		}
	}
	return a
}

// pipe is an in-memory pipe, as the Go playground's (go1.7 syscall/fd_nacl.go:322 Pipe over
// net_nacl.go's byteq): a buffer of linux's 64 KiB, written and read under lock, a channel of one
// token so that neither waits for ever. A blocked reader or writer parks its goroutine, as Go
// 1.9+'s poller does (Go 1.7's blocks its thread in read(2)); no syscall cost is modeled, and a
// read nobody can end is gosim's deadlock, where Go waits for ever.
type pipe struct {
	lock     chan bool
	buf      []byte
	readers  bool // the read end is open
	writers  bool // the write end is open
	readable chan bool
	writable chan bool
	ino      int64
}

const pipeSize = 65536

var pipes int64

// Pipe returns a connected pair of Files: reads from r return bytes written to w (pipe_linux.go;
// the names are Go's "|0" and "|1").
func Pipe() (r *File, w *File, err error) {
	pipes++
	p := &pipe{lock: make(chan bool, 1), readers: true, writers: true,
		readable: make(chan bool, 1), writable: make(chan bool, 1), ino: -pipes}
	return &File{fd: -1, name: "|0", pipe: &pipeEnd{p: p}}, &File{fd: -1, name: "|1", pipe: &pipeEnd{p: p, write: true}}, nil
}

func wake(c chan bool) {
	select {
	case c <- true:
	default:
	}
}

func (f *File) pipeRead(b []byte) (int, error) {
	p := f.pipe.p
	if f.pipe.write || f.isClosed() { // closed: Go 1.7's fd -1 (checkValid answers first from 1.8)
		return 0, f.wrapErr("read", int(syscall.EBADF))
	}
	for {
		p.lock <- true
		if len(p.buf) > 0 {
			n := copy(b, p.buf)
			p.buf = p.buf[n:]
			wake(p.writable)
			if len(p.buf) > 0 {
				wake(p.readable)
			}
			<-p.lock
			return n, nil
		}
		if !p.writers {
			<-p.lock
			return 0, io.EOF
		}
		if len(b) == 0 {
			<-p.lock
			return 0, nil
		}
		<-p.lock
		<-p.readable
	}
}

func (f *File) pipeWrite(b []byte) (int, error) {
	p := f.pipe.p
	if !f.pipe.write || f.isClosed() {
		return 0, f.wrapErr("write", int(syscall.EBADF))
	}
	n := 0
	for {
		p.lock <- true
		if !p.readers {
			<-p.lock
			return n, f.wrapErr("write", int(syscall.EPIPE))
		}
		if len(b) == 0 {
			<-p.lock
			return n, nil
		}
		if k := pipeSize - len(p.buf); k > 0 {
			if k > len(b) {
				k = len(b)
			}
			p.buf = append(p.buf, b[:k]...)
			b = b[k:]
			n += k
			wake(p.readable)
			<-p.lock
			continue
		}
		<-p.lock
		<-p.writable
	}
}

func (p *pipe) closeEnd(write bool) {
	p.lock <- true
	if write {
		p.writers = false
		wake(p.readable)
	} else {
		p.readers = false
		wake(p.writable)
	}
	<-p.lock
}

// Chdir makes the directory f the working directory (fchdir(2); here by f's name).
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if f.isClosed() {
		return f.wrapErr("chdir", int(syscall.EBADF)) // Go 1.7's fchdir(-1)
	}
	if fi, err := f.Stat(); err == nil && !fi.IsDir() {
		return f.wrapErr("chdir", int(syscall.ENOTDIR))
	}
	if e := sysChdir(f.name); e != 0 {
		return f.wrapErr("chdir", e)
	}
	return nil
}

// chown as the run's unprivileged user 1000 meets it: giving a file to another user or group is
// EPERM, to itself (or -1, unchanged) succeeds; the in-memory OS keeps no owners.
func chownErr(uid, gid int) int {
	if uid != -1 && uid != Getuid() || gid != -1 && gid != Getgid() {
		return int(syscall.EPERM)
	}
	return 0
}

func Chown(name string, uid, gid int) error { return chown("chown", Stat, name, uid, gid) }

func Lchown(name string, uid, gid int) error { return chown("lchown", Lstat, name, uid, gid) }

// chown looks the name up as chown(2) (stat) or lchown(2) (lstat) does, then asks chownErr.
func chown(op string, stat func(string) (FileInfo, error), name string, uid, gid int) error {
	e := chownErr(uid, gid)
	if _, err := stat(name); err != nil {
		return &PathError{op, name, underlyingError(err)}
	}
	if e != 0 {
		return &PathError{op, name, syscall.Errno(e)}
	}
	return nil
}

func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if _, err := f.Stat(); err != nil {
		return f.wrapErr("chown", int(syscall.EBADF))
	}
	return f.wrapErr("chown", chownErr(uid, gid))
}

// SetDeadline and its kin: no file here is pollable (ErrNoDeadline's comment).
//gosim:since 1.10
func (f *File) SetDeadline(t time.Time) error { return f.setDeadline("SetDeadline") }

//gosim:since 1.10
func (f *File) SetReadDeadline(t time.Time) error { return f.setDeadline("SetReadDeadline") }

//gosim:since 1.10
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline("SetWriteDeadline") }

// A closed file answers internal/poll's ErrFileClosing, unwrapped (go1.19 file_posix.go
// setDeadline: checkValid only checks for nil, then pfd.SetDeadline's incref fails).
//gosim:since 1.10
func (f *File) setDeadline(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.isClosed() {
		return errFileClosing
	}
	return ErrNoDeadline
}

//gosim:since 1.10
var errFileClosing = errors.New("use of closed file")

// SyscallConn gives the raw descriptor (go1.19 rawconn.go over internal/poll's RawControl,
// RawRead and RawWrite): Read and Write call fn once, and a false answer would wait in the
// poller, which no file here is in.
//gosim:since 1.12
func (f *File) SyscallConn() (syscall.RawConn, error) {
	if f == nil {
		return nil, ErrInvalid // go1.19 file.go: checkValid, which does not look at closed
	}
	return &rawConn{f}, nil
}

//gosim:since 1.12
type rawConn struct {
	file *File
}

// rawCheck: nil is checkValid's ErrInvalid, a closed file poll's ErrFileClosing (rawconn.go).
//gosim:since 1.12
func (f *File) rawCheck(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.isClosed() {
		return errFileClosing
	}
	return nil
}

//gosim:since 1.12
func (c *rawConn) Control(fn func(uintptr)) error {
	if err := c.file.rawCheck("SyscallConn.Control"); err != nil {
		return err
	}
	fn(c.file.Fd())
	return nil
}

//gosim:since 1.12
func (c *rawConn) Read(fn func(uintptr) bool) error {
	if err := c.file.rawCheck("SyscallConn.Read"); err != nil {
		return err
	}
	if fn(c.file.Fd()) {
		return nil
	}
	return errors.New("waiting for unsupported file type")
}

//gosim:since 1.12
func (c *rawConn) Write(fn func(uintptr) bool) error {
	if err := c.file.rawCheck("SyscallConn.Write"); err != nil {
		return err
	}
	if fn(c.file.Fd()) {
		return nil
	}
	return errors.New("waiting for unsupported file type")
}

// ReadFrom is io.ReaderFrom for files (go1.19 file.go ReadFrom): copy_file_range's answer is
// the generic io.Copy's, through a wrapper that hides this method.
//gosim:since 1.15
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

//gosim:since 1.15
type fileWriter struct {
	f *File
}

//gosim:since 1.15
func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

// Processes and signals as the Go playground had them (GOOS=nacl in Go 1.7's day: go1.7
// syscall_nacl.go:299-307, StartProcess, Kill and Wait4 answer ENOSYS): nothing is started, so
// StartProcess fails with "fork/exec NAME: function not implemented" (exec_posix.go's PathError),
// FindProcess succeeds as on unix (exec_unix.go findProcess), Signal and Kill give kill(2)'s bare
// errno, "function not implemented" (exec_unix.go:71-76), and Wait "wait: function not implemented"
// (NewSyscallError, :38-41);
// Getpid and Getppid are the fixed ids. os/signal is not provided.

// A Signal is an operating system signal (exec.go).
type Signal interface {
	String() string
	Signal()
}

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// errFinished: the process has finished (go1.7 exec_unix.go:53; Go 1.16 exports it).
var errFinished = errors.New("os: process already finished")

//gosim:since 1.16
var ErrProcessDone = errFinished

// Process is a process made by StartProcess (none here) or FindProcess.
type Process struct {
	Pid  int
	done bool
}

// ProcAttr holds what StartProcess would give the new process.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}

// StartProcess after exec_posix.go startProcess: the directory check, then the system call, which
// the in-memory OS does not have.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr != nil && attr.Sys == nil && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	return nil, &PathError{"fork/exec", name, syscall.ENOSYS}
}

// FindProcess always succeeds on unix: it looks nothing up.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal is exec_unix.go's signal: released, uninitialized and finished processes first, then kill(2).
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done {
		return errFinished
	}
	if _, ok := sig.(syscall.Signal); !ok {
		return errors.New("os: unsupported signal type")
	}
	return syscall.ENOSYS
}

// Release frees the process's resources: it can no longer be used (exec_unix.go).
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Wait is exec_unix.go's wait: EINVAL for a released process, else wait4(2).
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	return nil, NewSyscallError("wait", syscall.ENOSYS)
}

// ProcessState is what Wait reports of an exited process (exec_posix.go); only its zero value can
// be had here, which reads as exit status 0 (a zero wait status).
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

func (p *ProcessState) Pid() int { return p.pid }

func (p *ProcessState) Exited() bool { return p.status.Exited() }

func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

func (p *ProcessState) Sys() interface{} { return p.status }

func (p *ProcessState) SysUsage() interface{} { return p.rusage }

// UserTime and SystemTime read the rusage, nil in a zero ProcessState: a nil dereference, as in Go.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

//gosim:since 1.12
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// String is exec_posix.go's: "exit status N", "signal: NAME", "stop signal: NAME", "continued",
// and " (core dumped)".
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	res := ""
	switch {
	case status.Exited():
		res = "exit status " + itoa(status.ExitStatus())
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.Signal(5) && status.TrapCause() != 0 {
			res += " (trap " + itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}
