package gosim.sim;

/**
 * A channel's queue of waiting senders or receivers: models chan.go's {@code waitq} with
 * enqueue, dequeue (which skips select sudogs whose select already fired) and dequeueSudoG.
 */
final class WaitQ {
    Sudog first;
    Sudog last;

    void enqueue(Sudog sgp) {
        sgp.next = null;
        Sudog x = last;
        if (x == null) {
            sgp.prev = null;
            first = sgp;
            last = sgp;
            return;
        }
        sgp.prev = x;
        x.next = sgp;
        last = sgp;
    }

    /** The first waiter that may still be woken, removed from the queue; null when none. */
    Sudog dequeue() {
        while (true) {
            Sudog sgp = first;
            if (sgp == null) {
                return null;
            }
            Sudog y = sgp.next;
            if (y == null) {
                first = null;
                last = null;
            } else {
                y.prev = null;
                first = y;
                sgp.next = null; // marks it removed for dequeueSudoG
            }
            // A select waits on several queues; only the first to claim its done word wakes it.
            if (sgp.selectdone != null) {
                if (sgp.selectdone.done) {
                    continue;
                }
                sgp.selectdone.done = true;
            }
            return sgp;
        }
    }

    /** Removes sgp if it is still queued (select's pass 3). */
    void dequeueSudoG(Sudog sgp) {
        Sudog x = sgp.prev;
        Sudog y = sgp.next;
        if (x != null) {
            if (y != null) {
                x.next = y;
                y.prev = x;
                sgp.next = null;
                sgp.prev = null;
                return;
            }
            x.next = null;
            last = x;
            sgp.prev = null;
            return;
        }
        if (y != null) {
            y.prev = null;
            first = y;
            sgp.next = null;
            return;
        }
        if (first == sgp) {
            first = null;
            last = null;
        }
    }

    boolean isEmpty() {
        return first == null;
    }

    int size() {
        int n = 0;
        for (Sudog s = first; s != null; s = s.next) {
            n++;
        }
        return n;
    }
}
