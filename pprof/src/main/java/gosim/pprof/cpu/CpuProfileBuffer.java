package gosim.pprof.cpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime's CPU profile accumulator: models Go 1.7's runtime/cpuprof.go (cpuProfile with its
 * hash table, add, evict, flushlog, the header written by SetCPUProfileRate and the flush done by
 * getprofile when profiling stops).
 *
 * <p>Each SIGPROF stack is counted in a hash table of {@link #NUM_BUCKETS} buckets of {@link #ASSOC}
 * entries, found by Go's hash ({@code h = h<<8 | h>>56; h += pc*41} per PC, 64-bit). A stack that
 * misses takes the bucket's entry with the smallest count (the first such); a non-empty victim is
 * evicted to the log first. When profiling stops the table is flushed to the log bucket by bucket,
 * entry by entry, and the end-of-data record {@code [0, 1, 0]} follows. So the output order is
 * Go's: evictions in the order they happened, then the table in bucket order; a stack can appear
 * in several records when it was evicted and came back.
 *
 * <p>The log is the stream of uintptr words of the legacy format, starting with the header
 * {@code [0, 3, 0, 1000000/hz, 0]}. Go splits it in two halves of {@link #LOG_SIZE}/2 words handed
 * to a writer goroutine and counts a sample as lost when the writer has not caught up; here the
 * writer is modeled as always caught up (it takes no virtual time), so no sample is ever lost and
 * the log is kept whole.
 *
 * <p>Called only from the simulator loop: not thread-safe.
 */
final class CpuProfileBuffer {
    /** numBuckets: hash table buckets. */
    public static final int NUM_BUCKETS = 1 << 10;
    /** assoc: entries per bucket. */
    public static final int ASSOC = 4;
    /** maxCPUProfStack: deeper stacks are cut to their first (leaf-most) 64 PCs. */
    public static final int MAX_CPU_PROF_STACK = 64;
    /** logSize: words in Go's two log halves together (bounds nothing here, see the class doc). */
    public static final int LOG_SIZE = 1 << 17;
    /** The highest rate SetCPUProfileRate accepts. */
    public static final int MAX_HZ = 1_000_000;
    /** Words of the header record. */
    public static final int HEADER_WORDS = 5;
    /** The end-of-data record. */
    private static final long[] EOD = {0, 1, 0};

    private final int hz;
    private final long[] entryCount = new long[NUM_BUCKETS * ASSOC];
    private final int[] entryDepth = new int[NUM_BUCKETS * ASSOC];
    private final long[][] entryStack = new long[NUM_BUCKETS * ASSOC][];
    private long[] log = new long[1024];
    private int nlog;
    /** Ticks added (cpuProfile.count). */
    private long count;
    /** Entries evicted before the flush (cpuProfile.evicts). */
    private long evicts;
    private boolean flushed;

    /** SetCPUProfileRate(hz) with hz &gt; 0: an empty table and a log holding the header. */
    public CpuProfileBuffer(int hz) {
        if (hz <= 0 || hz > MAX_HZ) {
            throw new IllegalArgumentException("CPU profile rate must be 1.." + MAX_HZ + " Hz, got " + hz);
        }
        this.hz = hz;
        append(0);              // count of the header record
        append(3);              // its depth: three words follow
        append(0);              // format version
        append(1_000_000 / hz); // sampling period in microseconds
        append(0);
        if (!(nlog == HEADER_WORDS)) throw gosim.sim.GoFatal.thrown("invariant broken: nlog == HEADER_WORDS");
    }

    public int hz() {
        return hz;
    }

    /** Ticks counted so far. */
    public long count() {
        return count;
    }

    /** Evictions so far (not counting the final flush). */
    public long evicts() {
        return evicts;
    }

    /**
     * add: counts one SIGPROF tick on {@code pc}, the interrupted stack with the interrupted PC
     * first and return PCs after it.
     */
    public void add(long[] pc) {
        if (flushed) {
            throw new IllegalStateException("CPU profile already flushed: no samples may be added");
        }
        if (pc.length == 0) {
            throw new IllegalArgumentException("a CPU profile sample needs at least the interrupted PC");
        }
        int depth = Math.min(pc.length, MAX_CPU_PROF_STACK);
        long h = hash(pc, depth);
        count++;
        int base = (int) Long.remainderUnsigned(h, NUM_BUCKETS) * ASSOC;
        for (int i = base; i < base + ASSOC; i++) {
            if (entryDepth[i] == depth && entryStack[i] != null
                    && Arrays.equals(entryStack[i], 0, depth, pc, 0, depth)) {
                entryCount[i]++;
                return;
            }
        }
        int victim = base;
        for (int i = base + 1; i < base + ASSOC; i++) {
            if (entryCount[i] < entryCount[victim]) {
                victim = i;
            }
        }
        if (entryCount[victim] > 0) {
            evict(victim);
            evicts++;
        }
        entryDepth[victim] = depth;
        entryCount[victim] = 1;
        entryStack[victim] = Arrays.copyOf(pc, depth);
    }

    /** Go's stack hash: rotate left by 8, add pc*41, over the first {@code depth} PCs. */
    static long hash(long[] pc, int depth) {
        long h = 0;
        for (int i = 0; i < depth; i++) {
            h = Long.rotateLeft(h, 8);
            h += pc[i] * 41;
        }
        return h;
    }

    /** evict: copies the entry's record (count, depth, PCs) to the log and empties it. */
    private void evict(int e) {
        append(entryCount[e]);
        append(entryDepth[e]);
        for (int j = 0; j < entryDepth[e]; j++) {
            append(entryStack[e][j]);
        }
        entryCount[e] = 0;
    }

    private void append(long word) {
        if (nlog == log.length) {
            log = Arrays.copyOf(log, nlog * 2);
        }
        log[nlog++] = word;
    }

    /**
     * Profiling stopped: flushes the hash table in bucket order, appends the end-of-data record and
     * returns the whole log. Later calls return the same words.
     */
    public long[] finish() {
        if (!flushed) {
            for (int e = 0; e < entryCount.length; e++) {
                if (entryCount[e] > 0) {
                    evict(e);
                }
            }
            for (long w : EOD) {
                append(w);
            }
            flushed = true;
            // always on, once per profile: a lost or doubled tick would be a silent wrong profile
            long logged = records(Arrays.copyOf(log, nlog)).stream().mapToLong(Record::count).sum();
            if (logged != count) {
                throw new IllegalStateException("CPU profile log holds " + logged + " ticks, not the " + count + " taken");
            }
        }
        return Arrays.copyOf(log, nlog);
    }

    /** One record of the log: a stack and how many ticks it got. */
    public record Record(long count, long[] stack) {
    }

    /**
     * The sample records of a log (as {@link #finish} returns), in log order, without header and
     * end-of-data record. Checks the framing and fails with a message on a malformed log.
     */
    public static List<Record> records(long[] log) {
        if (log.length < HEADER_WORDS || log[0] != 0 || log[1] != 3 || log[2] != 0 || log[3] <= 0 || log[4] != 0) {
            throw new IllegalArgumentException("not a legacy CPU profile: the header must be [0, 3, 0, period, 0]");
        }
        List<Record> out = new ArrayList<>();
        int q = HEADER_WORDS;
        while (q + 2 <= log.length) {
            long n = log[q];
            long d = log[q + 1];
            if (d < 0 || q + 2 + d > log.length) {
                throw new IllegalArgumentException("legacy CPU profile record at word " + q + " runs past the end");
            }
            long[] stk = Arrays.copyOfRange(log, q + 2, q + 2 + (int) d);
            q += 2 + (int) d;
            if (n == 0 && d == 1 && stk[0] == 0) {
                return out;
            }
            out.add(new Record(n, stk));
        }
        throw new IllegalArgumentException("legacy CPU profile has no end-of-data record");
    }
}
