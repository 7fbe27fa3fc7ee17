package log

// After Go's log/log.go: a Logger writes one Write per line, a header (prefix, date, time) first.
// The clock is the simulation's virtual one, printed in UTC (the simulated machine's zone).
// Not modeled: Lshortfile/Llongfile print "???:0" (no runtime.Caller here).

import (
	"fmt"
	"io"
	"os"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

//gosim:since 1.16
func Default() *Logger { return std }

// itoa appends i zero-padded to wid digits, as log.go's itoa.
func itoa(buf *[]byte, i int, wid int) {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	*buf = append(*buf, b[bp:]...)
}

// civil turns days since 1970-01-01 into a proleptic Gregorian year, month and day.
func civil(days int64) (year, month, day int) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), int(m), int(d)
}

func (l *Logger) formatHeader(buf *[]byte, t time.Time) {
	if l.flag&Lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		ns := t.UnixNano()
		secs := ns / 1e9
		if ns%1e9 < 0 {
			secs--
		}
		days := secs / 86400
		if secs%86400 < 0 {
			days--
		}
		sod := int(secs - days*86400)
		if l.flag&Ldate != 0 {
			year, month, day := civil(days)
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, month, 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			itoa(buf, sod/3600, 2)
			*buf = append(*buf, ':')
			itoa(buf, sod/60%60, 2)
			*buf = append(*buf, ':')
			itoa(buf, sod%60, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, int((ns-secs*1e9)/1e3), 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		*buf = append(*buf, "???:0: "...)
	}
	if l.flag&Lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	var buf []byte
	l.formatHeader(&buf, now)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

func (l *Logger) Printf(format string, v ...interface{}) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Print(v ...interface{})                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Println(v ...interface{})               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...interface{}) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...interface{}) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...interface{}) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...interface{}) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...interface{}) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...interface{}) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Flags() int              { return l.flag }
func (l *Logger) SetFlags(flag int)       { l.flag = flag }
func (l *Logger) Prefix() string          { return l.prefix }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

//gosim:since 1.5
func (l *Logger) SetOutput(w io.Writer) { l.out = w }

//gosim:since 1.12
func (l *Logger) Writer() io.Writer { return l.out }

func SetOutput(w io.Writer)                { std.out = w }
func Flags() int                           { return std.flag }
func SetFlags(flag int)                    { std.flag = flag }
func Prefix() string                       { return std.prefix }
func SetPrefix(prefix string)              { std.prefix = prefix }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

//gosim:since 1.13
func Writer() io.Writer { return std.out }

func Print(v ...interface{})                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...interface{}) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...interface{})               { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...interface{})                 { std.Fatal(v...) }
func Fatalf(format string, v ...interface{}) { std.Fatalf(format, v...) }
func Fatalln(v ...interface{})               { std.Fatalln(v...) }
func Panic(v ...interface{})                 { std.Panic(v...) }
func Panicf(format string, v ...interface{}) { std.Panicf(format, v...) }
func Panicln(v ...interface{})               { std.Panicln(v...) }
