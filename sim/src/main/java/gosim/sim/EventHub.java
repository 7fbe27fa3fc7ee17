package gosim.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import gosim.sim.events.Ev;
import gosim.sim.events.Event;
import gosim.sim.events.EventSink;

/**
 * Where the kernel emits its one event stream (the simulator's counterpart of trace.go's
 * traceEvent calls, with the scheduler's reasons added). Each emit is a one-line hook in the
 * model; with no view attached it returns at once. Emitting reads the model and never changes
 * it: no virtual time, no goroutine, no PRNG draw, no address assigned.
 */
public final class EventHub {
    private final GoRuntime rt;
    /** True while at least one view is attached: the hooks' only cost when false is this test. */
    boolean on;
    private EventSink[] sinks = new EventSink[0];
    private long seq;
    private long lastTs;
    /** The G that play() found preempted: its goschedImpl is a G_PREEMPT, not a G_SCHED. */
    private G preempting;
    /** Names for waited-on objects ("chan#1"), numbered by first appearance in this stream. */
    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    EventHub(GoRuntime rt) {
        this.rt = rt;
    }

    /**
     * Attaches a view. Mid-run (from the loop or a goroutine) it first gets a snapshot, as
     * StartTrace (trace.go) writes one: the current P, every live goroutine, the running one.
     */
    public synchronized void attach(EventSink sink) {
        sinks = Arrays.copyOf(sinks, sinks.length + 1);
        sinks[sinks.length - 1] = sink;
        on = true;
        snapshot(sink);
    }

    /** Detaches a view and closes it. */
    public synchronized void detach(EventSink sink) {
        EventSink[] next = new EventSink[0];
        for (EventSink s : sinks) {
            if (s != sink) {
                next = Arrays.copyOf(next, next.length + 1);
                next[next.length - 1] = s;
            }
        }
        sinks = next;
        on = sinks.length > 0;
        sink.close();
    }

    /** Closes every view (the process ended). */
    synchronized void closeAll() {
        for (EventSink s : sinks) {
            s.close();
        }
        sinks = new EventSink[0];
        on = false;
    }

    /** Set while a snapshot is made: its events are outside the stream's numbering (seq -1). */
    private boolean snapshotting;

    private void snapshot(EventSink sink) {
        snapshotting = true;
        try {
            snapshotEvents(sink);
        } finally {
            snapshotting = false;
        }
    }

    private void snapshotEvents(EventSink sink) {
        G cur = GoRuntime.currentOrNull();
        if (cur != null && cur.rt != rt) {
            cur = null;
        }
        M m = cur != null ? cur.m : rt.m0;
        if (m != null && m.p != null) {
            sink.event(make(Ev.PROC_START, m, m.p, null, null, -1, 0, null, null, false));
        }
        for (G gp : rt.proc.allgs) {
            if (gp.status == G._Gdead || gp.status == G._Gidle) {
                continue;
            }
            String st = gp == cur ? "running" : switch (gp.status) {
                case G._Gwaiting -> "waiting";
                case G._Gsyscall -> "syscall";
                default -> "runnable";
            };
            Event e = make(Ev.G_EXISTS, null, null, gp, null, -1, 0, st, null, false);
            sink.event(e);
        }
        if (cur != null && m.p != null) {
            sink.event(make(Ev.G_START, m, m.p, cur, null, -1, 0, "running", null, false));
        }
    }

    // ---- the hooks ------------------------------------------------------------------------

    void emit(Ev ev, M m, P p, G g) {
        if (on) {
            send(make(ev, m, p, g, null, -1, 0, null, null, false));
        }
    }

    void emit(Ev ev, M m, P p, G g, String why) {
        if (on) {
            send(make(ev, m, p, g, null, -1, 0, why, null, false));
        }
    }

    void emit(Ev ev, M m, P p, G g, long n, String why) {
        if (on) {
            send(make(ev, m, p, g, null, -1, n, why, null, false));
        }
    }

    /** An event that carries g's stack (Go's tracer records one for it). */
    void emitStack(Ev ev, M m, P p, G g, long n, String why) {
        if (on) {
            send(make(ev, m, p, g, null, -1, n, why, null, true));
        }
    }

    /** newproc1: creator (maybe null) made newg. */
    void create(M m, P p, G creator, G newg) {
        if (on) {
            send(make(Ev.G_CREATE, m, p, creator, newg, -1, 0, null, null, true));
        }
    }

    /** ready: waker (maybe null) makes gp runnable. */
    void unblock(M m, P p, G waker, G gp, String why) {
        if (on) {
            send(make(Ev.G_UNBLOCK, m, p, waker, gp, -1, 0, why, null, true));
        }
    }

