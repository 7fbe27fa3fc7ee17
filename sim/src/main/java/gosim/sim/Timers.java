package gosim.sim;

import java.util.Arrays;

/**
 * The runtime's timers (time.go: addtimer, deltimer, timeSleep), in two release shapes.
 *
 * <p>Go 1.7: one 4-ary heap ordered by when, served by the timer goroutine timerproc (started at
 * the first addtimer, go1.7 time.go:116-119), which sleeps in notetsleepg (a blocking syscall that
 * hands its P off) until the earliest timer, or parks "timer goroutine (idle)" when there is none.
 *
 * <p>Go 1.14+ (the 1.19 dialect): no timer goroutine. Each P has its own heap (1.19 time.go:256-309
 * addtimer/doaddtimer put a timer on the current P); the scheduler runs due timers on g0 of whatever
 * M calls checkTimers (1.19 proc.go:3279) from findRunnable (proc.go:2582) and, on the last stealing
 * pass, for other Ps (proc.go:2938); an M with nothing to do sleeps in netpoll until the earliest
 * timer (proc.go:2816-2863), and addtimer wakes it or a spinning M (wakeNetPoller, proc.go:3078).
 * Deliberate simplifications: deltimer removes at once (1.19 marks timerDeleted for the owning P to
 * clear: a stopped timer there can still cause one spurious netpoll wake-up), and a Reset timer
 * moves to the resetting goroutine's P.
 */
public final class Timers {
    /** A runtime timer: calls f(arg, seq) at when, and every period after if period > 0. */
    public static final class Timer {
        int i = -1;
        Heap heap;
        long when;
        long period;
        TimerFunc f;
        Object arg;
        long seq;

        public Timer(long when, long period, TimerFunc f, Object arg) {
            this.when = when;
            this.period = period;
            this.f = f;
            this.arg = arg;
        }

        public long when() {
            return when;
        }

        /** True while the timer is in a heap. */
        public boolean pending() {
            return i >= 0;
        }
    }

    /** A timer's function; it runs on the timer goroutine (1.7) or on an M's g0 (1.19), and must not block. */
    @FunctionalInterface
    public interface TimerFunc {
        void fire(Object arg, long seq);
    }

    /** A 4-ary min-heap of timers by when (siftupTimer/siftdownTimer): 1.7's one, or a P's in 1.19. */
    static final class Heap {
        private Timer[] t = new Timer[16];
        private int len;

        int len() {
            return len;
        }

        /** The earliest timer, or null. */
        Timer first() {
            return len == 0 ? null : t[0];
        }

        /** Adds tm; returns true when it became the earliest. */
        boolean add(Timer tm) {
            if (len == t.length) {
                t = Arrays.copyOf(t, len * 2);
            }
            tm.i = len;
            tm.heap = this;
            t[len++] = tm;
            siftup(tm.i);
            return tm.i == 0;
        }

        /** Removes tm if it is in this heap; returns whether it was. */
        boolean remove(Timer tm) {
            int i = tm.i;
            if (tm.heap != this || i < 0 || i >= len || t[i] != tm) {
                return false;
            }
            len--;
            if (i != len) {
                t[i] = t[len];
                t[i].i = i;
            }
            t[len] = null;
            tm.i = -1;
            tm.heap = null;
            if (i != len) {
                siftup(i);
                siftdown(i);
            }
            return true;
        }

        /**
         * Takes the earliest timer off for running, or moves a periodic one to its next firing
         * (the same step in 1.7's timerproc and 1.19's runOneTimer), and returns it.
         */
        Timer pop(long now) {
            Timer tm = t[0];
            if (tm.period > 0) {
                long delta = tm.when - now;
                tm.when += tm.period * (1 + -delta / tm.period);
                siftdown(0);
            } else {
                remove(tm);
            }
            return tm;
        }

        private static boolean less(Timer a, Timer b) {
            return a.when < b.when;
        }

        private void siftup(int i) {
            Timer tm = t[i];
            while (i > 0) {
                int p = (i - 1) / 4;
                if (!less(tm, t[p])) {
                    break;
                }
                t[i] = t[p];
                t[i].i = i;
                i = p;
            }
            t[i] = tm;
            tm.i = i;
        }

        private void siftdown(int i) {
            Timer tm = t[i];
            while (true) {
                int c = i * 4 + 1;
                if (c >= len) {
                    break;
                }
                int best = c;
                for (int k = c + 1; k < c + 4 && k < len; k++) {
                    if (less(t[k], t[best])) {
                        best = k;
                    }
                }
                if (!less(t[best], tm)) {
                    break;
                }
                t[i] = t[best];
                t[i].i = i;
                i = best;
            }
            t[i] = tm;
            tm.i = i;
        }
    }

    private final GoRuntime rt;
    /** Go 1.7's one heap (timers.t). */
    private final Heap heap17 = new Heap();
    private G gp;
    private M sleepingM;
    private boolean created;
    private boolean sleeping;
    private boolean rescheduling;
    /** netpollInited (1.19 netpoll.go:191-201): set by the first doaddtimer (time.go:292-294). */
    boolean netpollInited;

    Timers(GoRuntime rt) {
        this.rt = rt;
    }

    private boolean perP() {
        return rt.version.atLeast(14);
    }

