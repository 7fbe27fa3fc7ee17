// Package time after Go's time (time.go, format.go, sleep.go, tick.go, zoneinfo.go), on the
// simulation's virtual clock: the wall clock starts at the Go playground's 2009-11-10 23:00:00 UTC
// when the process starts and advances with virtual time; Local is UTC, as in the playground.
// A Time keeps Go 1.7's fields (seconds since January 1, year 1 UTC, nanoseconds, location) plus
// the monotonic reading that Go 1.9 added (printed "m=+..." by String under -go 1.9 and later).
// Timers, tickers and sleeps are the runtime's timers (natives over gosim.sim.Timers).
package time

import "errors"

// ---- natives --------------------------------------------------------------------------------

// now is the virtual wall clock (Unix seconds and nanoseconds) and the runtime's nanotime.
func now() (sec int64, nsec int32, mono int64)

func runtimeNano() int64

// atLeast reports whether the program's dialect is Go 1.minor or newer.
func atLeast(minor int) bool

// newTimer starts a runtime timer whose channel receives Now() (in loc) at each firing; period 0
// fires once. The second result is the simulator's handle.
func newTimer(d, period Duration, loc *Location, mono bool) (<-chan Time, uintptr)

// ---- Duration -------------------------------------------------------------------------------

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

//gosim:since 1.13
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

//gosim:since 1.13
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Truncate rounds d toward zero to a multiple of m.
//gosim:since 1.9
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the nearest multiple of m, halfway values away from zero, saturating.
//gosim:since 1.9
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

// Abs: the absolute value, with the minimum duration mapped to the maximum.
//gosim:since 1.19
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// ---- Month and Weekday ----------------------------------------------------------------------

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
	"Oct", "Nov", "Dec"}

