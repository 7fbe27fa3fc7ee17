package syscall

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

// A Signal is a linux signal number (syscall_linux.go); String is strerror's signal text
// (zerrors_linux_amd64.go's signals table).
type Signal int

const (
	SIGHUP  = Signal(0x1)
	SIGINT  = Signal(0x2)
	SIGQUIT = Signal(0x3)
	SIGABRT = Signal(0x6)
	SIGKILL = Signal(0x9)
	SIGSEGV = Signal(0xb)
	SIGPIPE = Signal(0xd)
	SIGTERM = Signal(0xf)
)

var signals = [...]string{1: "hangup", 2: "interrupt", 3: "quit", 4: "illegal instruction",
	5: "trace/breakpoint trap", 6: "aborted", 7: "bus error", 8: "floating point exception", 9: "killed",
	10: "user defined signal 1", 11: "segmentation fault", 12: "user defined signal 2", 13: "broken pipe",
	14: "alarm clock", 15: "terminated", 16: "stack fault", 17: "child exited", 18: "continued",
	19: "stopped (signal)", 20: "stopped", 21: "stopped (tty input)", 22: "stopped (tty output)",
	23: "urgent I/O condition", 24: "CPU time limit exceeded", 25: "file size limit exceeded",
	26: "virtual timer expired", 27: "profiling timer expired", 28: "window changed", 29: "I/O possible",
	30: "power failure", 31: "bad system call"}

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
