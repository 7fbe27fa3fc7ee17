package gosim.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What goroutine code calls, as Go code calls the go statement and package runtime: start
 * goroutines, enter and leave named functions (so stacks and profiles are meaningful), mark the
 * current line, yield, and spend virtual CPU time. Every method must be called on a goroutine of a
 * running {@link GoRuntime}; elsewhere it throws IllegalStateException.
 */
public final class Go {
    private Go() {
    }

    /** The go statement: starts {@code body} as a new goroutine whose function is {@code fn}. */
    public static void go(Func fn, Runnable body) {
        G g = GoRuntime.self();
        g.rt.go(Objects.requireNonNull(fn), Objects.requireNonNull(body));
    }

    /**
     * The go statement for Java code: starts {@code body} as a new goroutine whose function is the
     * calling Java method (the lambda's enclosing method, {@link JavaFrames}), at the line of this
     * call; when the caller's own goroutine runs in that method too, its line is set as well, so
     * "created by" points at the call.
     */
    public static void go(Runnable body) {
        G g = GoRuntime.self();
        Objects.requireNonNull(body);
        JavaFrames.Site site = JavaFrames.caller(g);
        if (g.depth > 0 && g.fns[g.depth - 1] == site.fn()) {
            g.lines[g.depth - 1] = site.line();
        }
        G newg = g.rt.go(site.fn(), body);
        newg.lines[0] = site.line();
    }

    /** Calls {@code body} as function {@code fn}: its frame is on the stack while body runs. */
    public static void call(Func fn, Runnable body) {
        G g = push(fn);
        try {
            body.run();
        } catch (RuntimeException | Error t) {
            g.notePanicking(t);
            throw t;
        } finally {
            g.popFrame(fn);
        }
    }

    /** Calls {@code body} as function {@code fn} and returns its result. */
    public static <T> T call(Func fn, Supplier<T> body) {
        G g = push(fn);
        try {
            return body.get();
        } catch (RuntimeException | Error t) {
            g.notePanicking(t);
            throw t;
        } finally {
            g.popFrame(fn);
        }
    }

    /** Pushes a frame for fn (at its first line); pair with {@link #leave}. */
    public static void enter(Func fn) {
        push(fn);
    }

    private static G push(Func fn) {
        G g = GoRuntime.self();
        g.pushFrame(Objects.requireNonNull(fn), fn.startLine());
        return g;
    }

    /** Pops fn's frame, which must be the innermost. */
    public static void leave(Func fn) {
        GoRuntime.self().popFrame(fn);
    }

    /** Sets the current line of the innermost frame (where the next call or allocation happens). */
    public static void line(int line) {
        G g = GoRuntime.self();
        Func f = g.fns[g.depth - 1];
        if (line < f.startLine() || line > f.endLine()) {
            throw new IllegalArgumentException(f.name() + " spans lines " + f.startLine() + "-" + f.endLine()
                    + ", not line " + line);
        }
        g.lines[g.depth - 1] = line;
    }

    /** runtime.Gosched: the goroutine goes to the global run queue and the M schedules. */
    public static void gosched() {
        G g = GoRuntime.self();
        g.rt.gosched();
    }

    /** Spends {@code nanos} of virtual CPU time on this goroutine's M. */
    public static void work(long nanos) {
        G g = GoRuntime.self();
        g.rt.advance(g, nanos);
    }

    /** Spends virtual CPU time. */
    public static void work(Duration d) {
        work(d.toNanos());
    }

    /** The current goroutine's id. */
    public static long goid() {
        return GoRuntime.self().goid;
    }

    /** The current goroutine. */
    public static Goroutine self() {
        return GoRuntime.self();
    }

    /** The runtime the current goroutine belongs to. */
    public static GoRuntime runtime() {
        return GoRuntime.self().rt;
    }

    /** Virtual time now (runtime.nanotime), in nanoseconds. */
    public static long nanotime() {
        G g = GoRuntime.self();
        return g.m == null ? g.rt.now : g.m.clock; // an observer's ghost has no M: the loop's time
    }

