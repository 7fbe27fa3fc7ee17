package gosim.pprof;

import static gosim.pprof.PprofFuncs.PROFILE_ADD;
import static gosim.pprof.PprofFuncs.PROFILE_ADD_CALLERS;
import static gosim.pprof.PprofFuncs.PROFILE_WRITE_TO;
import static gosim.pprof.PprofFuncs.PROFILE_WRITE_TO_WRITE;
import static gosim.pprof.PprofFuncs.WRITE_GOROUTINE;
import static gosim.pprof.PprofFuncs.WRITE_GOROUTINE_PROFILE_CALL;
import static gosim.pprof.PprofFuncs.WRITE_GOROUTINE_STACKS;
import static gosim.pprof.PprofFuncs.WRITE_GOROUTINE_STACKS_CALL;
import static gosim.pprof.PprofFuncs.WRITE_GOROUTINE_STACKS_STACK;
import static gosim.pprof.PprofFuncs.WRITE_RUNTIME_PROFILE;
import static gosim.pprof.PprofFuncs.WRITE_RUNTIME_PROFILE_COUNT;
import static gosim.pprof.PprofFuncs.WRITE_RUNTIME_PROFILE_FETCH;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.ProfileResult;
import gosim.mprof.Profiling;
import gosim.mprof.StackRecord;
import gosim.pprof.text.MemStatsView;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.heap.MemStats;
import java.util.Objects;

/**
 * The runtime side of runtime/pprof for one live simulated process (runtime/mprof.go's record
 * functions, runtime.NumGoroutine, runtime.Stack, runtime.ReadMemStats, runtime.Callers): a
 * {@link ProfileSource} and {@link Callers} backed by mprof's {@link Profiling} and the kernel.
 * Every method must run on a goroutine of the process. While the goroutine profile and the
 * debug=2 dump are taken, the frames Go 1.7's runtime/pprof has on the caller's stack at that
 * point ((*Profile).WriteTo, writeGoroutine, writeRuntimeProfile or writeGoroutineStacks) are
 * pushed, so the caller's own record looks like Go's.
 */
final class RuntimeSource implements ProfileSource, Callers {
    private final GoRuntime rt;
    private final Profiling profiling;
    private final PprofFuncs funcs;
    /** Stands for os.Stdout's *os.File: its address is given on first use, as a heap object's. */
    private final Object stdoutFile = new Object();

    RuntimeSource(GoRuntime rt, Profiling profiling, PprofFuncs funcs) {
        this.rt = Objects.requireNonNull(rt);
        this.profiling = Objects.requireNonNull(profiling);
        this.funcs = Objects.requireNonNull(funcs);
    }

    @Override
    public int numGoroutine() {
        return Go.numGoroutine();
    }

    @Override
    public ProfileResult goroutineProfile(StackRecord[] p) {
        int line = p.length == 0 ? WRITE_RUNTIME_PROFILE_COUNT : WRITE_RUNTIME_PROFILE_FETCH;
        return funcs.callUnchecked(PROFILE_WRITE_TO, PROFILE_WRITE_TO_WRITE,
                () -> funcs.callUnchecked(WRITE_GOROUTINE, WRITE_GOROUTINE_PROFILE_CALL,
                        () -> funcs.callUnchecked(WRITE_RUNTIME_PROFILE, line,
                                () -> profiling.goroutineProfile(p))));
    }

    @Override
    public ProfileResult threadCreateProfile(StackRecord[] p) {
        return profiling.threadCreateProfile(p);
    }

    /** unsafe.Sizeof(runtime.MemProfileRecord{}): four int64 and Stack0 [32]uintptr (go1.7 mprof.go, the same in 1.19). */
    static final long MEM_PROFILE_RECORD_BYTES = 4 * 8 + 32 * 8;

