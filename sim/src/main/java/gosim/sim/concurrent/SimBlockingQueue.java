package gosim.sim.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded or unbounded FIFO {@link BlockingQueue} for goroutines: what
 * {@link java.util.concurrent.ArrayBlockingQueue} (bounded, {@link #array}) and
 * {@link java.util.concurrent.LinkedBlockingQueue} ({@link #linked}) do, with a goroutine that
 * must wait parked as on a Go channel (chan.go): "chan receive" in take/poll, "chan send" in
 * put/offer. Null elements are rejected, as the JDK's queues do. Iterators and toArray see a
 * snapshot.
 *
 * @param <E> the element type
 */
public final class SimBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E> {
    private final ArrayDeque<E> items = new ArrayDeque<>();
    private final int capacity;
    private final Waiters notEmpty = new Waiters();
    private final Waiters notFull = new Waiters();

    private SimBlockingQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Like {@code new ArrayBlockingQueue<>(capacity)}. */
    public static <E> SimBlockingQueue<E> array(int capacity) {
        return new SimBlockingQueue<>(capacity);
    }

    /** Like {@code new LinkedBlockingQueue<>(capacity)}. */
    public static <E> SimBlockingQueue<E> linked(int capacity) {
        return new SimBlockingQueue<>(capacity);
    }

    /** Like {@code new LinkedBlockingQueue<>()}: capacity Integer.MAX_VALUE. */
    public static <E> SimBlockingQueue<E> linked() {
        return new SimBlockingQueue<>(Integer.MAX_VALUE);
    }

    private void enqueue(E e) {
        items.addLast(e);
        notEmpty.signal();
    }

    private E dequeue() {
        E e = items.pollFirst();
        notFull.signal();
        return e;
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        if (items.size() >= capacity) {
            return false;
        }
        enqueue(e);
        return true;
    }

    @Override
    public void put(E e) {
        Objects.requireNonNull(e);
        while (items.size() >= capacity) {
            notFull.await("chan send");
        }
        enqueue(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        Objects.requireNonNull(e);
        if (!notFull.awaitUntil("chan send", unit.toNanos(timeout), () -> items.size() < capacity)) {
            return false;
        }
        enqueue(e);
        return true;
    }

    @Override
    public E take() {
        while (items.isEmpty()) {
            notEmpty.await("chan receive");
        }
        return dequeue();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) {
        if (!notEmpty.awaitUntil("chan receive", unit.toNanos(timeout), () -> !items.isEmpty())) {
            return null;
        }
        return dequeue();
    }

    @Override
    public E poll() {
        return items.isEmpty() ? null : dequeue();
    }

    @Override
    public E peek() {
        return items.peekFirst();
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public int remainingCapacity() {
        return capacity - items.size();
    }

    @Override
    public boolean remove(Object o) {
        boolean removed = items.removeFirstOccurrence(o);
        if (removed) {
            notFull.signal();
        }
        return removed;
    }

    @Override
    public void clear() {
        int n = items.size();
        items.clear();
        for (int i = 0; i < n; i++) {
            notFull.signal();
        }
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException("drainTo into itself");
        }
        int n = 0;
        while (n < maxElements && !items.isEmpty()) {
            c.add(dequeue());
            n++;
        }
        return n;
    }

    @Override
    public Iterator<E> iterator() {
        return List.copyOf(items).iterator();
    }
}
