package gosim.sim.heap;

import java.util.Arrays;

/**
 * runtime.MemStats of Go 1.7 (mstats.go): every field of that release, in its order. A plain
 * mutable snapshot like Go's struct; {@link Heap#readMemStats()} returns a fresh copy.
 *
 * <p>Exact from the model: Alloc, TotalAlloc, Mallocs, Frees, HeapAlloc, HeapObjects, NextGC,
 * LastGC, PauseTotalNs, PauseNs, PauseEnd, NumGC, EnableGC, DebugGC, BySize, BuckHashSys (the
 * profiler's own accounting). Modeled (documented on {@link Heap}): HeapSys, HeapIdle, HeapInuse,
 * HeapReleased, Stack*, MSpan*, MCache*, GCSys, OtherSys, Sys, Lookups, GCCPUFraction.
 */
public final class MemStats {
    /** len(MemStats.PauseNs): the circular buffer of recent pause times. */
    public static final int PAUSE_RING = 256;
    /** len(MemStats.BySize): Go 1.7 reports the first 61 size classes. */
    public static final int BY_SIZE = 61;

    public long alloc;
    public long totalAlloc;
    public long sys;
    public long lookups;
    public long mallocs;
    public long frees;
    public long heapAlloc;
    public long heapSys;
    public long heapIdle;
    public long heapInuse;
    public long heapReleased;
    public long heapObjects;
    public long stackInuse;
    public long stackSys;
    public long mSpanInuse;
    public long mSpanSys;
    public long mCacheInuse;
    public long mCacheSys;
    public long buckHashSys;
    public long gcSys;
    public long otherSys;
    public long nextGC;
    public long lastGC;
    public long pauseTotalNs;
    public final long[] pauseNs = new long[PAUSE_RING];
    public final long[] pauseEnd = new long[PAUSE_RING];
    /** uint32 in Go; kept as a long that never exceeds 2^32-1 wraps (the ring index uses it mod 256). */
    public long numGC;
    public double gcCPUFraction;
    public boolean enableGC = true;
    public boolean debugGC;
    /** BySize[i].Size, .Mallocs, .Frees. */
    public final int[] bySizeSize = new int[BY_SIZE];
    public final long[] bySizeMallocs = new long[BY_SIZE];
    public final long[] bySizeFrees = new long[BY_SIZE];

    /** A deep copy. */
    public MemStats copy() {
        MemStats m = new MemStats();
        m.alloc = alloc;
        m.totalAlloc = totalAlloc;
        m.sys = sys;
        m.lookups = lookups;
        m.mallocs = mallocs;
        m.frees = frees;
        m.heapAlloc = heapAlloc;
        m.heapSys = heapSys;
        m.heapIdle = heapIdle;
        m.heapInuse = heapInuse;
        m.heapReleased = heapReleased;
        m.heapObjects = heapObjects;
        m.stackInuse = stackInuse;
        m.stackSys = stackSys;
        m.mSpanInuse = mSpanInuse;
        m.mSpanSys = mSpanSys;
        m.mCacheInuse = mCacheInuse;
        m.mCacheSys = mCacheSys;
        m.buckHashSys = buckHashSys;
        m.gcSys = gcSys;
        m.otherSys = otherSys;
        m.nextGC = nextGC;
        m.lastGC = lastGC;
        m.pauseTotalNs = pauseTotalNs;
        System.arraycopy(pauseNs, 0, m.pauseNs, 0, PAUSE_RING);
        System.arraycopy(pauseEnd, 0, m.pauseEnd, 0, PAUSE_RING);
        m.numGC = numGC;
        m.gcCPUFraction = gcCPUFraction;
        m.enableGC = enableGC;
        m.debugGC = debugGC;
        System.arraycopy(bySizeSize, 0, m.bySizeSize, 0, BY_SIZE);
        System.arraycopy(bySizeMallocs, 0, m.bySizeMallocs, 0, BY_SIZE);
        System.arraycopy(bySizeFrees, 0, m.bySizeFrees, 0, BY_SIZE);
        return m;
    }

    @Override
    public String toString() {
        return "MemStats{alloc=" + alloc + ", totalAlloc=" + totalAlloc + ", sys=" + sys + ", mallocs=" + mallocs
                + ", frees=" + frees + ", heapObjects=" + heapObjects + ", nextGC=" + nextGC + ", numGC=" + numGC
                + ", pauseNs[0..4]=" + Arrays.toString(Arrays.copyOf(pauseNs, 4)) + "}";
    }
}