    /**
     * runtime.MemProfile for writeHeap. Offered a slice, it is first allocated on the heap as
     * writeHeap's make([]runtime.MemProfileRecord, n+50) does (go1.7 pprof.go:470, 1.19 565), at
     * (*Profile).WriteTo's stack, so its bucket is in the records it fills (as 0: 0 [0: 0] until two
     * GCs publish it), as in Go's own profile. The bufio and tabwriter buffers writeHeap makes after
     * it are not modeled.
     */
    @Override
    public ProfileResult memProfile(MemProfileRecord[] p, boolean inuseZero) {
        if (p.length > 0 && !rt.observers().observing()) { // an observer's ghost goroutine never allocates
            long bytes = p.length * MEM_PROFILE_RECORD_BYTES;
            gosim.sim.heap.HeapObject slice = funcs.callUnchecked(PROFILE_WRITE_TO, PROFILE_WRITE_TO_WRITE,
                    () -> funcs.callUnchecked(PprofFuncs.WRITE_HEAP, funcs.go19() ? PprofFuncs.WRITE_HEAP_INTERNAL_CALL_19
                            : PprofFuncs.WRITE_HEAP_MAKE, () -> funcs.go19()
                            ? funcs.callUnchecked(PprofFuncs.WRITE_HEAP_INTERNAL, PprofFuncs.WRITE_HEAP_INTERNAL_MAKE_19,
                                    () -> Go.malloc(bytes))
                            : Go.malloc(bytes)));
            slice.release(); // garbage once writeHeap returns
        }
        return profiling.memProfile(p, inuseZero);
    }

    @Override
    public long memProfileRate() {
        return profiling.memProfileRate();
    }

    @Override
    public MemStatsView readMemStats() {
        return view(Go.readMemStats());
    }

    /** The fields of Go 1.7's MemStats that the heap profile's trailer prints. */
    static MemStatsView view(MemStats m) {
        return new MemStatsView(m.alloc, m.totalAlloc, m.sys, m.lookups, m.mallocs, m.frees,
                m.heapAlloc, m.heapSys, m.heapIdle, m.heapInuse, m.heapReleased, m.heapObjects,
                m.stackInuse, m.stackSys, m.mSpanInuse, m.mSpanSys, m.mCacheInuse, m.mCacheSys,
                m.buckHashSys, m.nextGC, m.pauseNs, m.numGC, m.debugGC);
    }

    @Override
    public ProfileResult blockProfile(BlockProfileRecord[] p) {
        return profiling.blockProfile(p);
    }

    @Override
    public long cyclesPerSecond() {
        return GoRuntime.TICKS_PER_SECOND;
    }

    /** runtime.Stack(buf, true) called from writeGoroutineStacks (goroutine profile, debug=2). */
    @Override
    public int stack(byte[] buf, boolean all) {
        // The writer is modeled as os.Stdout (scenarios write profiles there); debug is 2, the
        // least that takes writeGoroutine to writeGoroutineStacks (go1.7 pprof.go:573).
        long[][] a = PprofFuncs.goroutineStacksArgs(PprofFuncs.GOROUTINE_PROFILE_ADDR,
                PprofFuncs.writerWords(rt.addressOf(stdoutFile)), 2);
        return funcs.callUnchecked(PROFILE_WRITE_TO, PROFILE_WRITE_TO_WRITE, a[0],
                () -> funcs.callUnchecked(WRITE_GOROUTINE, WRITE_GOROUTINE_STACKS_CALL, a[1],
                        () -> funcs.callUnchecked(WRITE_GOROUTINE_STACKS, WRITE_GOROUTINE_STACKS_STACK, a[2],
                                () -> Go.stack(buf, all))));
    }

    /** runtime.Callers from (*Profile).Add: skip 1 is Add's own frame, as in Go 1.7. */
    @Override
    public int callers(int skip, long[] pc) {
        return funcs.callUnchecked(PROFILE_ADD, PROFILE_ADD_CALLERS, () -> Go.callers(skip, pc));
    }

    GoRuntime runtime() {
        return rt;
    }
}
