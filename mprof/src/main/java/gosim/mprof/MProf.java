package gosim.mprof;

import gosim.sim.heap.MProfHooks;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * The profiling bucket table of one simulated runtime: models Go 1.7's mprof.go (stkbucket,
 * mprof_GC / mProf_GC, mProf_Malloc, mProf_Free, MemProfile, record, SetBlockProfileRate,
 * blockevent, BlockProfile). Heap statistics go through the three stages of seed 002: mallocs and
 * explicit frees are counted as "recent", frees found by the GC's sweep as "prev", and each GC step
 * publishes prev and moves recent to prev, so MemProfile shows a consistent picture as of the last
 * completed cycle.
 *
 * <p>Every table belongs to one runtime instance; its state is guarded by its own proflock, so
 * that Java threads may read profiles while the simulator runs.
 */
final class MProf implements MProfHooks {
    /** buckHashSize: the number of hash chains. */
    public static final int BUCK_HASH_SIZE = 179999;
    /** maxStack: stacks are recorded to at most this depth. */
    public static final int MAX_STACK = StackRecord.MAX_STACK;
    /** Bytes per hash-table slot (a pointer), for BuckHashSys. */
    private static final long SLOT_BYTES = 8;
    private static final long NANOS_PER_SECOND = 1000L * 1000 * 1000;

    private final Object proflock = new Object();
    private final int buckHashSize;
    private final long ticksPerSecond;
    private final IntSupplier fastrand;

    /** buckhash: allocated on first use, as Go does, which is when BuckHashSys starts counting. */
    private Bucket[] buckhash;
    /** memory profile buckets, newest first. */
    private Bucket mbuckets;
    /** blocking profile buckets, newest first. */
    private Bucket bbuckets;
    /** bucketmem: bytes of all buckets. */
    private long bucketmem;
    /** memstats.buckhash_sys: the table plus the buckets. */
    private long buckhashSys;
    private int nmbuckets;
    private int nbbuckets;
    /** blockprofilerate, in CPU ticks. */
    private long blockprofilerate;

    /**
     * A table for a runtime whose CPU tick counter runs at {@code ticksPerSecond} (tickspersecond())
     * and whose fastrand yields uint32 values carried in an int.
     */
    public MProf(long ticksPerSecond, IntSupplier fastrand) {
        this(BUCK_HASH_SIZE, ticksPerSecond, fastrand);
    }

    /** For tests: a table with {@code buckHashSize} chains, to force hash collisions. */
    MProf(int buckHashSize, long ticksPerSecond, IntSupplier fastrand) {
        if (buckHashSize < 1) {
            throw new IllegalArgumentException("bucket hash size must be positive, got " + buckHashSize);
        }
        if (ticksPerSecond <= 0) {
            throw new IllegalArgumentException("ticks per second must be positive, got " + ticksPerSecond);
        }
        this.buckHashSize = buckHashSize;
        this.ticksPerSecond = ticksPerSecond;
        this.fastrand = Objects.requireNonNull(fastrand, "fastrand");
    }

    /**
     * The hash stkbucket computes: for each PC, then for the size, h += x; h += h<<10; h ^= h>>6;
     * finally h += h<<3; h ^= h>>11, all in 64-bit unsigned wraparound.
     */
    static long hash(long[] stk, int nstk, long size) {
        long h = 0;
        for (int i = 0; i < nstk; i++) {
            h += stk[i];
            h += h << 10;
            h ^= h >>> 6;
        }
        h += size;
        h += h << 10;
        h ^= h >>> 6;
        h += h << 3;
        h ^= h >>> 11;
        return h;
    }

    /** The chain index of a hash: h % buckHashSize, unsigned. */
    int chain(long h) {
        return (int) Long.remainderUnsigned(h, buckHashSize);
    }

    /**
     * stkbucket: the bucket for (typ, size, stk), created and prepended to its all-list when
     * {@code alloc} is true and there is none; else null. A stack longer than {@link #MAX_STACK} is
     * cut to its innermost MAX_STACK frames, as callers() fills a 32-entry buffer.
     */
    public Bucket stkbucket(BucketType typ, long size, long[] stk, boolean alloc) {
        Objects.requireNonNull(typ, "typ");
        int nstk = checkStack(stk);
        synchronized (proflock) {
            return stkbucketLocked(typ, size, stk, nstk, alloc);
        }
    }

