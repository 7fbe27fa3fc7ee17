package gosim.sim;

import static gosim.sim.SyncFuncs.MUTEX_LOCK;
import static gosim.sim.SyncFuncs.MUTEX_LOCKSLOW;
import static gosim.sim.SyncFuncs.MUTEX_UNLOCKSLOW_FATAL;
import static gosim.sim.SyncFuncs.MUTEX_UNLOCK_PANIC;
import static gosim.sim.SyncFuncs.SYNC_SEMACQUIRE_FOR_MUTEX;
import static gosim.sim.SyncFuncs.SYNC_SEMACQUIRE_MUTEX;

/**
 * sync.Mutex: models sync/mutex.go of Go 1.7 (Lock, Unlock on the state word with mutexLocked,
 * mutexWoken and the waiter count; no starvation mode, which came in 1.9) over the runtime
 * semaphore, with the active spinning of runtime_canSpin/runtime_doSpin (proc.go): at most
 * {@link #ACTIVE_SPIN} rounds, only on a multicore machine with GOMAXPROCS > 1, another P running
 * and an empty local run queue; each round spends {@link #SPIN_NANOS} of virtual time.
 *
 * <p>Unlock of an unlocked mutex panics "sync: unlock of unlocked mutex" as Go 1.7 does (a
 * recoverable panic); Go 1.19 makes it a fatal error, and so does the model under that dialect.
 */
public final class Mutex implements Locker {
    static final int MUTEX_LOCKED = 1;
    static final int MUTEX_WOKEN = 2;
    static final int MUTEX_WAITER_SHIFT = 2;
    /** proc.go's active_spin: spin rounds before a Lock sleeps. */
    public static final int ACTIVE_SPIN = 4;
    /** Virtual time of one runtime_doSpin: procyield(active_spin_cnt = 30), 30 PAUSE instructions. */
    public static final long SPIN_NANOS = 100;

    int state;
    /** Mutex{state int32; sema uint32}: the semaphore word is at offset 4. */
    final Sema sema = new Sema(0, this, 4);

    /** The state word (for tests and tools). */
    public int state() {
        return state;
    }

    /** True while locked. */
    public boolean isLocked() {
        return (state & MUTEX_LOCKED) != 0;
    }

    /**
     * TryLock (Go 1.18; go1.19 sync/mutex.go:98-117): takes the lock only if it is free; it neither waits
     * nor spins. 1.18's starvation bit does not exist in this 1.7 state word.
     */
    public boolean tryLock() {
        if ((state & MUTEX_LOCKED) != 0) {
            return false;
        }
        state |= MUTEX_LOCKED;
        return true;
    }

    @Override
    public void lock() {
        G g = GoRuntime.self();
        if (state == 0) {
            state = MUTEX_LOCKED; // fast path
            return;
        }
        boolean awoke = false;
        int iter = 0;
        while (true) {
            int old = state;
            int nw = old | MUTEX_LOCKED;
            if ((old & MUTEX_LOCKED) != 0) {
                if (canSpin(g, iter)) {
                    // Tell Unlock not to wake a sleeper while this goroutine spins for the lock.
                    if (!awoke && (old & MUTEX_WOKEN) == 0 && old >> MUTEX_WAITER_SHIFT != 0) {
                        state = old | MUTEX_WOKEN;
                        awoke = true;
                    }
                    g.rt.advance(g, SPIN_NANOS); // runtime_doSpin
                    iter++;
                    continue;
                }
                nw = old + (1 << MUTEX_WAITER_SHIFT);
            }
            if (awoke) {
                if ((nw & MUTEX_WOKEN) == 0) {
                    throw Blocking.panic(g, "sync: inconsistent mutex state", MUTEX_LOCK);
                }
                nw &= ~MUTEX_WOKEN;
            }
            // The CompareAndSwap always succeeds: nothing runs between the read and here.
            state = nw;
            if ((old & MUTEX_LOCKED) == 0) {
                break;
            }
            sema.semacquire(g, true, 3, 4, MUTEX_LOCK, MUTEX_LOCKSLOW, SYNC_SEMACQUIRE_FOR_MUTEX, SYNC_SEMACQUIRE_MUTEX);
            awoke = true;
            iter = 0;
        }
        if (!((state & MUTEX_LOCKED) != 0 && state >> MUTEX_WAITER_SHIFT >= 0)) throw GoFatal.thrown("bad mutex state " + state);
    }

    /** runtime_canSpin of Go 1.7. */
    private static boolean canSpin(G g, int i) {
        GoRuntime rt = g.rt;
        Sched sched = rt.proc.sched;
        if (i >= ACTIVE_SPIN || rt.ncpu <= 1 || rt.proc.gomaxprocs <= sched.npidle + sched.nmspinning + 1) {
            return false;
        }
        return Runq.runqempty(g.m.p);
    }

    @Override
    public void unlock() {
        G g = GoRuntime.self();
        int nw = state - MUTEX_LOCKED;
        state = nw;
        if (((nw + MUTEX_LOCKED) & MUTEX_LOCKED) == 0) {
            if (g.rt.version.atLeast(19)) {
                // Unlock is inlined into its caller; unlockSlow(m, new int32) gets new = -1 (mutex.go:218-229)
                long self = g.rt.addressOf(this);
                throw Blocking.syncFatal(g, "sync: unlock of unlocked mutex",
                        new long[][] {Traceback.INLINED, {self, nw}}, MUTEX_UNLOCK_PANIC, MUTEX_UNLOCKSLOW_FATAL);
            }
            throw Blocking.panic(g, "sync: unlock of unlocked mutex", MUTEX_UNLOCK_PANIC);
        }
        int old = nw;
        while (true) {
            // No waiters, or one already woken or holding the lock: nobody to wake.
            if (old >> MUTEX_WAITER_SHIFT == 0 || (old & (MUTEX_LOCKED | MUTEX_WOKEN)) != 0) {
                return;
            }
            nw = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
            if (state == old) {
                state = nw;
                sema.semrelease(g);
                return;
            }
            old = state;
        }
    }

    @Override
    public String toString() {
        return "Mutex[" + ((state & MUTEX_LOCKED) != 0 ? "locked" : "unlocked")
                + ((state & MUTEX_WOKEN) != 0 ? " woken" : "") + ", " + (state >> MUTEX_WAITER_SHIFT) + " waiters]";
    }
}
