package gosim.sim.heap;

/**
 * The calls malloc.go, mheap.go and mgc.go of Go 1.7 make into mprof.go: mProf_Malloc (from
 * profilealloc), mProf_Free (from freespecial, during sweep or an explicit free) and mProf_GC (from
 * gcSweep). The heap model calls these; the bucket table in gosim.mprof implements them, so that
 * sim/ knows nothing about buckets.
 */
public interface MProfHooks {
    /**
     * mProf_Malloc: records one sampled allocation of {@code size} (already rounded to its size
     * class) at stack {@code stk}, innermost PC first, and returns the bucket, which the heap keeps
     * on the object (setprofilebucket).
     */
    Object mProfMalloc(long[] stk, long size);

    /**
     * mProf_Free: a profiled object of {@code size} bytes whose bucket is {@code bucket} died;
     * {@code freed} is true for an explicit free, false when the GC's sweep found it unreachable.
     */
    void mProfFree(Object bucket, long size, boolean freed);

    /** mProf_GC: one step of the three-stage accounting (final += prev; prev = recent; recent = 0). */
    void mProfGC();

    /** memstats.buckhash_sys: bytes the profiler holds (the hash table plus every bucket). */
    long buckHashSys();

    /** Hooks that profile nothing, for a heap without a profiler. */
    MProfHooks NONE = onMalloc(stk -> { });

    /** Hooks that hand each sampled allocation's stack to {@code sampled} and keep no buckets. */
    static MProfHooks onMalloc(java.util.function.Consumer<long[]> sampled) {
        return new MProfHooks() {
            @Override
            public Object mProfMalloc(long[] stk, long size) {
                sampled.accept(stk);
                return null;
            }

            @Override
            public void mProfFree(Object bucket, long size, boolean freed) {
            }

            @Override
            public void mProfGC() {
            }

            @Override
            public long buckHashSys() {
                return 0;
            }
        };
    }
}
