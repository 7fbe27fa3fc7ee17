package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Seconds() float64 { return float64(d) / 1e9 }

// Time is a virtual instant: nanoseconds since the simulated process started.
type Time int64

func Now() Time

func Since(t Time) Duration { return Now().Sub(t) }

func (t Time) Sub(u Time) Duration { return Duration(t - u) }

func (t Time) UnixNano() int64

func (t Time) String() string

func Sleep(d Duration)

type Timer struct {
	C <-chan Time
	r uintptr
}

func NewTimer(d Duration) *Timer

func (t *Timer) Stop() bool

func (t *Timer) Reset(d Duration) bool

func After(d Duration) <-chan Time

func AfterFunc(d Duration, f func()) *Timer

func Tick(d Duration) <-chan Time
