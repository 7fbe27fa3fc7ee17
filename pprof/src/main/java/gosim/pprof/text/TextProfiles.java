package gosim.pprof.text;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.StackRecord;
import gosim.sim.Frame;
import gosim.sim.Symtab;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The legacy text formats of Go 1.7's runtime/pprof (seed 004, pprof.go: printCountProfile,
 * printStackRecord, writeHeap, writeBlock, writeGoroutineStacks) and the thread profile of
 * seed 000 (WriteThreadProfile). Each writer takes records already fetched from the runtime and
 * writes through a {@code BufioWriter} (and a {@code TabWriter} at debug &gt; 0) exactly as Go
 * does, so the bytes match and a writer error surfaces once, from the final flush.
 */
public final class TextProfiles {
    /** writeGoroutineStacks starts with a 1 MB buffer ... */
    public static final int STACK_BUF_START = 1 << 20;
    /** ... doubles it while the dump fills it, and stops at 64 MB (the dump is then cut). */
    public static final int STACK_BUF_MAX = 64 << 20;

    private TextProfiles() {
    }

    /** stackProfile.Less: PC by PC (as unsigned uintptrs), then the shorter stack first. */
    public static boolean stackLess(long[] t, long[] u) {
        for (int k = 0; k < t.length && k < u.length; k++) {
            if (t[k] != u[k]) {
                return Long.compareUnsigned(t[k], u[k]) < 0;
            }
        }
        return t.length < u.length;
    }

    /**
     * printStackRecord: one "#" comment line per frame of {@code stk} (CallersFrames, so each PC
     * is a return PC shown as PC-1), then a blank line. Leading runtime.* frames are hidden unless
     * {@code allFrames}, runtime.goexit always; if that hides everything, print all frames.
     */
    public static void printStackRecord(OutputStream w, Symtab symtab, long[] stk, boolean allFrames)
            throws IOException {
        w.write(GoFmt.bytes(stackRecord(symtab, stk, allFrames)));
    }

    /** The text {@link #printStackRecord} writes (before any tabwriter alignment). */
    public static String stackRecord(Symtab symtab, long[] stk, boolean allFrames) {
        StringBuilder sb = new StringBuilder(64 * (stk.length + 1));
        appendStackRecord(sb, symtab, stk, allFrames);
        return sb.toString();
    }

    static void appendStackRecord(StringBuilder sb, Symtab symtab, long[] stk, boolean allFrames) {
        int start = sb.length();
        boolean show = allFrames;
        for (Frame frame : symtab.callersFrames(stk)) {
            String name = frame.function();
            if (name.isEmpty()) {
                show = true;
                GoFmt.appendHex(sb.append("#\t"), goFramePC(frame)).append('\n');
            } else if (!name.equals("runtime.goexit") && (show || !name.startsWith("runtime."))) {
                show = true;
                GoFmt.appendHex(sb.append("#\t"), frame.pc()).append('\t').append(name).append('+');
                GoFmt.appendHex(sb, frame.pc() - frame.entry()).append('\t')
                        .append(frame.file()).append(':').append(frame.line()).append('\n');
            }
        }
        if (!show) {
            // Everything was a runtime frame: print the stack again, hiding nothing.
            if (!(sb.length() == start)) throw gosim.sim.GoFatal.thrown("invariant broken: sb.length() == start");
            appendStackRecord(sb, symtab, stk, true);
            return;
        }
        sb.append('\n');
    }

    /**
     * Frame.PC as Go 1.7's Frames.Next reports it: a PC outside every function yields the zero
     * Frame (no cgo symbolizer), so its PC prints as 0x0.
     */
    private static long goFramePC(Frame frame) {
        return frame.known() ? frame.pc() : 0;
    }

    /** The key of a stack in a count profile: "@" and " %#x" per PC. */
    public static String stackKey(long[] stk) {
        StringBuilder sb = new StringBuilder(1 + 9 * stk.length);
        sb.append('@');
        appendPCs(sb, stk);
        return sb.toString();
    }

    private static void appendPCs(StringBuilder sb, long[] stk) {
        for (long pc : stk) {
            GoFmt.appendHex(sb.append(' '), pc);
        }
    }

