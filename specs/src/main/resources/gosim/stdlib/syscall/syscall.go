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
