package gosim.sim;

/**
 * A processor: models runtime2.go's {@code p} (Go 1.7): a local run queue of 256 slots plus
 * runnext, the scheduler ticks, the per-P goid cache and the per-P free G list. Model state,
 * package-private (the event stream and schedtrace show Ps to users).
 */
final class P {
    public static final int _Pidle = 0;
    public static final int _Prunning = 1;
    public static final int _Psyscall = 2;
    public static final int _Pgcstop = 3;
    public static final int _Pdead = 4;

    /** Length of the local run queue (runtime2.go: runq [256]guintptr). */
    public static final int RUNQ_LEN = 256;

    final int id;
    int status = _Pgcstop;
    P link;
    int schedtick;
    int syscalltick;
    M m;
    /** runqhead and runqtail are uint32 counters that wrap; slots are taken modulo RUNQ_LEN. */
    int runqhead;
    int runqtail;
    final G[] runq = new G[RUNQ_LEN];
    G runnext;
    long goidcache;
    long goidcacheend;
    G gfree;
    int gfreecnt;
    /** sudogcache/sudogbuf (runtime2.go:482-483): released sudogs for reuse (Blocking.acquireSudog). */
    static final int SUDOGCACHE_LEN = 128;
    final Sudog[] sudogcache = new Sudog[SUDOGCACHE_LEN];
    int nsudog;
    /** gcBgMarkWorker: this P's background mark worker G, made at the first cycle that needs it. */
    G gcBgMarkWorker;
    // sysmontick: what sysmon saw of this P at its last look (retake).
    int sysmonSchedtick;
    long sysmonSchedwhen;
    int sysmonSyscalltick;
    long sysmonSyscallwhen;
    /** pp.timers (Go 1.14+, runtime2.go): this P's timer heap; unused in Go 1.7, which has one heap. */
    final Timers.Heap timers = new Timers.Heap();

    P(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public int status() {
        return status;
    }

    public M m() {
        return m;
    }

    public int schedtick() {
        return schedtick;
    }

    public int syscalltick() {
        return syscalltick;
    }

    /** Number of Gs in the local run queue, not counting runnext. */
    public int runqsize() {
        return runqtail - runqhead;
    }

    public G runnext() {
        return runnext;
    }

    @Override
    public String toString() {
        return "p" + id;
    }
}
