package gosim.sim;

import static gosim.sim.SyncFuncs.BLOCK;
import static gosim.sim.SyncFuncs.CHANRECV1;
import static gosim.sim.SyncFuncs.CHANRECV2;
import static gosim.sim.SyncFuncs.CHANSEND1;
import static gosim.sim.SyncFuncs.SELECTGOIMPL_PARK;
import static gosim.sim.SyncFuncs.SELECTGO_CALLIMPL;
import static gosim.sim.SyncFuncs.SELECTGO_PARK;
import static gosim.sim.SyncFuncs.SELECTNBRECV;
import static gosim.sim.SyncFuncs.SELECTNBRECV2;
import static gosim.sim.SyncFuncs.SELECTNBSEND;
import static gosim.sim.SyncFuncs.SELECT_BLOCKEVENT_17;
import static gosim.sim.SyncFuncs.SELECT_BLOCKEVENT_19;
import static gosim.sim.SyncFuncs.SELECT_CLOSED_17;
import static gosim.sim.SyncFuncs.SELECT_CLOSED_19;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A select statement: models select.go's selectgo of Go 1.7 (random poll order drawn with
 * fastrand, lock order by channel address, pass 1 looks for a ready case, pass 2 enqueues on every
 * channel and parks with "select", pass 3 dequeues from the others), together with what Go 1.7's
 * compiler makes of small selects: no case blocks forever ("select (no cases)"), one case is a
 * plain channel operation, one case plus default a non-blocking one.
 *
 * <pre>{@code
 * int chosen = new Select()
 *         .recv(in, v -> use(v))
 *         .send(out, x, () -> sent())
 *         .dflt(() -> idle())
 *         .run();
 * }</pre>
 * Cases are numbered in the order they are added, the default included; {@link #run} returns the
 * number of the case that ran, after running its body. A nil channel's case never fires.
 */
public final class Select {
    /** hselect counts cases in a uint16. */
    public static final int MAX_CASES = 65535;

    private static final int CASE_RECV = 0;
    private static final int CASE_SEND = 1;
    private static final int CASE_DEFAULT = 2;

    /** One scase: its channel, kind, the value to send, its body, and its number. */
    private static final class Case {
        final int index;
        final int kind;
        final Chan<Object> c;
        final Object value;
        final boolean withOk;
        final Consumer<Object> onRecv;
        final Consumer<Chan.Recv<Object>> onRecv2;
        final Runnable body;
        long releasetime;

        @SuppressWarnings("unchecked")
        Case(int index, int kind, Chan<?> c, Object value, boolean withOk, Consumer<?> onRecv,
                Consumer<?> onRecv2, Runnable body) {
            this.index = index;
            this.kind = kind;
            this.c = (Chan<Object>) c;
            this.value = value;
            this.withOk = withOk;
            this.onRecv = (Consumer<Object>) onRecv;
            this.onRecv2 = (Consumer<Chan.Recv<Object>>) onRecv2;
            this.body = body;
        }
    }

    /** Every case in source order, the default included. */
    private final List<Case> all = new ArrayList<>();
    /** The communication cases (all but the default). */
    private final List<Case> cases = new ArrayList<>();
    private Case dflt;
    private boolean ran;
    private Object received;
    private boolean recvOK;

    /** {@code case v := <-c:} running {@code body} with the value (body may be null). */
    public <T> Select recv(Chan<T> c, Consumer<? super T> body) {
        return add(new Case(all.size(), CASE_RECV, need(c), null, false, body, null, null));
    }

    /** {@code case v, ok := <-c:} running {@code body} with value and ok (body may be null). */
    public <T> Select recv2(Chan<T> c, Consumer<Chan.Recv<T>> body) {
        return add(new Case(all.size(), CASE_RECV, need(c), null, true, null, body, null));
    }

    /** {@code case c <- v:} running {@code body} once sent (body may be null). */
    public <T> Select send(Chan<T> c, T v, Runnable body) {
        return add(new Case(all.size(), CASE_SEND, need(c), v, false, null, null, body));
    }

    /** {@code default:} (at most one). */
    public Select dflt(Runnable body) {
        if (dflt != null) {
            throw new IllegalStateException("multiple defaults in select");
        }
        add(new Case(all.size(), CASE_DEFAULT, null, null, false, null, null, body));
        dflt = all.get(all.size() - 1);
        return this;
    }

    /** {@code select {}}: blocks the goroutine forever. */
    public static void block() {
        Blocking.parkForever(GoRuntime.self(), "select (no cases)", BLOCK);
    }

    /** The value the chosen receive case got (null for a send or the default). */
    public Object received() {
        return received;
    }

    /** The ok of the chosen receive case: false when its channel was closed. */
    public boolean ok() {
        return recvOK;
    }

    private static <T> Chan<T> need(Chan<T> c) {
        return Objects.requireNonNull(c, "a select case needs a channel; use Chan.nil() for a nil channel");
    }

    private Select add(Case c) {
        checkOpen();
        if (all.size() + 1 > MAX_CASES) {
            throw new IllegalStateException("select with more than " + MAX_CASES + " cases");
        }
        if (c.kind != CASE_DEFAULT) {
            cases.add(c);
        }
        all.add(c);
        return this;
    }

    private void checkOpen() {
        if (ran) {
            throw new IllegalStateException("this select already ran; build a new one");
        }
    }

    /** Executes the select on the running goroutine: waits for a case, runs its body, returns its number. */
    public int run() {
        checkOpen();
        ran = true;
        G g = GoRuntime.self();
        Case chosen;
        if (cases.isEmpty()) {
            if (dflt == null) {
                block();
            }
            chosen = dflt;
        } else if (cases.size() == 1) {
            chosen = single(g, cases.get(0));
        } else {
            chosen = selectgo(g);
        }
        runBody(chosen);
        return chosen.index;
    }

    /** The compiler's rewrite of a one-case select: a plain or, with a default, non-blocking op. */
    private Case single(G g, Case cas) {
        boolean block = dflt == null;
        if (cas.kind == CASE_SEND) {
            boolean sent = cas.c.chansend(g, block ? CHANSEND1 : SELECTNBSEND, cas.value, block);
            return sent ? cas : dflt;
        }
        Chan.Recv<Object> r = cas.c.chanrecv(g, block ? (cas.withOk ? CHANRECV2 : CHANRECV1)
                : (cas.withOk && !g.rt.version.atLeast(19) ? SELECTNBRECV2 : SELECTNBRECV), block);
        if (r == null) {
            return dflt;
        }
        received = r.value();
        recvOK = r.ok();
        return cas;
    }

    private void runBody(Case cas) {
        switch (cas.kind) {
            case CASE_RECV -> {
                if (cas.onRecv != null) {
                    cas.onRecv.accept(received);
                } else if (cas.onRecv2 != null) {
                    cas.onRecv2.accept(new Chan.Recv<>(received, recvOK));
                }
            }
            default -> {
                if (cas.body != null) {
                    cas.body.run();
                }
            }
        }
    }

    /** selectgo (Go 1.7's selectgoImpl) over the cases with a non-nil channel, plus the default. */
    private Case selectgo(G g) {
        // selectsend/selectrecv leave nil channels out: they do not compete.
        List<Case> list = new ArrayList<>(all.size());
        for (Case c : all) {
            if (c.kind == CASE_DEFAULT || !c.c.isNil) {
                list.add(c);
            }
        }
        Case[] scases = list.toArray(new Case[0]);
        int ncase = scases.length;

        long t0 = Blocking.t0(g);
        if (t0 != 0) {
            for (Case c : scases) {
                c.releasetime = -1;
            }
        }

        // Poll order: an inside-out Fisher-Yates shuffle drawn with fastrand1.
        int[] pollorder = new int[ncase];
        for (int i = 1; i < ncase; i++) {
            int j = Integer.remainderUnsigned(g.rt.fastrand(), i + 1);
            pollorder[i] = pollorder[j];
            pollorder[j] = i;
        }
        int[] lockorder = lockorder(scases, pollorder);

        while (true) {
            // pass 1: look for something already waiting.
            Case dfl = null;
            for (int i = 0; i < ncase; i++) {
                Case cas = scases[pollorder[i]];
                Chan<Object> c = cas.c;
                switch (cas.kind) {
                    case CASE_RECV -> {
                        Sudog sg = c.sendq.dequeue();
                        if (sg != null) {
                            received = c.recv(g, sg);
                            recvOK = true;
                            return retc(g, cas, t0);
                        }
                        if (c.qcount > 0) {
                            received = c.takeBuf();
                            recvOK = true;
                            return retc(g, cas, t0);
                        }
                        if (c.closed) {
                            received = c.zero;
                            recvOK = false;
                            return retc(g, cas, t0);
                        }
                    }
                    case CASE_SEND -> {
                        if (c.closed) {
                            throw Blocking.panic(g, "send on closed channel", SELECTGO_CALLIMPL, SELECT_CLOSED_17,
                                    SELECT_CLOSED_19);
                        }
                        Sudog sg = c.recvq.dequeue();
                        if (sg != null) {
                            c.send(g, sg, cas.value);
                            return retc(g, cas, t0);
                        }
                        if (c.qcount < c.dataqsiz) {
                            c.putBuf(cas.value);
                            return retc(g, cas, t0);
                        }
                    }
                    default -> dfl = cas;
                }
            }
            if (dfl != null) {
                return retc(g, dfl, t0);
            }

            // pass 2: enqueue on all channels, in lock order, and wait.
            Sudog.SelectDone done = new Sudog.SelectDone();
            Sudog[] waiting = new Sudog[ncase];
            for (int k = 0; k < ncase; k++) {
                Case cas = scases[lockorder[k]];
                Sudog sg = new Sudog(g, done);
                sg.elem = cas.kind == CASE_SEND ? cas.value : null;
                sg.releasetime = t0 != 0 ? -1 : 0;
                sg.c = cas.c;
                waiting[k] = sg;
                if (cas.kind == CASE_RECV) {
                    cas.c.recvq.enqueue(sg);
                } else {
                    cas.c.sendq.enqueue(sg);
                }
            }
            Blocking.park(g, "select", SELECTGO_CALLIMPL, SELECTGOIMPL_PARK, SELECTGO_PARK);

            // pass 3: dequeue from the channels that did not fire; note the one that did.
            Sudog sg = done.param;
            Case cas = null;
            for (int k = 0; k < ncase; k++) {
                Case kc = scases[lockorder[k]];
                Sudog sglist = waiting[k];
                if (sglist.releasetime > 0) {
                    kc.releasetime = sglist.releasetime;
                }
                if (sg == sglist) {
                    cas = kc;
                } else if (kc.kind == CASE_SEND) {
                    kc.c.sendq.dequeueSudoG(sglist);
                } else {
                    kc.c.recvq.dequeueSudoG(sglist);
                }
                sglist.c = null;
            }
            if (cas == null) {
                continue; // woken by a close: look again
            }
            if (cas.kind == CASE_RECV) {
                received = sg.elem;
                recvOK = true;
            }
            return retc(g, cas, t0);
        }
    }

    private Case retc(G g, Case cas, long t0) {
        if (cas.releasetime > 0) {
            Blocking.blockevent(g, cas.releasetime - t0, 2, 1, SELECTGO_CALLIMPL, SELECT_BLOCKEVENT_17,
                    SELECT_BLOCKEVENT_19);
        }
        return cas;
    }

    /**
     * Lock order: the cases sorted by channel address with Go's heap sort, fed in poll order so
     * that cases on the same channel are permuted too (the order sudogs are enqueued in).
     */
    private static int[] lockorder(Case[] scases, int[] pollorder) {
        int n = scases.length;
        int[] lockorder = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            long c = sortkey(scases[pollorder[i]]);
            while (j > 0 && sortkey(scases[lockorder[(j - 1) / 2]]) < c) {
                int k = (j - 1) / 2;
                lockorder[j] = lockorder[k];
                j = k;
            }
            lockorder[j] = pollorder[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            int o = lockorder[i];
            long c = sortkey(scases[o]);
            lockorder[i] = lockorder[0];
            int j = 0;
            while (true) {
                int k = j * 2 + 1;
                if (k >= i) {
                    break;
                }
                if (k + 1 < i && sortkey(scases[lockorder[k]]) < sortkey(scases[lockorder[k + 1]])) {
                    k++;
                }
                if (c < sortkey(scases[lockorder[k]])) {
                    lockorder[j] = lockorder[k];
                    j = k;
                    continue;
                }
                break;
            }
            lockorder[j] = o;
        }
        return lockorder;
    }

    /** The hchan address; the default case has none (0). */
    private static long sortkey(Case c) {
        return c.c == null ? 0 : c.c.sortkey;
    }
}
