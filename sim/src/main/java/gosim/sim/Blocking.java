package gosim.sim;

import gosim.sim.SyncFuncs.Site;
import java.util.Objects;

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
        for (Site s : sites) {
            push(g, s);
        }
    }

    /** Pushes one site's frame when the site exists in this release. */
    private static void push(G g, Site s) {
        int line = s.line(g.rt.version);
        if (line != 0) {
            g.pushFrame(s.resolve(g.rt), line);
        }
    }

    /** Pops what {@link #push} pushed for the same sites. */
    static void pop(G g, Site... sites) {
        for (int i = sites.length - 1; i >= 0; i--) {
            pop(g, sites[i]);
        }
    }

    private static void pop(G g, Site s) {
        if (s.line(g.rt.version) != 0) {
            g.popFrame(s.resolve(g.rt));
        }
    }

    /**
     * Parks the running goroutine with {@code reason} below {@code tail} and runtime.gopark
     * (at its mcall), until some goroutine readies it; the frames are gone when this returns.
     */
    static void park(G g, String reason, Site... tail) {
        park(g, reason, null, tail);
    }

    /**
     * park below the three sites of a channel, select or semaphore wait: no varargs array per
     * wait (these are the hot parks).
     */
    static void park(G g, String reason, Site a, Site b, Site c) {
        push(g, a);
        push(g, b);
        push(g, c);
        push(g, SyncFuncs.GOPARK);
        // gopark's body inlined: a goroutine parked here keeps every Java frame down to its entry
        // frozen in its stack chunk, and this is the park of every channel and semaphore wait
        g.waitreason = Objects.requireNonNull(reason);
        try {
            g.rt.engine.yieldToLoop(g, Engine.Yield.PARK, 0);
        } finally {
            pop(g, SyncFuncs.GOPARK);
            pop(g, c);
            pop(g, b);
            pop(g, a);
        }
    }

    /** park, with the argument words of the outermost pushed frame (the Go function that waits). */
    static void park(G g, String reason, long[] outerArgs, Site... tail) {
        int before = g.depth;
        push(g, tail);
        if (outerArgs != null && g.depth > before) {
            g.setArgs(before, (ArgWords) () -> outerArgs);
        }
        try {
            gopark(g, reason);
        } finally {
            pop(g, tail);
        }
    }

    /** runtime.gopark's frame (at its mcall) on top while g parks. */
    private static void gopark(G g, String reason) {
        push(g, SyncFuncs.GOPARK);
        try {
            g.rt.gopark(g, reason);
        } finally {
            pop(g, SyncFuncs.GOPARK);
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
        self.rt.goready(self, sg.g);
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

    /** acquireSudog (proc.go:275-305): a sudog from the running P's cache, else a new one. */
    static Sudog acquireSudog(G g) {
        P p = g.m.p;
        int n = p.nsudog;
        if (n == 0) {
            return new Sudog(g, null);
        }
        n--;
        Sudog s = p.sudogcache[n];
        p.sudogcache[n] = null;
        p.nsudog = n;
        s.g = g;
        return s;
    }

    /**
     * releaseSudog (proc.go:307-331): back to the running P's cache, cleared. When the cache is
     * full Go moves half of it to the central sched.sudogcache; here the Java GC takes the sudog.
     */
    static void releaseSudog(G g, Sudog s) {
        s.g = null;
        s.elem = null;
        s.c = null;
        s.next = null;
        s.prev = null;
        s.releasetime = 0;
        s.ticket = 0;
        s.success = false;
        P p = g.m.p;
        if (p.nsudog < P.SUDOGCACHE_LEN) {
            p.sudogcache[p.nsudog++] = s;
        }
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

    /**
     * A sync package's fatal (1.19's sync.fatal, runtime/panic.go:1030-1032) raised inside
     * {@code tail}, whose frames print {@code words} (one per site, Traceback.INLINED for a call
     * gc inlines): the report is rendered with those frames and sync.fatal's on the stack.
     */
    static GoFatal syncFatal(G g, String message, long[][] words, Site... tail) {
        int before = g.depth;
        push(g, tail);
        for (int i = 0; i < tail.length && before + i < g.depth; i++) {
            long[] w = words[i];
            if (w != null) {
                g.setArgs(before + i, (ArgWords) () -> w);
            }
        }
        GoRuntime rt = g.rt;
        Func f = rt.symtab.lookup("sync.fatal");
        if (f == null) { // defined at the throw, after the program's functions, so no address moves
            f = rt.symtab.define("sync.fatal", rt.goroot() + "/src/runtime/panic.go", 1030, 1032);
        }
        g.pushFrame(f, 1031);
        long[] msg = {SYNC_FATAL_MSG_WORD, message.length()}; // s's data word (a placeholder) and length
        g.setArgs(g.depth - 1, (ArgWords) () -> msg);
        try {
            return rt.fatalHere(g, message);
        } finally {
            g.popFrame(f);
            pop(g, tail);
        }
    }

    /** A placeholder for the address of a sync.fatal message's bytes (rodata, as Go's 0x46c73e). */
    private static final long SYNC_FATAL_MSG_WORD = 0x46c73eL;
}
