package gosim.sim.concurrent;

import gosim.sim.Go;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * A {@link Condition} of a {@link SimLock}: await releases every hold of the lock, parks with
 * "semacquire" (the reason a Go 1.7 sync.Cond waiter shows, sync/cond.go over notifyListWait)
 * until signalled or timed out in virtual time, then takes the lock again. No spurious wake-ups.
 */
final class SimCondition implements Condition {
    private final SimLock lock;
    private final Waiters waiters = new Waiters();

    SimCondition(SimLock lock) {
        this.lock = lock;
    }

    @Override
    public void await() {
        park(-1);
    }

    @Override
    public void awaitUninterruptibly() {
        park(-1);
    }

    /** Waits at most nanos of virtual time; returns what is left ({@code <= 0}: timed out). */
    @Override
    public long awaitNanos(long nanos) {
        lock.checkHeld();
        return nanos <= 0 ? nanos : park(nanos);
    }

    /** The wait itself; nanos {@code < 0} means no deadline. */
    private long park(long nanos) {
        lock.checkHeld();
        long start = Go.nanotime();
        int holds = lock.fullyRelease();
        try {
            waiters.awaitNanos("semacquire", nanos);
        } finally {
            lock.reacquire(holds);
        }
        return nanos < 0 ? 0 : nanos - (Go.nanotime() - start);
    }

    @Override
    public boolean await(long time, TimeUnit unit) {
        long nanos = unit.toNanos(time);
        return nanos > 0 && awaitNanos(nanos) > 0;
    }

    /** The deadline is on the virtual clock ({@link SimClock}'s epoch). */
    @Override
    public boolean awaitUntil(Date deadline) {
        long nanos = TimeUnit.MILLISECONDS.toNanos(deadline.getTime() - SimClock.INSTANCE.millis());
        return nanos > 0 && awaitNanos(nanos) > 0;
    }

    @Override
    public void signal() {
        lock.checkHeld();
        waiters.signal();
    }

    @Override
    public void signalAll() {
        lock.checkHeld();
        waiters.signalAll();
    }
}
