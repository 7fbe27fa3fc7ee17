package runtime

var MemProfileRate int = 512 * 1024

// The simulated process is gc's linux/amd64 build (extern.go's constants).
const (
	Compiler = "gc"
	GOOS     = "linux"
	GOARCH   = "amd64"
)

// Breakpoint executes a breakpoint trap: the process dies of SIGTRAP, as on linux/amd64.
func Breakpoint()

func GC()

func Gosched()

func GOMAXPROCS(n int) int

func NumGoroutine() int

func NumCPU() int

func LockOSThread()

func UnlockOSThread()

func Goexit()

func Stack(buf []byte, all bool) int

func SetBlockProfileRate(rate int)

func KeepAlive(x interface{}) {}

// SetFinalizer sets obj's finalizer, run on the finalizer goroutine once the GC finds obj unreachable
// (go1.7 mfinal.go:283); SetFinalizer(obj, nil) clears it.
func SetFinalizer(obj interface{}, finalizer interface{})

func Callers(skip int, pc []uintptr) int

// Frames iterates over the frames of a Callers slice (go1.7 symtab.go).
type Frames struct {
	callers []uintptr
}

// Frame is one call frame: PC is the call's pc (the return PC minus 1) except for a function's
// first instruction.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Next returns the next frame and whether more follow (the Frame is valid either way).
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	pc := ci.callers[0]
	ci.callers = ci.callers[1:]
	more = len(ci.callers) > 0
	f := FuncForPC(pc)
	if f == nil {
		return Frame{}, more
	}
	entry := f.Entry()
	xpc := pc
	if xpc > entry {
		xpc--
	}
	file, line := f.FileLine(xpc)
	return Frame{PC: xpc, Func: f, Function: f.Name(), File: file, Line: line, Entry: entry}, more
}

// Caller reports the return PC and the file and line of the call of the function skip frames up
// (0: Caller's caller), as go1.7 extern.go's Caller does (the line is that of pc-1).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

func ReadMemStats(m *MemStats)

type StackRecord struct {
	Stack0 [32]uintptr
}

// stackPrefix is the Stack methods' rule: the PCs before the first 0.
func stackPrefix(stk []uintptr) []uintptr {
	for i, v := range stk {
		if v == 0 {
			return stk[0:i]
		}
	}
	return stk
}

func (r *StackRecord) Stack() []uintptr { return stackPrefix(r.Stack0[0:]) }

type MemProfileRecord struct {
	AllocBytes   int64
	FreeBytes    int64
	AllocObjects int64
	FreeObjects  int64
	Stack0       [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

func (r *MemProfileRecord) Stack() []uintptr { return stackPrefix(r.Stack0[0:]) }

// BlockProfileRecord embeds StackRecord in Go; the subset has no embedding, so Stack0 is direct.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	Stack0 [32]uintptr
}

func (r *BlockProfileRecord) Stack() []uintptr { return stackPrefix(r.Stack0[0:]) }

func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

func BlockProfile(p []BlockProfileRecord) (n int, ok bool)

func ThreadCreateProfile(p []StackRecord) (n int, ok bool)

func GoroutineProfile(p []StackRecord) (n int, ok bool)

type Func struct {
	entry uintptr
	name  string
}

func FuncForPC(pc uintptr) *Func

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr { return f.entry }

func (f *Func) FileLine(pc uintptr) (file string, line int); type Error interface { Error() string; RuntimeError() }
