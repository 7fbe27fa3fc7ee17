package gosim.sim.internal;

import gosim.sim.Goroutine;
import gosim.sim.heap.HeapObject;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Internal (see the package): the runtime hooks that interpreters and kernel-level libraries use,
 * from {@link gosim.sim.GoRuntime#kernel()}. Parking and readying model go1.7 proc.go's gopark
 * (proc.go:245) and goready (proc.go:268), a poller's wake-up its injectglist (proc.go:2045).
 */
public interface Kernel {
    /** gopark: the calling goroutine waits, with a Go 1.7 wait reason, until {@link #goready}. */
    void gopark(String reason);

    /** goready: makes a parked goroutine of this runtime runnable on the caller's P. */
    void goready(Goroutine g);

    /**
     * Opens (+1) or closes (-1) a poller: while one is open, a process whose goroutines all wait
     * is waiting for the network, not deadlocked.
     */
    void netpollers(int delta);

    /**
     * netpoll's injectglist for one goroutine parked waiting for I/O: it becomes runnable on the
     * global queue. Call from the loop (a {@link gosim.sim.GoRuntime#post}ed task).
     */
    void netpollReady(Goroutine g);

    /**
     * Says which heap objects the GC finds reachable (an interpreter scans its roots); by default
     * an object is reachable until released with {@link gosim.sim.Go#release}.
     */
    void setReachability(Predicate<HeapObject> reachable);

    /** How argument words are read from the frame objects given to {@link SimStack#enter(gosim.sim.Func, Object)}. */
    void setArgWordsResolver(Function<Object, long[]> resolver);

    /**
     * Installs mprof's hooks (the bucket table implements them), best before the run: without them
     * the heap is modeled but nothing is profiled.
     */
    void installMProf(gosim.sim.heap.MProfHooks hooks);

    /** Where blocking primitives report waits (mprof's blockevent). */
    void setBlockHook(gosim.sim.BlockHook hook);

    /** Installs (or with null removes) the program's CPU profiler's SIGPROF sampler. */
    void setCpuSampler(gosim.sim.CpuSampler sampler);

    /**
     * mallocgc on the calling goroutine's behalf from a runtime function (makemap, mapassign,
     * makechan): the heap record's stack starts with {@code path}'s frames, then the goroutine's.
     */
    HeapObject mallocFrom(AllocPath path, long size, boolean noscan);

    /** runtime_procPin's P id for the running goroutine (sync.Pool's per-P slot). */
    int procPin();

    /**
     * Whether another thread has an event before the calling goroutine's M has run {@code nanos}
     * more: then {@link gosim.sim.Go#work} of that much would let it run first (threads overlap).
     */
    boolean othersWithin(long nanos);

    /** The finalizer specials the GC's sweep consults (SetFinalizer's objects); null: none. */
    void setFinalizers(gosim.sim.heap.FinalizerSpecials specials);

    /**
     * Whether runtime.main's init creates the finalizer goroutine, as package os's init does in
     * every program that links os (NewFile calls SetFinalizer); default true. Set before the run.
     */
    void setFingAtInit(boolean atInit);

    /** createfing from the calling goroutine (SetFinalizer, go1.7 mfinal.go:389): runfinq starts once. */
    void createfing();

    /**
     * queuefinalizer, from {@link gosim.sim.heap.FinalizerSpecials#queuefinalizers}: {@code call}
     * runs on the finalizer goroutine (it calls the finalizer), whose argument frame is
     * {@code framesz} bytes (16 + nret); {@code fnAddr} is the funcval's address for tracebacks.
     */
    void queuefinalizer(Runnable call, long framesz, long fnAddr);
}
