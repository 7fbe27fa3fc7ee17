package gosim.sim;

/**
 * A goroutine waiting in a wait queue: models runtime2.go's {@code sudog} (Go 1.7) as channels,
 * select, the semaphore and notifyList use it. What Go keeps in {@code g.param} (who woke the G,
 * or nil after a close) lives here, per wait, since a G waits for one thing at a time.
 */
final class Sudog {
    /** The waiting G; a plain channel sudog is reused (Blocking.releaseSudog) and gets its next G then. */
    G g;
    /** Links in a channel's waitq, a semaphore's queue or a notifyList. */
    Sudog next;
    Sudog prev;
    /** The value a sender offers, or the value handed to a receiver. */
    Object elem;
    /** The channel waited on (select and channel ops), else null. */
    Chan<?> c;
    /** Shared by the sudogs of one select: its done word and which sudog fired. */
    final SelectDone selectdone;
    /** 0: not profiling; -1: profiling, not yet released; >0: cputicks when made runnable. */
    long releasetime;
    /** notifyList ticket. */
    int ticket;
    /** Set by the waker of a plain channel op: g.param != nil (false after a close). */
    boolean success;

    Sudog(G g, SelectDone selectdone) {
        this.g = g;
        this.selectdone = selectdone;
    }

    /** selectgo's done word and the G's param for one select. */
    static final class SelectDone {
        boolean done;
        Sudog param;
    }

    /** Records who woke the G: gp.param = sg on success, nil after a close. */
    void setParam(boolean ok) {
        if (selectdone != null) {
            selectdone.param = ok ? this : null;
        } else {
            success = ok;
        }
    }
}