    /** Number of pending timers (in every P's heap under 1.14+). */
    public int len() {
        if (!perP()) {
            return heap17.len();
        }
        int n = 0;
        for (P p : rt.proc.allp) {
            n += p.timers.len();
        }
        return n;
    }

    /** addtimer: from goroutine code. */
    public void addtimer(Timer tm) {
        if (tm.when < 0) {
            tm.when = Long.MAX_VALUE;
        }
        if (perP()) {
            addtimer19(tm);
            return;
        }
        if (heap17.add(tm)) {
            // A new earliest deadline: wake the timer goroutine.
            if (sleeping) {
                sleeping = false;
                rt.proc.notewakeup(sleepingM, Costs.WAKEUP);
            }
            if (rescheduling) {
                rescheduling = false;
                rt.goready(gp);
            }
        }
        if (!created) {
            created = true; // go1.7 time.go:115-117: go timerproc(), in addtimerLocked
            rt.go(rt.layout.func("runtime.timerproc"), this::timerproc, addtimerLocked().returnPC(116));
        }
    }

    /**
     * runtime.addtimerLocked (go1.7 time.go:94-118), timerproc's creator: defined when the first
     * timer starts it, after the program's functions, so programs without timers keep their addresses.
     */
    private Func addtimerLocked() {
        Func f = rt.symtab.lookup("runtime.addtimerLocked");
        return f != null ? f : rt.symtab.define("runtime.addtimerLocked", rt.goroot() + "/src/runtime/time.go", 94, 118);
    }

    /** 1.19 addtimer (time.go:256-283): onto the current P's heap, then wakeNetPoller(when). */
    private void addtimer19(Timer tm) {
        P pp = GoRuntime.self().m.p;
        netpollInited = true;
        pp.timers.add(tm);
        rt.proc.wakeNetPoller(tm.when);
    }

    /** deltimer: removes tm if pending; returns whether it was. */
    public boolean deltimer(Timer tm) {
        Heap h = tm.heap;
        return h != null && h.remove(tm);
    }

    /** timeSleep: parks the calling goroutine ("sleep") until ns of virtual time pass. */
    public void sleep(long ns) {
        if (ns <= 0) {
            return;
        }
        G g = GoRuntime.self();
        // 1.19 adds the timer in park_m (resetForSleep, time.go:202-206) on the same M and P, with
        // nothing run in between: adding it just before parking is the same.
        Timer tm = new Timer(g.m.clock + ns, 0, (arg, seq) -> rt.goready((G) arg), g);
        addtimer(tm);
        g.waiton = tm;
        rt.gopark("sleep");
    }

    /** The timer goroutine's body (Go 1.7 timerproc, time.go:160-210). */
    private void timerproc() {
        gp = GoRuntime.self();
        while (true) {
            sleeping = false;
            long now = gp.m.clock;
            long delta;
            while (true) {
                Timer tm = heap17.first();
                if (tm == null) {
                    delta = -1;
                    break;
                }
                delta = tm.when - now;
                if (delta > 0) {
                    break;
                }
                heap17.pop(now);
                tm.f.fire(tm.arg, tm.seq);
                now = gp.m.clock;
            }
            if (delta < 0) {
                rescheduling = true;
                rt.gopark("timer goroutine (idle)");
                continue;
            }
            sleeping = true;
            sleepingM = gp.m;
            rt.notetsleepg(gp, delta);
            sleeping = false;
        }
    }

    // ---- Go 1.14+: per-P heaps run by the scheduler ------------------------------------------

    /** pp.timer0When: when of pp's earliest timer, 0 when it has none. */
    static long timer0When(P pp) {
        Timer tm = pp.timers.first();
        return tm == null ? 0 : tm.when;
    }

    /**
     * checkTimers (1.19 proc.go:3279-3336) on mp, which holds a P: runs pp's due timers on mp's
     * g0 (their goready puts Gs on mp's P). Returns pp's next when (0: none) and sets
     * {@link #ran}.
     */
    long checkTimers(M mp, P pp) {
        ran = false;
        Timer first = pp.timers.first();
        if (first == null || first.when > mp.clock) {
            return first == null ? 0 : first.when;
        }
        G g0 = mp.g0(rt);
        G saved = GoRuntime.currentOrNull();
        GoRuntime.setCurrent(g0);
        try {
            long now = mp.clock;
            Timer tm;
            while ((tm = pp.timers.first()) != null && tm.when <= now) {
                pp.timers.pop(now);
                ran = true;
                tm.f.fire(tm.arg, tm.seq);
            }
            return tm == null ? 0 : tm.when;
        } finally {
            GoRuntime.setCurrent(saved);
        }
    }

    /** checkTimers' third result: whether the last call ran a timer. */
    boolean ran;

    /** timeSleepUntil (1.19 time.go:1030-1056): the earliest when over all Ps, or Long.MAX_VALUE. */
    long sleepUntil() {
        long next = Long.MAX_VALUE;
        for (P p : rt.proc.allp) {
            long w = timer0When(p);
            if (w != 0 && w < next) {
                next = w;
            }
        }
        return next;
    }

    /** moveTimers (1.19 time.go:613, from p.destroy, proc.go:4735): a destroyed P's timers go to the P of procresize's caller. */
    static void moveTimers(P to, P from) {
        Timer tm;
        while ((tm = from.timers.first()) != null) {
            from.timers.remove(tm);
            to.timers.add(tm);
        }
    }
}
