package gosim.specs.run;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.ProfileResult;
import gosim.mprof.StackRecord;
import gosim.pprof.Pprof;
import gosim.pprof.Profile;
import gosim.pprof.PprofFuncs;
import gosim.pprof.ProfilePanic;
import gosim.sim.Cond;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.Locker;
import gosim.sim.Mutex;
import gosim.sim.RWMutex;
import gosim.sim.TimeChans;
import gosim.sim.WaitGroup;
import gosim.sim.heap.MemStats;
import gosim.sim.internal.AllocPath;
import gosim.specs.lang.Goroutine;
import gosim.specs.lang.Hashmap;
import gosim.specs.lang.Host.Native;
import gosim.specs.lang.Interp;
import gosim.specs.lang.Type;
import gosim.specs.lang.Types;
import gosim.specs.lang.Values;
import gosim.specs.lang.Values.ArrayVal;
import gosim.specs.lang.Values.SliceVal;
import gosim.specs.lang.Values.StructVal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The body-less functions of {@link Stubs}, bound to the simulator: time to the runtime timers,
 * sync to the kernel's Mutex/RWMutex/WaitGroup/notifyList, runtime to the record APIs, heap and
 * stacks, runtime/pprof to the profile registry, syscall to blocking syscalls. Go values cross as
 * the interpreter represents them (Long, Boolean, StructVal, SliceVal, ...).
 */
