package gosim.mprof;

/**
 * A profiling bucket: models the bucket struct of Go 1.7's mprof.go with its memRecord (typ ==
 * MPROF) or blockRecord (typ == BPROF) data. Model state keeps Go's names; the statistics are
 * readable through accessors, and only {@link MProf} changes them, under its proflock.
 */
final class Bucket {
    /** Bytes Go's bucket header takes: next, allnext, typ, hash, size, nstk (six words). */
    static final long HEADER_BYTES = 6 * 8;
    /** Bytes of a memRecord: twelve uintptr counters. */
    static final long MEM_RECORD_BYTES = 12 * 8;
    /** Bytes of a blockRecord: count and cycles. */
    static final long BLOCK_RECORD_BYTES = 2 * 8;

    /** next in the hash chain. */
    Bucket next;
    /** next in mbuckets / bbuckets (newest first). */
    Bucket allnext;
    final BucketType typ;
    final long hash;
    final long size;
    final long[] stk;

    // memRecord: published ("final") statistics, as of the last-but-one GC step.
    long allocs;
    long frees;
    long allocBytes;
    long freeBytes;
    // changes between the next-to-last GC step and the last one
    long prevAllocs;
    long prevFrees;
    long prevAllocBytes;
    long prevFreeBytes;
    // changes since the last GC step
    long recentAllocs;
    long recentFrees;
    long recentAllocBytes;
    long recentFreeBytes;

    // blockRecord
    long count;
    long cycles;

    Bucket(BucketType typ, long hash, long size, long[] stk) {
        this.typ = typ;
        this.hash = hash;
        this.size = size;
        this.stk = stk;
    }

    /** The Go memory this bucket takes (newBucket's size), counted in BuckHashSys. */
    long footprint() {
        return HEADER_BYTES + 8L * stk.length + (typ == BucketType.MPROF ? MEM_RECORD_BYTES : BLOCK_RECORD_BYTES);
    }

    public BucketType type() {
        return typ;
    }

    /** The allocation size for MPROF buckets (a bucket is per stack and size), 0 for BPROF. */
    public long size() {
        return size;
    }

    /** The hash stkbucket computed over the stack and size. */
    public long hash() {
        return hash;
    }

    /** A copy of the stack, innermost PC first. */
    public long[] stack() {
        return stk.clone();
    }

    /** Published allocations (memRecord.allocs). */
    public long allocs() {
        return allocs;
    }

    /** Published frees. */
    public long frees() {
        return frees;
    }

    /** Published allocated bytes. */
    public long allocBytes() {
        return allocBytes;
    }

    /** Published freed bytes. */
    public long freeBytes() {
        return freeBytes;
    }

    /** blockRecord.count. */
    public long count() {
        return count;
    }

    /** blockRecord.cycles. */
    public long cycles() {
        return cycles;
    }

    @Override
    public String toString() {
        return typ + " bucket(size=" + size + ", nstk=" + stk.length + ", allocs=" + allocs + ", frees=" + frees
                + ", count=" + count + ")";
    }
}