    private Bucket stkbucketLocked(BucketType typ, long size, long[] stk, int nstk, boolean alloc) {
        if (buckhash == null) {
            buckhash = new Bucket[buckHashSize];
            buckhashSys += SLOT_BYTES * buckHashSize;
        }
        long h = hash(stk, nstk, size);
        int i = chain(h);
        for (Bucket b = buckhash[i]; b != null; b = b.next) {
            if (b.typ == typ && b.hash == h && b.size == size && sameStack(b.stk, stk, nstk)) {
                return b;
            }
        }
        if (!alloc) {
            return null;
        }
        Bucket b = new Bucket(typ, h, size, Arrays.copyOf(stk, nstk));
        long mem = b.footprint();
        bucketmem += mem;
        buckhashSys += mem;
        b.next = buckhash[i];
        buckhash[i] = b;
        if (typ == BucketType.MPROF) {
            b.allnext = mbuckets;
            mbuckets = b;
            nmbuckets++;
        } else {
            b.allnext = bbuckets;
            bbuckets = b;
            nbbuckets++;
        }
        return b;
    }

    private static boolean sameStack(long[] bstk, long[] stk, int nstk) {
        return bstk.length == nstk && Arrays.equals(bstk, 0, nstk, stk, 0, nstk);
    }

    /** Validates a stack and returns how many of its PCs are recorded. */
    private static int checkStack(long[] stk) {
        Objects.requireNonNull(stk, "stack");
        int nstk = Math.min(stk.length, MAX_STACK);
        for (int i = 0; i < nstk; i++) {
            if (stk[i] == 0) {
                throw new IllegalArgumentException("stack has a zero PC at index " + i
                        + " (a record's stack ends at its first 0)");
            }
        }
        return nstk;
    }

    /** mProf_Malloc: records a sampled allocation in the recent stage and returns its bucket. */
    @Override
    public Bucket mProfMalloc(long[] stk, long size) {
        checkSize(size);
        int nstk = checkStack(stk);
        synchronized (proflock) {
            Bucket b = stkbucketLocked(BucketType.MPROF, size, stk, nstk, true);
            b.recentAllocs++;
            b.recentAllocBytes += size;
            return b;
        }
    }

    /**
     * mProf_Free (go1.7 mprof.go:254-260): every free counts in the prev stage, explicit or found
     * by the sweep ({@code freed} is not consulted; the recent-stage explicit free is Go 1.3's).
     */
    @Override
    public void mProfFree(Object bucket, long size, boolean freed) {
        checkSize(size);
        Bucket b = memBucket(bucket);
        synchronized (proflock) {
            b.prevFrees++;
            b.prevFreeBytes += size;
        }
    }

    /** mProf_GC: a GC happened; publish prev and move recent to prev, for every heap bucket. */
    @Override
    public void mProfGC() {
        synchronized (proflock) {
            mprofGC();
        }
    }

    private void mprofGC() {
        for (Bucket b = mbuckets; b != null; b = b.allnext) {
            b.allocs += b.prevAllocs;
            b.frees += b.prevFrees;
            b.allocBytes += b.prevAllocBytes;
            b.freeBytes += b.prevFreeBytes;

            b.prevAllocs = b.recentAllocs;
            b.prevFrees = b.recentFrees;
            b.prevAllocBytes = b.recentAllocBytes;
            b.prevFreeBytes = b.recentFreeBytes;

            b.recentAllocs = 0;
            b.recentFrees = 0;
            b.recentAllocBytes = 0;
            b.recentFreeBytes = 0;
        }
    }

    @Override
    public long buckHashSys() {
        synchronized (proflock) {
            return buckhashSys;
        }
    }

    /** bucketmem: bytes taken by the buckets themselves. */
    public long bucketmem() {
        synchronized (proflock) {
            return bucketmem;
        }
    }

    /** Visits the heap buckets newest first without changing anything (for tests and tools). */
    void forEachMemBucket(java.util.function.Consumer<Bucket> f) {
        synchronized (proflock) {
            for (Bucket b = mbuckets; b != null; b = b.allnext) {
                f.accept(b);
            }
        }
    }

    /** Number of heap buckets (length of mbuckets). */
    public int memBucketCount() {
        synchronized (proflock) {
            return nmbuckets;
        }
    }

    /** Number of block buckets (length of bbuckets). */
    public int blockBucketCount() {
        synchronized (proflock) {
            return nbbuckets;
        }
    }

    /**
     * MemProfile: n is the number of buckets with {@code inuseZero || alloc_bytes != free_bytes}.
     * When no bucket has published anything (no GC yet), the GC step is run twice first and n
     * recounted. If p.length >= n the records are copied into p[0..n) newest first and (n, true)
     * returned; otherwise p is left alone and (n, false) returned.
     */
    public ProfileResult memProfile(MemProfileRecord[] p, boolean inuseZero) {
        Objects.requireNonNull(p, "p");
        synchronized (proflock) {
            int n = 0;
            boolean clear = true;
            for (Bucket b = mbuckets; b != null; b = b.allnext) {
                if (inuseZero || b.allocBytes != b.freeBytes) {
                    n++;
                }
                if (b.allocs != 0 || b.frees != 0) {
                    clear = false;
                }
            }
            if (clear) {
                // Nothing published: as if a GC had just happened, so that a program that never
                // collects still gets a profile.
                mprofGC();
                mprofGC();
                n = 0;
                for (Bucket b = mbuckets; b != null; b = b.allnext) {
                    if (inuseZero || b.allocBytes != b.freeBytes) {
                        n++;
                    }
                }
            }
            boolean ok = false;
            if (n <= p.length) {
                ok = true;
                int idx = 0;
                for (Bucket b = mbuckets; b != null; b = b.allnext) {
                    if (inuseZero || b.allocBytes != b.freeBytes) {
                        if (p[idx] == null) {
                            p[idx] = new MemProfileRecord();
                        }
                        record(p[idx], b);
                        idx++;
                    }
                }
            }
            return new ProfileResult(n, ok);
        }
    }

