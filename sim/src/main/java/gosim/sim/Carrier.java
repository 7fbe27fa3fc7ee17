package gosim.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.MpscUnboundedXaddArrayQueue;

/**
 * The one carrier thread of a simulated process. Every goroutine runs on a virtual thread built
 * by a builder bound to this executor; the executor never runs a continuation by itself but keeps
 * it until the simulator loop decides, by the model of schedule(), which G runs next. So exactly
 * one continuation runs at a time, on the thread that called {@link GoRuntime#run}.
 *
 * <p>In the bare mode ({@link #bare}, GoRuntime.Builder#continuations) a goroutine is a JDK
 * continuation of its own instead ({@link Continuations}), run and yielded by the same API, so
 * that the engine does not know which mode it drives: the schedule, and so every byte a run
 * prints, is the same in both.
 */
final class Carrier implements Executor {
    /** The JDK's package-private VirtualThreadBuilder(Executor) constructor, or null. */
    private static final Constructor<?> BUILDER;
    private static final String BUILDER_PROBLEM;
    /**
     * VirtualThread.scheduler (the executor a virtual thread was built with): how a goroutine's
     * thread finds its carrier, and through it its G, without a ThreadLocal, whose map, table
     * and entry (136 bytes) every parked goroutine would otherwise keep.
     */
    private static final VarHandle SCHEDULER;

    /** Whether java.base exports jdk.internal.vm to gosim (and gosim.continuations is not false). */
    static final boolean CONTINUATIONS = !"false".equals(System.getProperty("gosim.continuations"))
            && Object.class.getModule().isExported("jdk.internal.vm", Carrier.class.getModule());
    /** Set once a bare carrier was made: only then can a platform thread be running a goroutine. */
    private static boolean bareUsed;

    static {
        Constructor<?> c = null;
        VarHandle sched = null;
        String problem = null;
        try {
            Class<?> k = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            c = k.getDeclaredConstructor(Executor.class);
            c.setAccessible(true);
            Class<?> vt = Class.forName("java.lang.VirtualThread");
            sched = MethodHandles.privateLookupIn(vt, MethodHandles.lookup())
                    .findVarHandle(vt, "scheduler", Executor.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            c = null;
            sched = null;
            problem = "gosim needs the JVM option --add-opens java.base/java.lang=ALL-UNNAMED "
                    + "to schedule goroutines on its own virtual-thread carrier (" + e + ")";
        }
        BUILDER = c;
        SCHEDULER = sched;
        BUILDER_PROBLEM = problem;
    }

    private final Thread owner;
    /** Goroutines are bare continuations ({@link Continuations}) on the owner thread, not virtual threads. */
    final boolean bare;
    /**
     * The G whose continuation runs on this carrier now (set before each resume), or the G an
     * observer or a timer function made current; the carrier runs one at a time.
     */
    G current;
    private final Thread.Builder builder;
    /** The continuation handed over by the last unpark or start on the carrier thread. */
    private Runnable task;
    /** Continuations submitted by other threads: a goroutine woken by the JDK, not by the simulator. */
    private final MpscUnboundedXaddArrayQueue<Runnable> foreign = new MpscUnboundedXaddArrayQueue<>(64);

    /** A carrier on the calling thread; bare when asked for and java.base allows it. */
    Carrier(boolean wantBare) {
        owner = Thread.currentThread();
        if (owner.isVirtual()) {
            throw new IllegalStateException("GoRuntime.run must be called from a platform thread, not a virtual thread");
        }
        bare = wantBare && CONTINUATIONS;
        if (bare) {
            bareUsed = true;
            builder = null;
            return;
        }
        if (BUILDER == null) {
            throw new IllegalStateException(BUILDER_PROBLEM);
        }
        try {
            builder = (Thread.Builder) BUILDER.newInstance(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the goroutine thread builder: " + e, e);
        }
    }

    /**
     * The carrier whose goroutine runs on the calling thread: the one its virtual thread was built
     * for, or the one whose bare continuation is mounted on it; null on the loop, an observer's
     * or a foreign thread.
     */
    static Carrier running() {
        Thread t = Thread.currentThread();
        if (t.isVirtual()) {
            return SCHEDULER != null && SCHEDULER.get(t) instanceof Carrier c ? c : null;
        }
        return bareUsed ? Continuations.carrier() : null;
    }

    /** Why the carrier cannot be built on this JVM, or null when it can. */
    static String problem() {
        return BUILDER_PROBLEM;
    }

    @Override
    public void execute(Runnable r) {
        if (Thread.currentThread() == owner) {
            if (task != null) {
                throw new IllegalStateException("two goroutine continuations ready at once");
            }
            task = r;
        } else {
            foreign.offer(r);
        }
    }

    /**
     * Waits up to graceNanos of real time for the goroutine that just parked in the JDK to be
     * woken by the JDK (a lock held by another thread: class initialization, lambda linkage, the
     * Cleaner's list) and runs it until it parks again; false when it did not come back. Real
     * time bounds only this wait: no model state changes while it lasts.
     */
    boolean awaitJdkWake(long graceNanos) {
        if (bare) {
            return false; // a bare continuation blocked in the JDK blocks this thread: it never gets here
        }
        long deadline = System.nanoTime() + graceNanos;
        Runnable r;
        while ((r = foreign.poll()) == null) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LockSupport.parkNanos(20_000);
        }
        r.run();
        return true;
    }

    /**
     * A new goroutine running body, not started: its first continuation, for {@link #resume}
     * (a virtual thread's, kept in g.thread, or a bare one).
     */
    Runnable spawn(G g, Runnable body) {
        if (bare) {
            return Continuations.create(this, body);
        }
        Thread t = builder.name("gosim goroutine").unstarted(body);
        g.thread = t;
        t.start();
        return take();
    }

    /** The goroutine running on this carrier gives it back to the loop (its resume returns). */
    void yieldToLoop() {
        if (bare) {
            Continuations.yieldNow();
        } else {
            // A yield, not a park: the continuation comes straight back to the carrier
            // (execute), which keeps it in g.cont; no park permit or unpark to pass.
            Thread.yield();
        }
    }

    /**
     * Runs the continuation a goroutine left when it yielded, until it yields again or ends;
     * returns the new continuation (null when it ended or parked in the JDK).
     */
    Runnable resume(Runnable cont) {
        if (cont == null) {
            throw new IllegalStateException("the goroutine's continuation was not handed to the simulator");
        }
        if (bare) {
            return Continuations.resume(cont);
        }
        cont.run();
        return take();
    }

    /** The continuation handed over by the last yield on the carrier thread, or null. */
    Runnable take() {
        Runnable t = task;
        task = null;
        return t;
    }
}