    /**
     * printCountProfile: "NAME profile: total N" (N = number of stacks), then each distinct stack
     * once with its count, most frequent first, ties by key string; debug &gt; 0 adds comments.
     */
    public static void printCountProfile(OutputStream w, int debug, String name, List<long[]> stacks, Symtab symtab)
            throws IOException {
        Out out = new Out(w, debug);
        out.print(name + " profile: total " + stacks.size() + "\n");

        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < stacks.size(); i++) {
            String k = stackKey(stacks.get(i));
            Integer c = count.get(k);
            if (c == null) {
                index.put(k, i);
                keys.add(k);
                c = 0;
            }
            count.put(k, c + 1);
        }
        // keysByCount: higher counts first, then key order; keys are distinct, so this is total.
        GoSort.sort(keys, (ki, kj) -> {
            int ci = count.get(ki);
            int cj = count.get(kj);
            return ci != cj ? ci > cj : GoFmt.compareStrings(ki, kj) < 0;
        });

        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.setLength(0);
            sb.append(count.get(k)).append(' ').append(k).append('\n');
            if (debug > 0) {
                appendStackRecord(sb, symtab, stacks.get(index.get(k)), false);
            }
            out.print(sb);
        }
        out.finish();
    }

    /**
     * writeHeap: records by in-use bytes, largest first (Go's unstable sort), the header with
     * totals and heap/(2*MemProfileRate), one line per record (comments at debug &gt; 0), and the
     * runtime.MemStats trailer.
     */
    public static void writeHeap(OutputStream w, int debug, List<MemProfileRecord> records, long memProfileRate,
            MemStatsView stats, Symtab symtab) throws IOException {
        Objects.requireNonNull(stats, "MemStats");
        List<MemProfileRecord> p = new ArrayList<>(records);
        GoSort.sort(p, (a, b) -> a.inUseBytes() > b.inUseBytes());

        Out out = new Out(w, debug);
        long allocBytes = 0;
        long allocObjects = 0;
        long freeBytes = 0;
        long freeObjects = 0;
        for (MemProfileRecord r : p) {
            allocBytes += r.allocBytes;
            allocObjects += r.allocObjects;
            freeBytes += r.freeBytes;
            freeObjects += r.freeObjects;
        }
        // pprof expects 2*MemProfileRate, a legacy of the C++ heap profiler.
        out.print("heap profile: " + (allocObjects - freeObjects) + ": " + (allocBytes - freeBytes)
                + " [" + allocObjects + ": " + allocBytes + "] @ heap/" + (2 * memProfileRate) + "\n");

        StringBuilder sb = new StringBuilder();
        for (MemProfileRecord r : p) {
            sb.setLength(0);
            long[] stk = r.stack();
            sb.append(r.inUseObjects()).append(": ").append(r.inUseBytes())
                    .append(" [").append(r.allocObjects).append(": ").append(r.allocBytes).append("] @");
            appendPCs(sb, stk);
            sb.append('\n');
            if (debug > 0) {
                appendStackRecord(sb, symtab, stk, false);
            }
            out.print(sb);
        }
        out.print(stats.trailer());
        out.finish();
    }

    /**
     * writeBlock: "--- contention:", "cycles/second=N", then records by cycles, largest first,
     * each "CYCLES COUNT @ pcs"; debug &gt; 0 adds comments showing all frames.
     */
    public static void writeBlock(OutputStream w, int debug, List<BlockProfileRecord> records, long cyclesPerSecond,
            Symtab symtab) throws IOException {
        List<BlockProfileRecord> p = new ArrayList<>(records);
        GoSort.sort(p, (a, b) -> a.cycles > b.cycles);

        Out out = new Out(w, debug);
        out.print("--- contention:\n");
        out.print("cycles/second=" + cyclesPerSecond + "\n");
        StringBuilder sb = new StringBuilder();
        for (BlockProfileRecord r : p) {
            sb.setLength(0);
            long[] stk = r.stack();
            sb.append(r.cycles).append(' ').append(r.count).append(" @");
            appendPCs(sb, stk);
            sb.append('\n');
            if (debug > 0) {
                appendStackRecord(sb, symtab, stk, true);
            }
            out.print(sb);
        }
        out.finish();
    }

    /**
     * writeGoroutineStacks (goroutine profile, debug &gt;= 2): runtime.Stack(buf, true) into a
     * 1 MB buffer, doubled while the dump fills it, giving up (cut dump) at 64 MB; written
     * directly, without buffering.
     */
    public static void writeGoroutineStacks(OutputStream w, StackDumper dumper) throws IOException {
        byte[] buf = new byte[STACK_BUF_START];
        int n;
        while (true) {
            n = dumper.stack(buf, true);
            if (n < 0 || n > buf.length) {
                throw new IllegalStateException("runtime.Stack returned " + n + " for a buffer of " + buf.length);
            }
            if (n < buf.length || buf.length >= STACK_BUF_MAX) {
                break;
            }
            buf = new byte[2 * buf.length];
        }
        w.write(buf, 0, n);
    }

    /**
     * WriteThreadProfile of seed 000 (Feb 2012, before the Profile registry): "thread creation
     * profile: N threads" then "@ pcs" for each record in runtime order, with no grouping.
     */
    public static void writeThreadProfileGo10(OutputStream w, List<? extends StackRecord> records) throws IOException {
        BufioWriter b = new BufioWriter(w);
        StringBuilder sb = new StringBuilder();
        sb.append("thread creation profile: ").append(records.size()).append(" threads\n");
        b.write(GoFmt.bytes(sb));
        for (StackRecord r : records) {
            sb.setLength(0);
            sb.append('@');
            appendPCs(sb, r.stack());
            sb.append('\n');
            b.write(GoFmt.bytes(sb));
        }
        b.flush();
    }

    /** bufio.NewWriter(w), behind tabwriter.NewWriter(b, 1, 8, 1, '\t', 0) when debug &gt; 0. */
    private static final class Out {
        private final BufioWriter b;
        private final TabWriter tw;
        private final OutputStream w;

        Out(OutputStream dst, int debug) {
            b = new BufioWriter(dst);
            tw = debug > 0 ? TabWriter.forPprof(b) : null;
            w = tw != null ? tw : b;
        }

        void print(CharSequence s) throws IOException {
            w.write(GoFmt.bytes(s));
        }

        /** tw.Flush(); return b.Flush(). */
        void finish() throws IOException {
            if (tw != null) {
                tw.flush();
            }
            b.flush();
        }
    }
}
