package gosim.sim.concurrent;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A counting {@link Semaphore} for goroutines (a subclass; every method of the JDK class is
 * overridden and its own state is never used), with the non-fair JDK semantics. A goroutine that
 * must wait parks with "semacquire", as in Go 1.7's runtime semaphore (sema.go); a release wakes
 * waiters in FIFO order, each competing again for the permits.
 */
public final class SimSemaphore extends Semaphore {
    private int permits;
    private final Waiters waiters = new Waiters();

    public SimSemaphore(int permits) {
        super(0);
        this.permits = permits;
    }

    private static void check(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative permit count " + n);
        }
    }

    @Override
    public void acquire() {
        acquire(1);
    }

    @Override
    public void acquireUninterruptibly() {
        acquire(1);
    }

    @Override
    public void acquire(int n) {
        check(n);
        while (permits < n) {
            waiters.await("semacquire");
        }
        permits -= n;
    }

    @Override
    public void acquireUninterruptibly(int n) {
        acquire(n);
    }

    @Override
    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    @Override
    public boolean tryAcquire(int n) {
        check(n);
        if (permits < n) {
            return false;
        }
        permits -= n;
        return true;
    }

    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) {
        return tryAcquire(1, timeout, unit);
    }

    @Override
    public boolean tryAcquire(int n, long timeout, TimeUnit unit) {
        check(n);
        if (!waiters.awaitUntil("semacquire", unit.toNanos(timeout), () -> permits >= n)) {
            return false;
        }
        permits -= n;
        return true;
    }

    @Override
    public void release() {
        release(1);
    }

    @Override
    public void release(int n) {
        check(n);
        permits += n;
        waiters.signalAll(); // each waiter checks whether enough permits are left for it
    }

    @Override
    public int availablePermits() {
        return permits;
    }

    @Override
    public int drainPermits() {
        int n = Math.max(0, permits);
        permits -= n;
        return n;
    }

    @Override
    protected void reducePermits(int reduction) {
        check(reduction);
        permits -= reduction;
    }

    @Override
    public boolean isFair() {
        return false;
    }

    /**
     * Goroutines waiting for permits. (The JDK's getQueueLength and hasQueuedThreads are final
     * and count JDK threads: on this class they always say 0 and false.)
     */
    public int waiting() {
        return waiters.size();
    }

    /** Goroutines are not JDK threads: always empty. */
    @Override
    protected Collection<Thread> getQueuedThreads() {
        return List.of();
    }

    @Override
    public String toString() {
        return "SimSemaphore[Permits = " + permits + "]";
    }
}
