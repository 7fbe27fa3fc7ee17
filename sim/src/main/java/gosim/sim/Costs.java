package gosim.sim;

/**
 * Modeled virtual-time costs of runtime operations, in nanoseconds. They are the model's
 * assumptions (orders of magnitude of Go on a current x86 core), kept in one place so that a
 * change of assumption is one edit; nothing here is measured at run time.
 */
final class Costs {
    private Costs() {
    }

    /** A go statement: newproc on the creating goroutine. */
    public static final long NEWPROC = 250;
    /** schedule() plus gogo: picking the next G and switching to it. */
    public static final long SCHEDULE = 100;
    /** gopark or goready: one side of a blocking hand-off. */
    public static final long PARK = 50;
    /** runtime.Gosched: goschedImpl before schedule(). */
    public static final long GOSCHED = 50;
    /** goexit0: tearing down a finished G. */
    public static final long GOEXIT = 50;
    /** notewakeup of a parked M until that thread runs (futex wake latency). */
    public static final long WAKEUP = 5_000;
    /** A GC cycle's fixed stop-the-world cost (sweep termination + mark termination). */
    public static final long GC_PAUSE_BASE = 50_000;
    /**
     * The part of a cycle's pause spent in its first stop, sweep termination (go1.7 mgc.go:961-1020),
     * when the cycle stops the world twice; the rest (and all marking) is the mark termination stop.
     */
    public static final long GC_SWEEPTERM_PAUSE = 10_000;
    /** Marking speed: bytes of live heap marked per nanosecond of pause. */
    public static final long GC_MARK_BYTES_PER_NS = 4;
    /** newosproc until the new thread runs mstart (clone + first schedule). */
    public static final long THREAD_START = 20_000;
}
