package gosim.sim.events;

/**
 * The kinds of event in the kernel's one event stream ({@link Event}). Each names the proc.go (or
 * mgc.go, trace.go) function that makes the decision; docs/events.md describes every field.
 * The Go execution trace ({@link ExecTrace}), the narration ({@link Explain}), the timeline
 * ({@link TimelineHtml}) and the JSON lines ({@link JsonLines}) are all views of this stream.
 */
public enum Ev {
    /** acquirep: M m takes P p. */
    PROC_START,
    /** releasep, or a P in a syscall stopped by retake/stopTheWorld: P p stops running Go code. */
    PROC_STOP,
    /** newm: thread m is made, to start with P p (nextp) when p is set; why says for whom. */
    M_NEW,
    /** startm/notewakeup: idle M m is woken to run P p. */
    M_WAKE,
    /** stopm: M m has nothing to do and sleeps on sched.midle. */
    M_STOP,
    /** findrunnable: M m starts spinning (looking for work to steal). */
    M_SPIN,
    /** newproc1: goroutine g (null on g0) creates g2 (whose function is fn) on P p; stack is g's. */
    G_CREATE,
    /** execute: g runs on m and p; why is where schedule found it (runnext, runq, ...). */
    G_START,
    /** goexit0: g ends. */
    G_END,
    /** goschedImpl from runtime.Gosched: g goes to the global queue. */
    G_SCHED,
    /** gopreempt_m: g is preempted at a safe point and goes to the global queue. */
    G_PREEMPT,
    /** park_m: g waits; why is its wait reason, obj what it waits on. */
    G_BLOCK,
    /** ready (goready): g (0 when no goroutine, e.g. netpoll) makes g2 runnable on P p. */
    G_UNBLOCK,
    /** entersyscall: g enters a syscall of n ns on m, keeping p in _Psyscall. */
    SYSCALL,
    /** g's syscall blocks: its P p is handed off (entersyscallblock, retake, stopTheWorld). */
    SYSCALL_BLOCK,
    /** exitsyscall: g is back on m; p is the P it runs on now (-1: none, to the global queue). */
    SYSCALL_EXIT,
    /** runqsteal: P p (on m) stole n Gs (goids) from P p2. */
    STEAL,
    /** handoffp / startlockedm: P p is handed on; why says to whom. */
    HANDOFF,
    /** sysmon retake: P p taken back from a syscall (n ns in it) or its G preempted. */
    RETAKE,
    /** stopTheWorld(why) by g. */
    STW_START,
    /** startTheWorld by g. */
    STW_DONE,
    /** gcStart: GC cycle n begins (by g). */
    GC_START,
    /** the GC cycle ends. */
    GC_DONE,
    /** memstats.heap_live is now n bytes (after a cycle's mark, and when a span's worth more is allocated). */
    HEAP_ALLOC,
    /** memstats.next_gc is now n bytes (gcMark sets it). */
    NEXT_GC,
    /** The cycle's sweep starts (mspan.sweep, one pair for the whole sweep: the model sweeps at once). */
    GC_SWEEP_START,
    /** The sweep is done. */
    GC_SWEEP_DONE,
    /** procresize: GOMAXPROCS is now n. */
    GOMAXPROCS,
    /** Snapshot when a view attaches mid-run: goroutine g exists in state why (fn: its start). */
    G_EXISTS;

    /** The name used in JSON lines: lower case, as in "g_start". */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
