package gosim.specs.run;

import gosim.specs.lang.Prelude;

/**
 * The packages a scenario may import beyond fmt, os, errors and strings, given to the interpreter
 * as Go source: a function without a body is a native bound by {@link Natives} to the simulator;
 * the rest is ordinary Go, written here after the shape of the real packages (Go 1.7 API). Types
 * that hold simulator state (sync.Mutex, pprof.Profile, ...) keep it in an unexported field.
 */
final class Stubs {
    private Stubs() {
    }

    static Prelude prelude() {
        return Prelude.standard()
                .with("time", TIME)
                .with("sync", SYNC)
                .with("sync/atomic", ATOMIC)
                .with("runtime", RUNTIME)
                .with("runtime/pprof", PPROF)
                .with("runtime/trace", TRACE)
                .with("syscall", SYSCALL);
    }

    static final String TIME = """
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
            """;

    static final String SYNC = """
            package sync

            type Locker interface {
            	Lock()
            	Unlock()
            }

            type Mutex struct {
            	h uintptr
            }

            func (m *Mutex) Lock()

            func (m *Mutex) Unlock()

            type RWMutex struct {
            	h uintptr
            }

            func (rw *RWMutex) Lock()

            func (rw *RWMutex) Unlock()

            func (rw *RWMutex) RLock()

            func (rw *RWMutex) RUnlock()

            type WaitGroup struct {
            	h uintptr
            }

            func (wg *WaitGroup) Add(delta int)

            func (wg *WaitGroup) Done()

            func (wg *WaitGroup) Wait()

            // Once runs f the first time Do is called, holding m so that later callers wait for it.
            type Once struct {
            	m    Mutex
            	done bool
            }

            func (o *Once) Do(f func()) {
            	if o.done {
            		return
            	}
            	o.m.Lock()
            	defer o.m.Unlock()
            	if !o.done {
            		defer o.finish()
            		f()
            	}
            }

            func (o *Once) finish() { o.done = true }

            // Cond keeps Go 1.7's shape: a ticket from the notify list, then L is unlocked while waiting.
            type Cond struct {
            	L Locker
            	h uintptr
            }

            func NewCond(l Locker) *Cond {
            	return &Cond{L: l}
            }

            func (c *Cond) Wait() {
            	t := runtime_notifyListAdd(c)
            	c.L.Unlock()
            	runtime_notifyListWait(c, t)
            	c.L.Lock()
            }

            func (c *Cond) Signal()

            func (c *Cond) Broadcast()

            func runtime_notifyListAdd(c *Cond) uint32

            func runtime_notifyListWait(c *Cond, t uint32)
            """;

    static final String ATOMIC = """
            package atomic

            func AddInt64(addr *int64, delta int64) (new int64)

            func LoadInt64(addr *int64) (val int64)

            func StoreInt64(addr *int64, val int64)

            func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

            func AddInt32(addr *int32, delta int32) (new int32)

            func LoadInt32(addr *int32) (val int32)

            func StoreInt32(addr *int32, val int32)
            """;

    static final String RUNTIME = """
            package runtime

            var MemProfileRate int = 512 * 1024

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

            func Callers(skip int, pc []uintptr) int

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

            func (f *Func) FileLine(pc uintptr) (file string, line int)
            """;

    static final String PPROF = """
            package pprof

            import (
            	"errors"
            	"io"
            )

            type Profile struct {
            	h uintptr
            }

            func Lookup(name string) *Profile

            func Profiles() []*Profile

            func NewProfile(name string) *Profile

            func (p *Profile) Name() string

            func (p *Profile) Count() int

            func (p *Profile) Add(value interface{}, skip int)

            func (p *Profile) Remove(value interface{})

            func (p *Profile) WriteTo(w io.Writer, debug int) error {
            	if msg := p.writeTo(w, debug); msg != "" {
            		return errors.New(msg)
            	}
            	return nil
            }

            func (p *Profile) writeTo(w io.Writer, debug int) string

            func WriteHeapProfile(w io.Writer) error {
            	return Lookup("heap").WriteTo(w, 0)
            }

            func StartCPUProfile(w io.Writer) error {
            	if msg := startCPUProfile(w); msg != "" {
            		return errors.New(msg)
            	}
            	return nil
            }

            func startCPUProfile(w io.Writer) string

            func StopCPUProfile()
            """;

    /** runtime/trace of Go 1.7 (runtime/trace/trace.go): the tracer writes to w when stopped. */
    static final String TRACE = """
            package trace

            import (
            	"errors"
            	"io"
            )

            func Start(w io.Writer) error {
            	if msg := start(w); msg != "" {
            		return errors.New(msg)
            	}
            	return nil
            }

            func start(w io.Writer) string

            func Stop()
            """;

    static final String SYSCALL = """
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
            """;
}
