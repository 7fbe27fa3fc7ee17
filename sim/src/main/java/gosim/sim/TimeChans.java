package gosim.sim;

import java.util.function.LongFunction;

/**
 * Package time's channel timers of Go 1.7 (sleep.go): NewTimer, After, AfterFunc, NewTicker and
 * Tick, on the runtime timers of {@link Timers}. A timer's function runs on the timer goroutine
 * and sends the virtual time without blocking (sendTime's select with default), so a slow
 * receiver misses ticks as in Go. The value sent is made from the virtual time by a stamp function
 * (a Java user gets the nanoseconds; the interpreter builds its time.Time).
 */
public final class TimeChans {
    private TimeChans() {
    }

    /** A time.Timer or time.Ticker: its channel C and the runtime timer behind it. */
    public static final class Timer<T> {
        private final Chan<T> c;
        private final Timers.Timer r;
        private final Timers timers;

        private Timer(Chan<T> c, Timers.Timer r, Timers timers) {
            this.c = c;
            this.r = r;
            this.timers = timers;
        }

        /** The channel on which the stamp of the current virtual time is delivered. */
        public Chan<T> c() {
            return c;
        }

        /** Stop: true if the call stopped the timer, false if it had fired or been stopped. */
        public boolean stop() {
            return timers.deltimer(r);
        }

        /** Reset: re-arms the timer to fire d from now; true if it had been active. */
        public boolean reset(long d) {
            boolean active = timers.deltimer(r);
            r.when = Go.nanotime() + d;
            timers.addtimer(r);
            return active;
        }

        /** Ticker.Reset (Go 1.15, modTimer with a new period): the next tick d from now, then every d. */
        public void resetPeriod(long d) {
            timers.deltimer(r);
            r.when = Go.nanotime() + d;
            r.period = d;
            timers.addtimer(r);
        }
    }

    /** What a timer's function sends: its channel and how the virtual time becomes a value. */
    private record Send<T>(Chan<T> c, LongFunction<T> stamp) {
    }

    /** sendTime: a non-blocking send of the virtual time on the timer goroutine. */
    private static void sendTime(Object arg, long seq) {
        sendStamp((Send<?>) arg);
    }

    private static <T> void sendStamp(Send<T> s) {
        new Select().send(s.c(), s.stamp().apply(Go.nanotime()), null).dflt(null).run();
    }

    /** time.NewTimer(d), delivering the virtual time in nanoseconds. */
    public static Timer<Long> newTimer(long d) {
        return newTimer(d, 0, Long::valueOf);
    }

    /**
     * A channel timer (period 0) or ticker (period > 0) whose channel receives {@code stamp} of the
     * virtual time at each firing: time.NewTimer and time.NewTicker of a caller with its own Time type.
     */
    public static <T> Timer<T> newTimer(long d, long period, LongFunction<T> stamp) {
        Chan<T> c = Chan.make(1);
        G g = GoRuntime.self();
        Timers.Timer r = new Timers.Timer(Go.nanotime() + d, period, TimeChans::sendTime, new Send<>(c, stamp));
        g.rt.timers.addtimer(r);
        return new Timer<>(c, r, g.rt.timers);
    }

    /** time.After(d): NewTimer(d).C. */
    public static Chan<Long> after(long d) {
        return newTimer(d).c();
    }

    /** time.NewTicker(d): panics with Go's message for a non-positive interval. */
    public static Timer<Long> newTicker(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for NewTicker"); // errors.New in Go
        }
        return newTimer(d, d, Long::valueOf);
    }

    /** time.Tick(d): nil for {@code d <= 0}, as Go returns. */
    public static Chan<Long> tick(long d) {
        return d <= 0 ? Chan.nil() : newTicker(d).c();
    }

    /**
     * time.AfterFunc(d, f): when the timer fires, goFunc's go statement starts f as a goroutine
     * whose start function is fn and whose "created by" is time.goFunc at that go statement.
     */
    public static <T> Timer<T> afterFunc(long d, Func fn, Runnable f) {
        G g = GoRuntime.self();
        GoRuntime rt = g.rt;
        Func goFunc = goFunc(rt);
        long gopc = goFunc.returnPC(rt.version.atLeast(19) ? 176 : 154);
        Timers.Timer r = new Timers.Timer(Go.nanotime() + d, 0, (arg, seq) -> {
            if (fn == null) {
                throw goOfNilFunc(rt, goFunc);
            }
            rt.go(fn, f, gopc);
        }, null);
        rt.timers.addtimer(r);
        return new Timer<>(Chan.nil(), r, rt.timers);
    }

    /**
     * AfterFunc(d, nil): goFunc's {@code go arg.(func())()} of the nil func throws in newproc1
     * (GoFatal.goOfNilFunc) when the timer fires. In go1.7 that is on the timer goroutine, whose
     * goFunc(arg interface{}, seq uintptr) frame shows at sleep.go:154 (runtime.timerproc and its
     * creator are hidden); in 1.19 the timer runs on g0 in checkTimers, with no current goroutine:
     * only the others are dumped (checked with go1.19: "goroutine 1 [sleep]").
     */
    private static GoFatal goOfNilFunc(GoRuntime rt, Func goFunc) {
        G g = GoRuntime.self();
        if (!rt.version.atLeast(19) && !g.systemStack) {
            g.pushFrame(goFunc, 154); // left on the dying timer goroutine for its dump
            long[] words = {FUNC_TYPE_WORD, 0, 0}; // arg's type word (a placeholder), its nil data, seq 0
            g.setArgs(g.depth - 1, (ArgWords) () -> words);
        }
        return GoFatal.goOfNilFunc();
    }

    /** A placeholder for the address of func()'s type descriptor in arg's type word. */
    private static final long FUNC_TYPE_WORD = 0x4a4f40L;

    /**
     * time.goFunc, go1.7 sleep.go:153-155 and Go 1.19 sleep.go:175-177 (its go statement at 154 and
     * 176): defined at the first AfterFunc, so programs without one keep their addresses.
     */
    private static Func goFunc(GoRuntime rt) {
        Func f = rt.symtab.lookup("time.goFunc");
        if (f != null) {
            return f;
        }
        int start = rt.version.atLeast(19) ? 175 : 153;
        return rt.symtab.define("time.goFunc", rt.goroot() + "/src/time/sleep.go", start, start + 2);
    }
}
