package gosim.sim.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The heap of one simulated Go process: models Go 1.7's malloc.go (mallocgc, profilealloc,
 * nextSample), the accounting half of mgc.go (gcMark's next_gc, gcSweep's mProf_GC calls,
 * gcMarkTermination's pause statistics, gcShouldStart) and mstats.go (memstats, ReadMemStats).
 *
 * <p>What is exact: size-class rounding (msize.go's classes of the heap's release, {@link SizeClasses}),
 * the tiny allocator (malloc.go:583-646: pointer-free requests under 16 bytes share 16-byte blocks; a
 * request that fits the current block returns before the profiling step, one that opens a new block
 * is sampled as 16 bytes; the block is cleared by releaseAll at every GC and ReadMemStats), large objects in whole 8 KiB pages, the
 * MemProfileRate sampling rule and its exponential draw (fastrand and fastlog2, bit for bit), the
 * order of mProf_Malloc / mProf_Free / mProf_GC calls, Mallocs, Frees, HeapAlloc, TotalAlloc,
 * HeapObjects, NumGC, the PauseNs ring, PauseTotalNs and Go 1.7's NextGC rule.
 *
 * <p>What is modeled (documented approximations, deterministic):
 * <ul>
 * <li>There is one sampler (Go has one next_sample per mcache, i.e. per P), drawn when the heap is
 *     created as allocmcache does, and one tiny block (Go has one per mcache).</li>
 * <li>heap_live equals HeapAlloc (Go counts it per cached span). Marking is instantaneous under
 *     stop-the-world, so heap_reachable is the marked heap, and the sweep runs right after the mprof
 *     step of the cycle rather than concurrently; the accounting order is the same as Go's.</li>
 * <li>NextGC is Go 1.7's trigger (not 1.8's goal): max(marked * (1 + triggerRatio), heapminimum),
 *     at least marked + 1 MiB * GOGC/100. The pacer's feedback on triggerRatio is not modeled: it
 *     keeps its initial 7/8 (lowered to GOGC/100 by setGCPercent, as Go does).</li>
 * <li>Spans: each size class uses as many spans as its live objects need, as if perfectly packed;
 *     HeapSys grows like mheap.grow (at least 1 MiB, 64 KiB granules) and is never released, so
 *     HeapReleased is 0. MSpan/MCache sizes use {@link #MSPAN_STRUCT_BYTES} and
 *     {@link #MCACHE_STRUCT_BYTES} out of 16 KiB fixalloc chunks; GCSys is the heap bitmap (1/32 of
 *     HeapSys); OtherSys, Lookups and GCCPUFraction are 0. Goroutine stacks are the kernel's: it
 *     reports them with {@link #setStackInuse}.</li>
 * </ul>
 *
 * <p>Not thread-safe: like the rest of a runtime's model it is used from the simulator's loop only.
 */
public final class Heap {
    /** MemProfileRate's default: one sample per 512 KiB allocated on average. */
    public static final int DEFAULT_MEM_PROFILE_RATE = 512 * 1024;
    /** defaultHeapMinimum: heapminimum for GOGC=100. */
    public static final long DEFAULT_HEAP_MINIMUM = 4L << 20;
    /** sweepMinHeapDistance: next_gc stays at least this far (times GOGC/100) above the live heap. */
    public static final long SWEEP_MIN_HEAP_DISTANCE = 1L << 20;
    /** gcController's initial triggerRatio guess. */
    public static final double INITIAL_TRIGGER_RATIO = 7 / 8.0;
    /** _MaxMem on 64-bit Linux: the arena is 512 GiB. */
    public static final long MAX_MEM = (1L << 39) - 1;
    /** _HeapAllocChunk: mheap.grow asks the OS for at least this much. */
    public static final long HEAP_ALLOC_CHUNK = 1L << 20;
    /** mheap.grow rounds page requests to 64 KiB. */
    private static final long GROW_GRANULE_PAGES = (64 << 10) / SizeClasses.PAGE_SIZE;
    /** _FixAllocChunk: mspan and mcache structures come from 16 KiB chunks. */
    public static final long FIX_ALLOC_CHUNK = 16 << 10;
    /** Modeled size of one mspan structure (near Go 1.7 on amd64). */
    public static final long MSPAN_STRUCT_BYTES = 160;
    /** Modeled size of one mcache structure (near Go 1.7 on amd64). */
    public static final long MCACHE_STRUCT_BYTES = 1200;
    /** The sampling period is capped so that the draw cannot overflow int32. */
    private static final int MAX_SAMPLE_PERIOD = 0x7000000;
    /** nextSample draws 26 random bits. */
    private static final int RANDOM_BIT_COUNT = 26;
    private static final double MINUS_LOG2 = -0.6931471805599453;
    /** maxTinySize = _TinySize (go1.7 malloc.go:90, malloc.go:118 _TinySize = 16). */
    public static final int MAX_TINY_SIZE = 16;

    /** The size classes of this heap's Go release. */
    private final SizeClasses classes;
    /**
     * Go 1.19's sampling rule (1.19 malloc.go:1109-1115, 1248-1294) instead of go1.7's
     * (malloc.go:735-743, 816-853): see {@link #sampled} and {@link #nextSample}.
     */
    private final boolean modernSampling;
    /** mcache.tiny: the current tiny block, or null. */
    private HeapObject tiny;
    /** mcache.tinyoffset: bytes of the current tiny block in use. */
    private long tinyoffset;
    /** memstats.tinyallocs: tiny requests served from an existing block (counted in Mallocs and Frees). */
    private long tinyallocs;

    private final MProfHooks hooks;
    private final IntSupplier fastrand;
    private final HeapObject zerobase = new HeapObject(0, 0, 0, 0, null, Integer.MAX_VALUE);

    private int memProfileRate = DEFAULT_MEM_PROFILE_RATE;
    /** mcache.next_sample: bytes still to allocate before the next sampled allocation. */
    private int nextSample;

    private int gcpercent = 100;
    private long heapminimum = DEFAULT_HEAP_MINIMUM;
    private double triggerRatio = INITIAL_TRIGGER_RATIO;

    private final List<HeapObject> live = new ArrayList<>();
    private long seq;

    // memstats, Go's names.
    private long nmalloc;
    private long nfree;
    private long totalAlloc;
    private long heapAlloc;
    private long heapMarked;
    private long nextGc;
    private long lastGc;
    private long pauseTotalNs;
    private final long[] pauseNs = new long[MemStats.PAUSE_RING];
    private final long[] pauseEnd = new long[MemStats.PAUSE_RING];
    private long numgc;
    private final long[] bySizeMallocs;
    private final long[] bySizeFrees;

    // The span model.
    private final long[] classLive;
    private final long[] classSpans;
    /** The seq of each class's first object: when its first span joined h_allspans (go1.7 mheap.go:255). */
    private final long[] classFirstSeq;
    private long pagesInUse;
    private long heapSysPages;
    private long spanCount;
    private long maxSpanCount;
    private long stackInuse;
    private int mcacheCount = 1;

    /**
     * A heap reporting to {@code hooks} and drawing sample points from {@code fastrand} (uint32
     * values carried in an int, the kernel's seeded generator). Draws the first sample point.
     */
    public Heap(MProfHooks hooks, IntSupplier fastrand) {
        this(hooks, fastrand, SizeClasses.GO1_7);
    }

    /** A heap with the size classes {@code classes} (of the simulated release). */
    public Heap(MProfHooks hooks, IntSupplier fastrand, SizeClasses classes) {
        this(hooks, fastrand, classes, false);
    }

    /** The heap of release {@code v}: its size classes and its sampling rule. */
    public Heap(MProfHooks hooks, IntSupplier fastrand, gosim.sim.GoVersion v) {
        this(hooks, fastrand, SizeClasses.forVersion(v), v.atLeast(19));
    }

    private Heap(MProfHooks hooks, IntSupplier fastrand, SizeClasses classes, boolean modernSampling) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.fastrand = Objects.requireNonNull(fastrand, "fastrand");
        this.classes = Objects.requireNonNull(classes, "classes");
        this.modernSampling = modernSampling;
        int n = classes.numClasses();
        this.bySizeMallocs = new long[n];
        this.bySizeFrees = new long[n];
        this.classLive = new long[n];
        this.classSpans = new long[n];
        this.classFirstSeq = new long[n];
        this.nextGc = heapminimum; // gcinit
        this.nextSample = nextSample(); // allocmcache
    }

    /** mallocgc with the stack known up front. */
    public HeapObject mallocgc(long size, long[] stack) {
        Objects.requireNonNull(stack, "stack");
        return mallocgc(size, () -> stack);
    }

    /**
     * mallocgc: allocates {@code size} bytes. The size is rounded to its class (or to whole pages
     * above 32 KiB) and counted; when the sampler says so, {@code stack} is asked for the caller's
     * stack (innermost PC first, as runtime.Callers) and the rounded size is reported to mProf_Malloc.
     * A request of 0 bytes returns the shared zero-size block, uncounted, as Go returns &amp;zerobase.
     */
    public HeapObject mallocgc(long size, Supplier<long[]> stack) {
        return mallocgc(size, false, stack);
    }

    /**
     * mallocgc for an object whose type has no pointers when {@code noscan} (typ.kind&amp;kindNoPointers):
     * requests under {@link #MAX_TINY_SIZE} bytes go to the tiny allocator, which returns the
     * current tiny block itself when the request fits in it (go1.7 malloc.go:613-628).
     */
    public HeapObject mallocgc(long size, boolean noscan, Supplier<long[]> stack) {
        if (size < 0) {
            throw new IllegalArgumentException("mallocgc: negative size " + size);
        }
        if (size == 0) {
            return zerobase;
        }
        if (size > MAX_MEM) {
            throw new IllegalArgumentException("runtime: out of memory: cannot allocate " + size + "-byte block");
        }
        int sizeclass;
        long rounded;
        boolean newTiny = false;
        if (noscan && size < MAX_TINY_SIZE) {
            long off = tinyAlign(tinyoffset, size);
            if (off + size <= MAX_TINY_SIZE && tiny != null) {
                tinyoffset = off + size; // fits: no new object, no sampling (malloc.go:622-628)
                tinyallocs++;
                return tiny;
            }
            sizeclass = classes.sizeClass(MAX_TINY_SIZE); // tinySizeClass
            rounded = MAX_TINY_SIZE; // size = maxTinySize (malloc.go:646), what profilealloc sees
            allocSmall(sizeclass);
            newTiny = size < tinyoffset || tiny == null; // keep the block with more room (malloc.go:642)
        } else if (size <= SizeClasses.MAX_SMALL_SIZE) {
            sizeclass = classes.sizeClass(size);
            rounded = classes.classSize(sizeclass);
            allocSmall(sizeclass);
        } else {
            sizeclass = 0;
            long npages = SizeClasses.roundPages(size);
            rounded = npages * SizeClasses.PAGE_SIZE;
            allocPages(npages);
        }
        nmalloc++;
        bySizeMallocs[sizeclass]++;
        totalAlloc += rounded;
        heapAlloc += rounded;

        Object bucket = null;
        int rate = memProfileRate;
        if (rate > 0) {
            if (!sampled(rate, rounded)) {
                nextSample -= (int) rounded;
            } else {
                bucket = profilealloc(stack, rounded);
            }
        }
        HeapObject obj = new HeapObject(++seq, size, rounded, sizeclass, bucket, live.size(), noscan);
        if (classFirstSeq[sizeclass] == 0) {
            classFirstSeq[sizeclass] = obj.seq();
        }
        live.add(obj);
        if (newTiny) {
            tiny = obj;
            tinyoffset = size;
        }
        return obj;
    }

    /** The tiny allocator's conservative alignment of the offset for a request of size bytes (malloc.go:614-621). */
    static long tinyAlign(long off, long size) {
        if ((size & 7) == 0) {
            return (off + 7) & ~7L;
        } else if ((size & 3) == 0) {
            return (off + 3) & ~3L;
        } else if ((size & 1) == 0) {
            return (off + 1) & ~1L;
        }
        return off;
    }

    /**
     * flushallmcaches' mcache.releaseAll (go1.7 mcache.go:143-145): the tiny block is dropped, so the
     * next tiny request opens a new one. Go does this at mark termination (mgcmark.go:168-171) and
     * in ReadMemStats (mstats.go:282).
     */
    public void flushallmcaches() {
        tiny = null;
        tinyoffset = 0;
    }

    /**
     * Whether mallocgc profiles an allocation of {@code size} rounded bytes. go1.7 (malloc.go:736):
     * always when size >= MemProfileRate, else when size reaches next_sample (both int32). Go 1.19
     * (malloc.go:1111): always at rate 1, else exactly when size reaches nextSample (uintptr), so a
     * block larger than the rate may go unsampled.
     */
    private boolean sampled(int rate, long size) {
        if (modernSampling) {
            return rate == 1 || Long.compareUnsigned(size, Integer.toUnsignedLong(nextSample)) >= 0;
        }
        return !(size < rate && (int) size < nextSample);
    }

    /** profilealloc: draws the next sample point, then records this allocation. */
    private Object profilealloc(Supplier<long[]> stack, long size) {
        nextSample = nextSample();
        long[] stk = Objects.requireNonNull(stack.get(), "stack supplier returned null");
        return hooks.mProfMalloc(stk, size);
    }

    /**
     * nextSample: an exponentially distributed number of bytes with mean MemProfileRate, computed
     * exactly as Go 1.7 (26 random bits, fastlog2, truncation to int32, plus one).
     */
    int nextSample() {
        int period = memProfileRate;
        if (modernSampling && period == 1) {
            return 0; // 1.19 malloc.go:1249-1255: unused at rate 1, so no fastrand is drawn
        }
        if (period > MAX_SAMPLE_PERIOD) {
            period = MAX_SAMPLE_PERIOD;
        } else if (period == 0) {
            return 0;
        }
        long r = Integer.toUnsignedLong(fastrand.getAsInt());
        // go1.7: fastrand1() % (1<<26) (malloc.go:844), the low bits; 1.19 fastexprand: fastrandn(1<<26)
        // (malloc.go:1287, stubs.go:154-157), the high bits (r * 2^26 >> 32).
        long q = (modernSampling ? r >>> (32 - RANDOM_BIT_COUNT) : r % (1L << RANDOM_BIT_COUNT)) + 1;
        double qlog = FastLog2.fastlog2((double) q) - RANDOM_BIT_COUNT;
        if (qlog > 0) {
            qlog = 0;
        }
        return (int) (qlog * (MINUS_LOG2 * (double) period)) + 1;
    }

    /**
     * An explicit free of a live object: counted as a free at once and, for a profiled object,
     * reported as mProf_Free(b, size, freed=true), which go1.7 counts in the prev stage (mprof.go:257).
     */
    public void free(HeapObject obj) {
        Objects.requireNonNull(obj, "obj");
        if (obj == zerobase) {
            return;
        }
        checkOwned(obj);
        if (obj == tiny) {
            flushallmcaches(); // Go forbids freeing tiny objects; the model at least forgets the block
        }
        unlink(obj);
        if (obj.bucket() != null) {
            hooks.mProfFree(obj.bucket(), obj.size(), true);
        }
        releaseSpans(obj.sizeclass());
    }

    /**
     * One complete GC cycle under stop-the-world, ending as gcMarkTermination does: mark (the
     * objects for which {@code reachable} is true survive), compute NextGC, then gcSweep's order of
     * sweeping and mProf_GC for {@code mode}, then record the pause of {@code pauseNs} virtual
     * nanoseconds ending at {@code nowUnixNano} and count the cycle. Returns the number of objects
     * swept.
     */
    public int gc(Predicate<HeapObject> reachable, GcMode mode, long pauseNs, long nowUnixNano) {
        return gc(reachable, null, mode, pauseNs, nowUnixNano);
    }

    /**
     * {@link #gc(Predicate, GcMode, long, long)} whose sweep first consults {@code specials} (null:
     * none): an unmarked object with a finalizer is kept, uncounted in heap_marked as in Go (its
     * mark bit is set by the sweep, after gcMark computed next_gc), and its finalizers are queued.
     */
    public int gc(Predicate<HeapObject> reachable, FinalizerSpecials specials, GcMode mode, long pauseNs,
            long nowUnixNano) {
        Objects.requireNonNull(reachable, "reachable");
        Objects.requireNonNull(mode, "mode");
        if (pauseNs < 0) {
            throw new IllegalArgumentException("negative GC pause " + pauseNs);
        }
        // gcMark: everything reachable is marked; nothing is allocated during the pause.
        List<HeapObject> dead = new ArrayList<>();
        List<HeapObject> finalized = null;
        long marked = 0;
        long resurrected = 0;
        for (HeapObject obj : live) {
            if (reachable.test(obj)) {
                marked += obj.size();
            } else if (specials != null && specials.hasFinalizer(obj)) {
                if (finalized == null) {
                    finalized = new ArrayList<>();
                }
                finalized.add(obj);
                resurrected += obj.size();
            } else {
                dead.add(obj);
            }
        }
        if (finalized != null) {
            finalized.sort(sweepOrder());
            for (HeapObject obj : finalized) {
                specials.queuefinalizers(obj);
            }
        }
        heapMarked = marked;
        nextGc = nextGcAfterMark(marked);
        flushallmcaches(); // markroot's fixedRootFlushCaches at mark termination

        // gcSweep.
        if (mode == GcMode.FORCE_BLOCK) {
            sweep(dead);
            hooks.mProfGC();
            hooks.mProfGC();
        } else {
            hooks.mProfGC();
            sweep(dead);
        }
        if (!(heapAlloc == marked + resurrected)) {
            throw gosim.sim.GoFatal.thrown("heap after sweep " + heapAlloc + " != marked " + marked + " + finalized " + resurrected);
        }

        // gcMarkTermination's timing statistics, then numgc++.
        int slot = (int) (numgc % MemStats.PAUSE_RING);
        this.pauseNs[slot] = pauseNs;
        this.pauseEnd[slot] = nowUnixNano;
        lastGc = nowUnixNano;
        pauseTotalNs += pauseNs;
        numgc = (numgc + 1) & 0xFFFF_FFFFL; // uint32 in Go
        return dead.size();
    }

    /**
     * The order in which the sweep meets objects, so the order of queuefinalizer calls: go1.7's
     * forced sweep walks h_allspans (mgcsweep.go sweepone over work.spans), the spans in the order
     * they were first made, modeled as each size class's first allocation (a large object is its
     * own span); 1.19 sweeps by span class, sizeclass&lt;&lt;1|noscan (1.19 mgcsweep.go:97-119,
     * nextSpanForSweep over mheap_.central). Within a span, by address: allocation order in a fresh span.
     */
    private java.util.Comparator<HeapObject> sweepOrder() {
        if (modernSampling) { // the 1.19 heap
            return java.util.Comparator.<HeapObject>comparingInt(o -> o.sizeclass() * 2 + (o.noscan() ? 1 : 0))
                    .thenComparingLong(HeapObject::seq);
        }
        return java.util.Comparator.<HeapObject>comparingLong(
                o -> o.sizeclass() == 0 ? o.seq() : classFirstSeq[o.sizeclass()]).thenComparingLong(HeapObject::seq);
    }

    /** gcMark's next_gc rule of Go 1.7 (uint64 arithmetic, as Go wraps it). */
    private long nextGcAfterMark(long reachableBytes) {
        long next = (long) ((double) reachableBytes * (1 + triggerRatio));
        if (Long.compareUnsigned(next, heapminimum) < 0) {
            next = heapminimum;
        }
        long minNextGc = reachableBytes + Long.divideUnsigned(SWEEP_MIN_HEAP_DISTANCE * gcpercent, 100);
        if (Long.compareUnsigned(next, minNextGc) < 0) {
            next = minNextGc;
        }
        return next;
    }

    private void sweep(List<HeapObject> dead) {
        for (HeapObject obj : dead) {
            unlink(obj);
            if (obj.bucket() != null) {
                hooks.mProfFree(obj.bucket(), obj.size(), false);
            }
        }
        for (int c = 1; c < classes.numClasses(); c++) {
            releaseSpans(c);
        }
    }

    /**
     * gcShouldStart (without forceTrigger): true when the live heap has reached NextGC and GOGC is
     * not off, i.e. when Go 1.7 would start a background cycle at the next span refill.
     */
    public boolean heapGoalCrossed() {
        return gcpercent >= 0 && Long.compareUnsigned(heapAlloc, nextGc) >= 0;
    }

    /** {@link #heapGoalCrossed()} with the trigger moved by {@code offset} bytes (GC pacing noise). */
    public boolean heapGoalCrossed(long offset) {
        return gcpercent >= 0 && Long.compareUnsigned(heapAlloc, nextGc + offset) >= 0;
    }

    /** runtime.MemProfileRate's current value. */
    public int memProfileRate() {
        return memProfileRate;
    }

    /**
     * Sets runtime.MemProfileRate (0 turns profiling off, 1 records every allocation). Like Go, the
     * sample point already drawn stays until it is reached.
     */
    public void setMemProfileRate(int rate) {
        memProfileRate = rate;
    }

    /** runtime/debug.SetGCPercent (setGCPercent of mgc.go): a negative value turns GC off. */
    public int setGCPercent(int in) {
        int out = gcpercent;
        gcpercent = in < 0 ? -1 : in;
        heapminimum = Long.divideUnsigned(DEFAULT_HEAP_MINIMUM * gcpercent, 100);
        if (triggerRatio > gcpercent / 100.0) {
            triggerRatio = gcpercent / 100.0;
        }
        return out;
    }

    /** The goroutine stack bytes in use, reported by the kernel (StackInuse = StackSys). */
    public void setStackInuse(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative stack bytes " + bytes);
        }
        stackInuse = bytes;
    }

    /** The number of mcaches (one per P, GOMAXPROCS), for MCacheInuse. */
    public void setMCacheCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one mcache, got " + n);
        }
        mcacheCount = n;
    }

    /** memstats.next_gc. */
    public long nextGC() {
        return nextGc;
    }

    /** memstats.heap_marked: the heap the last cycle found reachable. */
    public long heapMarked() {
        return heapMarked;
    }

    /** The size classes of this heap's release. */
    public SizeClasses sizeClasses() {
        return classes;
    }

    /** memstats.heap_alloc (= heap_live in this model). */
    public long heapAlloc() {
        return heapAlloc;
    }

    /** memstats.numgc. */
    public long numGC() {
        return numgc;
    }

    /** Live objects, in no particular order (the list is a copy). */
    public List<HeapObject> liveObjects() {
        return List.copyOf(live);
    }

    /** Number of live objects (HeapObjects). */
    public int liveCount() {
        return live.size();
    }

    /** ReadMemStats: a snapshot of every MemStats field (the caller holds worldsema, as Go does). */
    public MemStats readMemStats() {
        MemStats m = new MemStats();
        m.alloc = heapAlloc;
        m.totalAlloc = totalAlloc;
        m.mallocs = nmalloc + tinyallocs; // mstats.go:314-315: tiny allocs count as mallocs and frees
        m.frees = nfree + tinyallocs;
        m.heapAlloc = heapAlloc;
        m.heapObjects = nmalloc - nfree;
        m.heapSys = heapSysPages * SizeClasses.PAGE_SIZE;
        m.heapInuse = pagesInUse * SizeClasses.PAGE_SIZE;
        m.heapIdle = m.heapSys - m.heapInuse;
        m.heapReleased = 0;
        m.stackInuse = stackInuse;
        m.stackSys = stackInuse;
        m.mSpanInuse = spanCount * MSPAN_STRUCT_BYTES;
        m.mSpanSys = roundUp(Math.max(maxSpanCount * MSPAN_STRUCT_BYTES, 1), FIX_ALLOC_CHUNK);
        m.mCacheInuse = mcacheCount * MCACHE_STRUCT_BYTES;
        m.mCacheSys = roundUp(m.mCacheInuse, FIX_ALLOC_CHUNK);
        m.buckHashSys = hooks.buckHashSys();
        m.gcSys = m.heapSys / 32;
        m.otherSys = 0;
        m.sys = m.heapSys + m.stackSys + m.mSpanSys + m.mCacheSys + m.buckHashSys + m.gcSys + m.otherSys;
        m.nextGC = nextGc;
        m.lastGC = lastGc;
        m.pauseTotalNs = pauseTotalNs;
        System.arraycopy(pauseNs, 0, m.pauseNs, 0, MemStats.PAUSE_RING);
        System.arraycopy(pauseEnd, 0, m.pauseEnd, 0, MemStats.PAUSE_RING);
        m.numGC = numgc;
        m.enableGC = true;
        m.debugGC = false;
        for (int i = 0; i < MemStats.BY_SIZE; i++) {
            m.bySizeSize[i] = classes.classSize(i);
            m.bySizeMallocs[i] = i == 0 ? 0 : bySizeMallocs[i];
            m.bySizeFrees[i] = i == 0 ? 0 : bySizeFrees[i];
        }
        return m;
    }

    private void checkOwned(HeapObject obj) {
        int i = obj.index;
        if (i < 0) {
            throw new IllegalStateException("free of an object that is already dead: " + obj);
        }
        if (i >= live.size() || live.get(i) != obj) {
            throw new IllegalArgumentException("free of an object from another heap: " + obj);
        }
    }

    /** Removes a live object (swap with the last) and counts the free. */
    private void unlink(HeapObject obj) {
        int i = obj.index;
        HeapObject last = live.remove(live.size() - 1);
        if (last != obj) {
            live.set(i, last);
            last.index = i;
        }
        obj.index = -1;
        nfree++;
        bySizeFrees[obj.sizeclass()]++;
        heapAlloc -= obj.size();
        if (!(heapAlloc >= 0)) throw gosim.sim.GoFatal.thrown("negative heap_alloc");
        if (obj.sizeclass() == 0) {
            long npages = obj.size() / SizeClasses.PAGE_SIZE;
            pagesInUse -= npages;
            spanCount--;
        } else {
            classLive[obj.sizeclass()]--;
        }
    }

    private void allocSmall(int sizeclass) {
        classLive[sizeclass]++;
        if (classLive[sizeclass] > classSpans[sizeclass] * classes.objectsIn(sizeclass)) {
            classSpans[sizeclass]++;
            allocPages(classes.classPages(sizeclass));
        }
    }

    /** A new span of npages: grows the heap like mheap.grow when the free pages do not suffice. */
    private void allocPages(long npages) {
        if (pagesInUse + npages > heapSysPages) {
            long ask = roundUp(npages, GROW_GRANULE_PAGES);
            heapSysPages += Math.max(ask, HEAP_ALLOC_CHUNK / SizeClasses.PAGE_SIZE);
        }
        pagesInUse += npages;
        spanCount++;
        maxSpanCount = Math.max(maxSpanCount, spanCount);
    }

    /** Returns the spans of a class that its live objects no longer need. */
    private void releaseSpans(int sizeclass) {
        if (sizeclass == 0) {
            return;
        }
        int perSpan = classes.objectsIn(sizeclass);
        long need = (classLive[sizeclass] + perSpan - 1) / perSpan;
        long extra = classSpans[sizeclass] - need;
        if (extra > 0) {
            classSpans[sizeclass] = need;
            pagesInUse -= extra * classes.classPages(sizeclass);
            spanCount -= extra;
        }
        if (!(pagesInUse >= 0 && spanCount >= 0)) throw gosim.sim.GoFatal.thrown("span accounting went negative");
    }

    private static long roundUp(long n, long to) {
        return (n + to - 1) / to * to;
    }
}
