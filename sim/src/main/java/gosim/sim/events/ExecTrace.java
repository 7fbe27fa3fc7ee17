package gosim.sim.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import gosim.sim.Frame;
import gosim.sim.Symtab;

/**
 * A Go execution trace in Go 1.7's format, the bytes runtime/trace writes (runtime/trace.go of
 * go1.7: the "go 1.7 trace" header, per-P batches of events whose first byte is
 * {@code type | min(narg,3)<<6} (traceArgCountShift), LEB128 arguments after a timestamp diff,
 * an event length when narg is 3, then EvFrequency and the string and stack tables that
 * ReadTrace's footer and traceStackTable.dump write). Timestamps are virtual nanoseconds and the
 * frequency is 1e9 ticks per second. Per-goroutine traceseq and tracelastp follow traceGoStart,
 * traceGoUnpark and traceGoSysExit, so GoStartLocal/GoUnblockLocal appear where Go writes them.
 * {@link #close} writes the file.
 */
public final class ExecTrace implements EventSink {
    // Event types of go1.7 runtime/trace.go:21-62.
    static final int EV_BATCH = 1;
    static final int EV_FREQUENCY = 2;
    static final int EV_STACK = 3;
    static final int EV_GOMAXPROCS = 4;
    static final int EV_PROC_START = 5;
    static final int EV_PROC_STOP = 6;
    static final int EV_GC_START = 7;
    static final int EV_GC_DONE = 8;
    static final int EV_GC_SWEEP_START = 11;
    static final int EV_GC_SWEEP_DONE = 12;
    static final int EV_GO_CREATE = 13;
    static final int EV_GO_START = 14;
    static final int EV_GO_END = 15;
    static final int EV_GO_STOP = 16;
    static final int EV_GO_SCHED = 17;
    static final int EV_GO_PREEMPT = 18;
    static final int EV_GO_SLEEP = 19;
    static final int EV_GO_BLOCK = 20;
    static final int EV_GO_UNBLOCK = 21;
    static final int EV_GO_BLOCK_SEND = 22;
    static final int EV_GO_BLOCK_RECV = 23;
    static final int EV_GO_BLOCK_SELECT = 24;
    static final int EV_GO_BLOCK_SYNC = 25;
    static final int EV_GO_BLOCK_COND = 26;
    static final int EV_GO_BLOCK_NET = 27;
    static final int EV_GO_SYSCALL = 28;
    static final int EV_GO_SYSEXIT = 29;
    static final int EV_GO_SYSBLOCK = 30;
    static final int EV_GO_WAITING = 31;
    static final int EV_GO_INSYSCALL = 32;
    static final int EV_HEAP_ALLOC = 33;
    static final int EV_NEXT_GC = 34;
    static final int EV_STRING = 37;
    static final int EV_GO_START_LOCAL = 38;
    static final int EV_GO_UNBLOCK_LOCAL = 39;
    /** traceArgCountShift. */
    static final int ARG_COUNT_SHIFT = 6;
    /** traceStackSize: at most this many PCs per stack. */
    static final int STACK_SIZE = 128;
    /** traceGlobProc: the buffer of events written without a P. */
    static final int GLOB_PROC = -1;
    /** Frames the tracer's skip argument leaves out above the function that blocks (gopark's callers). */
    private static final Set<String> PARK_FRAMES = Set.of("runtime.gopark", "runtime.goparkunlock",
            "runtime.chansend", "runtime.chanrecv", "runtime.semacquire", "sync.runtime_Semacquire",
            "runtime.selectgoImpl", "runtime.notifyListWait", "sync.runtime_notifyListWait", "runtime.timeSleep");

    private final OutputStream out;
    private final Symtab symtab;
    /** Per-P buffers in pid order (traceGlobProc first): one batch each. */
    private final Map<Integer, Buf> bufs = new TreeMap<>();
    private final Map<Long, GState> gs = new HashMap<>();
    private final Map<String, Long> strings = new LinkedHashMap<>();
    private final Map<List<Long>, Long> stacks = new LinkedHashMap<>();
    private long gcSeq;
    private boolean closed;
    /** Ps started and not stopped, and the G each runs: closed off at the end (as StopTrace leaves them). */
    private final Map<Integer, Long> running = new TreeMap<>();
    private final java.util.TreeSet<Integer> procs = new java.util.TreeSet<>();
    private long lastTs;

