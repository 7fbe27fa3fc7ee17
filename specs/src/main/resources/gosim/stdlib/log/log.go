package log

// After Go's log/log.go: a Logger writes one Write per line, a header (prefix, date, time) first.
// The clock is the simulation's virtual one, printed in UTC (the simulated machine's zone); file and
// line come from runtime.Caller. Not modeled: the Logger's mutex.

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	//gosim:since 1.14
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// lmsgprefix is the flag bit formatHeader tests: Go 1.14's Lmsgprefix (64), none before it (go1.7
// log.go's formatHeader writes the prefix first whatever the flags).
//gosim:before 1.14
const lmsgprefix = 0
//gosim:since 1.14
const lmsgprefix = 1 << 6

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

func (l *Logger) formatHeader(buf *[]byte, t time.Time, file string, line int) {
	if l.flag&lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&LUTC != 0 {
		t = t.UTC()
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, int(month), 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			itoa(buf, hour, 2)
			*buf = append(*buf, ':')
			itoa(buf, min, 2)
			*buf = append(*buf, ':')
			itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, t.Nanosecond()/1e3, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		*buf = append(*buf, file...)
		*buf = append(*buf, ':')
		itoa(buf, line, -1)
		*buf = append(*buf, ": "...)
	}
	if l.flag&lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

// Output writes s after the header; calldepth counts the frames up to the call to report
// (runtime.Caller's skip), 2 from Print and friends.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	var file string
	var line int
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	var buf []byte
	l.formatHeader(&buf, now, file, line)
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
