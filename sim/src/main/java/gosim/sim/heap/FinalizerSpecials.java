package gosim.sim.heap;

/**
 * The finalizer specials the sweep consults (go1.7 mgcsweep.go:201-248): an object the mark left
 * unmarked that has a finalizer is marked live again (mgcsweep.go:222-224) instead of freed, and
 * freespecial hands each of its finalizers to queuefinalizer (mheap.go:1231-1235). The object
 * lives one more cycle; its profiling record stays. The owner of the finalizers (an interpreter)
 * implements this; the heap asks in sweep order.
 */
public interface FinalizerSpecials {
    /** Whether the unmarked object {@code o} has a finalizer special. */
    boolean hasFinalizer(HeapObject o);

    /** Splices out {@code o}'s finalizer specials and queues their finalizers. */
    void queuefinalizers(HeapObject o);
}