    private static final class Buf {
        final ByteArrayOutputStream b = new ByteArrayOutputStream();
        long lastTicks;
        boolean started;
    }

    /** traceseq, tracelastp and the syscall state of one goroutine. */
    private static final class GState {
        long seq;
        int lastp = Integer.MIN_VALUE;
        boolean sysblocked;
        long sysexitTs = -1;
    }

    public ExecTrace(OutputStream out, Symtab symtab) {
        this.out = out;
        this.symtab = symtab;
    }

    private GState g(long goid) {
        return gs.computeIfAbsent(goid, k -> new GState());
    }

    @Override
    public void event(Event e) {
        if (closed) {
            return;
        }
        long ts = e.ts();
        int p = e.p() < 0 ? GLOB_PROC : e.p();
        switch (e.ev()) {
            case PROC_START -> write(p, ts, EV_PROC_START, false, 0, e.m());
            case PROC_STOP -> write(p, ts, EV_PROC_STOP, false, 0);
            case GOMAXPROCS -> write(p, ts, EV_GOMAXPROCS, true, stackId(e.g(), e.stack()), e.n());
            case G_CREATE -> {
                GState ng = g(e.g2());
                ng.seq = 0;
                ng.lastp = p;
                ng.sysblocked = false;
                ng.sysexitTs = -1;
                long newStack = e.fnpc() == 0 ? 0 : stackId(0, new long[] {e.fnpc() + 1});
                write(p, ts, EV_GO_CREATE, true, stackId(e.g(), e.stack()), e.g2(), newStack);
            }
            case G_EXISTS -> {
                GState ng = g(e.g());
                ng.seq = 0;
                ng.lastp = p;
                long newStack = e.fnpc() == 0 ? 0 : stackId(0, new long[] {e.fnpc() + 1});
                int cur = currentP();
                write(cur, ts, EV_GO_CREATE, true, 0, e.g(), newStack);
                ng.lastp = cur;
                if ("waiting".equals(e.why())) {
                    ng.seq++;
                    write(cur, ts, EV_GO_WAITING, false, 0, e.g());
                } else if ("syscall".equals(e.why())) {
                    ng.seq++;
                    ng.sysblocked = true;
                    write(cur, ts, EV_GO_INSYSCALL, false, 0, e.g());
                }
            }
            case G_START -> {
                GState st = g(e.g());
                if (st.sysexitTs >= 0) {
                    sysExit(p, ts, e.g(), st, st.sysexitTs);
                }
                goStart(p, ts, e.g(), st);
            }
            case G_END -> write(p, ts, EV_GO_END, false, 0);
            case G_SCHED, G_PREEMPT -> {
                g(e.g()).lastp = p;
                write(p, ts, e.ev() == Ev.G_SCHED ? EV_GO_SCHED : EV_GO_PREEMPT, true, stackId(e.g(), e.stack()));
            }
            case G_BLOCK -> write(p, ts, blockEvent(e.why(), e.obj()), true, stackId(e.g(), trimPark(e.stack())));
            case G_UNBLOCK -> {
                GState st = g(e.g2());
                st.seq++;
                long stk = stackId(e.g(), e.stack());
                if (st.lastp == p) {
                    write(p, ts, EV_GO_UNBLOCK_LOCAL, true, stk, e.g2());
                } else {
                    st.lastp = p;
                    write(p, ts, EV_GO_UNBLOCK, true, stk, e.g2(), st.seq);
                }
            }
            case SYSCALL -> write(p, ts, EV_GO_SYSCALL, true, stackId(e.g(), e.stack()));
            case SYSCALL_BLOCK -> {
                if (e.g() != 0) {
                    g(e.g()).sysblocked = true;
                }
                write(p, ts, EV_GO_SYSBLOCK, false, 0);
            }
            case SYSCALL_EXIT -> {
                GState st = g(e.g());
                if (st.sysblocked) {
                    st.sysblocked = false;
                    if (e.p() >= 0) {
                        // exitsyscallfast_pidle: GoSysExit(0), then traceGoStart (proc.go:2480, 2580).
                        sysExit(p, ts, e.g(), st, 0);
                        goStart(p, ts, e.g(), st);
                    } else {
                        st.sysexitTs = ts; // exitsyscall0: execute writes GoSysExit(sysexitticks)
                    }
                }
            }
            case GC_START -> write(p, ts, EV_GC_START, true, stackId(e.g(), e.stack()), gcSeq++);
            case GC_DONE -> write(p, ts, EV_GC_DONE, false, 0);
            case HEAP_ALLOC -> write(p, ts, EV_HEAP_ALLOC, false, 0, e.n());
            case NEXT_GC -> write(p, ts, EV_NEXT_GC, false, 0, e.n());
            // traceGCSweepStart records a stack (trace.go:891, skip 1); traceGCSweepDone none.
            case GC_SWEEP_START -> write(p, ts, EV_GC_SWEEP_START, true, stackId(e.g(), e.stack()));
            case GC_SWEEP_DONE -> write(p, ts, EV_GC_SWEEP_DONE, false, 0);
            default -> {
                // STEAL, HANDOFF, RETAKE, M_*, STW_*: Go 1.7's tracer records none of these.
            }
        }
    }

