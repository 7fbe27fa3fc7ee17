package gosim.sim;

import static gosim.sim.SyncFuncs.SYNC_SEMACQUIRE;
import static gosim.sim.SyncFuncs.WAITGROUP_ADD_MISUSE;
import static gosim.sim.SyncFuncs.WAITGROUP_ADD_PANIC;
import static gosim.sim.SyncFuncs.WAITGROUP_DONE;
import static gosim.sim.SyncFuncs.WAITGROUP_WAIT;
import static gosim.sim.SyncFuncs.WAITGROUP_WAIT_REUSED;

/**
 * sync.WaitGroup: models sync/waitgroup.go of Go 1.7: one 64-bit state word, the counter in the
 * high 32 bits and the number of waiters in the low 32, and a semaphore the waiters sleep on.
 * {@code Wait} is {@link #await} here (Object.wait is taken).
 */
public final class WaitGroup {
    long state;
    /** WaitGroup{noCopy; state1 [12]byte; sema uint32} of Go 1.7: the semaphore word is at 12. */
    final Sema sema = new Sema(0, this, 12);

    /** The counter. */
    public int counter() {
        return (int) (state >> 32);
    }

    /** The number of goroutines in Wait. */
    public int waiters() {
        return (int) state;
    }

    /** Add: adds delta to the counter; at zero, releases every waiter; below zero, panics. */
    public void add(int delta) {
        G g = GoRuntime.self();
        state += (long) delta << 32;
        int v = (int) (state >> 32);
        int w = (int) state;
        if (v < 0) {
            throw Blocking.panic(g, "sync: negative WaitGroup counter", WAITGROUP_ADD_PANIC);
        }
        if (w != 0 && delta > 0 && v == delta) {
            throw Blocking.panic(g, "sync: WaitGroup misuse: Add called concurrently with Wait", WAITGROUP_ADD_MISUSE);
        }
        if (v > 0 || w == 0) {
            return;
        }
        // The counter reached zero with waiters: reset and wake them all.
        state = 0;
        for (; w != 0; w--) {
            sema.semrelease(g);
        }
    }

    /** Done: add(-1). */
    public void done() {
        G g = GoRuntime.self();
        Blocking.push(g, WAITGROUP_DONE);
        try {
            add(-1);
        } finally {
            Blocking.pop(g, WAITGROUP_DONE);
        }
    }

    /** Wait: blocks until the counter is zero. */
    public void await() {
        G g = GoRuntime.self();
        int v = (int) (state >> 32);
        if (v == 0) {
            return;
        }
        state++; // one more waiter
        sema.semacquire(g, true, 3, 3, WAITGROUP_WAIT, SYNC_SEMACQUIRE);
        if (state != 0) {
            throw Blocking.panic(g, "sync: WaitGroup is reused before previous Wait has returned", WAITGROUP_WAIT_REUSED);
        }
    }
}
