package gosim.sim.concurrent;

import gosim.sim.Goroutine;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.Timers;
import gosim.sim.internal.Kernel;
import gosim.sim.internal.SimStack;

/**
 * A FIFO of goroutines parked with an optional deadline in virtual time: the one wait primitive
 * under every java.util.concurrent facade, the role AbstractQueuedSynchronizer plays in the JDK.
 * It parks with gopark and wakes with goready (proc.go), and times out with a runtime timer
 * (time.go's addtimer, as Go's time.Sleep does). While parked, the waiter's simulated stack shows
 * the Java frames that called the facade ({@link SimStack#mirrorJavaFrames}), so dumps name the Java line.
 *
 * <p>No JDK blocking happens here; state is plain fields because goroutines of one runtime run
 * one at a time, and code between two simulator primitives is atomic.
 */
final class Waiters {
    private static final class Waiter {
        final Goroutine g;
        boolean done;
        boolean timedOut;
        Waiter prev;
        Waiter next;

        Waiter(Goroutine g) {
            this.g = g;
        }
    }

    private Waiter head;
    private Waiter tail;
    private int size;

    /** Goroutines waiting now. */
    int size() {
        return size;
    }

    /**
     * Waits until {@code ready} holds or {@code nanos} of virtual time passed, parking between
     * wake-ups; returns ready's last answer. {@code ready} may act when it succeeds (a tryAcquire).
     * The one timed-wait loop of every facade's timed method.
     */
    boolean awaitUntil(String reason, long nanos, java.util.function.BooleanSupplier ready) {
        long deadline = Go.nanotime() + Math.max(0, nanos);
        while (!ready.getAsBoolean()) {
            long left = deadline - Go.nanotime();
            if (left <= 0 || !awaitNanos(reason, left)) {
                return ready.getAsBoolean();
            }
        }
        return true;
    }

    /** Parks the calling goroutine until woken; {@code reason} is its Go wait reason. */
    void await(String reason) {
        awaitNanos(reason, -1);
    }

    /**
     * Parks the calling goroutine until woken or until {@code nanos} of virtual time passed
     * ({@code nanos < 0}: no deadline). Returns false on timeout; {@code nanos == 0} returns false
     * at once.
     */
    boolean awaitNanos(String reason, long nanos) {
        if (nanos == 0) {
            return false;
        }
        Goroutine g = Go.self();
        GoRuntime rt = Go.runtime();
        Kernel k = rt.kernel();
        Waiter w = new Waiter(g);
        link(w);
        Timers.Timer timer = null;
        if (nanos > 0) {
            long when = Go.nanotime() + nanos;
            timer = new Timers.Timer(when < 0 ? Long.MAX_VALUE : when, 0, (arg, seq) -> {
                if (!w.done) {
                    unlink(w);
                    w.done = true;
                    w.timedOut = true;
                    k.goready(w.g);
                }
            }, w);
            rt.timers().addtimer(timer);
        }
        SimStack stack = SimStack.current();
        int pushed = stack.mirrorJavaFrames();
        try {
            k.gopark(reason);
        } finally {
            stack.unmirrorJavaFrames(pushed);
            if (!w.done) {
                unlink(w); // unwound by the end of the process
                w.done = true;
            }
        }
        if (timer != null && !w.timedOut) {
            rt.timers().deltimer(timer);
        }
        return !w.timedOut;
    }

    /** Wakes the longest waiter; returns false when there is none. */
    boolean signal() {
        Waiter w = head;
        if (w == null) {
            return false;
        }
        unlink(w);
        w.done = true;
        GoRuntime rt = Go.runtime();
        if (!rt.finished()) { // a finally block of a goroutine unwound at exit wakes nobody
            rt.kernel().goready(w.g);
        }
        return true;
    }

    /** Wakes every waiter, oldest first. */
    void signalAll() {
        while (signal()) {
            // each signal readies one goroutine
        }
    }

    private void link(Waiter w) {
        w.prev = tail;
        if (tail != null) {
            tail.next = w;
        } else {
            head = w;
        }
        tail = w;
        size++;
    }

    private void unlink(Waiter w) {
        if (w.prev != null) {
            w.prev.next = w.next;
        } else {
            head = w.next;
        }
        if (w.next != null) {
            w.next.prev = w.prev;
        } else {
            tail = w.prev;
        }
        w.prev = null;
        w.next = null;
        size--;
    }

    /** The longest waiter, or null. */
    Goroutine first() {
        return head == null ? null : head.g;
    }
}
