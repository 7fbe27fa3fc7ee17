package gosim.sim.concurrent;

import gosim.sim.Go;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An {@link java.util.concurrent.ExecutorService} whose tasks are goroutines: {@link #perTask()}
 * starts one goroutine per task (as {@code Executors.newVirtualThreadPerTaskExecutor}), and
 * {@link #fixed(int)} keeps at most n worker goroutines taking tasks from a queue (as
 * {@code Executors.newFixedThreadPool}; its workers wait "chan receive" until shut down, so an
 * executor never shut down shows as a goroutine leak). Futures are {@link SimFuture}s. Every
 * blocking method waits in virtual time; nothing blocks in the JDK. A task goroutine's function
 * is the Java method that submitted it.
 */
public final class SimExecutorService extends AbstractExecutorService {
    private final int limit;
    private final List<SimFuture<?>> started = new ArrayList<>();
    private final SimBlockingQueue<Runnable> queue;
    private int workers;
    private int active;
    private boolean shutdown;
    private final Waiters termination = new Waiters();
    /** Tells a fixed pool's worker to end. */
    private static final Runnable STOP = () -> { };

    private SimExecutorService(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("an executor needs at least one worker, got " + limit);
        }
        this.limit = limit;
        this.queue = limit == Integer.MAX_VALUE ? null : SimBlockingQueue.linked();
    }

    /** One goroutine per task. */
    public static SimExecutorService perTask() {
        return new SimExecutorService(Integer.MAX_VALUE);
    }

    /** At most {@code n} worker goroutines. */
    public static SimExecutorService fixed(int n) {
        return new SimExecutorService(n);
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable r, T value) {
        Objects.requireNonNull(r);
        return new SimFuture<>(() -> {
            r.run();
            return value;
        });
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> c) {
        return new SimFuture<>(Objects.requireNonNull(c));
    }

    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command);
        if (shutdown) {
            throw new RejectedExecutionException("gosim: executor is shut down");
        }
        if (command instanceof SimFuture<?> f) {
            started.add(f);
        }
        active++;
        if (queue == null) {
            Go.go(() -> runTask(command));
            return;
        }
        queue.offer(command);
        if (workers < limit) {
            workers++;
            Go.go(this::work);
        }
    }

    private void runTask(Runnable command) {
        try {
            command.run();
        } finally {
            finished();
        }
    }

    /** A fixed pool's worker goroutine. */
    private void work() {
        while (true) {
            Runnable r = queue.take();
            if (r == STOP) {
                workers--;
                if (workers == 0 && active == 0) {
                    termination.signalAll();
                }
                return;
            }
            runTask(r);
        }
    }

    private void finished() {
        active--;
        if (shutdown && active == 0) {
            stopWorkers();
            termination.signalAll();
        }
    }

    private void stopWorkers() {
        if (queue != null) {
            for (int i = 0; i < workers; i++) {
                queue.offer(STOP);
            }
        }
    }

    @Override
    public void shutdown() {
        if (!shutdown) {
            shutdown = true;
            if (active == 0) {
                stopWorkers();
                termination.signalAll();
            }
        }
    }

    /** Cancels the tasks that have not started and returns them; running tasks go on. */
    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> out = new ArrayList<>();
        for (SimFuture<?> f : started) {
            if (f.notStarted() && f.cancel(false)) {
                out.add(f);
            }
        }
        shutdown();
        return out;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && active == 0 && workers == 0;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return termination.awaitUntil("chan receive", unit.toNanos(timeout), this::isTerminated);
    }

    /** AbstractExecutorService's timed invokeAll reads System.nanoTime: this one waits in virtual time. */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        long deadline = Go.nanotime() + unit.toNanos(timeout);
        List<Future<T>> fs = new ArrayList<>();
        for (Callable<T> t : tasks) {
            RunnableFuture<T> f = newTaskFor(t);
            fs.add(f);
            execute(f);
        }
        for (Future<T> f : fs) {
            long left = deadline - Go.nanotime();
            try {
                ((SimFuture<T>) f).get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                fs.forEach(x -> x.cancel(true));
                break;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // reported by the future itself
            }
        }
        return fs;
    }

    /** AbstractExecutorService's invokeAny waits on a JDK queue: this one on goroutine futures. */
    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws ExecutionException {
        try {
            return invokeAny(tasks, Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("unreachable", e);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws ExecutionException, TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("invokeAny of no tasks");
        }
        SimBlockingQueue<SimFuture<T>> done = SimBlockingQueue.linked();
        List<SimFuture<T>> fs = new ArrayList<>();
        for (Callable<T> t : tasks) {
            SimFuture<T>[] self = new SimFuture[1];
            self[0] = new SimFuture<>(() -> {
                try {
                    return t.call();
                } finally {
                    done.offer(self[0]);
                }
            });
            fs.add(self[0]);
            execute(self[0]);
        }
        ExecutionException last = null;
        try {
            for (int i = 0; i < fs.size(); i++) {
                SimFuture<T> f = done.poll(timeout, unit);
                if (f == null) {
                    throw new TimeoutException("gosim: no task done in " + timeout + " " + unit + " of virtual time");
                }
                try {
                    return f.get();
                } catch (ExecutionException e) {
                    last = e;
                } catch (java.util.concurrent.CancellationException e) {
                    last = new ExecutionException(e);
                }
            }
            throw last;
        } finally {
            fs.forEach(f -> f.cancel(true));
        }
    }
}
