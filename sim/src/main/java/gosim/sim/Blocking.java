package gosim.sim;

import gosim.sim.SyncFuncs.Site;

/**
 * What every blocking primitive does around gopark/goready (proc.go's gopark, goparkunlock,
 * goready; sema.go's readyWithTime): push the runtime frames Go has on the stack of a parked
 * goroutine, park, pop them on waking; time the wait in CPU ticks and report it to the
 * {@link BlockHook}; raise Go's panics with the frames that raise them.
 */
final class Blocking {
    private Blocking() {
    }

    /** Pushes the sites that exist in this release, outermost first. */
    static void push(G g, Site... sites) {
        GoRuntime rt = g.rt;
        for (Site s : sites) {
            int line = s.line(rt.version);
            if (line != 0) {
                g.pushFrame(s.resolve(rt), line);
            }
        }
    }

    /** Pops what {@link #push} pushed for the same sites. */
    static void pop(G g, Site... sites) {
        GoRuntime rt = g.rt;
        for (int i = sites.length - 1; i >= 0; i--) {
            Site s = sites[i];
            if (s.line(rt.version) != 0) {
                g.popFrame(s.resolve(rt));
            }
        }
    }

    /**
     * Parks the running goroutine with {@code reason} below {@code tail} and runtime.gopark
     * (at its mcall), until some goroutine readies it; the frames are gone when this returns.
     */
    static void park(G g, String reason, Site... tail) {
        park(g, reason, null, tail);
    }

    /** park, with the argument words of the outermost pushed frame (the Go function that waits). */
    static void park(G g, String reason, long[] outerArgs, Site... tail) {
        int before = g.depth;
        push(g, tail);
        if (outerArgs != null && g.depth > before) {
            g.setArgs(before, (ArgWords) () -> outerArgs);
        }
        push(g, SyncFuncs.GOPARK);
        try {
            g.rt.gopark(reason);
        } finally {
            pop(g, SyncFuncs.GOPARK);
            pop(g, tail);
        }
    }

    /** Parks for good: a nil channel, an empty select. Only the end of the process ends it. */
    static void parkForever(G g, String reason, Site... tail) {
        park(g, reason, tail); // only the end of the process unwinds it
        // Nothing holds a reference to this wait: a wake-up is a simulator bug.
        throw new IllegalStateException("goroutine " + g.goid + " woke from a wait that never ends: " + reason);
    }

    /** goready from a primitive: the waiter must belong to the same process. */
    static void goready(G self, Sudog sg) {
        if (sg.g.rt != self.rt) {
            throw new IllegalStateException("goroutine " + self.goid + " woke goroutine " + sg.g.goid
                    + " of another GoRuntime: a primitive is shared between two processes");
        }
        self.rt.goready(sg.g);
    }

    /** readyWithTime: stamps the release time when the waiter is profiled, then goready. */
    static void readyWithTime(G self, Sudog sg) {
        if (sg.releasetime != 0) {
            sg.releasetime = cputicks(self);
        }
        goready(self, sg);
    }

    /** cputicks() on the running goroutine's M. */
    static long cputicks(G g) {
        return BlockHook.cputicks(g.m.clock);
    }

    /** t0 at the start of an operation: cputicks() when block profiling is on, else 0. */
    static long t0(G g) {
        return g.rt.blockHook().enabled() ? Math.max(1, cputicks(g)) : 0;
    }

    /** blockevent(cycles, skip) with {@code tail} on the stack, skip as the release passes it. */
    static void blockevent(G g, long cycles, int skip17, int skip19, Site... tail) {
        push(g, tail);
        try {
            g.rt.blockHook().blockevent(cycles, g.rt.version.atLeast(19) ? skip19 : skip17);
        } finally {
            pop(g, tail);
        }
    }

    /** A Go panic raised inside {@code tail}: the frames are on the stack while it is made. */
    static GoPanic panic(G g, String message, Site... tail) {
        push(g, tail);
        try {
            return new GoPanic(message);
        } finally {
            pop(g, tail);
        }
    }

    /** A fatal runtime error ({@code throw}/{@code fatal}) raised inside {@code tail}. */
    static GoFatal fatal(G g, String message, Site... tail) {
        push(g, tail);
        try {
            return new GoFatal("fatal error: " + message + "\n", message);
        } finally {
            pop(g, tail);
        }
    }
}
