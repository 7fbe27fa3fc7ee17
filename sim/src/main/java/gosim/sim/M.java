package gosim.sim;

/**
 * An OS thread: models runtime2.go's {@code m} (Go 1.7). createstack holds the stack that asked
 * for the thread (seed 000: "how did each thread get created?"); allm links Ms through alllink,
 * newest first. Model state, package-private: users read threads through
 * {@link GoRuntime#threadCreateStacks()} and {@link GoRuntime#mcount()}.
 */
final class M {
    /** Size of createstack: runtime2.go's [32]uintptr. */
    public static final int CREATESTACK_LEN = 32;

    final long id;
    M alllink;
    final long[] createstack = new long[CREATESTACK_LEN];
    G curg;
    P p;
    /** The P handed over by startm, taken by the M when it wakes. */
    P nextp;
    G lockedg;
    boolean spinning;
    /** True while the M is parked on sched.midle (stopm). */
    boolean idle;
    M schedlink;
    int fastrand;
    /** This thread's virtual clock, in nanoseconds. */
    long clock;
    /** The noise model's speed of this thread (ppm off nominal) until its clock reaches speedUntil. */
    long speedPpm;
    long speedUntil;
    /** Virtual CPU time this thread spent running goroutine code (the CPU profiler's clock). */
    long cputime;
    /** A work() in progress: it started at workStart and ends at clock unless cut short. */
    boolean working;
    long workStart;
    /** True while an event to run this M is on the timeline; heapIndex/tiebreak belong to it. */
    boolean scheduled;
    int heapIndex = -1;
    long tiebreak;
    /** Where a sleeping M continues when woken: one of the RESUME_ constants. */
    int resumeIn = RESUME_SCHEDULE;
    static final int RESUME_SCHEDULE = 0;
    static final int RESUME_FINDRUNNABLE = 1;
    static final int RESUME_LOCKED = 2;
    /** m.locked: _LockExternal (LockOSThread) and _LockInternal (runtime) counts. */
    int locked;
    /** m.lockedExt (Go 1.10+, 1.19 runtime2.go): LockOSThread calls not yet undone; they nest. */
    int lockedExt;
    /** m.syscalltick: the P's syscalltick when this M entered its syscall. */
    int syscalltick;
    /**
     * While this M sleeps in runqgrab's usleep(3): the victim's runnext it saw, and where the
     * stealing loop stands (pass and enumeration); stealWait is null otherwise.
     */
    G stealWait;
    int stealPass;
    RandomOrder.Enum stealEnum;
    static final int LOCK_EXTERNAL = 1;
    static final int LOCK_INTERNAL = 2;
    /** A one-off action to run instead of the scheduler when this M next wakes, or null. */
    Runnable wakeAction;
    /** m.g0: the thread's system stack, where 1.19's checkTimers runs timer functions; made on first use. */
    private G g0;
    /** The pollUntil findRunnable carries from checkTimers to its netpoll (Go 1.19), 0 for none. */
    long pollUntil;
    /** findRunnable's wasSpinning while this M blocks in netpoll (Go 1.19). */
    boolean netpollWasSpinning;
    /** stealWork's ranTimer across a usleep(3) of the stealing loop (Go 1.19). */
    boolean stealRanTimer;
    /** What the M does when it has no P: sysmon. */
    final boolean sysmon;

    M(long id, boolean sysmon) {
        this.id = id;
        this.sysmon = sysmon;
    }

    /** This M's g0, a G in no list whose primitives charge the M's clock and never yield. */
    G g0(GoRuntime rt) {
        if (g0 == null) {
            g0 = new G(rt, -1);
            g0.status = G._Grunning;
            g0.systemStack = true;
        }
        g0.m = this;
        return g0;
    }

    public long id() {
        return id;
    }

    /** The next M on allm (older), or null. */
    public M alllink() {
        return alllink;
    }

    /** A copy of createstack. */
    public long[] createstack() {
        return createstack.clone();
    }

    public G curg() {
        return curg;
    }

    public P p() {
        return p;
    }

    public G lockedg() {
        return lockedg;
    }

    public boolean spinning() {
        return spinning;
    }

    @Override
    public String toString() {
        return "m" + id;
    }
}