    private int snapshotP = GLOB_PROC;

    private int currentP() {
        return snapshotP;
    }

    private void goStart(int p, long ts, long goid, GState st) {
        st.seq++;
        if (st.lastp == p) {
            write(p, ts, EV_GO_START_LOCAL, false, 0, goid);
        } else {
            st.lastp = p;
            write(p, ts, EV_GO_START, false, 0, goid, st.seq);
        }
    }

    private void sysExit(int p, long ts, long goid, GState st, long exitTs) {
        st.seq++;
        st.lastp = p;
        st.sysexitTs = -1;
        write(p, ts, EV_GO_SYSEXIT, false, 0, goid, st.seq, exitTs);
    }

    /** The block event gopark's traceEv names for each wait reason (chan.go, select.go, sema.go, time.go). */
    static int blockEvent(String reason, String obj) {
        if (reason == null) {
            return EV_GO_BLOCK;
        }
        return switch (reason) {
            case "chan send" -> EV_GO_BLOCK_SEND;
            case "chan receive" -> EV_GO_BLOCK_RECV;
            case "select" -> EV_GO_BLOCK_SELECT;
            case "semacquire", "sync.Mutex.Lock", "sync.RWMutex.Lock", "sync.RWMutex.RLock", "sync.WaitGroup.Wait" ->
                    obj != null && obj.startsWith("cond#") ? EV_GO_BLOCK_COND : EV_GO_BLOCK_SYNC;
            case "sync.Cond.Wait" -> EV_GO_BLOCK_COND;
            case "sleep" -> EV_GO_SLEEP;
            case "IO wait" -> EV_GO_BLOCK_NET;
            case "chan send (nil chan)", "chan receive (nil chan)", "select (no cases)", "panicwait" -> EV_GO_STOP;
            default -> EV_GO_BLOCK;
        };
    }

    private long[] trimPark(long[] stk) {
        if (stk == null) {
            return null;
        }
        int i = 0;
        while (i < stk.length - 1) {
            var f = symtab.funcForPC(stk[i]);
            if (f == null || !PARK_FRAMES.contains(f.name())) {
                break;
            }
            i++;
        }
        return Arrays.copyOfRange(stk, i, stk.length);
    }

