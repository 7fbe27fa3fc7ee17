package gosim.sim;

import static gosim.sim.SyncFuncs.RWMUTEX_LOCK_READERS;
import static gosim.sim.SyncFuncs.RWMUTEX_LOCK_W;
import static gosim.sim.SyncFuncs.RWMUTEX_RLOCK;
import static gosim.sim.SyncFuncs.RWMUTEX_RUNLOCKSLOW_FATAL;
import static gosim.sim.SyncFuncs.RWMUTEX_RUNLOCK_PANIC;
import static gosim.sim.SyncFuncs.RWMUTEX_UNLOCK_PANIC;
import static gosim.sim.SyncFuncs.SYNC_SEMACQUIRE_FOR_MUTEX;
import static gosim.sim.SyncFuncs.SYNC_SEMACQUIRE_MUTEX;

/**
 * sync.RWMutex: models sync/rwmutex.go of Go 1.7: a writer takes {@code w}, then subtracts
 * {@link #RWMUTEX_MAX_READERS} from readerCount so new readers wait on readerSem, and waits on
 * writerSem until the readerWait departing readers are gone. Misuse panics with Go 1.7's messages
 * (fatal errors under the Go 1.19 dialect, as there).
 */
public final class RWMutex implements Locker {
    public static final int RWMUTEX_MAX_READERS = 1 << 30;

    final Mutex w = new Mutex();
    // RWMutex{w Mutex; writerSem, readerSem uint32; readerCount, readerWait int32} of Go 1.7.
    final Sema writerSem = new Sema(0, this, 8);
    final Sema readerSem = new Sema(0, this, 12);
    int readerCount;
    int readerWait;

    /** readerCount: readers holding or waiting, minus {@code 1<<30} while a writer is pending. */
    public int readerCount() {
        return readerCount;
    }

    /** RLock. */
    public void rlock() {
        G g = GoRuntime.self();
        if (++readerCount < 0) {
            // A writer is pending: wait for it.
            readerSem.semacquire(g, true, 3, 3, RWMUTEX_RLOCK, SYNC_SEMACQUIRE_FOR_MUTEX, SYNC_SEMACQUIRE_MUTEX);
        }
    }

    /** RUnlock. */
    public void runlock() {
        G g = GoRuntime.self();
        int r = --readerCount;
        if (r < 0) {
            if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) {
                if (g.rt.version.atLeast(19)) {
                    // RUnlock is inlined; rUnlockSlow(r int32) gets the new readerCount (rwmutex.go:113-129)
                    long self = g.rt.addressOf(this);
                    throw Blocking.syncFatal(g, "sync: RUnlock of unlocked RWMutex",
                            new long[][] {Traceback.INLINED, {self, r}}, RWMUTEX_RUNLOCK_PANIC, RWMUTEX_RUNLOCKSLOW_FATAL);
                }
                throw Blocking.panic(g, "sync: RUnlock of unlocked RWMutex", RWMUTEX_RUNLOCK_PANIC);
            }
            // A writer is pending; the last departing reader lets it in.
            if (--readerWait == 0) {
                writerSem.semrelease(g);
            }
        }
    }

    /** TryRLock (Go 1.18; go1.19 sync/rwmutex.go:84-105): a read lock unless a writer holds or awaits it. */
    public boolean tryRLock() {
        if (readerCount < 0) {
            return false;
        }
        readerCount++;
        return true;
    }

    /**
     * TryLock (Go 1.18; go1.19 sync/rwmutex.go:166-190): the writer's lock only if neither a writer nor
     * a reader has it.
     */
    public boolean tryLock() {
        if (!w.tryLock()) {
            return false;
        }
        if (readerCount != 0) {
            w.unlock();
            return false;
        }
        readerCount = -RWMUTEX_MAX_READERS;
        return true;
    }

    /** Lock (for writing). */
    @Override
    public void lock() {
        G g = GoRuntime.self();
        g.rt.aliasAddress(w, this); // rw.w is the RWMutex's first field
        Blocking.push(g, RWMUTEX_LOCK_W);
        try {
            w.lock();
        } finally {
            Blocking.pop(g, RWMUTEX_LOCK_W);
        }
        readerCount -= RWMUTEX_MAX_READERS;
        int r = readerCount + RWMUTEX_MAX_READERS;
        if (r != 0 && (readerWait += r) != 0) {
            writerSem.semacquire(g, true, 3, 3, RWMUTEX_LOCK_READERS, SYNC_SEMACQUIRE_FOR_MUTEX, SYNC_SEMACQUIRE_MUTEX);
        }
    }

    /** Unlock (for writing). */
    @Override
    public void unlock() {
        G g = GoRuntime.self();
        int r = readerCount += RWMUTEX_MAX_READERS;
        if (r >= RWMUTEX_MAX_READERS) {
            if (g.rt.version.atLeast(19)) {
                long self = g.rt.addressOf(this);
                throw Blocking.syncFatal(g, "sync: Unlock of unlocked RWMutex", new long[][] {{self}}, RWMUTEX_UNLOCK_PANIC);
            }
            throw Blocking.panic(g, "sync: Unlock of unlocked RWMutex", RWMUTEX_UNLOCK_PANIC);
        }
        for (int i = 0; i < r; i++) {
            readerSem.semrelease(g);
        }
        w.unlock();
    }

    /** RLocker: a Locker whose lock and unlock are rlock and runlock. */
    public Locker rlocker() {
        return new Locker() {
            @Override
            public void lock() {
                rlock();
            }

            @Override
            public void unlock() {
                runlock();
            }
        };
    }
}
