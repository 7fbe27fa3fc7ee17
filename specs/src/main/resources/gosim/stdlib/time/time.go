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

// Seconds, Minutes and Hours split off the whole units first, as time.go does, so large
// durations round as in Go.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Microseconds and Milliseconds are Go 1.13's.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Truncate rounds d toward zero to a multiple of m (Go 1.9).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the nearest multiple of m, halfway values away from zero, saturating (Go 1.9).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs is Go 1.19's: the absolute value, with the minimum duration mapped to the maximum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// Time is a virtual instant: nanoseconds since the simulated process started.
type Time int64

func Now() Time

func Since(t Time) Duration { return Now().Sub(t) }

func (t Time) Sub(u Time) Duration { return Duration(t - u) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Add(d Duration) Time { return t + Time(d) }

func (t Time) Before(u Time) bool { return t < u }

func (t Time) After(u Time) bool { return t > u }

func (t Time) Equal(u Time) bool { return t == u }

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

var unitMap = map[string]float64{
	"ns": float64(Nanosecond),
	"us": float64(Microsecond),
	"µs": float64(Microsecond),
	"μs": float64(Microsecond),
	"ms": float64(Millisecond),
	"s":  float64(Second),
	"m":  float64(Minute),
	"h":  float64(Hour),
}

type durationError string

func (e durationError) Error() string { return string(e) }

// ParseDuration after format.go's: a signed sequence of decimal numbers, each with an optional
// fraction and a unit. Sums are in float64 (Go accumulates exact integers; the two agree below 2^53 ns).
func ParseDuration(s string) (Duration, error) {
	orig := s
	bad := durationError("time: invalid duration \"" + orig + "\"")
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, bad
	}
	var total float64
	for s != "" {
		i := 0
		for i < len(s) && (s[i] == '.' || '0' <= s[i] && s[i] <= '9') {
			i++
		}
		num := s[:i]
		if num == "" || num == "." {
			return 0, bad
		}
		var v, scale float64 = 0, 1
		dot := false
		for k := 0; k < len(num); k++ {
			if num[k] == '.' {
				if dot {
					return 0, bad
				}
				dot = true
				continue
			}
			v = v*10 + float64(num[k]-'0')
			if dot {
				scale *= 10
			}
		}
		s = s[i:]
		j := 0
		for j < len(s) && s[j] != '.' && (s[j] < '0' || s[j] > '9') {
			j++
		}
		if j == 0 {
			return 0, durationError("time: missing unit in duration \"" + orig + "\"")
		}
		u := s[:j]
		s = s[j:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, durationError("time: unknown unit \"" + u + "\" in duration \"" + orig + "\"")
		}
		total += v / scale * unit
		if total > 1<<63-1 {
			return 0, bad
		}
	}
	if neg {
		total = -total
	}
	return Duration(total), nil
}