    /** park_m: gp waits for its wait reason, on what it named in {@link G#waiton}. */
    void block(M m, P p, G gp) {
        if (on) {
            send(make(Ev.G_BLOCK, m, p, gp, null, -1, 0, gp.waitreason, gp.waiton, true));
        }
    }

    /** One event with g's stack for one view only (StopTrace's traceGoSched). */
    void sendTo(EventSink sink, Ev ev, M m, P p, G g, String why) {
        sink.event(make(ev, m, p, g, null, -1, 0, why, null, true));
    }

    /** gopreempt_m is next for gp (play found gp.preempt at a safe point). */
    void preempt(G gp) {
        if (on) {
            preempting = gp;
        }
    }

    /** goschedImpl: a Gosched, or the preemption {@link #preempt} announced. */
    void gosched(M m, P p, G gp) {
        if (on) {
            Ev ev = preempting == gp ? Ev.G_PREEMPT : Ev.G_SCHED;
            preempting = null;
            send(make(ev, m, p, gp, null, -1, 0, null, null, true));
        }
    }

    /** runqsteal: p took n Gs from victim, the last of them (gp) to run now. */
    void steal(P p, P victim, int n, G[] ring, int from, G gp) {
        if (on) {
            long[] goids = new long[n];
            for (int i = 0; i < n - 1; i++) {
                goids[i] = ring[Integer.remainderUnsigned(from + i, P.RUNQ_LEN)].goid;
            }
            goids[n - 1] = gp.goid;
            int left = victim.runqtail - victim.runqhead + (victim.runnext != null ? 1 : 0);
            Event e = make(Ev.STEAL, p.m, p, null, gp, victim.id, n, "of " + (left + n), null, false);
            send(new Event(e.seq(), e.ts(), e.ev(), e.m(), e.p(), e.g(), e.g2(), e.p2(), e.n(), e.why(), null,
                    null, 0, goids, null));
        }
    }

    /**
     * procresize: the caller's P dies and it moves to allp[0]; Go's tracer pretends the G was
     * descheduled and scheduled again (proc.go:3335-3340, 3404).
     */
    void procresizeMove(M m, P dying, P p0) {
        if (on) {
            send(make(Ev.G_SCHED, m, dying, m.curg, null, -1, 0, "procresize: its P dies", null, true));
            send(make(Ev.PROC_STOP, m, dying, null, null, -1, 0, null, null, false));
            send(make(Ev.PROC_START, m, p0, null, null, -1, 0, null, null, false));
            send(make(Ev.G_START, m, p0, m.curg, null, -1, 0, "procresize: moved to P0", null, false));
        }
    }

    /**
     * The G whose syscall holds p: its M still points at p and entered the syscall at p's
     * syscalltick {@code tick} (Ms whose syscall lost p keep a stale m.p until exitsyscall).
     */
    G inSyscall(P p, int tick) {
        if (!on) {
            return null;
        }
        for (M m = rt.proc.allm; m != null; m = m.alllink) {
            if (m.p == p && m.curg != null && m.curg.status == G._Gsyscall && m.syscalltick == tick) {
                return m.curg;
            }
        }
        return null;
    }

    private Event make(Ev ev, M m, P p, G g, G g2, int p2, long n, String why, Object obj, boolean stack) {
        long ts = Math.max(lastTs, rt.now);
        lastTs = ts;
        long[] stk = null;
        if (stack && g != null && g.depth > 0) {
            long[] full = rt.goroutineStack(g);
            stk = Arrays.copyOf(full, full.length - 1); // without runtime.goexit
        }
        G named = ev == Ev.G_CREATE ? g2 : g;
        String fn = null;
        long fnpc = 0;
        if ((ev == Ev.G_CREATE || ev == Ev.G_EXISTS) && named != null && named.startfn != null) {
            fn = named.startfn.name();
            fnpc = named.startpc;
        }
        return new Event(snapshotting ? -1 : seq++, ts, ev, m == null ? -1 : (int) m.id, p == null ? -1 : p.id,
                g == null ? 0 : g.goid, g2 == null ? 0 : g2.goid, p2, n, why, nameOf(obj), fn, fnpc, null, stk);
    }

    private String nameOf(Object obj) {
        if (obj == null) {
            return null;
        }
        String name = names.get(obj);
        if (name == null) {
            String kind = obj instanceof Chan ? "chan" : obj instanceof Sema ? "sema"
                    : obj instanceof Timers.Timer ? "timer" : obj.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
            int k = ++counters.computeIfAbsent(kind, x -> new int[1])[0];
            name = kind + "#" + k;
            names.put(obj, name);
        }
        return name;
    }

    private void send(Event e) {
        for (EventSink s : sinks) {
            s.event(e);
        }
    }
}
