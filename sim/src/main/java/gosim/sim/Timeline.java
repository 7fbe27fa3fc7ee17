package gosim.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The simulator's event queue: every event is an M that wakes at its virtual clock (a running
 * thread continuing, a parked thread woken, a sleeping thread's timeout). A binary heap ordered
 * by clock, ties broken by a key drawn from the seeded generator when the M is queued, so the
 * order of simultaneous events is random but fixed by the seed.
 */
final class Timeline {
    private M[] heap = new M[16];
    private int size;
    private final SplittableRandom rand;

    Timeline(SplittableRandom rand) {
        this.rand = rand;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest M, or null. */
    M peek() {
        return size == 0 ? null : heap[0];
    }

    /** Clock of the earliest event, or Long.MAX_VALUE. */
    long peekClock() {
        return size == 0 ? Long.MAX_VALUE : heap[0].clock;
    }

    /** Queues m to run at m.clock. */
    void add(M m) {
        if (m.scheduled) {
            throw new IllegalStateException(m + " is already on the timeline");
        }
        m.scheduled = true;
        m.tiebreak = rand.nextLong();
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = m;
        m.heapIndex = size;
        up(size++);
    }

    /** Removes and returns the earliest M, or null. */
    M poll() {
        if (size == 0) {
            return null;
        }
        M top = heap[0];
        removeAt(0);
        return top;
    }

    /** Takes m off the timeline if it is queued (a sleep cut short). */
    void remove(M m) {
        if (m.scheduled) {
            removeAt(m.heapIndex);
        }
    }

    private void removeAt(int i) {
        M m = heap[i];
        if (!(m.heapIndex == i)) throw GoFatal.thrown("invariant broken: m.heapIndex == i");
        m.scheduled = false;
        m.heapIndex = -1;
        size--;
        if (i != size) {
            heap[i] = heap[size];
            heap[i].heapIndex = i;
            heap[size] = null;
            down(i);
            up(i);
        } else {
            heap[size] = null;
        }
    }

    private static boolean less(M a, M b) {
        return a.clock < b.clock || (a.clock == b.clock && a.tiebreak < b.tiebreak);
    }

    private void up(int i) {
        M x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            M p = heap[parent];
            if (!less(x, p)) {
                break;
            }
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = x;
        x.heapIndex = i;
    }

    private void down(int i) {
        M x = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], x)) {
                break;
            }
            heap[i] = heap[c];
            heap[i].heapIndex = i;
            i = c;
        }
        heap[i] = x;
        x.heapIndex = i;
    }
}