    /** runtime.Callers: return PCs of the caller's stack; skip 0 is Callers itself. */
    public static int callers(int skip, long[] pcs) {
        G g = GoRuntime.self();
        return g.rt.callers(g, skip, pcs);
    }

    /** A blocking system call lasting {@code nanos} of virtual time (syscall.Syscall). */
    public static void syscall(long nanos) {
        GoRuntime.self().rt.syscall(nanos);
    }

    /** syscall.Nanosleep: the thread sleeps in the kernel; sysmon may hand its P to another M. */
    public static void nanosleep(long nanos) {
        nanosleep(nanos, 0, 0);
    }

    /**
     * syscall.Nanosleep(time, leftover) with the Timespecs at those addresses (0 for nil), which
     * its frames print: Nanosleep's 4 words (two pointers, then the error result, zeroed on entry;
     * go1.7 zsyscall_linux_amd64.go:724) and Syscall's 7 (trap SYS_NANOSLEEP = 35, zsysnum_linux_amd64.go:44,
     * the two pointers, a3 = 0, then r1, r2, err, not yet written; asm_linux_amd64.s:17 $0-56).
     */
    public static void nanosleep(long nanos, long time, long leftover) {
        G g = GoRuntime.self();
        Func f = g.rt.layout.func("syscall.Nanosleep");
        call(f, () -> {
            line(KernelFuncs.NANOSLEEP.line(g.rt.version));
            long[] words = {time, leftover, 0, 0};
            g.setArgs(g.depth - 1, (ArgWords) () -> words);
            g.rt.syscall(nanos, new long[] {35, time, leftover, 0, 0, 0, 0});
        });
    }

    /** time.Sleep: the goroutine parks ("sleep") on a runtime timer; the thread is not blocked. */
    public static void sleep(long nanos) {
        G g = GoRuntime.self();
        Func f = g.rt.layout.func("time.Sleep");
        call(f, () -> {
            line(g.rt.layout.sleepParkLine);
            long[] d = {nanos};
            g.setArgs(g.depth - 1, (ArgWords) () -> d);
            g.rt.timers.sleep(nanos);
        });
    }

    /** time.Sleep. */
    public static void sleep(Duration d) {
        sleep(d.toNanos());
    }

    /** runtime.LockOSThread: this goroutine runs only on its current M until unlocked. */
    public static void lockOSThread() {
        G g = GoRuntime.self();
        g.rt.proc.lockOSThread(g, M.LOCK_EXTERNAL);
    }

    /** runtime.UnlockOSThread. */
    public static void unlockOSThread() {
        G g = GoRuntime.self();
        g.rt.proc.unlockOSThread(g, M.LOCK_EXTERNAL);
    }

    /** runtime.Goexit: ends this goroutine after running its finally blocks (deferred calls). */
    public static void goexit() {
        GoRuntime.self();
        throw new GoexitSignal();
    }

    /**
     * runtime.Stack: formats the calling goroutine's stack (and, with all, every other
     * goroutine's, with the world stopped) into buf in Go 1.7's format; returns the bytes written,
     * truncating to buf's length.
     */
    public static int stack(byte[] buf, boolean all) {
        G g = GoRuntime.self();
        return g.rt.stack(g, buf, all);
    }

    /**
     * Allocates {@code size} bytes on the simulated heap here (mallocgc): rounded to Go 1.7's
     * size classes, counted in MemStats, sampled for the heap profile with this goroutine's stack
     * (in a Java function, with the Java frames and lines of this call: {@link JavaFrames}).
     * The object stays reachable until {@link #release} or {@link #free}.
     */
    public static gosim.sim.heap.HeapObject malloc(long size) {
        return malloc(size, false);
    }

    /**
     * {@link #malloc(long)} of an object without pointers when {@code noscan}: requests under 16
     * bytes share the tiny allocator's 16-byte block, which is then what is returned.
     */
    public static gosim.sim.heap.HeapObject malloc(long size, boolean noscan) {
        G g = GoRuntime.self();
        if (!JavaFrames.inJava(g)) {
            return g.rt.malloc(g, size, noscan);
        }
        int pushed = JavaFrames.mirror(g); // the allocation site is the Java line
        try {
            return g.rt.malloc(g, size, noscan);
        } finally {
            JavaFrames.unmirror(g, pushed);
        }
    }

