// Package syscall after Go's syscall for linux/amd64 (syscall_unix.go, syscall_linux.go,
// exec_linux.go, ztypes_linux_amd64.go): the types the rest of the library uses, the few calls the
// simulated process makes (its natives), and Errno and Signal with linux's values and texts from
// zerrors_linux_amd64.go, which specs/tools/syscall_errors.py writes from Go's own.
package syscall

import (
//gosim:since 1.13
	"internal/oserror"
)

// An Errno is a linux error number (syscall_unix.go); 0 means no error, so code converting one to
// an error keeps nil for it.
type Errno uintptr

// Error is strerror's text, or "errno N" for a number the table lacks.
func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) && errors[e] != "" {
		return errors[e]
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match an Errno against the portable file errors of internal/oserror (Go 1.13,
// go1.19 syscall_unix.go:122-132): the values io/fs and (from 1.16) os export.
//gosim:since 1.13
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary: go1.7 syscall_unix.go:112-114 counts a reset or aborted connection; Go 1.14 added
// ENFILE (commit 17190de, golang/go#35131), and by go1.19 (syscall_unix.go:134-136) the two
// connection errors are net's business (net/error_unix.go), not Errno's.
//gosim:before 1.14
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ECONNRESET || e == ECONNABORTED || e.Timeout()
}

//gosim:since 1.14
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

type Timespec struct {
	Sec  int64
	Nsec int64
}

func NsecToTimespec(nsec int64) Timespec {
	return Timespec{Sec: nsec / 1e9, Nsec: nsec % 1e9}
}

func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

func Nanosleep(time *Timespec, leftover *Timespec) (err error)

func Getpid() (pid int)

// A Signal is a linux signal number (syscall_linux.go); String is strsignal's text, from the
// signals table of zerrors_linux_amd64.go (generated, with the SIG constants).
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) && signals[s] != "" {
		return signals[s]
	}
	return "signal " + itoa(int(s))
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

// WaitStatus is wait4's status word (syscall_linux.go): low 7 bits the signal, 0x7f stopped,
// the exit code in bits 8-15, 0x80 a core dump.
type WaitStatus uint32

func (w WaitStatus) Exited() bool { return w&0x7f == 0 }

func (w WaitStatus) Signaled() bool { return w&0x7f != 0x7f && w&0x7f != 0 }

func (w WaitStatus) Stopped() bool { return w&0xff == 0x7f }

func (w WaitStatus) Continued() bool { return w == 0xffff }

func (w WaitStatus) CoreDump() bool { return w.Signaled() && w&0x80 != 0 }

func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>8) & 0xff
}

func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & 0x7f)
}

func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>8) & 0xff
}

func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != 5 || w>>16 == 0 {
		return -1
	}
	return int(w >> 16)
}

type Timeval struct {
	Sec  int64
	Usec int64
}

func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1000 }

// Rusage is getrusage's record (ztypes_linux_amd64.go), the fields a ProcessState reads.
type Rusage struct {
	Utime  Timeval
	Stime  Timeval
	Maxrss int64
}

// SysProcAttr holds the linux-specific process attributes (exec_linux.go), here only recorded:
// no process is ever started (os.StartProcess).
type SysProcAttr struct {
	Chroot     string
	Setsid     bool
	Setpgid    bool
	Pgid       int
	Noctty     bool
	Foreground bool
	Pdeathsig  Signal
}

// A RawConn is a raw network connection or file (net.go / syscall.Conn's).
//gosim:since 1.9
type RawConn interface {
	Control(f func(fd uintptr)) error
	Read(f func(fd uintptr) (done bool)) error
	Write(f func(fd uintptr) (done bool)) error
}
