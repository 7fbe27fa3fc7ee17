package gosim.sim;

import java.util.Arrays;
import gosim.sim.events.Ev;
import gosim.sim.events.Event;
import gosim.sim.events.EventSink;

/**
 * A compact log of scheduling decisions (which G ran on which M and P, parks, readies, steals,
 * thread starts), two longs per event: the virtual time and a packed (kind, m, p, g). It is one
 * view of the kernel's event stream ({@link EventHub}), kept for tests that compare runs. Tests compare
 * logs of two runs for determinism; {@link #toString} prints one event per line for humans.
 */
public final class EventLog implements EventSink {
    public enum Kind {
        EXECUTE, PARK, READY, GOSCHED, GOEXIT, NEWPROC, STEAL, NEWM, STARTM, STOPM, PREEMPT, SYSCALL, EXITSYSCALL, STW
    }

    private long[] data = new long[256];
    private int n;
    private final boolean enabled;

    EventLog(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public void event(Event e) {
        Kind kind = switch (e.ev()) {
            case G_START -> Kind.EXECUTE;
            case G_BLOCK -> Kind.PARK;
            case G_UNBLOCK -> Kind.READY;
            case G_SCHED -> Kind.GOSCHED;
            case G_PREEMPT -> Kind.PREEMPT;
            case G_END -> Kind.GOEXIT;
            case G_CREATE -> Kind.NEWPROC;
            case STEAL, RETAKE -> Kind.STEAL;
            case M_NEW -> Kind.NEWM;
            case M_WAKE -> Kind.STARTM;
            case M_STOP -> Kind.STOPM;
            case SYSCALL -> Kind.SYSCALL;
            case SYSCALL_EXIT -> Kind.EXITSYSCALL;
            case STW_START -> Kind.STW;
            default -> null;
        };
        if (kind == null || !enabled) {
            return;
        }
        // The G acted on for creations, readies and steals; the acting G otherwise.
        long g = e.ev() == Ev.G_CREATE || e.ev() == Ev.G_UNBLOCK || e.ev() == Ev.STEAL ? e.g2() : e.g();
        int p = e.ev() == Ev.STEAL ? e.p2() : e.p();
        record(e.ts(), kind, e.m(), p, g);
    }

    private void record(long time, Kind kind, int m, int p, long g) {
        if (n + 2 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        long mid = m < 0 ? 0x3fff : m & 0x3fff;
        long pid = p < 0 ? 0x3ff : p & 0x3ff;
        long goid = g & 0x3_ffff_ffffL;
        data[n++] = time;
        data[n++] = ((long) kind.ordinal() << 58) | (mid << 44) | (pid << 34) | goid;
    }

    /** Number of events logged. */
    public int size() {
        return n / 2;
    }

    public long time(int i) {
        return data[2 * i];
    }

    public Kind kind(int i) {
        return Kind.values()[(int) (data[2 * i + 1] >>> 58)];
    }

    /** The goid of event i, 0 when none. */
    public long goid(int i) {
        return data[2 * i + 1] & 0x3_ffff_ffffL;
    }

    /** The M id of event i, -1 when none. */
    public long mid(int i) {
        long v = (data[2 * i + 1] >>> 44) & 0x3fff;
        return v == 0x3fff ? -1 : v;
    }

    /** The P id of event i, -1 when none. */
    public int pid(int i) {
        int v = (int) ((data[2 * i + 1] >>> 34) & 0x3ff);
        return v == 0x3ff ? -1 : v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventLog e && e.n == n && Arrays.equals(data, 0, n, e.data, 0, n);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < n; i++) {
            h = 31 * h + Long.hashCode(data[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            b.append(time(i)).append("ns ").append(kind(i));
            if (mid(i) >= 0) {
                b.append(" m").append(mid(i));
            }
            if (pid(i) >= 0) {
                b.append(" p").append(pid(i));
            }
            if (goid(i) != 0) {
                b.append(" g").append(goid(i));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