    /** The program drops its last reference to obj: the next GC sweeps it (mProf_Free freed=false). */
    public static void release(gosim.sim.heap.HeapObject obj) {
        obj.release();
    }

    /** An explicit free of obj (runtime free, mProf_Free freed=true). */
    public static void free(gosim.sim.heap.HeapObject obj) {
        GoRuntime.self().rt.heap().free(obj);
    }

    /** runtime.GC: a full, blocking collection with the world stopped. */
    public static void gc() {
        GoRuntime.self().rt.gcCycle(gosim.sim.heap.GcMode.FORCE_BLOCK);
    }

    /**
     * runtime/trace.Start (runtime.StartTrace of Go 1.7): from now on the process's execution
     * trace is recorded, in Go 1.7's format; {@link #stopTrace} writes it to {@code w}.
     *
     * @throws IllegalStateException "tracing is already enabled", Go's error
     */
    public static void startTrace(java.io.OutputStream w) {
        GoRuntime.self().rt.startTrace(java.util.Objects.requireNonNull(w, "trace writer"));
    }

    /** runtime/trace.Stop: ends the trace and writes it; a no-op when not tracing. */
    public static void stopTrace() {
        GoRuntime.self().rt.stopTrace();
    }

    /** runtime.ReadMemStats. */
    public static gosim.sim.heap.MemStats readMemStats() {
        return GoRuntime.self().rt.readMemStats();
    }

    /** runtime.NumGoroutine (gcount in Go 1.7). */
    public static int numGoroutine() {
        return GoRuntime.self().rt.gcount();
    }

    /**
     * runtime.GOMAXPROCS(n): returns the previous setting; n > 0 changes it, stopping the world
     * and resizing the Ps (procresize) as Go does.
     */
    public static int gomaxprocs(int n) {
        G g = GoRuntime.self();
        int old = g.rt.proc.gomaxprocs;
        if (n <= 0 || n == old) {
            return old;
        }
        if (n > 256) {
            n = 256; // _MaxGomaxprocs in Go 1.7
        }
        g.rt.stw.stopTheWorld("GOMAXPROCS");
        g.rt.stw.startTheWorld(n);
        return old;
    }

    /** runtime/debug.SetMaxThreads: sets sched.maxmcount and returns the old limit. */
    public static int setMaxThreads(int n) {
        G g = GoRuntime.self();
        int old = g.rt.proc.sched.maxmcount;
        g.rt.proc.sched.maxmcount = n;
        return old;
    }

    /**
     * runtime/debug.SetGCPercent's setGCPercent (go1.7 mgc.go:201-214): sets GOGC (negative: off)
     * and lowers the trigger ratio to it; returns the previous setting.
     */
    public static int setGCPercent(int percent) {
        return GoRuntime.self().rt.heap().setGCPercent(percent);
    }

    /**
     * runtime/debug.FreeOSMemory (go1.7 mheap.go:959-962): a blocking collection, then mheap's
     * scavenge, which the heap model has nothing for (it never releases spans).
     */
    public static void freeOSMemory() {
        GoRuntime.self().rt.gcCycle(gosim.sim.heap.GcMode.FORCE_BLOCK);
    }

    /** runtime/debug.SetMaxStack (go1.7 rdebug.go:10-14): sets maxstacksize, returns the previous value. */
    public static long setMaxStack(long bytes) {
        GoRuntime rt = GoRuntime.self().rt;
        long old = rt.maxstacksize;
        rt.maxstacksize = bytes;
        return old;
    }

    /** runtime/debug.SetPanicOnFault (go1.7 rdebug.go:17-22): this goroutine's setting; returns the old one. */
    public static boolean setPanicOnFault(boolean enabled) {
        G g = GoRuntime.self();
        boolean old = g.paniconfault;
        g.paniconfault = enabled;
        return old;
    }

    /** The id of the M running this goroutine (for tests and tools; Go has no such call). */
    public static long mid() {
        return GoRuntime.self().m.id;
    }

    /** os.Exit: ends the process now with the given status. */
    public static void exit(int code) {
        GoRuntime.self().rt.exitProcess(code);
    }
}
