package gosim.sim;

import static gosim.sim.SyncFuncs.COND_WAIT;
import static gosim.sim.SyncFuncs.COND_WAIT_LOCK;
import static gosim.sim.SyncFuncs.GOPARKUNLOCK;
import static gosim.sim.SyncFuncs.NOTIFYLISTWAIT_BLOCKEVENT;
import static gosim.sim.SyncFuncs.NOTIFYLISTWAIT_PARK;

import java.util.Objects;

/**
 * sync.Cond: models sync/cond.go and the ticket-based notifyList of runtime/sema.go (Go 1.7:
 * notifyListAdd, notifyListWait, notifyListNotifyOne, notifyListNotifyAll). Waiters park with
 * "semacquire" as Go 1.7 names it ("sync.Cond.Wait" under the Go 1.19 dialect). {@code Wait} is
 * {@link #await} here (Object.wait is taken).
 */
public final class Cond {
    private final Locker l;
    // notifyList
    int wait;
    int notify;
    private Sudog head;
    private Sudog tail;

    /** NewCond. */
    public Cond(Locker l) {
        this.l = Objects.requireNonNull(l, "a Cond needs a Locker");
    }

    /** c.L. */
    public Locker locker() {
        return l;
    }

    /** Wait: unlocks L, waits for Signal or Broadcast, locks L again. */
    public void await() {
        G g = GoRuntime.self();
        int t = notifyListAdd();
        l.unlock();
        Blocking.push(g, COND_WAIT);
        long[] self = {g.rt.addressOf(this)};
        g.setArgs(g.depth - 1, (ArgWords) () -> self);
        try {
            notifyListWait(g, t);
        } finally {
            Blocking.pop(g, COND_WAIT);
        }
        Blocking.push(g, COND_WAIT_LOCK);
        try {
            l.lock();
        } finally {
            Blocking.pop(g, COND_WAIT_LOCK);
        }
    }

    /** notifyListAdd: takes the next ticket; the caller then releases its lock and waits with it. */
    public int notifyListAdd() {
        return wait++;
    }

    /**
     * notifyListWait for an interpreter whose Cond.Wait is written in Go (the caller's frames are
     * already on the stack): parks until ticket t is notified.
     */
    public void notifyListWait(int t) {
        notifyListWait(GoRuntime.self(), t);
    }

    /** Signal: wakes the longest-waiting goroutine, if any. */
    public void signal() {
        G g = GoRuntime.self();
        if (wait == notify) {
            return;
        }
        int t = notify;
        notify = t + 1;
        for (Sudog p = null, s = head; s != null; p = s, s = s.next) {
            if (s.ticket == t) {
                Sudog n = s.next;
                if (p != null) {
                    p.next = n;
                } else {
                    head = n;
                }
                if (n == null) {
                    tail = p;
                }
                s.next = null;
                Blocking.readyWithTime(g, s);
                return;
            }
        }
    }

    /** Broadcast: wakes every waiting goroutine. */
    public void broadcast() {
        G g = GoRuntime.self();
        if (wait == notify) {
            return;
        }
        Sudog s = head;
        head = null;
        tail = null;
        notify = wait;
        while (s != null) {
            Sudog next = s.next;
            s.next = null;
            Blocking.readyWithTime(g, s);
            s = next;
        }
    }

    /** Tickets not yet notified: wait - notify (for tests and tools). */
    public int pending() {
        return wait - notify;
    }

    private static boolean less(int a, int b) {
        return a - b < 0;
    }

    private void notifyListWait(G g, int t) {
        if (less(t, notify)) {
            return; // notified between Add and Wait
        }
        Sudog s = new Sudog(g, null);
        s.ticket = t;
        long t0 = Blocking.t0(g);
        s.releasetime = t0 != 0 ? -1 : 0;
        if (tail == null) {
            head = s;
        } else {
            tail.next = s;
        }
        tail = s;
        String reason = g.rt.version.atLeast(19) ? "sync.Cond.Wait" : "semacquire";
        // runtime_notifyListWait(&c.notify, t): Cond{noCopy; L Locker; notify notifyList} puts it at 16.
        long[] args = {g.rt.addressOf(this) + 16, t & 0xffffffffL};
        g.waiton = this;
        Blocking.park(g, reason, args, NOTIFYLISTWAIT_PARK, GOPARKUNLOCK);
        if (t0 != 0) {
            Blocking.blockevent(g, s.releasetime - t0, 2, 2, NOTIFYLISTWAIT_BLOCKEVENT);
        }
    }
}
