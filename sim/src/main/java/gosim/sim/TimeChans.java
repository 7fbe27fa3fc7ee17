package gosim.sim;

/**
 * Package time's channel timers of Go 1.7 (sleep.go): NewTimer, After, AfterFunc, NewTicker and
 * Tick, on the runtime timers of {@link Timers}. A timer's function runs on the timer goroutine
 * and sends the virtual time without blocking (sendTime's select with default), so a slow
 * receiver misses ticks as in Go.
 */
public final class TimeChans {
    private TimeChans() {
    }

    /** A time.Timer or time.Ticker: its channel C and the runtime timer behind it. */
    public static final class Timer {
        private final Chan<Long> c;
        private final Timers.Timer r;
        private final Timers timers;

        private Timer(Chan<Long> c, Timers.Timer r, Timers timers) {
            this.c = c;
            this.r = r;
            this.timers = timers;
        }

        /** The channel on which the current virtual time (ns) is delivered. */
        public Chan<Long> c() {
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
    }

    /** sendTime: a non-blocking send of the virtual time on the timer goroutine. */
    private static void sendTime(Object c, long seq) {
        @SuppressWarnings("unchecked")
        Chan<Long> ch = (Chan<Long>) c;
        new Select().send(ch, Go.nanotime(), null).dflt(null).run();
    }

    /** time.NewTimer(d). */
    public static Timer newTimer(long d) {
        Chan<Long> c = Chan.make(1);
        return start(c, d, 0);
    }

    /** time.After(d): NewTimer(d).C. */
    public static Chan<Long> after(long d) {
        return newTimer(d).c();
    }

    /** time.NewTicker(d): panics with Go's message for a non-positive interval. */
    public static Timer newTicker(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for NewTicker"); // errors.New in Go
        }
        Chan<Long> c = Chan.make(1);
        return start(c, d, d);
    }

    /** time.Tick(d): nil for {@code d <= 0}, as Go returns. */
    public static Chan<Long> tick(long d) {
        return d <= 0 ? Chan.nil() : newTicker(d).c();
    }

    /** time.AfterFunc(d, f): f runs in its own goroutine when the timer fires (goFunc). */
    public static Timer afterFunc(long d, Func fn, Runnable f) {
        G g = GoRuntime.self();
        Timers.Timer r = new Timers.Timer(Go.nanotime() + d, 0, (arg, seq) -> Go.go(fn, f), null);
        g.rt.timers.addtimer(r);
        return new Timer(Chan.nil(), r, g.rt.timers);
    }

    private static Timer start(Chan<Long> c, long d, long period) {
        G g = GoRuntime.self();
        Timers.Timer r = new Timers.Timer(Go.nanotime() + d, period, TimeChans::sendTime, c);
        g.rt.timers.addtimer(r);
        return new Timer(c, r, g.rt.timers);
    }
}
