package gosim.sim.concurrent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CountDownLatch} for goroutines (a subclass, so code typed against the JDK class takes
 * it): await parks with "semacquire", as a goroutine in sync.(*WaitGroup).Wait does
 * (sync/waitgroup.go), until the count reaches zero or the virtual-time timeout passes. Every
 * method of the JDK class is overridden; the superclass's own state is never used.
 */
public final class SimCountDownLatch extends CountDownLatch {
    private long count;
    private final Waiters waiters = new Waiters();

    public SimCountDownLatch(int count) {
        super(0);
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        this.count = count;
    }

    @Override
    public void await() {
        while (count > 0) {
            waiters.await("semacquire");
        }
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) {
        return waiters.awaitUntil("semacquire", unit.toNanos(timeout), () -> count == 0);
    }

    @Override
    public void countDown() {
        if (count > 0 && --count == 0) {
            waiters.signalAll();
        }
    }

    @Override
    public long getCount() {
        return count;
    }

    @Override
    public String toString() {
        return "SimCountDownLatch[Count = " + count + "]";
    }
}
