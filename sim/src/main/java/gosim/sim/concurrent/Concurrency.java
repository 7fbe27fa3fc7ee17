package gosim.sim.concurrent;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Where code under test gets its concurrency objects: production code takes a Concurrency and
 * runs with {@link #jdk()}; a gosim test hands it {@link #gosim()}, whose objects are backed by the
 * simulator's primitives so the same code runs deterministically as goroutines.
 *
 * <p>What cannot be intercepted: {@code synchronized} blocks and methods, {@code Object.wait},
 * {@code Thread.sleep}, JDK locks and queues created directly, blocking I/O. A goroutine that
 * blocks in one of those leaves its carrier outside a simulator primitive; if the JDK does not wake
 * it within one second of real time, the run stops with
 * "fatal error: goroutine N blocked in the JDK outside a simulator primitive". A
 * {@code synchronized} block that never blocks is harmless (goroutines run one at a time).
 * Goroutines are not interrupted: the interruptible methods behave as the uninterruptible ones.
 */
public interface Concurrency {
    Lock lock();

    ReadWriteLock readWriteLock();

    <E> BlockingQueue<E> arrayBlockingQueue(int capacity);

    <E> BlockingQueue<E> linkedBlockingQueue();

    <E> BlockingQueue<E> linkedBlockingQueue(int capacity);

    CountDownLatch countDownLatch(int count);

    Semaphore semaphore(int permits);

    /** One thread (goroutine) per task. */
    ExecutorService newPerTaskExecutor();

    /** At most n threads (goroutines). */
    ExecutorService newFixedThreadPool(int n);

    Clock clock();

    /** Sleeps the calling thread (goroutine) for d. */
    void sleep(Duration d);

    /** The JDK's own classes, for production. */
    static Concurrency jdk() {
        return Jdk.INSTANCE;
    }

    /** gosim's facades; their methods must be called on goroutines of a running GoRuntime. */
    static Concurrency gosim() {
        return Sim.INSTANCE;
    }

    /** The JDK's implementations. */
    final class Jdk implements Concurrency {
        static final Jdk INSTANCE = new Jdk();

        private Jdk() {
        }

        @Override
        public Lock lock() {
            return new ReentrantLock();
        }

        @Override
        public ReadWriteLock readWriteLock() {
            return new ReentrantReadWriteLock();
        }

        @Override
        public <E> BlockingQueue<E> arrayBlockingQueue(int capacity) {
            return new ArrayBlockingQueue<>(capacity);
        }

        @Override
        public <E> BlockingQueue<E> linkedBlockingQueue() {
            return new LinkedBlockingQueue<>();
        }

        @Override
        public <E> BlockingQueue<E> linkedBlockingQueue(int capacity) {
            return new LinkedBlockingQueue<>(capacity);
        }

        @Override
        public CountDownLatch countDownLatch(int count) {
            return new CountDownLatch(count);
        }

        @Override
        public Semaphore semaphore(int permits) {
            return new Semaphore(permits);
        }

        @Override
        public ExecutorService newPerTaskExecutor() {
            return Executors.newVirtualThreadPerTaskExecutor();
        }

        @Override
        public ExecutorService newFixedThreadPool(int n) {
            return Executors.newFixedThreadPool(n);
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public void sleep(Duration d) {
            try {
                Thread.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The simulator's facades. */
    final class Sim implements Concurrency {
        static final Sim INSTANCE = new Sim();

        private Sim() {
        }

        @Override
        public Lock lock() {
            return new SimLock();
        }

        @Override
        public ReadWriteLock readWriteLock() {
            return new SimReadWriteLock();
        }

        @Override
        public <E> BlockingQueue<E> arrayBlockingQueue(int capacity) {
            return SimBlockingQueue.array(capacity);
        }

        @Override
        public <E> BlockingQueue<E> linkedBlockingQueue() {
            return SimBlockingQueue.linked();
        }

        @Override
        public <E> BlockingQueue<E> linkedBlockingQueue(int capacity) {
            return SimBlockingQueue.linked(capacity);
        }

        @Override
        public CountDownLatch countDownLatch(int count) {
            return new SimCountDownLatch(count);
        }

        @Override
        public Semaphore semaphore(int permits) {
            return new SimSemaphore(permits);
        }

        @Override
        public ExecutorService newPerTaskExecutor() {
            return SimExecutorService.perTask();
        }

        @Override
        public ExecutorService newFixedThreadPool(int n) {
            return SimExecutorService.fixed(n);
        }

        @Override
        public Clock clock() {
            return SimClock.get();
        }

        @Override
        public void sleep(Duration d) {
            SimClock.get().sleep(d);
        }
    }
}