    /** The memory profile as a list of fresh records, newest bucket first (same rules as above). */
    public List<MemProfileRecord> memProfile(boolean inuseZero) {
        synchronized (proflock) {
            int n = memProfile(new MemProfileRecord[0], inuseZero).n();
            MemProfileRecord[] p = new MemProfileRecord[n];
            ProfileResult r = memProfile(p, inuseZero);
            if (!r.ok() || r.n() != n) {
                throw new IllegalStateException("memory profile changed under proflock: " + r + " vs " + n);
            }
            return List.of(p);
        }
    }

    /** record: writes b's published data to r. */
    private static void record(MemProfileRecord r, Bucket b) {
        r.allocBytes = b.allocBytes;
        r.freeBytes = b.freeBytes;
        r.allocObjects = b.allocs;
        r.freeObjects = b.frees;
        r.setStack(b.stk);
    }

    /**
     * SetBlockProfileRate: {@code rate} nanoseconds blocked per sampled event; {@code <= 0} turns the
     * profile off and 1 records every event. Other rates are converted to CPU ticks in float64,
     * with a minimum of 1, as Go 1.7.
     */
    public void setBlockProfileRate(long rate) {
        long r;
        if (rate <= 0) {
            r = 0;
        } else if (rate == 1) {
            r = 1;
        } else {
            r = (long) ((double) rate * (double) ticksPerSecond / NANOS_PER_SECOND);
            if (r == 0) {
                r = 1;
            }
        }
        synchronized (proflock) {
            blockprofilerate = r;
        }
    }

    /** blockprofilerate, in CPU ticks (0 = off). */
    public long blockProfileRate() {
        synchronized (proflock) {
            return blockprofilerate;
        }
    }

    /** tickspersecond(): what the block profile's cycles/second line prints. */
    public long ticksPerSecond() {
        return ticksPerSecond;
    }

    /**
     * blockevent: a goroutine blocked at {@code stk} for {@code cycles} ticks (at least 1). Kept
     * unless the rate is off, or the event is shorter than the rate and fastrand() % rate exceeds
     * it; then counted in the stack's BPROF bucket. Returns whether the event was recorded.
     */
    public boolean blockevent(long cycles, long[] stk) {
        int nstk = checkStack(stk);
        if (cycles <= 0) {
            cycles = 1;
        }
        long rate;
        synchronized (proflock) {
            rate = blockprofilerate;
        }
        if (rate <= 0 || (rate > cycles && Integer.toUnsignedLong(fastrand.getAsInt()) % rate > cycles)) {
            return false;
        }
        synchronized (proflock) {
            Bucket b = stkbucketLocked(BucketType.BPROF, 0, stk, nstk, true);
            b.count++;
            b.cycles += cycles;
        }
        return true;
    }

    /**
     * BlockProfile: n is the number of block buckets; if p.length >= n they are copied into p
     * newest first and (n, true) returned, else p is left alone and (n, false) returned.
     */
    public ProfileResult blockProfile(BlockProfileRecord[] p) {
        Objects.requireNonNull(p, "p");
        synchronized (proflock) {
            int n = nbbuckets;
            if (n > p.length) {
                return new ProfileResult(n, false);
            }
            int i = 0;
            for (Bucket b = bbuckets; b != null; b = b.allnext) {
                if (p[i] == null) {
                    p[i] = new BlockProfileRecord();
                }
                BlockProfileRecord r = p[i++];
                r.count = b.count;
                r.cycles = b.cycles;
                r.setStack(b.stk);
            }
            if (!(i == n)) throw gosim.sim.GoFatal.thrown("bbuckets has " + i + " buckets, counted " + n);
            return new ProfileResult(n, true);
        }
    }

    /** The block profile as a list of fresh records, newest bucket first. */
    public List<BlockProfileRecord> blockProfile() {
        synchronized (proflock) {
            BlockProfileRecord[] p = new BlockProfileRecord[nbbuckets];
            blockProfile(p);
            return List.of(p);
        }
    }

    private static void checkSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
    }

    private static Bucket memBucket(Object bucket) {
        if (!(bucket instanceof Bucket b) || b.typ != BucketType.MPROF) {
            throw new IllegalArgumentException("bad use of bucket.mp: not a heap profile bucket: " + bucket);
        }
        return b;
    }
}