final class Natives {
    /** Virtual wall-clock time of the process start: the Go playground's 2009-11-10 23:00:00 UTC. */
    static final long EPOCH_UNIX_NANOS = 1_257_894_000_000_000_000L;
    /** Seconds from January 1, year 1 to the Unix epoch: time.go's unixToInternal. */
    static final long UNIX_TO_INTERNAL = (1969L * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86_400;
    /** syscall.Getpid of every simulated process. */
    static final long PID = gosim.specs.lang.Host.PID;

    /** What the natives need from the run beyond the host. */
    interface Services {
        Pprof pprof();
    }

    private final SimHost host;
    private final Services services;
    private final Map<String, Native> table = new HashMap<>();
    private final Map<Profile, StructVal> profileValues = new IdentityHashMap<>();
    private ByteArrayOutputStream cpuBuffer;
    private Object cpuWriter;

    Natives(SimHost host, Services services) {
        this.host = host;
        this.services = services;
        time();
        sync();
        atomic();
        runtime();
        runtimeDebug();
        pprof();
        syscall();
        trace();
    }

    Native resolve(String symbol) {
        return table.get(symbol);
    }

    private void put(String symbol, Native n) {
        table.put(symbol, n);
    }

    private Pprof pprof0() {
        return services.pprof();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static long i64(Object v) {
        return (Long) v;
    }

    /**
     * The simulator object kept in struct field {@code field}, made on first use (a zero value
     * holds 0); it takes the Go struct's address, which tracebacks print for it.
     */
    @SuppressWarnings("unchecked")
    private <T> T handle(Object structPtr, int field, Class<T> type, Supplier<T> make) {
        StructVal s = (StructVal) structPtr;
        Object h = s.f[field];
        if (!type.isInstance(h)) {
            h = make.get();
            s.f[field] = h;
            host.rt.aliasAddress(h, s);
        }
        return (T) h;
    }

    private void blocking(Goroutine g, Runnable op) {
        host.flush(g);
        host.guarded(g, () -> {
            op.run();
            return null;
        });
    }

    private static StructVal fresh(Type t) {
        return (StructVal) Values.zero(t);
    }

    private Type type(String pkg, String name) {
        return host.program.lookupType(pkg, name);
    }

    private static void setField(StructVal s, String name, Object v) {
        List<Types.Field> fs = s.type.fields;
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).name().equals(name)) {
                s.f[i] = v;
                return;
            }
        }
        throw new IllegalStateException("no field " + name + " in " + s.type);
    }

    private static void setStack(StructVal s, long[] stack0) {
        ArrayVal a = null;
        List<Types.Field> fs = s.type.fields;
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).name().equals("Stack0")) {
                a = (ArrayVal) s.f[i];
            }
        }
        for (int i = 0; i < a.a.length; i++) {
            a.a[i] = stack0[i];
        }
    }

    // ---- time -----------------------------------------------------------------------------------

    private void time() {
        // strings.(*Builder).String's no-copy conversion (1.19 strings/builder.go:48)
        put("strings.bytesString", (g, a) -> host.aliasString((SliceVal) a[0]));
        put("time.Duration.String", (g, a) -> Values.goString(durationString(i64(a[0]))));
        put("time.now", (g, a) -> {
            long mono = Go.nanotime();
            long wall = EPOCH_UNIX_NANOS + mono;
            return new Object[] {Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L), mono};
        });
        put("time.runtimeNano", (g, a) -> Go.nanotime());
        put("time.atLeast", (g, a) -> host.rt.version().atLeast((int) i64(a[0])));
        put("time.newTimer", (g, a) -> {
            Object loc = a[2];
            boolean mono = (Boolean) a[3];
            Type timeType = type("time", "Time");
            TimeChans.Timer<Object> t = TimeChans.newTimer(i64(a[0]), i64(a[1]), ns -> timeValue(timeType, ns, loc, mono));
            return new Object[] {t.c(), t};
        });
        put("time.Sleep", (g, a) -> {
            host.sleep(g, i64(a[0]));
            return null;
        });
        put("time.(*Timer).Stop", (g, a) -> timer(a[0]).stop());
        put("time.(*Timer).Reset", (g, a) -> timer(a[0]).reset(i64(a[1])));
        put("time.(*Ticker).Stop", (g, a) -> {
            timer(a[0]).stop();
            return null;
        });
        put("time.(*Ticker).Reset", (g, a) -> {
            timer(a[0]).resetPeriod(i64(a[1]));
            return null;
        });
        put("time.AfterFunc", (g, a) -> {
            Object fn = a[1];
            // the goroutine starts in f itself, as goFunc's `go arg.(func())()` starts it
            Func f = fn == null ? null : host.func(((Values.FuncVal) fn).fn.info()); // null: throws when it fires
            TimeChans.Timer<Object> t = TimeChans.afterFunc(i64(a[0]), f, () -> {
                Goroutine child = new Goroutine();
                host.runGoroutine(child, f, () -> host.linked.call(child, fn));
            });
            StructVal v = fresh(type("time", "Timer"));
            v.f[0] = t.c();
            v.f[1] = t;
            return v;
        });
    }

    /** The simulator's timer behind a *time.Timer or *time.Ticker (its field r). */
    private static TimeChans.Timer<?> timer(Object structPtr) {
        return (TimeChans.Timer<?>) ((StructVal) structPtr).f[1];
    }

    /** The time.Time that Now() returns at virtual time ns (time.go's fields sec, nsec, mono (Go 1.9+), loc). */
    private static Object timeValue(Type timeType, long ns, Object loc, boolean mono) {
        StructVal t = fresh(timeType);
        long wall = EPOCH_UNIX_NANOS + ns;
        t.f[0] = Math.floorDiv(wall, 1_000_000_000L) + UNIX_TO_INTERNAL;
        t.f[1] = Math.floorMod(wall, 1_000_000_000L);
        if (t.f.length == 4) {
            t.f[2] = mono ? ns : 0L;
        }
        t.f[t.f.length - 1] = loc;
        return t;
    }

    /** Duration.String: "1h2m3.5s", "1.5ms", "0s", as package time formats it. */
    static String durationString(long d) {
        if (d == 0) {
            return "0s";
        }
        if (d == Long.MIN_VALUE) {
            // -d overflows; Go works in uint64 and prints this (time.go Duration.String)
            return "-2562047h47m16.854775808s";
        }
        boolean neg = d < 0;
        long u = Math.abs(d);
        String s;
        if (u < 1_000_000_000L) {
            String unit;
            long div;
            if (u < 1_000) {
                return (neg ? "-" : "") + u + "ns";
            } else if (u < 1_000_000) {
                unit = "µs";
                div = 1_000;
            } else {
                unit = "ms";
                div = 1_000_000;
            }
            s = fraction(u, div) + unit;
        } else {
            long secs = u / 1_000_000_000L;
            long frac = u % 1_000_000_000L;
            StringBuilder b = new StringBuilder();
            long h = secs / 3600;
            long m = secs / 60 % 60;
            if (h > 0) {
                b.append(h).append('h');
            }
            if (h > 0 || m > 0) {
                b.append(m).append('m');
            }
            b.append(fraction(secs % 60 * 1_000_000_000L + frac, 1_000_000_000L)).append('s');
            s = b.toString();
        }
        return (neg ? "-" : "") + s;
    }

    private static String fraction(long v, long div) {
        long whole = v / div;
        long rest = v % div;
        if (rest == 0) {
            return Long.toString(whole);
        }
        String digits = String.format("%0" + Long.toString(div).length() + "d", rest).substring(1);
        return whole + "." + digits.replaceAll("0+$", "");
    }

    // ---- sync -----------------------------------------------------------------------------------

    private static final Locker NO_LOCKER = new Locker() {
        @Override
        public void lock() {
            throw new IllegalStateException("sync.Cond's Go code handles its Locker itself");
        }

        @Override
        public void unlock() {
            lock();
        }
    };

    private void sync() {
        put("sync.(*Mutex).Lock", (g, a) -> {
            Mutex m = handle(a[0], 0, Mutex.class, Mutex::new);
            blocking(g, m::lock);
            return null;
        });
        put("sync.(*Mutex).Unlock", (g, a) -> {
            Mutex m = handle(a[0], 0, Mutex.class, Mutex::new);
            blocking(g, m::unlock);
            return null;
        });
        put("sync.(*Mutex).TryLock", (g, a) -> handle(a[0], 0, Mutex.class, Mutex::new).tryLock());
        // a failed RWMutex.TryLock unlocks rw.w, which may wake a waiter: run as a blocking call
        put("sync.(*RWMutex).TryLock", (g, a) -> {
            RWMutex m = handle(a[0], 0, RWMutex.class, RWMutex::new);
            host.flush(g);
            return host.guarded(g, m::tryLock);
        });
        put("sync.(*RWMutex).TryRLock", (g, a) -> handle(a[0], 0, RWMutex.class, RWMutex::new).tryRLock());
        put("sync.(*RWMutex).Lock", (g, a) -> rw(g, a, RWMutex::lock));
        put("sync.(*RWMutex).Unlock", (g, a) -> rw(g, a, RWMutex::unlock));
        put("sync.(*RWMutex).RLock", (g, a) -> rw(g, a, RWMutex::rlock));
        put("sync.(*RWMutex).RUnlock", (g, a) -> rw(g, a, RWMutex::runlock));
        put("sync.(*WaitGroup).Add", (g, a) -> wg(g, a, w -> w.add((int) i64(a[1]))));
        put("sync.(*WaitGroup).Done", (g, a) -> wg(g, a, WaitGroup::done));
        put("sync.(*WaitGroup).Wait", (g, a) -> wg(g, a, WaitGroup::await));
        put("sync.runtime_notifyListAdd", (g, a) -> (long) cond(a).notifyListAdd());
        put("sync.runtime_notifyListWait", (g, a) -> {
            Cond c = cond(a);
            blocking(g, () -> c.notifyListWait((int) i64(a[1])));
            return null;
        });
        put("sync.(*Cond).Signal", (g, a) -> {
            blocking(g, cond(a)::signal);
            return null;
        });
        put("sync.(*Cond).Broadcast", (g, a) -> {
            blocking(g, cond(a)::broadcast);
            return null;
        });
    }

    private Object rw(Goroutine g, Object[] a, java.util.function.Consumer<RWMutex> op) {
        RWMutex m = handle(a[0], 0, RWMutex.class, RWMutex::new);
        blocking(g, () -> op.accept(m));
        return null;
    }

    private Object wg(Goroutine g, Object[] a, java.util.function.Consumer<WaitGroup> op) {
        WaitGroup w = handle(a[0], 0, WaitGroup.class, WaitGroup::new);
        blocking(g, () -> op.accept(w));
        return null;
    }

    private Cond cond(Object[] a) {
        return handle(a[0], 1, Cond.class, () -> new Cond(NO_LOCKER));
    }

    // ---- sync/atomic (goroutines are atomic between kernel primitives) --------------------------

    private void atomic() {
        put("sync/atomic.AddInt64", (g, a) -> {
            Values.Ptr p = (Values.Ptr) a[0];
            long v = i64(p.load()) + i64(a[1]);
            p.store(v);
            return v;
        });
        put("sync/atomic.LoadInt64", (g, a) -> ((Values.Ptr) a[0]).load());
        put("sync/atomic.StoreInt64", (g, a) -> {
            ((Values.Ptr) a[0]).store(a[1]);
            return null;
        });
        put("sync/atomic.CompareAndSwapInt64", (g, a) -> {
            Values.Ptr p = (Values.Ptr) a[0];
            if (i64(p.load()) == i64(a[1])) {
                p.store(a[2]);
                return true;
            }
            return false;
        });
        put("sync/atomic.AddInt32", (g, a) -> {
            Values.Ptr p = (Values.Ptr) a[0];
            long v = (int) (i64(p.load()) + i64(a[1]));
            p.store(v);
            return v;
        });
        put("sync/atomic.LoadInt32", (g, a) -> ((Values.Ptr) a[0]).load());
        put("sync/atomic.StoreInt32", (g, a) -> {
            ((Values.Ptr) a[0]).store(a[1]);
            return null;
        });
    }

    // ---- runtime --------------------------------------------------------------------------------

    private void runtime() {
        put("runtime.GC", (g, a) -> {
            host.flush(g);
            host.syncMemProfileRate();
            Go.gc();
            return null;
        });
        put("runtime.SetFinalizer", (g, a) -> {
            host.finalizers.setFinalizer(g, a[0], a[1]);
            return null;
        });
        put("runtime.Gosched", (g, a) -> {
            host.flush(g);
            Go.gosched();
            return null;
        });
        put("runtime.GOMAXPROCS", (g, a) -> {
            host.flush(g);
            return (long) Go.gomaxprocs((int) i64(a[0]));
        });
        put("runtime.NumGoroutine", (g, a) -> (long) Go.numGoroutine());
        put("runtime.NumCPU", (g, a) -> (long) host.rt.numCPU());
        put("runtime.LockOSThread", (g, a) -> {
            host.syncMemProfileRate(); // 1.19's template thread allocates its M (startTemplateThread)
            Go.lockOSThread();
            return null;
        });
        put("runtime.UnlockOSThread", (g, a) -> {
            Go.unlockOSThread();
            return null;
        });
        put("runtime.Goexit", (g, a) -> {
            Go.goexit();
            return null;
        });
        put("runtime.Stack", (g, a) -> {
            SliceVal buf = (SliceVal) a[0];
            byte[] b = new byte[buf == null ? 0 : buf.len];
            int n = Go.stack(b, (Boolean) a[1]);
            for (int i = 0; i < n; i++) {
                buf.a[buf.off + i] = (long) (b[i] & 0xff);
            }
            return (long) n;
        });
        put("runtime.SetBlockProfileRate", (g, a) -> {
            pprof0().setBlockProfileRate(i64(a[0]));
            return null;
        });
        put("runtime.Callers", (g, a) -> {
            SliceVal pc = (SliceVal) a[1];
            long[] pcs = new long[pc == null ? 0 : pc.len];
            int n = Go.callers((int) i64(a[0]), pcs);
            for (int i = 0; i < n; i++) {
                pc.a[pc.off + i] = pcs[i];
            }
            return (long) n;
        });
        put("runtime.Breakpoint", (g, a) -> {
            host.flush(g);
            long[] pc = new long[1];
            Go.callers(1, pc);
            // the signal handler's report (go1.7 signal_sigtramp/sighandler: "PC=%#x m=%d"), then the dump
            throw gosim.sim.GoFatal.of("SIGTRAP: trace trap\nPC=0x" + Long.toHexString(pc[0]) + " m="
                    + "0 sigcode=128\n", "trace trap"); // m: the model does not expose the M here
        });
        put("runtime.Caller", (g, a) -> {
            host.flush(g); // the frames' current lines
            long[] pcs = new long[1];
            // frame 0 of Go.callers is runtime.Callers; 1 is this native's caller
            if (Go.callers((int) i64(a[0]) + 1, pcs) < 1) {
                return new Object[] {0L, "", 0L, false};
            }
            Func f = host.rt.symtab().funcForPC(pcs[0]);
            if (f == null) {
                return new Object[] {pcs[0], "", 0L, false};
            }
            return new Object[] {pcs[0], Values.goString(f.file(pcs[0] - 1)), (long) f.line(pcs[0] - 1), true};
        });
        put("runtime.ReadMemStats", (g, a) -> {
            readMemStats((StructVal) a[0]);
            return null;
        });
        put("runtime.MemProfile", (g, a) -> {
            SliceVal p = (SliceVal) a[0];
            MemProfileRecord[] recs = records(p, MemProfileRecord::new, MemProfileRecord[]::new);
            host.syncMemProfileRate();
            ProfileResult r = pprof0().profiling().memProfile(recs, (Boolean) a[1]);
            if (r.ok()) {
                for (int i = 0; i < r.n(); i++) {
                    StructVal s = (StructVal) p.a[p.off + i];
                    setField(s, "AllocBytes", recs[i].allocBytes);
                    setField(s, "FreeBytes", recs[i].freeBytes);
                    setField(s, "AllocObjects", recs[i].allocObjects);
                    setField(s, "FreeObjects", recs[i].freeObjects);
                    setStack(s, recs[i].stack0);
                }
            }
            return new Object[] {(long) r.n(), r.ok()};
        });
        put("runtime.BlockProfile", (g, a) -> {
            SliceVal p = (SliceVal) a[0];
            BlockProfileRecord[] recs = records(p, BlockProfileRecord::new, BlockProfileRecord[]::new);
            ProfileResult r = pprof0().profiling().blockProfile(recs);
            if (r.ok()) {
                for (int i = 0; i < r.n(); i++) {
                    StructVal s = (StructVal) p.a[p.off + i];
                    setField(s, "Count", recs[i].count);
                    setField(s, "Cycles", recs[i].cycles);
                    setStack(s, recs[i].stack0);
                }
            }
            return new Object[] {(long) r.n(), r.ok()};
        });
        put("runtime.ThreadCreateProfile", (g, a) -> stackRecords((SliceVal) a[0],
                recs -> pprof0().profiling().threadCreateProfile(recs)));
        put("runtime.GoroutineProfile", (g, a) -> {
            host.flush(g);
            return stackRecords((SliceVal) a[0], recs -> pprof0().profiling().goroutineProfile(recs));
        });
        put("runtime.FuncForPC", (g, a) -> {
            Func f = host.rt.symtab().funcForPC(i64(a[0]));
            if (f == null) {
                return null;
            }
            StructVal v = fresh(type("runtime", "Func"));
            v.f[0] = f.entry();
            v.f[1] = Values.goString(f.name());
            return v;
        });
        put("runtime.(*Func).FileLine", (g, a) -> {
            Func f = host.rt.symtab().funcForPC(i64(((StructVal) a[0]).f[0]));
            long pc = i64(a[1]);
            boolean inside = f != null && pc >= f.entry() && pc < f.end();
            return new Object[] {Values.goString(inside ? f.file(pc) : "?"), inside ? (long) f.line(pc) : 0L};
        });
    }

    private <R extends StackRecord> R[] records(SliceVal p, Supplier<R> make,
            java.util.function.IntFunction<R[]> array) {
        R[] recs = array.apply(p == null ? 0 : p.len);
        for (int i = 0; i < recs.length; i++) {
            recs[i] = make.get();
        }
        return recs;
    }

    private Object stackRecords(SliceVal p, java.util.function.Function<StackRecord[], ProfileResult> api) {
        StackRecord[] recs = records(p, StackRecord::new, StackRecord[]::new);
        ProfileResult r = api.apply(recs);
        if (r.ok()) {
            for (int i = 0; i < r.n(); i++) {
                setStack((StructVal) p.a[p.off + i], recs[i].stack0);
            }
        }
        return new Object[] {(long) r.n(), r.ok()};
    }

    private void readMemStats(StructVal m) {
        MemStats s = Go.readMemStats();
        setField(m, "Alloc", s.alloc);
        setField(m, "TotalAlloc", s.totalAlloc);
        setField(m, "Sys", s.sys);
        setField(m, "Lookups", s.lookups);
        setField(m, "Mallocs", s.mallocs);
        setField(m, "Frees", s.frees);
        setField(m, "HeapAlloc", s.heapAlloc);
        setField(m, "HeapSys", s.heapSys);
        setField(m, "HeapIdle", s.heapIdle);
        setField(m, "HeapInuse", s.heapInuse);
        setField(m, "HeapReleased", s.heapReleased);
        setField(m, "HeapObjects", s.heapObjects);
        setField(m, "StackInuse", s.stackInuse);
        setField(m, "StackSys", s.stackSys);
        setField(m, "MSpanInuse", s.mSpanInuse);
        setField(m, "MSpanSys", s.mSpanSys);
        setField(m, "MCacheInuse", s.mCacheInuse);
        setField(m, "MCacheSys", s.mCacheSys);
        setField(m, "BuckHashSys", s.buckHashSys);
        setField(m, "GCSys", s.gcSys);
        setField(m, "OtherSys", s.otherSys);
        setField(m, "NextGC", s.nextGC);
        setField(m, "LastGC", s.lastGC);
        setField(m, "PauseTotalNs", s.pauseTotalNs);
        setField(m, "NumGC", (long) s.numGC);
        setField(m, "GCCPUFraction", s.gcCPUFraction);
        setField(m, "EnableGC", true);
        setField(m, "DebugGC", false);
        for (Types.Field f : m.type.fields) {
            if (f.name().equals("PauseNs") || f.name().equals("PauseEnd")) {
                long[] src = f.name().equals("PauseNs") ? s.pauseNs : s.pauseEnd;
                ArrayVal arr = (ArrayVal) m.f[m.type.fields.indexOf(f)];
                for (int i = 0; i < arr.a.length; i++) {
                    arr.a[i] = src[i];
                }
            }
        }
    }

    // ---- runtime/debug: go1.7 runtime/debug/stubs.go's functions, which the runtime implements ----

    private void runtimeDebug() {
        put("runtime/debug.setGCPercent", (g, a) -> {
            host.flush(g);
            return (long) Go.setGCPercent((int) i64(a[0]));
        });
        put("runtime/debug.freeOSMemory", (g, a) -> {
            host.flush(g);
            host.syncMemProfileRate();
            Go.freeOSMemory();
            return null;
        });
        put("runtime/debug.setMaxStack", (g, a) -> {
            long old = Go.setMaxStack(i64(a[0]));
            host.linked.stackLimitChanged();
            return old;
        });
        put("runtime/debug.setMaxThreads", (g, a) -> (long) Go.setMaxThreads((int) i64(a[0])));
        put("runtime/debug.setPanicOnFault", (g, a) -> Go.setPanicOnFault((Boolean) a[0]));
    }

    // ---- runtime/pprof --------------------------------------------------------------------------

    private Object profileValue(Profile p) {
        return profileValues.computeIfAbsent(p, k -> {
            StructVal v = fresh(type("runtime/pprof", "Profile"));
            v.f[0] = k;
            return v;
        });
    }

    private static Profile profile(Object v) {
        return (Profile) ((StructVal) v).f[0];
    }

    private <T> T pprofCall(Goroutine g, Supplier<T> op) {
        try {
            return op.get();
        } catch (ProfilePanic p) {
            throw host.linked.panic(g, p.getMessage(), false);
        }
    }

    /** Whether lockProfiles has made profiles.m (its first call allocates the map). */
    private boolean profilesMade;

    /**
     * lockProfiles' first run, from pprof entry point {@code entry} at its call (a go1.7 line):
     * profiles.m = map[string]*Profile{...} (go1.7 pprof.go:159, 1.19 187) allocates the hmap
     * (go1.7 makemap with no hint, sinit.go:868-870; 1.19 makemap_small, six entries) and, at its
     * first assignment, the map's one bucket: 8 tophash bytes, 8 string keys, 8 pointer values and
     * the overflow pointer, 208 bytes. The map lives as long as the process (a global).
     */
    private void lockProfiles(PprofFuncs.Row entry, int line) {
        if (profilesMade) {
            return;
        }
        profilesMade = true;
        host.syncMemProfileRate();
        PprofFuncs funcs = pprof0().funcs();
        boolean go19 = funcs.go19();
        funcs.callUnchecked(entry, line, () -> funcs.callUnchecked(PprofFuncs.LOCK_PROFILES, PprofFuncs.LOCK_PROFILES_MAP, () -> {
            host.rt.kernel().mallocFrom(go19 ? AllocPath.MAKEMAP_SMALL_19 : AllocPath.MAKEMAP_HMAP_17, Hashmap.HMAP_SIZE, false);
            if (!go19) {
                Go.line(PprofFuncs.LOCK_PROFILES_ASSIGN);
            }
            return host.rt.kernel().mallocFrom(Hashmap.stringKeyFirstBucket(host.rt.version()), 208, false);
        }));
    }

    private void pprof() {
        put("runtime/pprof.Lookup", (g, a) -> {
            lockProfiles(PprofFuncs.LOOKUP, PprofFuncs.LOOKUP_LOCK);
            return pprof0().lookup(Values.javaString((String) a[0])).map(this::profileValue).orElse(null);
        });
        put("runtime/pprof.Profiles", (g, a) -> {
            lockProfiles(PprofFuncs.PROFILES, PprofFuncs.PROFILES_LOCK);
            List<Object> out = new ArrayList<>();
            for (Profile p : pprof0().profiles()) {
                out.add(profileValue(p));
            }
            return Values.newSlice(out.toArray());
        });
        put("runtime/pprof.NewProfile", (g, a) -> {
            lockProfiles(PprofFuncs.NEW_PROFILE, PprofFuncs.NEW_PROFILE_LOCK);
            return pprofCall(g, () -> profileValue(pprof0().newProfile(Values.javaString((String) a[0]))));
        });
        put("runtime/pprof.(*Profile).Name", (g, a) -> Values.goString(profile(a[0]).name()));
        put("runtime/pprof.(*Profile).Count", (g, a) -> (long) profile(a[0]).count());
        put("runtime/pprof.(*Profile).Add", (g, a) -> pprofCall(g, () -> {
            profile(a[0]).add(a[1], (int) i64(a[2]));
            return null;
        }));
        put("runtime/pprof.(*Profile).Remove", (g, a) -> {
            profile(a[0]).remove(a[1]);
            return null;
        });
        put("runtime/pprof.(*Profile).writeTo", (g, a) -> {
            host.flush(g);
            host.syncMemProfileRate();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            // The pprof layer pushes Go's (*Profile).WriteTo frame itself: take the stub's off meanwhile.
            gosim.sim.internal.SimStack self = gosim.sim.internal.SimStack.current();
            Func writeTo = self.frameFunc(self.depth() - 1);
            self.leave(writeTo);
            try {
                pprof0().writeTo(profile(a[0]), buf, (int) i64(a[2]));
            } catch (IOException e) {
                return Values.goString(e.getMessage());
            } finally {
                self.enter(writeTo);
            }
            host.linked.write(g, a[1], buf.toByteArray());
            return "";
        });
        put("runtime/pprof.startCPUProfile", (g, a) -> {
            if (pprof0().cpuProfiling()) {
                return Values.goString("cpu profiling already in use");
            }
            cpuBuffer = new ByteArrayOutputStream();
            cpuWriter = a[0];
            pprof0().startCPUProfile(cpuBuffer);
            return "";
        });
        put("runtime/pprof.StopCPUProfile", (g, a) -> {
            if (!pprof0().cpuProfiling()) {
                return null;
            }
            try {
                pprof0().stopCPUProfile();
            } catch (IOException e) {
                throw new IllegalStateException("writing to memory failed", e);
            }
            if (cpuWriter != null) { // else the profile was -cpuprofile's, written to its file by the stop
                host.linked.write(g, cpuWriter, cpuBuffer.toByteArray());
            }
            cpuBuffer = null;
            cpuWriter = null;
            return null;
        });
    }

    // ---- runtime/trace ----------------------------------------------------------------------------

    private ByteArrayOutputStream traceBuffer;
    private Object traceWriter;

    private void trace() {
        put("runtime/trace.start", (g, a) -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try {
                Go.startTrace(buf);
            } catch (IllegalStateException e) {
                return Values.goString(e.getMessage());
            }
            traceBuffer = buf;
            traceWriter = a[0];
            return "";
        });
        put("runtime/trace.Stop", (g, a) -> {
            Go.stopTrace();
            if (traceBuffer != null) {
                host.linked.write(g, traceWriter, traceBuffer.toByteArray());
                traceBuffer = null;
                traceWriter = null;
            }
            return null;
        });
    }

    // ---- syscall --------------------------------------------------------------------------------

    private void syscall() {
        put("syscall.Nanosleep", (g, a) -> {
            host.flush(g);
            StructVal ts = (StructVal) a[0];
            long ns = ts == null ? 0 : i64(ts.f[0]) * 1_000_000_000L + i64(ts.f[1]);
            Go.nanosleep(Math.max(0, ns), host.addressOf(ts), host.addressOf(a[1]));
            return null;
        });
        put("syscall.Getpid", (g, a) -> PID);
    }
}
