package gosim.sim;

import static gosim.sim.SyncFuncs.CHANRECV1;
import static gosim.sim.SyncFuncs.CHANRECV2;
import static gosim.sim.SyncFuncs.CHANRECV_BLOCKEVENT;
import static gosim.sim.SyncFuncs.CHANRECV_NIL;
import static gosim.sim.SyncFuncs.CHANRECV_PARK;
import static gosim.sim.SyncFuncs.CHANSEND1;
import static gosim.sim.SyncFuncs.CHANSEND_BLOCKEVENT;
import static gosim.sim.SyncFuncs.CHANSEND_CLOSED;
import static gosim.sim.SyncFuncs.CHANSEND_CLOSED_WOKEN;
import static gosim.sim.SyncFuncs.CHANSEND_NIL;
import static gosim.sim.SyncFuncs.CHANSEND_PARK;
import static gosim.sim.SyncFuncs.CLOSECHAN_CLOSED;
import static gosim.sim.SyncFuncs.CLOSECHAN_NIL;
import static gosim.sim.SyncFuncs.GOPARKUNLOCK_CHAN;

import gosim.sim.SyncFuncs.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel: models chan.go of Go 1.7 (hchan, makechan, chansend, chanrecv, send, recv,
 * closechan). Unbuffered channels hand values over directly between goroutines; buffered ones
 * keep a ring of {@code cap} slots; waiting senders and receivers queue in FIFO order.
 *
 * <p>Every operation must run on a goroutine of a running {@link GoRuntime}. A goroutine blocked
 * here waits with Go's wait reason ("chan send", "chan receive", or the "(nil chan)" forms) and has
 * the runtime frames Go would have on its stack (runtime.chanrecv1, runtime.chanrecv, ...).
 *
 * @param <T> the element type; the zero value received from a closed channel is {@code null}
 *     unless given to {@link #make(int, Object)}
 */
public final class Chan<T> {
    /** Largest buffer the simulator allocates (Go's own limit depends on memory). */
    public static final int MAX_BUFFER = 1 << 24;

    /**
     * Sortkeys of channels made outside any goroutine (set-up code): -1, -2, ... Only their
     * relative order reaches a run, and that is the making thread's own order.
     */
    private static final AtomicLong OUTSIDE = new AtomicLong();
    private static final Chan<?> NIL = new Chan<>(true, 0, null);

    /** A receive with Go's comma-ok: {@code ok} is false when the channel was closed and drained. */
    public record Recv<T>(T value, boolean ok) {
    }

    final boolean isNil;
    final long sortkey;
    final T zero;
    // hchan
    int qcount;
    final int dataqsiz;
    final Object[] buf;
    boolean closed;
    int sendx;
    int recvx;
    final WaitQ recvq = new WaitQ();
    final WaitQ sendq = new WaitQ();

    private Chan(boolean isNil, int size, T zero) {
        this.isNil = isNil;
        this.sortkey = isNil ? 0 : sortkeyOfNew();
        this.dataqsiz = size;
        this.buf = size > 0 ? new Object[size] : null;
        this.zero = zero;
    }

    /**
     * Allocation order, standing for the hchan address select sorts by (go1.7 runtime/select.go:600
     * sortkey): counted per process, so runtimes in one JVM do not see each other.
     */
    private static long sortkeyOfNew() {
        G g = GoRuntime.currentOrNull();
        return g != null ? g.rt.nextChanSortkey() : -OUTSIDE.incrementAndGet();
    }

    /** {@code make(chan T)}: an unbuffered channel. */
    public static <T> Chan<T> make() {
        return make(0, null);
    }

    /** {@code make(chan T, size)}; a negative size panics as Go does. */
    public static <T> Chan<T> make(int size) {
        return make(size, null);
    }

    /** {@code make(chan T, size)} whose receivers get {@code zero} once it is closed and empty. */
    public static <T> Chan<T> make(int size, T zero) {
        if (size < 0) {
            throw new GoPanic("makechan: size out of range");
        }
        if (size > MAX_BUFFER) {
            throw new IllegalArgumentException("gosim: a channel buffer of " + size
                    + " elements exceeds the simulator's limit of " + MAX_BUFFER);
        }
        return new Chan<>(false, size, zero);
    }

    /** The nil channel ({@code var c chan T}): send and receive block forever, close panics. */
    @SuppressWarnings("unchecked")
    public static <T> Chan<T> nil() {
        return (Chan<T>) NIL;
    }

    public boolean isNil() {
        return isNil;
    }

    /** Calls out for each value in the buffer, oldest first (the GC scans buffered values). */
    public void forEachBuffered(java.util.function.Consumer<Object> out) {
        for (int k = 0; k < qcount; k++) {
            out.accept(buf[(recvx + k) % dataqsiz]);
        }
    }

    /** {@code len(c)}: elements buffered. */
    public int len() {
        return qcount;
    }

    /** {@code cap(c)}: buffer size. */
    public int cap() {
        return dataqsiz;
    }

    /** Goroutines waiting to receive (for tests and tools; Go has no such call). */
    public int receivers() {
        return recvq.size();
    }

    /** Goroutines waiting to send. */
    public int senders() {
        return sendq.size();
    }

    /** {@code c <- v}. */
    public void send(T v) {
        chansend(GoRuntime.self(), CHANSEND1, v, true);
    }

    /** {@code <-c}. */
    @SuppressWarnings("unchecked")
    public T recv() {
        // No call after chanrecvValue: a goroutine parked in it returns here in code C2 may have
        // compiled while no receive had returned yet, and an unprofiled call there traps.
        Object r = chanrecvValue(GoRuntime.self(), CHANRECV1, true);
        return r == CLOSED ? zero : (T) r;
    }

    /** {@code v, ok := <-c}. */
    public Recv<T> recv2() {
        return chanrecv(GoRuntime.self(), CHANRECV2, true);
    }

    /** chanrecvValue's answer when a non-blocking receive could not proceed. */
    private static final Object NOT_READY = new Object();
    /** chanrecvValue's answer for ok == false: the channel was closed and drained. */
    private static final Object CLOSED = new Object();

    @SuppressWarnings("unchecked")
    private T valueOf(Object received) {
        return received == CLOSED ? zero : (T) received;
    }

    /** {@code close(c)}. */
    public void close() {
        closechan(GoRuntime.self());
    }

    // ---- chan.go ---------------------------------------------------------------------------

    /**
     * chansend below {@code caller} (chansend1 or selectnbsend): true when the value was
     * delivered, false when a non-blocking send could not proceed.
     */
    boolean chansend(G g, Site caller, T v, boolean block) {
        if (isNil) {
            if (!block) {
                return false;
            }
            Blocking.parkForever(g, "chan send (nil chan)", caller, CHANSEND_NIL);
        }
        // Fast path: a non-blocking send that cannot proceed.
        if (!block && !closed && ((dataqsiz == 0 && recvq.first == null) || (dataqsiz > 0 && qcount == dataqsiz))) {
            return false;
        }
        long t0 = Blocking.t0(g);
        if (closed) {
            throw Blocking.panic(g, "send on closed channel", caller, CHANSEND_CLOSED);
        }
        Sudog sg = recvq.dequeue();
        if (sg != null) {
            send(g, sg, v);
            return true;
        }
        if (qcount < dataqsiz) {
            putBuf(v);
            return true;
        }
        if (!block) {
            return false;
        }
        Sudog mysg = Blocking.acquireSudog(g);
        mysg.releasetime = t0 != 0 ? -1 : 0;
        mysg.elem = v;
        mysg.c = this;
        sendq.enqueue(mysg);
        g.waiton = this;
        Blocking.park(g, "chan send", caller, CHANSEND_PARK, GOPARKUNLOCK_CHAN);
        if (!mysg.success) {
            if (!closed) {
                throw g.rt.fatal("fatal error: chansend: spurious wakeup\n", "chansend: spurious wakeup");
            }
            throw Blocking.panic(g, "send on closed channel", caller, CHANSEND_CLOSED_WOKEN);
        }
        if (mysg.releasetime > 0) {
            Blocking.blockevent(g, mysg.releasetime - t0, 2, 2, caller, CHANSEND_BLOCKEVENT);
        }
        Blocking.releaseSudog(g, mysg); // chan.go:241
        return true;
    }

    /** Appends v at sendx of a ring with room. */
    void putBuf(Object v) {
        if (!(qcount < dataqsiz && recvq.isEmpty())) throw GoFatal.thrown("buffering with receivers waiting on " + this);
        buf[sendx] = v;
        sendx++;
        if (sendx == dataqsiz) {
            sendx = 0;
        }
        qcount++;
    }

    /** Takes the element at recvx of a non-empty ring. */
    @SuppressWarnings("unchecked")
    T takeBuf() {
        if (!(qcount > 0 && sendq.isEmpty())) throw GoFatal.thrown("taking from the ring with senders waiting on " + this);
        Object v = buf[recvx];
        buf[recvx] = null;
        recvx++;
        if (recvx == dataqsiz) {
            recvx = 0;
        }
        qcount--;
        return (T) v;
    }

    /** send: hands v to the waiting receiver sg (already dequeued) and readies it. */
    void send(G g, Sudog sg, Object v) {
        sg.elem = v;
        sg.setParam(true);
        Blocking.readyWithTime(g, sg);
    }

    /**
     * chanrecv below {@code caller}: the received value and ok, or null when a non-blocking
     * receive could not proceed.
     */
    Recv<T> chanrecv(G g, Site caller, boolean block) {
        Object r = chanrecvValue(g, caller, block);
        return r == NOT_READY ? null : new Recv<>(valueOf(r), r != CLOSED);
    }

    /**
     * chanrecv: the received value, {@link #CLOSED} for a closed and drained channel (ok ==
     * false), or {@link #NOT_READY} when a non-blocking receive could not proceed; a plain
     * {@code <-c} allocates no Recv.
     */
    private Object chanrecvValue(G g, Site caller, boolean block) {
        if (isNil) {
            if (!block) {
                return NOT_READY;
            }
            Blocking.parkForever(g, "chan receive (nil chan)", caller, CHANRECV_NIL);
        }
        if (!block && (dataqsiz == 0 && sendq.first == null || dataqsiz > 0 && qcount == 0) && !closed) {
            return NOT_READY;
        }
        long t0 = Blocking.t0(g);
        if (closed && qcount == 0) {
            return CLOSED;
        }
        Sudog sg = sendq.dequeue();
        if (sg != null) {
            return recv(g, sg);
        }
        if (qcount > 0) {
            return takeBuf();
        }
        if (!block) {
            return NOT_READY;
        }
        Sudog mysg = Blocking.acquireSudog(g);
        mysg.releasetime = t0 != 0 ? -1 : 0;
        mysg.c = this;
        recvq.enqueue(mysg);
        g.waiton = this;
        Blocking.park(g, "chan receive", caller, CHANRECV_PARK, GOPARKUNLOCK_CHAN);
        if (mysg.releasetime > 0) {
            Blocking.blockevent(g, mysg.releasetime - t0, 2, 2, caller, CHANRECV_BLOCKEVENT);
        }
        Object v = mysg.success ? mysg.elem : CLOSED;
        Blocking.releaseSudog(g, mysg); // chan.go:509
        return v;
    }

    /**
     * recv: takes from the waiting sender sg (already dequeued). Unbuffered: its value. Buffered
     * (then full): the head of the ring, the sender's value going to the tail, the same slot.
     */
    @SuppressWarnings("unchecked")
    T recv(G g, Sudog sg) {
        Object v;
        if (dataqsiz == 0) {
            v = sg.elem;
        } else {
            if (!(qcount == dataqsiz)) throw GoFatal.thrown("a sender waits on a buffered channel that is not full");
            v = buf[recvx];
            buf[recvx] = sg.elem;
            recvx++;
            if (recvx == dataqsiz) {
                recvx = 0;
            }
            sendx = recvx;
        }
        sg.elem = null;
        sg.setParam(true);
        Blocking.readyWithTime(g, sg);
        return (T) v;
    }

    /** closechan: marks the channel closed and readies every waiter, receivers and senders. */
    void closechan(G g) {
        if (isNil) {
            throw Blocking.panic(g, "close of nil channel", CLOSECHAN_NIL);
        }
        if (closed) {
            throw Blocking.panic(g, "close of closed channel", CLOSECHAN_CLOSED);
        }
        closed = true;
        // Go links the released Gs into a list by pushing each on the front, then readies the list.
        List<Sudog> glist = new ArrayList<>();
        for (Sudog sg = recvq.dequeue(); sg != null; sg = recvq.dequeue()) {
            sg.elem = null;
            releaseClosed(g, sg);
            glist.add(sg);
        }
        for (Sudog sg = sendq.dequeue(); sg != null; sg = sendq.dequeue()) {
            sg.elem = null;
            releaseClosed(g, sg);
            glist.add(sg);
        }
        for (int i = glist.size() - 1; i >= 0; i--) {
            Blocking.goready(g, glist.get(i));
        }
    }

    private static void releaseClosed(G g, Sudog sg) {
        if (sg.releasetime != 0) {
            sg.releasetime = Blocking.cputicks(g);
        }
        sg.setParam(false);
    }

    @Override
    public String toString() {
        return isNil ? "chan(nil)" : "chan#" + sortkey + "[" + qcount + "/" + dataqsiz + (closed ? " closed" : "") + "]";
    }
}