    /** traceStackTable.put: 0 for no stack; runtime.main is left out of goroutine 1's (trace.go:536). */
    private long stackId(long goid, long[] pcs) {
        if (pcs == null || pcs.length == 0) {
            return 0;
        }
        int n = Math.min(pcs.length, STACK_SIZE);
        if (goid == 1 && n > 1) {
            var f = symtab.funcForPC(pcs[n - 1]);
            if (f != null && f.name().equals("runtime.main")) {
                n--;
            }
        }
        List<Long> key = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            key.add(pcs[i]);
        }
        Long id = stacks.get(key);
        if (id == null) {
            id = (long) stacks.size() + 1;
            stacks.put(key, id);
        }
        return id;
    }

    /** traceEvent: one event into p's buffer; the stack id, when the event has one, goes last. */
    private void write(int p, long ts, int type, boolean hasStack, long stack, long... args) {
        if (p == GLOB_PROC && type == EV_PROC_START) {
            return;
        }
        if (type == EV_PROC_START && snapshotP == GLOB_PROC) {
            snapshotP = p;
        }
        lastTs = Math.max(lastTs, ts);
        switch (type) {
            case EV_PROC_START -> procs.add(p);
            case EV_PROC_STOP -> procs.remove(p);
            case EV_GO_START, EV_GO_START_LOCAL -> running.put(p, args[0]);
            case EV_GO_END, EV_GO_STOP, EV_GO_SCHED, EV_GO_PREEMPT, EV_GO_SLEEP, EV_GO_BLOCK, EV_GO_BLOCK_SEND,
                    EV_GO_BLOCK_RECV, EV_GO_BLOCK_SELECT, EV_GO_BLOCK_SYNC, EV_GO_BLOCK_COND, EV_GO_BLOCK_NET,
                    EV_GO_SYSBLOCK -> running.remove(p);
            default -> {
            }
        }
        Buf buf = bufs.computeIfAbsent(p, k -> new Buf());
        if (!buf.started) {
            buf.started = true;
            buf.b.write(EV_BATCH | 1 << ARG_COUNT_SHIFT);
            varint(buf.b, p);
            varint(buf.b, ts);
            buf.lastTicks = ts;
        }
        long tickDiff = ts - buf.lastTicks;
        buf.lastTicks = ts;
        int narg = args.length + (hasStack ? 1 : 0);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        varint(body, tickDiff);
        for (long a : args) {
            varint(body, a);
        }
        if (hasStack) {
            varint(body, stack);
        }
        if (narg >= 3) {
            buf.b.write(type | 3 << ARG_COUNT_SHIFT);
            varint(buf.b, body.size());
        } else {
            buf.b.write(type | narg << ARG_COUNT_SHIFT);
        }
        buf.b.writeBytes(body.toByteArray());
    }

    static void varint(ByteArrayOutputStream b, long v) {
        while (Long.compareUnsigned(v, 0x80) >= 0) {
            b.write((int) (0x80 | (v & 0x7f)));
            v >>>= 7;
        }
        b.write((int) v);
    }

    private long string(ByteArrayOutputStream tab, String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Long id = strings.get(s);
        if (id == null) {
            id = (long) strings.size() + 1;
            strings.put(s, id);
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            tab.write(EV_STRING);
            varint(tab, id);
            varint(tab, bytes.length);
            tab.writeBytes(bytes);
        }
        return id;
    }

    /** Writes the trace: header, the batches, EvFrequency, then the strings and stacks. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        // The process ended (or StopTrace ran): Gs still running are descheduled and their Ps
        // stopped, so that every slice in the viewer ends (StopTrace's traceGoSched and STW).
        for (int p : new ArrayList<>(running.keySet())) {
            write(p, lastTs, EV_GO_SCHED, true, 0);
        }
        for (int p : new ArrayList<>(procs)) {
            write(p, lastTs, EV_PROC_STOP, false, 0);
        }
        closed = true;
        try {
            out.write("go 1.7 trace\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
            for (Buf buf : bufs.values()) {
                buf.b.writeTo(out);
            }
            ByteArrayOutputStream foot = new ByteArrayOutputStream();
            foot.write(EV_FREQUENCY);
            varint(foot, 1_000_000_000L);
            for (Map.Entry<List<Long>, Long> st : stacks.entrySet()) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                varint(body, st.getValue());
                List<Long> pcs = st.getKey();
                varint(body, pcs.size());
                long[] arr = pcs.stream().mapToLong(Long::longValue).toArray();
                List<Frame> frames = symtab.callersFrames(arr);
                for (int i = 0; i < arr.length; i++) {
                    Frame f = i < frames.size() ? frames.get(i) : Symtab.ZERO_FRAME;
                    varint(body, arr[i]);
                    varint(body, string(foot, f.function()));
                    varint(body, string(foot, f.file()));
                    varint(body, f.line());
                }
                foot.write(EV_STACK | 3 << ARG_COUNT_SHIFT);
                varint(foot, body.size());
                foot.writeBytes(body.toByteArray());
            }
            foot.writeTo(out);
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
