package gosim.sim.concurrent;

import gosim.sim.Goroutine;
import gosim.sim.Go;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * A {@link ReadWriteLock} for goroutines with the rules of
 * {@link java.util.concurrent.locks.ReentrantReadWriteLock}: both locks are reentrant, the writer
 * may also take the read lock (downgrading), and a new reader waits while a writer waits, like
 * Go 1.7's sync.RWMutex (sync/rwmutex.go) whose pending Lock blocks new RLocks. Waiters park with
 * "semacquire". The write lock has no conditions (a JDK write lock has; use a {@link SimLock}).
 */
public final class SimReadWriteLock implements ReadWriteLock {
    private Goroutine writer;
    private int writeHolds;
    private int readers;
    /** Read holds per goroutine: lookups only, never iterated. */
    private final Map<Goroutine, Integer> readHolds = new HashMap<>();
    private final Waiters readWait = new Waiters();
    private final Waiters writeWait = new Waiters();
    private final Lock readLock = new Side(true);
    private final Lock writeLock = new Side(false);

    @Override
    public Lock readLock() {
        return readLock;
    }

    @Override
    public Lock writeLock() {
        return writeLock;
    }

    /** Read holds of every goroutine together. */
    public int getReadLockCount() {
        return readers;
    }

    /** True while some goroutine holds the write lock. */
    public boolean isWriteLocked() {
        return writer != null;
    }

    private boolean tryRead(Goroutine g) {
        Integer mine = readHolds.get(g);
        if (writer == g || writer == null && (mine != null || writeWait.size() == 0)) {
            readHolds.merge(g, 1, Integer::sum);
            readers++;
            return true;
        }
        return false;
    }

    private boolean tryWrite(Goroutine g) {
        if (writer == g) {
            writeHolds++;
            return true;
        }
        if (writer == null && readers == 0) {
            writer = g;
            writeHolds = 1;
            return true;
        }
        return false;
    }

    private void releaseRead(Goroutine g) {
        Integer mine = readHolds.get(g);
        if (mine == null) {
            throw new IllegalMonitorStateException("goroutine " + g.goid() + " unlocks a read lock it does not hold");
        }
        if (mine == 1) {
            readHolds.remove(g);
        } else {
            readHolds.put(g, mine - 1);
        }
        if (--readers == 0) {
            writeWait.signal();
        }
    }

    private void releaseWrite(Goroutine g) {
        if (writer != g) {
            throw new IllegalMonitorStateException("goroutine " + g.goid() + " unlocks a write lock it does not hold");
        }
        if (--writeHolds == 0) {
            writer = null;
            readWait.signalAll();
            writeWait.signal();
        }
    }

    /** One side of the lock. */
    private final class Side implements Lock {
        private final boolean read;

        Side(boolean read) {
            this.read = read;
        }

        private boolean tryAcquire(Goroutine g) {
            return read ? tryRead(g) : tryWrite(g);
        }

        private Waiters queue() {
            return read ? readWait : writeWait;
        }

        @Override
        public void lock() {
            Goroutine g = Go.self();
            while (!tryAcquire(g)) {
                queue().await("semacquire");
            }
        }

        @Override
        public void lockInterruptibly() {
            lock();
        }

        @Override
        public boolean tryLock() {
            return tryAcquire(Go.self());
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) {
            Goroutine g = Go.self();
            if (queue().awaitUntil("semacquire", unit.toNanos(time), () -> tryAcquire(g))) {
                return true;
            }
            wakeNext();
            return false;
        }

        /** A writer that gave up may have been what held readers back. */
        private void wakeNext() {
            if (!read && writer == null && writeWait.size() == 0) {
                readWait.signalAll();
            }
        }

        @Override
        public void unlock() {
            if (read) {
                releaseRead(Go.self());
            } else {
                releaseWrite(Go.self());
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("gosim: SimReadWriteLock has no conditions; use a SimLock");
        }
    }
}
