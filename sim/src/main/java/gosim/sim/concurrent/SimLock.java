package gosim.sim.concurrent;

import gosim.sim.Goroutine;
import gosim.sim.Go;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A reentrant {@link Lock} for goroutines, with the behaviour of a non-fair
 * {@link java.util.concurrent.locks.ReentrantLock} (lock, tryLock, timed tryLock, conditions,
 * hold counts): a goroutine that must wait parks with Go 1.7's wait reason "semacquire", as a
 * goroutine in sync.(*Mutex).Lock does (sync/mutex.go). Unlocking wakes the longest waiter, which
 * then competes with goroutines arriving meanwhile, like Go 1.7's mutex (no hand-off).
 */
public final class SimLock implements Lock {
    private Goroutine owner;
    private int holds;
    private final Waiters waiters = new Waiters();

    @Override
    public void lock() {
        Goroutine g = Go.self();
        while (!tryAcquire(g)) {
            waiters.await("semacquire");
        }
    }

    /** Goroutines are not interrupted: the same as {@link #lock}. */
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
        return waiters.awaitUntil("semacquire", unit.toNanos(time), () -> tryAcquire(g));
    }

    private boolean tryAcquire(Goroutine g) {
        if (owner == null) {
            owner = g;
            holds = 1;
            return true;
        }
        if (owner == g) {
            if (holds == Integer.MAX_VALUE) {
                throw new Error("Maximum lock count exceeded");
            }
            holds++;
            return true;
        }
        return false;
    }

    @Override
    public void unlock() {
        if (owner != Go.self()) {
            throw new IllegalMonitorStateException("goroutine " + Go.goid() + " unlocks a lock it does not hold");
        }
        if (--holds == 0) {
            owner = null;
            waiters.signal();
        }
    }

    /** Releases every hold for a condition wait; returns the count to restore. */
    int fullyRelease() {
        int n = holds;
        holds = 1;
        unlock();
        return n;
    }

    /** Takes the lock again after a condition wait with the hold count it had. */
    void reacquire(int n) {
        lock();
        holds = n;
    }

    void checkHeld() {
        if (owner != Go.self()) {
            throw new IllegalMonitorStateException("goroutine " + Go.goid() + " does not hold the lock");
        }
    }

    @Override
    public Condition newCondition() {
        return new SimCondition(this);
    }

    /** ReentrantLock.getHoldCount. */
    public int getHoldCount() {
        return owner == Go.self() ? holds : 0;
    }

    /** ReentrantLock.isHeldByCurrentThread: held by the calling goroutine. */
    public boolean isHeldByCurrentThread() {
        return owner == Go.self();
    }

    /** ReentrantLock.isLocked. */
    public boolean isLocked() {
        return owner != null;
    }

    /** ReentrantLock.getQueueLength. */
    public int getQueueLength() {
        return waiters.size();
    }

    @Override
    public String toString() {
        return "SimLock[" + (owner == null ? "Unlocked" : "Locked by goroutine " + owner.goid()) + "]";
    }
}
