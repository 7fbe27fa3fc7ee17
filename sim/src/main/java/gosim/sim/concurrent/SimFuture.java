package gosim.sim.concurrent;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link java.util.concurrent.Future} of a {@link SimExecutorService} task: get parks the
 * calling goroutine ("chan receive", as waiting on a Go done channel) until the task's goroutine
 * finishes, or until the virtual-time timeout. Cancelling marks the task cancelled and wakes the
 * waiters; a running task is not interrupted (goroutines have no interrupts) and its result is
 * dropped, as FutureTask drops it.
 *
 * @param <V> the result type
 */
public final class SimFuture<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CANCELLED = 3;

    private final Callable<V> task;
    private int state = NEW;
    private V result;
    private Throwable failure;
    private final Waiters waiters = new Waiters();

    SimFuture(Callable<V> task) {
        this.task = task;
    }

    /** True if the task has not started (and was not cancelled). */
    boolean notStarted() {
        return state == NEW;
    }

    @Override
    public void run() {
        if (state != NEW) {
            return;
        }
        state = RUNNING;
        V r = null;
        Throwable t = null;
        try {
            r = task.call();
        } catch (Exception | AssertionError e) {
            t = e;
        }
        if (state == RUNNING) {
            result = r;
            failure = t;
            state = DONE;
            waiters.signalAll();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (state >= DONE) {
            return false;
        }
        state = CANCELLED;
        waiters.signalAll();
        return true;
    }

    @Override
    public boolean isCancelled() {
        return state == CANCELLED;
    }

    @Override
    public boolean isDone() {
        return state >= DONE;
    }

    @Override
    public V get() throws ExecutionException {
        while (state < DONE) {
            waiters.await("chan receive");
        }
        return report();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws ExecutionException, TimeoutException {
        long left = unit.toNanos(timeout);
        if (state < DONE && (left <= 0 || !waiters.awaitNanos("chan receive", left))) {
            throw new TimeoutException("gosim: task not done after " + timeout + " " + unit + " of virtual time");
        }
        return report();
    }

    private V report() throws ExecutionException {
        if (state == CANCELLED) {
            throw new CancellationException();
        }
        if (failure != null) {
            throw new ExecutionException(failure);
        }
        return result;
    }

    @Override
    public String toString() {
        return "SimFuture[" + switch (state) {
            case NEW, RUNNING -> "Not completed";
            case DONE -> failure == null ? "Completed normally" : "Completed exceptionally: " + failure;
            default -> "Cancelled";
        } + "]";
    }
}
