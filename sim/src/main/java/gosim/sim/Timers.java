package gosim.sim;

import java.util.Arrays;

/**
 * Timers of Go 1.7's time.go (addtimer, deltimer, timerproc, timeSleep): one 4-ary heap ordered by
 * when, served by the timer goroutine, which sleeps in notetsleepg (a blocking syscall that hands
 * its P off) until the earliest timer, or parks "timer goroutine (idle)" when there is none. When
 * every goroutine is blocked, the timer thread's wake-up is the next event: virtual time jumps.
 */
public final class Timers {
    /** A runtime timer: calls f(arg, seq) at when, and every period after if period > 0. */
    public static final class Timer {
        int i = -1;
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

        /** True while the timer is in the heap. */
        public boolean pending() {
            return i >= 0;
        }
    }

    /** A timer's function; it runs on the timer goroutine and must not block. */
    @FunctionalInterface
    public interface TimerFunc {
        void fire(Object arg, long seq);
    }

    private final GoRuntime rt;
    private Timer[] t = new Timer[16];
    private int len;
    private G gp;
    private M sleepingM;
    private boolean created;
    private boolean sleeping;
    private boolean rescheduling;

    Timers(GoRuntime rt) {
        this.rt = rt;
    }

    /** Number of pending timers. */
    public int len() {
        return len;
    }

    /** addtimer: from goroutine code. Starts the timer goroutine on first use. */
    public void addtimer(Timer tm) {
        if (tm.when < 0) {
            tm.when = Long.MAX_VALUE;
        }
        if (len == t.length) {
            t = Arrays.copyOf(t, len * 2);
        }
        tm.i = len;
        t[len++] = tm;
        siftup(tm.i);
        if (tm.i == 0) {
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
            created = true;
            rt.go(rt.layout.func("runtime.timerproc"), this::timerproc);
        }
    }

    /** deltimer: removes tm if pending; returns whether it was. */
    public boolean deltimer(Timer tm) {
        int i = tm.i;
        if (i < 0 || i >= len || t[i] != tm) {
            return false;
        }
        len--;
        if (i != len) {
            t[i] = t[len];
            t[i].i = i;
        }
        t[len] = null;
        tm.i = -1;
        if (i != len) {
            siftup(i);
            siftdown(i);
        }
        return true;
    }

    /** timeSleep: parks the calling goroutine ("sleep") until ns of virtual time pass. */
    public void sleep(long ns) {
        if (ns <= 0) {
            return;
        }
        G g = GoRuntime.self();
        Timer tm = new Timer(g.m.clock + ns, 0, (arg, seq) -> rt.goready((G) arg), g);
        addtimer(tm);
        g.waiton = tm;
        rt.gopark("sleep");
    }

    /** The timer goroutine's body. */
    private void timerproc() {
        gp = GoRuntime.self();
        while (true) {
            sleeping = false;
            long now = gp.m.clock;
            long delta;
            while (true) {
                if (len == 0) {
                    delta = -1;
                    break;
                }
                Timer tm = t[0];
                delta = tm.when - now;
                if (delta > 0) {
                    break;
                }
                if (tm.period > 0) {
                    tm.when += tm.period * (1 + -delta / tm.period);
                    siftdown(0);
                } else {
                    deltimer(tm);
                }
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
