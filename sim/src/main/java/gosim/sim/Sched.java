package gosim.sim;

/** Models runtime2.go's {@code schedt} (Go 1.7): idle Ms and Ps, the global run queue, free Gs. */
final class Sched {
    /** sched.maxmcount: more Ms than this is fatal. */
    static final int MAXMCOUNT = 10000;
    /** Goids are handed to Ps in batches of this size (_GoidCacheBatch). */
    static final int GOID_CACHE_BATCH = 16;

    long goidgen;
    M midle;
    int nmidle;
    int nmidlelocked;
    /** go1.7's sched.mcount, 1.19's sched.mnext: Ms made so far, the next M's id. */
    int mcount;
    /** sched.nmfreed (Go 1.10+): Ms whose threads exited (mexit); none in go1.7. */
    int nmfreed;
    int maxmcount = MAXMCOUNT;
    P pidle;
    int npidle;
    int nmspinning;
    G runqhead;
    G runqtail;
    int runqsize;
    G gfree;
    int ngfree;
    int gcwaiting;
    int stopwait;
    boolean sysmonwait;
    /**
     * The M blocked in netpoll (Go 1.19: findRunnable's sched.lastpoll == 0 while one polls,
     * proc.go:2816), or null; never set in Go 1.7, whose timers need no poller.
     */
    M netpoller;
    /** sched.pollUntil: when the netpoller's sleep ends, 0 when none polls. */
    long pollUntil;
}
