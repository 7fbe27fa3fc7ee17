package gosim.pprof.text;

/**
 * The fields of Go 1.7's runtime.MemStats (runtime/mstats.go) that writeHeap prints in the
 * "# runtime.MemStats" trailer of a heap profile, in the order printed. All counters are Go
 * uint64 (printed unsigned); {@code numGC} is a uint32; {@code pauseNs} is the [256]uint64
 * circular buffer of recent GC pause times.
 */
public record MemStatsView(
        long alloc,
        long totalAlloc,
        long sys,
        long lookups,
        long mallocs,
        long frees,
        long heapAlloc,
        long heapSys,
        long heapIdle,
        long heapInuse,
        long heapReleased,
        long heapObjects,
        long stackInuse,
        long stackSys,
        long mSpanInuse,
        long mSpanSys,
        long mCacheInuse,
        long mCacheSys,
        long buckHashSys,
        long nextGC,
        long[] pauseNs,
        long numGC,
        boolean debugGC) {

    /** Length of MemStats.PauseNs. */
    public static final int PAUSE_NS_LEN = 256;
    /** NumGC is a uint32. */
    private static final long MAX_NUM_GC = 0xffff_ffffL;

    public MemStatsView {
        if (pauseNs == null || pauseNs.length != PAUSE_NS_LEN) {
            throw new IllegalArgumentException("MemStats.PauseNs must have " + PAUSE_NS_LEN + " entries, got "
                    + (pauseNs == null ? "null" : pauseNs.length));
        }
        if (numGC < 0 || numGC > MAX_NUM_GC) {
            throw new IllegalArgumentException("MemStats.NumGC is a uint32, got " + numGC);
        }
        pauseNs = pauseNs.clone();
    }

    /** A MemStats of a process that has allocated nothing: every field zero. */
    public static MemStatsView zero() {
        return new MemStatsView(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                new long[PAUSE_NS_LEN], 0, false);
    }

    @Override
    public long[] pauseNs() {
        return pauseNs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemStatsView m && m.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return trailer();
    }

    /** The trailer exactly as Go 1.7's writeHeap prints it, starting with its blank line. */
    public String trailer() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("\n# runtime.MemStats\n");
        line(sb, "Alloc", alloc);
        line(sb, "TotalAlloc", totalAlloc);
        line(sb, "Sys", sys);
        line(sb, "Lookups", lookups);
        line(sb, "Mallocs", mallocs);
        line(sb, "Frees", frees);

        line(sb, "HeapAlloc", heapAlloc);
        line(sb, "HeapSys", heapSys);
        line(sb, "HeapIdle", heapIdle);
        line(sb, "HeapInuse", heapInuse);
        line(sb, "HeapReleased", heapReleased);
        line(sb, "HeapObjects", heapObjects);

        pair(sb, "Stack", stackInuse, stackSys);
        pair(sb, "MSpan", mSpanInuse, mSpanSys);
        pair(sb, "MCache", mCacheInuse, mCacheSys);
        line(sb, "BuckHashSys", buckHashSys);

        line(sb, "NextGC", nextGC);
        sb.append("# PauseNs = ").append(GoFmt.uintArray(pauseNs)).append('\n');
        line(sb, "NumGC", numGC);
        sb.append("# DebugGC = ").append(debugGC).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, long v) {
        sb.append("# ").append(name).append(" = ").append(GoFmt.uint(v)).append('\n');
    }

    private static void pair(StringBuilder sb, String name, long inuse, long sys) {
        sb.append("# ").append(name).append(" = ").append(GoFmt.uint(inuse)).append(" / ")
                .append(GoFmt.uint(sys)).append('\n');
    }
}