// String: Go 1.7 indexes the table (time.go:110, a bad month panics); Go 1.19 prints "%!Month(13)"
// (the release between that made the change is not checked here: 1.11 is assumed).
func (m Month) String() string {
	if (January <= m && m <= December) || !atLeast(11) {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendInt(nil, int(m), 0)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if (Sunday <= d && d <= Saturday) || !atLeast(11) {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendInt(nil, int(d), 0)) + ")"
}

// ---- Location -------------------------------------------------------------------------------

// A Location here is one fixed zone (name, abbreviation and offset east of UTC in seconds): the
// simulated machine has no zoneinfo database, and its Local is UTC.
type Location struct {
	name   string
	zone   string
	offset int
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

var localLoc = Location{name: "Local", zone: "UTC"}

var UTC *Location = &utcLoc

var Local *Location = &localLoc

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given zone name and offset.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation knows "", "UTC" and "Local" only: there is no zoneinfo in the simulated process.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// ---- Time -----------------------------------------------------------------------------------

type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int32 // nanoseconds within the second, [0, 999999999]
	// Go 1.9 added the monotonic reading; go1.7 time.go:39-55 has sec, nsec and loc only (so %#v shows no mono)
	//gosim:since 1.9
	mono int64 // the runtime's nanotime when read by Now (Go 1.9+), 0 for none
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97
	daysPer100Years  = 365*100 + 24
	daysPer4Years    = 365*4 + 1

	// Seconds from January 1, year 1 to the Unix epoch (time.go's unixToInternal).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// startNano is the monotonic origin, taken when package time starts, as time.go does.
var startNano int64 = runtimeNano() - 1

// Now is the virtual wall clock in Local, with a monotonic reading from Go 1.9.
func Now() Time {
	sec, nsec, mono := now()
	t := Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
	t.setMono(mono)
	return t
}

// getMono and setMono reach the monotonic reading, which a Go 1.7 Time lacks (always 0 there).
//gosim:since 1.9
func (t *Time) getMono() int64 { return t.mono }

//gosim:before 1.9
func (t *Time) getMono() int64 { return 0 }

//gosim:since 1.9
func (t *Time) setMono(m int64) { t.mono = m }

//gosim:before 1.9
func (t *Time) setMono(m int64) {}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

//gosim:since 1.17
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

//gosim:since 1.17
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func Since(t Time) Duration { return Now().Sub(t) }

//gosim:since 1.8
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone: the zone abbreviation and offset in effect at t.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

func (t Time) UTC() Time {
	t.loc = &utcLoc
	return t
}

func (t Time) Local() Time {
	t.loc = Local
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64 { return t.sec + internalToUnix }

func (t Time) UnixNano() int64 { return (t.sec+internalToUnix)*1e9 + int64(t.nsec) }

//gosim:since 1.17
func (t Time) UnixMilli() int64 { return (t.sec+internalToUnix)*1e3 + int64(t.nsec)/1e6 }

//gosim:since 1.17
func (t Time) UnixMicro() int64 { return (t.sec+internalToUnix)*1e6 + int64(t.nsec)/1e3 }

func (t Time) Nanosecond() int { return int(t.nsec) }

// The comparisons use the monotonic readings when both times have one, as Go 1.9+ does.
func (t Time) After(u Time) bool {
	if tm, um := t.getMono(), u.getMono(); tm != 0 && um != 0 {
		return tm > um
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if tm, um := t.getMono(), u.getMono(); tm != 0 && um != 0 {
		return tm < um
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if tm, um := t.getMono(), u.getMono(); tm != 0 && um != 0 {
		return tm == um
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if tm := t.getMono(); tm != 0 {
		m := tm + int64(d)
		if d < 0 && m > tm || d > 0 && m < tm || m == 0 {
			t.setMono(0) // out of the monotonic range: drop the reading, as Go does
		} else {
			t.setMono(m)
		}
	}
	return t
}

// Sub saturates at the Duration limits, as Go's does.
func (t Time) Sub(u Time) Duration {
	if tm, um := t.getMono(), u.getMono(); tm != 0 && um != 0 {
		d := Duration(tm - um)
		if d < 0 && tm > um {
			return maxDuration
		}
		if d > 0 && tm < um {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// abs: seconds since January 1, year 1 in t's zone.
func (t Time) abs() int64 { return t.sec + int64(t.loc.get().offset) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// absDate: the civil date of a count of seconds since January 1, year 1 (yday from 0).
func absDate(abs int64) (year int, month Month, day int, yday int) {
	d := floorDiv(abs, secondsPerDay)
	n := floorDiv(d, daysPer400Years)
	d -= n * daysPer400Years
	y := n * 400
	c := d / daysPer100Years
	if c == 4 {
		c = 3 // the last day of the 400-year cycle
	}
	d -= c * daysPer100Years
	y += c * 100
	q := d / daysPer4Years
	d -= q * daysPer4Years
	y += q * 4
	r := d / 365
	if r == 4 {
		r = 3 // the leap day of the 4-year cycle
	}
	d -= r * 365
	y += r
	year = int(y) + 1
	yday = int(d)
	day = yday
	if isLeap(year) {
		switch {
		case day > 31+29-1:
			day-- // after February 29: count as in a common year
		case day == 31+29-1:
			return year, February, 29, yday
		}
	}
	month = Month(day / 31)
	end := int(daysBefore[month+1])
	var begin int
	if day >= end {
		month++
		begin = end
	} else {
		begin = int(daysBefore[month])
	}
	month++
	day = day - begin + 1
	return
}

// daysBefore[m] counts the days of a common year before month m (0-based); [12] is 365.
var daysBefore = [...]int32{0, 31, 31 + 28, 31 + 28 + 31, 31 + 28 + 31 + 30, 31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30, 31 + 28 + 31 + 30 + 31 + 30 + 31, 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30, 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30, 365}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = absDate(t.abs())
	return
}

func (t Time) Year() int {
	y, _, _, _ := absDate(t.abs())
	return y
}

func (t Time) Month() Month {
	_, m, _, _ := absDate(t.abs())
	return m
}

func (t Time) Day() int {
	_, _, d, _ := absDate(t.abs())
	return d
}

// YearDay: 1 to 365, or 366 in leap years.
func (t Time) YearDay() int {
	_, _, _, yd := absDate(t.abs())
	return yd + 1
}

func absWeekday(abs int64) Weekday {
	// January 1, year 1 was a Monday.
	d := floorDiv(abs, secondsPerDay)
	w := (d + 1) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) Weekday() Weekday { return absWeekday(t.abs()) }

func absClock(abs int64) (hour, min, sec int) {
	s := abs - floorDiv(abs, secondsPerDay)*secondsPerDay
	hour = int(s / secondsPerHour)
	s -= int64(hour) * secondsPerHour
	min = int(s / secondsPerMinute)
	sec = int(s - int64(min)*secondsPerMinute)
	return
}

func (t Time) Clock() (hour, min, sec int) { return absClock(t.abs()) }

func (t Time) Hour() int {
	h, _, _ := absClock(t.abs())
	return h
}

func (t Time) Minute() int {
	_, m, _ := absClock(t.abs())
	return m
}

func (t Time) Second() int {
	_, _, s := absClock(t.abs())
	return s
}

// ISOWeek: the ISO 8601 year and week; weeks start on Monday and week 1 holds the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	// The Thursday of t's week decides the ISO year.
	wd := int(t.Weekday()+6) % 7 // Monday 0
	th := t.AddDate(0, 0, 3-wd)
	year = th.Year()
	week = (th.YearDay()-1)/7 + 1
	return
}

func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// daysSinceEpoch: days from January 1, year 1 to January 1 of year.
func daysSinceEpoch(year int) int64 {
	y := int64(year) - 1
	return y*365 + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)
}

// Date: the time of the given clock reading in loc; values outside their ranges are normalized
// (October 32 is November 1), as Go's Date does.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	d := daysSinceEpoch(year) + int64(daysBefore[month-1])
	if isLeap(year) && month >= March {
		d++
	}
	d += int64(day - 1)
	abs := d*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	return Time{sec: abs - int64(loc.offset), nsec: int32(nsec), loc: loc}
}

// mulmod: a*b mod m for a, b < m < 2^63, by doubling (uint64 never overflows on a+a).
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// mod: t's time since the zero Time, modulo d (d > 0), as Go's div computes it.
func (t Time) mod(d Duration) Duration {
	sec := t.sec
	nsec := int64(t.nsec)
	neg := sec < 0
	if neg {
		// Go works on the absolute value and reflects the remainder.
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	u := uint64(d)
	r := (mulmod(uint64(sec)%u, uint64(1e9)%u, u) + uint64(nsec)%u) % u
	if neg && r != 0 {
		r = u - r
	}
	return Duration(r)
}

// Truncate rounds t down to a multiple of d since the zero time; it drops the monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.setMono(0)
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round rounds t to the nearest multiple of d since the zero time, halfway values up.
func (t Time) Round(d Duration) Time {
	t.setMono(0)
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// GoString is Go 1.17's format.go GoString: t as the time.Date call that makes it, the location
// as time.UTC, time.Local or time.Location("name").
//gosim:since 1.17
func (t Time) GoString() string {
	buf := make([]byte, 0, 70)
	buf = append(buf, "time.Date("...)
	buf = appendInt(buf, t.Year(), 0)
	if month := t.Month(); January <= month && month <= December {
		buf = append(buf, ", time."...)
		buf = append(buf, month.String()...)
	} else {
		buf = appendInt(buf, int(month), 0)
	}
	for _, v := range [...]int{t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()} {
		buf = append(buf, ", "...)
		buf = appendInt(buf, v, 0)
	}
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, "time.Location("...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	buf = append(buf, ')')
	return string(buf)
}

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if tm := t.getMono(); tm != 0 {
		m := uint64(tm - startNano)
		sign := byte('+')
		if tm-startNano < 0 {
			sign = '-'
			m = -m
		}
		m1, m2 := m/1e9, m%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// ---- Format ---------------------------------------------------------------------------------

const (
//gosim:since 1.17
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The elements of a layout (format.go's std* values); fractions carry their digit count and
// separator above stdArgShift.
const (
	stdLongMonth = iota + 1
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9

	stdArgShift       = 16
	stdSeparatorShift = 28
	stdMask           = 1<<stdArgShift - 1
)

var std0x = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

// The zone elements after '-' or 'Z', longest first, as nextStdChunk tries them.
var zoneForms = [...]string{"070000", "07:00:00", "0700", "07:00", "07"}

var numZones = [...]int{stdNumSecondsTz, stdNumColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumShortTZ}

var isoZones = [...]int{stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ, stdISO8601TZ, stdISO8601ColonTZ,
	stdISO8601ShortTZ}

func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func has(s string, i int, p string) bool { return len(s) >= i+len(p) && s[i:i+len(p)] == p }

// nextStdChunk splits layout at its first element: the literal before it, the element, the rest.
// Year days ("002", "__2") are Go 1.19's, a comma before fractional seconds Go 1.17's.
func nextStdChunk(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J':
			if has(layout, i, "January") {
				return layout[:i], stdLongMonth, layout[i+7:]
			}
			if has(layout, i, "Jan") && !startsWithLowerCase(layout[i+3:]) {
				return layout[:i], stdMonth, layout[i+3:]
			}
		case 'M':
			if has(layout, i, "Monday") {
				return layout[:i], stdLongWeekDay, layout[i+6:]
			}
			if has(layout, i, "Mon") && !startsWithLowerCase(layout[i+3:]) {
				return layout[:i], stdWeekDay, layout[i+3:]
			}
			if has(layout, i, "MST") {
				return layout[:i], stdTZ, layout[i+3:]
			}
		case '0':
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[:i], std0x[layout[i+1]-'1'], layout[i+2:]
			}
			if has(layout, i, "002") && atLeast(19) {
				return layout[:i], stdZeroYearDay, layout[i+3:]
			}
		case '1':
			if has(layout, i, "15") {
				return layout[:i], stdHour, layout[i+2:]
			}
			return layout[:i], stdNumMonth, layout[i+1:]
		case '2':
			if has(layout, i, "2006") {
				return layout[:i], stdLongYear, layout[i+4:]
			}
			return layout[:i], stdDay, layout[i+1:]
		case '_':
			if has(layout, i, "_2") {
				if has(layout, i, "_2006") {
					// a literal '_' before the year
					return layout[:i+1], stdLongYear, layout[i+5:]
				}
				return layout[:i], stdUnderDay, layout[i+2:]
			}
			if has(layout, i, "__2") && atLeast(19) {
				return layout[:i], stdUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, layout[i+1:]
		case 'P':
			if has(layout, i, "PM") {
				return layout[:i], stdPM, layout[i+2:]
			}
		case 'p':
			if has(layout, i, "pm") {
				return layout[:i], stdpm, layout[i+2:]
			}
		case '-', 'Z':
			// the same five zone forms; 'Z' prints Z for UTC
			for k, f := range zoneForms {
				if has(layout, i+1, f) {
					if c == '-' {
						return layout[:i], numZones[k], layout[i+1+len(f):]
					}
					return layout[:i], isoZones[k], layout[i+1+len(f):]
				}
			}
		case '.', ',':
			if c == ',' && !atLeast(17) {
				break
			}
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigit(layout, j) {
					code := stdFracSecond0
					if ch == '9' {
						code = stdFracSecond9
					}
					std := code | (j-(i+1))<<stdArgShift
					if c == ',' {
						std |= 1 << stdSeparatorShift
					}
					return layout[:i], std, layout[j:]
				}
			}
		}
	}
	return layout, 0, ""
}

// appendInt appends x in decimal, zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// formatNano appends the fraction of a second: n digits, or for stdFracSecond9 up to n without
// trailing zeros (nothing at all for a whole second).
func formatNano(b []byte, nanosec uint, std int) []byte {
	n := (std >> stdArgShift) & 0xfff
	sep := byte('.')
	if std>>stdSeparatorShift != 0 {
		sep = ','
	}
	var buf [9]byte
	for i := len(buf) - 1; i >= 0; i-- {
		buf[i] = byte(nanosec%10 + '0')
		nanosec /= 10
	}
	if n > 9 {
		n = 9
	}
	if std&stdMask == stdFracSecond9 {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:n]...)
}

func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	l := t.loc.get()
	name, offset, abs := l.zone, l.offset, t.abs()
	year := -1
	var month Month
	var day, yday int
	hour := -1
	var min, sec int
	for layout != "" {
		prefix, std, suffix := nextStdChunk(layout)
		b = append(b, prefix...)
		if std == 0 {
			break
		}
		layout = suffix
		if year < 0 {
			year, month, day, yday = absDate(abs)
			yday++
		}
		if hour < 0 {
			hour, min, sec = absClock(abs)
		}
		switch s := std & stdMask; s {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, absWeekday(abs).String()[:3]...)
		case stdLongWeekDay:
			b = append(b, absWeekday(abs).String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12 // noon is 12PM, midnight 12AM
			}
			w := 0
			if s == stdZeroHour12 {
				w = 2
			}
			b = appendInt(b, hr, w)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			iso := s == stdISO8601TZ || s == stdISO8601ColonTZ || s == stdISO8601SecondsTZ ||
				s == stdISO8601ShortTZ || s == stdISO8601ColonSecondsTZ
			if offset == 0 && iso {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			colon := s == stdISO8601ColonTZ || s == stdNumColonTZ || s == stdISO8601ColonSecondsTZ ||
				s == stdNumColonSecondsTZ
			if colon {
				b = append(b, ':')
			}
			if s != stdNumShortTZ && s != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if s == stdISO8601SecondsTZ || s == stdNumSecondsTz || s == stdNumColonSecondsTZ ||
				s == stdISO8601ColonSecondsTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// no abbreviation: print the offset as -0700
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = formatNano(b, uint(t.nsec), std)
		}
	}
	return b
}

// ---- Parse ----------------------------------------------------------------------------------

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote: Go 1.7 wraps in quotes (format.go's quote); Go 1.19 escapes quotes, backslashes and
// non-ASCII bytes (1.17 is assumed for the change, unchecked).
func quote(s string) string {
	if !atLeast(17) {
		return "\"" + s + "\""
	}
	const hex = "0123456789abcdef"
	// room for s and the two quotes up front (1.19 format.go:801), so a plain input makes this
	// buffer and the result string, no more
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

func isDigit(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// getnum parses one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes prefix from value, a run of spaces matching any run of spaces.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// lookup matches a name of tab at the start of val, ignoring ASCII case.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && match(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func match(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// atoiError is atoi's error, never printed (go1.7 format.go:371-372): one of the errors time's
// init makes, each a heap object.
var atoiError = errors.New("time: invalid number")

func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, atoiError
	}
	x := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s, i) {
			return 0, atoiError
		}
		x = x*10 + int(s[i]-'0')
	}
	if neg {
		x = -x
	}
	return x, nil
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' && atLeast(17) }

func parseNanoseconds(value string, nbytes int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone: the length of a zone abbreviation at the start of value (format.go's rules:
// three upper-case letters, four or five ending in T, ChST, MeST, WITA, GMT with an offset, +hh).
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if has(value, 0, "ChST") || has(value, 0, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffset(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedOffset: the length of a +hh or -hh prefix with hh at most 23, else 0.
func signedOffset(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	i, x := 1, 0
	for isDigit(value, i) {
		x = x*10 + int(value[i]-'0')
		i++
		if x > 23 {
			return 0
		}
	}
	if i == 1 {
		return 0
	}
	return i
}

func Parse(layout, value string) (Time, error) { return parse(layout, value, UTC, Local) }

// ---- encoding (time.go MarshalJSON, MarshalText and their inverses) -------------------------

func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON: Go 1.19 (time.go:1333-1342) leaves t alone for JSON's null, Go 1.7 (go1.7
// time.go:944-949) parses it and fails; the release between that changed it is not checked here.
func (t *Time) UnmarshalJSON(data []byte) error {
	if atLeast(19) && string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}

func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano))
	return t.AppendFormat(b, RFC3339Nano), nil
}

func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// binaryV2: go1.19 time.go's MarshalBinary writes version 2 with a 16th byte for an offset with
// seconds; go1.7's (time.go:845) has only version 1 and errors on such an offset. Only those two
// sources were read, so the mark says 1.19 though the change came in between.
//gosim:before 1.19
const binaryV2 = false
//gosim:since 1.19
const binaryV2 = true

// MarshalBinary: version, seconds since year 1 (8 bytes), nanoseconds (4), zone offset in minutes
// (2, -1 for UTC), big-endian (time.go MarshalBinary).
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16
	var offsetSec int8
	version := byte(1)
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			if !binaryV2 {
				return nil, errors.New("Time.MarshalBinary: zone offset has fractional minute")
			}
			version = 2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	enc := []byte{version}
	for shift := 56; shift >= 0; shift -= 8 {
		enc = append(enc, byte(t.sec>>uint(shift)))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		enc = append(enc, byte(t.nsec>>uint(shift)))
	}
	enc = append(enc, byte(offsetMin>>8), byte(offsetMin))
	if version == 2 {
		enc = append(enc, byte(offsetSec))
	}
	return enc, nil
}

// UnmarshalBinary reads MarshalBinary's form: offset -1 is UTC, Local's offset Local, any other a
// FixedZone without a name.
func (t *Time) UnmarshalBinary(data []byte) error {
	buf := data
	if len(buf) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := buf[0]
	if version != 1 && (version != 2 || !binaryV2) {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 1 + 8 + 4 + 2
	if version == 2 {
		want++
	}
	if len(buf) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, b := range buf[1:9] {
		sec = sec<<8 | int64(b)
	}
	var nsec int32
	for _, b := range buf[9:13] {
		nsec = nsec<<8 | int32(b)
	}
	offset := int(int16(buf[14])|int16(buf[13])<<8) * 60
	if version == 2 {
		offset += int(buf[15])
	}
	*t = Time{sec: sec, nsec: nsec}
	if offset == -1*60 {
		t.loc = &utcLoc
	} else if _, localoff := (Time{loc: Local}).Zone(); offset == localoff {
		t.loc = Local
	} else {
		t.loc = FixedZone("", offset)
	}
	return nil
}

func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }

// ZoneBounds is the span of t's zone: every Location here is one fixed zone (or UTC), which
// go1.19 time.go's lookup bounds by alpha and omega, so both results are the zero Time (Go 1.19).
//gosim:since 1.19
func (t Time) ZoneBounds() (start, end Time) { return }

// IsDST: every Location here is one fixed zone, never daylight saving time (Go 1.17).
//gosim:since 1.17
func (t Time) IsDST() bool { return false }

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""
	for {
		var err error
		prefix, std, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std == 0 {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var p string
		switch s := std & stdMask; s {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			hold := value
			p, value = value[:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				value = hold
			} else if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p, value = value[:4], value[4:]
			year, err = atoi(p)
		case stdMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, s == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, err = lookup(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if s == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, s == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if s == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, s == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, s == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, s == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, s == stdZeroSecond)
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction in the value that the layout does not name is taken anyway.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, next, _ := nextStdChunk(layout)
				next &= stdMask
				if next == stdFracSecond0 || next == stdFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigit(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			pm, am := "PM", "AM"
			if s == stdpm {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			if (s == stdISO8601TZ || s == stdISO8601ShortTZ || s == stdISO8601ColonTZ) && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch {
			case s == stdISO8601ColonTZ || s == stdNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case s == stdNumShortTZ || s == stdISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case s == stdISO8601ColonSecondsTZ || s == stdNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case s == stdISO8601SecondsTZ || s == stdNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hr, mi, se int
			hr, err = atoi(hh)
			if err == nil {
				mi, err = atoi(mm)
			}
			if err == nil {
				se, err = atoi(ss)
			}
			zoneOffset = (hr*60+mi)*60 + se
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			ndigit := 1 + (std>>stdArgShift)&0xfff
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
				break // the fraction is optional
			}
			i := 0
			for i < 9 && i+1 < len(value) && isDigit(value, i+1) {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if int(daysBefore[m]) < yday {
				m++
			}
			d = yday - int(daysBefore[m-1])
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// the local zone if it has this offset (and name), else a fabricated one
		l := local.get()
		if l.offset == zoneOffset && (zoneName == "" || l.zone == zoneName) {
			t.loc = local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		l := local.get()
		if l.zone == zoneName {
			t.sec -= int64(l.offset)
			t.loc = local
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.loc = FixedZone(zoneName, offset)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// ---- Durations from strings -----------------------------------------------------------------

// errLeadingInt is go1.7 leadingInt's overflow error (format.go:1153); ours parses durations in
// float64 without it, but time's init makes it all the same.
var errLeadingInt = errors.New("time: bad [0-9]*")

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

// badData is go1.7 zoneinfo_read.go's error for a malformed zoneinfo file (line 66): ours reads
// none (Local is UTC), but time's init makes it after format.go's variables, as Go's does.
var badData = errors.New("malformed time zone information")

// ParseDuration after format.go's: a signed sequence of decimal numbers, each with an optional
// fraction and a unit. Go makes its error only on a failing return (go1.7 format.go:1211-1280,
// 1.19 format.go:1541-1609), so a successful parse allocates nothing; scanDuration reports why it
// failed and the error is made here. Go 1.7 shows the input bare, 1.19 quotes it (and the unit)
// with quote (1.15 is assumed for the change, unchecked: our go1.7-era mirror has no later tags).
func ParseDuration(s string) (Duration, error) {
	d, fail, u := scanDuration(s)
	q := s
	switch fail {
	case durOK:
		return d, nil
	case durBadUnit:
		if atLeast(15) {
			// 1.19 format.go:1591 quotes the unit before the input
			u = quote(u)
			q = quote(s)
		}
		return 0, errors.New("time: unknown unit " + u + " in duration " + q)
	}
	if atLeast(15) {
		q = quote(s)
	}
	if fail == durNoUnit {
		return 0, errors.New("time: missing unit in duration " + q)
	}
	return 0, errors.New("time: invalid duration " + q)
}

// Why scanDuration failed (durOK: it did not); durBadUnit's unit is its third result.
const (
	durOK = iota
	durInvalid
	durNoUnit
	durBadUnit
)

// scanDuration parses s as ParseDuration does. Sums are in float64 (Go accumulates exact
// integers; the two agree below 2^53 ns).
func scanDuration(s string) (Duration, int, string) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, durOK, ""
	}
	if s == "" {
		return 0, durInvalid, ""
	}
	var total float64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, durInvalid, ""
		}
		// digits, then an optional fraction: at least one digit on either side of the dot
		var v, scale float64 = 0, 1
		i := 0
		for i < len(s) && isDigit(s, i) {
			v = v*10 + float64(s[i]-'0')
			i++
		}
		pre := i > 0
		post := false
		if i < len(s) && s[i] == '.' {
			i++
			for i < len(s) && isDigit(s, i) {
				v = v*10 + float64(s[i]-'0')
				scale *= 10
				i++
				post = true
			}
		}
		if !pre && !post {
			return 0, durInvalid, ""
		}
		s = s[i:]
		j := 0
		for j < len(s) && s[j] != '.' && (s[j] < '0' || s[j] > '9') {
			j++
		}
		if j == 0 {
			return 0, durNoUnit, ""
		}
		u := s[:j]
		s = s[j:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, durBadUnit, u
		}
		total += v / scale * unit
		if total > 1<<63-1 {
			return 0, durInvalid, ""
		}
	}
	if neg {
		total = -total
	}
	return Duration(total), durOK, ""
}

// ---- Sleep, Timer, Ticker -------------------------------------------------------------------

func Sleep(d Duration)

// The Timer type represents a single event; C receives the time when it fires (unless made by
// AfterFunc).
type Timer struct {
	C <-chan Time
	r uintptr
}

func NewTimer(d Duration) *Timer {
	t := &Timer{}
	t.C, t.r = newTimer(d, 0, Local, atLeast(9))
	return t
}

// Stop reports whether the call stopped the timer (false if it had fired or been stopped).
func (t *Timer) Stop() bool

// Reset re-arms the timer to fire d from now and reports whether it had been active.
func (t *Timer) Reset(d Duration) bool

func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc calls f in its own goroutine once d has passed.
func AfterFunc(d Duration, f func()) *Timer

// A Ticker delivers ticks of a clock at intervals; a slow receiver misses ticks.
type Ticker struct {
	C <-chan Time
	r uintptr
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	t := &Ticker{}
	t.C, t.r = newTimer(d, d, Local, atLeast(9))
	return t
}

func (t *Ticker) Stop()

//gosim:since 1.15
func (t *Ticker) Reset(d Duration)

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
