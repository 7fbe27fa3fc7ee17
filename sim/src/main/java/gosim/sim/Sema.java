package gosim.sim;

import static gosim.sim.SyncFuncs.GOPARKUNLOCK;
import static gosim.sim.SyncFuncs.SEMACQUIRE1_BLOCKEVENT;
import static gosim.sim.SyncFuncs.SEMACQUIRE1_PARK;
import static gosim.sim.SyncFuncs.SEMACQUIRE_BLOCKEVENT;
import static gosim.sim.SyncFuncs.SEMACQUIRE_PARK;
import static gosim.sim.SyncFuncs.SEMACQUIRE_RUNTIME;
import static gosim.sim.SyncFuncs.SYNC_SEMACQUIRE;

import gosim.sim.SyncFuncs.Site;

/**
 * The runtime semaphore: models sema.go of Go 1.7 (semacquire, semrelease, cansemacquire,
 * readyWithTime). One instance is one semaphore word ({@code *addr}) together with its waiters.
 *
 * <p>Go 1.7 keeps waiters in semtable[251], lists hashed by address in which semrelease wakes the
 * first waiter of its own address; that is a FIFO queue per address, which is what this models.
 * A woken waiter must still win the count with cansemacquire: a goroutine that came in between
 * may have taken it, and then the waiter queues again at the tail, as in Go 1.7 (no hand-off).
 */
public final class Sema {
    /** The semaphore word (uint32 in Go). */
    private int value;
    /** This address's waiters in its semaRoot. */
    private Sudog head;
    private Sudog tail;
    /** root.nwait: waiters that semrelease must look for. */
    private int nwait;

    /** The primitive this semaphore word lives in, and its offset there (for argument words). */
    private final Object owner;
    private final int offset;

    public Sema(int initial) {
        this(initial, null, 0);
    }

    /** A semaphore word at {@code offset} inside {@code owner} (a sync.Mutex's sema is at 4). */
    Sema(int initial, Object owner, int offset) {
        if (initial < 0) {
            throw new IllegalArgumentException("a semaphore count cannot be negative: " + initial);
        }
        this.value = initial;
        this.owner = owner == null ? this : owner;
        this.offset = owner == null ? 0 : offset;
    }

    /**
     * Argument words of the frames a semacquire pushes, as Go 1.7 prints them: the semaphore's
     * address for sync.runtime_Semacquire, the primitive's for its methods (the receiver).
     */
    private void argWords(G g, int pushed) {
        long ownerAddr = g.rt.addressOf(owner);
        for (int i = g.depth - pushed; i < g.depth; i++) {
            String name = g.fns[i].name();
            if (name.startsWith("sync.runtime_Semacquire")) {
                long[] w = {ownerAddr + offset};
                g.setArgs(i, (ArgWords) () -> w);
            } else if (name.startsWith("sync.(")) {
                long[] w = {ownerAddr};
                g.setArgs(i, (ArgWords) () -> w);
            }
        }
    }

    /** The count (*addr). */
    public int value() {
        return value;
    }

    /** Goroutines waiting in semacquire. */
    public int waiters() {
        return nwait;
    }

    /** {@code sync.runtime_Semacquire}: waits until the count is positive, then decrements it. */
    public void acquire() {
        semacquire(GoRuntime.self(), true, 3, 3, SYNC_SEMACQUIRE);
    }

    /** {@code sync.runtime_Semrelease}: increments the count and wakes the first waiter. */
    public void release() {
        semrelease(GoRuntime.self());
    }

    /**
     * The runtime's own {@code semacquire(addr, false)} (worldsema and the like): not a blocking
     * event; the caller pushes its own frames (runtime.stopTheWorld, ...) first.
     */
    void semacquireRuntime(G g) {
        semacquire(g, false, 0, 0, SEMACQUIRE_RUNTIME);
    }

    private boolean cansemacquire() {
        if (value == 0) {
            return false;
        }
        value--;
        return true;
    }

    /**
     * semacquire with {@code callers} on the stack above the runtime's own frames (for example
     * sync.(*Mutex).Lock and sync.runtime_Semacquire); {@code profile} says whether the wait
     * counts as a blocking event (the runtime's own uses, like worldsema, pass false).
     */
    void semacquire(G g, boolean profile, int skip17, int skip19, Site... callers) {
        if (cansemacquire()) {
            return;
        }
        Sudog s = new Sudog(g, null);
        long t0 = 0;
        s.releasetime = 0;
        if (profile) {
            t0 = Blocking.t0(g);
            s.releasetime = t0 != 0 ? -1 : 0;
        }
        int before = g.depth;
        Blocking.push(g, callers);
        argWords(g, g.depth - before);
        try {
            while (true) {
                nwait++;
                if (cansemacquire()) {
                    nwait--;
                    break;
                }
                queue(s);
                g.waiton = this;
                Blocking.park(g, "semacquire", SEMACQUIRE_PARK, SEMACQUIRE1_PARK, GOPARKUNLOCK);
                if (cansemacquire()) {
                    break;
                }
            }
            if (s.releasetime > 0) {
                Blocking.blockevent(g, s.releasetime - t0, skip17, skip19, SEMACQUIRE_BLOCKEVENT,
                        SEMACQUIRE1_BLOCKEVENT);
            }
        } finally {
            Blocking.pop(g, callers);
        }
    }

    /** semrelease: the count goes up; the first waiter of this address, if any, is readied. */
    void semrelease(G g) {
        value++;
        if (nwait == 0) {
            return;
        }
        Sudog s = head;
        if (!(s != null)) throw GoFatal.thrown("semrelease: nwait " + nwait + " but no waiter queued");
        if (s != null) {
            nwait--;
            dequeue(s);
            Blocking.readyWithTime(g, s);
        }
    }

    private void queue(Sudog s) {
        s.next = null;
        s.prev = tail;
        if (tail != null) {
            tail.next = s;
        } else {
            head = s;
        }
        tail = s;
    }

    private void dequeue(Sudog s) {
        if (s.next != null) {
            s.next.prev = s.prev;
        } else {
            tail = s.prev;
        }
        if (s.prev != null) {
            s.prev.next = s.next;
        } else {
            head = s.next;
        }
        s.next = null;
        s.prev = null;
    }

    @Override
    public String toString() {
        return "sema[" + value + ", " + nwait + " waiting]";
    }
}
