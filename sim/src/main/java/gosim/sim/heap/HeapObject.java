package gosim.sim.heap;

/**
 * One heap block handed out by {@link Heap#mallocgc}: its rounded size, size class, and, when the
 * allocation was sampled, the profiling bucket (Go keeps it in a specialprofile record, set by
 * setprofilebucket). Identity is the object itself; {@link #seq()} is its allocation number.
 */
public final class HeapObject {
    private final long seq;
    private final long requested;
    private final long size;
    private final int sizeclass;
    private final Object bucket;
    /** typ.kind&kindNoPointers at mallocgc: 1.19 keeps such objects in their own spans (spanClass). */
    private final boolean noscan;
    /** Position in the heap's live list, or -1 once the object is dead. */
    int index;
    /** Set when the program drops its last reference (the embedding API's notion of a root). */
    private boolean released;

    HeapObject(long seq, long requested, long size, int sizeclass, Object bucket, int index) {
        this(seq, requested, size, sizeclass, bucket, index, false);
    }

    HeapObject(long seq, long requested, long size, int sizeclass, Object bucket, int index, boolean noscan) {
        this.noscan = noscan;
        this.seq = seq;
        this.requested = requested;
        this.size = size;
        this.sizeclass = sizeclass;
        this.bucket = bucket;
        this.index = index;
    }

    /** Allocation sequence number within its heap, from 1 (0 for the zero-size block). */
    public long seq() {
        return seq;
    }

    /** The size the program asked for. */
    public long requested() {
        return requested;
    }

    /** The size actually allocated: the size class's size, or whole pages for a large object. */
    public long size() {
        return size;
    }

    /** Size class 1..66, or 0 for a large object (and for the zero-size block). */
    public int sizeclass() {
        return sizeclass;
    }

    /** Whether the object's type has no pointers (mallocgc's noscan). */
    public boolean noscan() {
        return noscan;
    }

    /** The profiling bucket when the allocation was sampled, else null. */
    public Object bucket() {
        return bucket;
    }

    /** True until the object is freed or swept. */
    public boolean live() {
        return index >= 0;
    }

    /** True once the program said it no longer references the object: the next GC sweeps it. */
    public boolean released() {
        return released;
    }

    /** The program drops its last reference; the object stays allocated until a GC sweeps it. */
    public void release() {
        released = true;
    }

    @Override
    public String toString() {
        return "HeapObject#" + seq + "(" + size + " bytes" + (bucket != null ? ", profiled" : "") + ")";
    }
}
