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

    Carrier() {
        if (BUILDER == null) {
            throw new IllegalStateException(BUILDER_PROBLEM);
        }
        owner = Thread.currentThread();
        if (owner.isVirtual()) {
            throw new IllegalStateException("GoRuntime.run must be called from a platform thread, not a virtual thread");
        }
        try {
            builder = (Thread.Builder) BUILDER.newInstance(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the goroutine thread builder: " + e, e);
        }
    }

    /** The carrier the calling virtual thread was built for, or null (a platform or foreign thread). */
    static Carrier of(Thread t) {
        return t.isVirtual() && SCHEDULER != null && SCHEDULER.get(t) instanceof Carrier c ? c : null;
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

    /** A new, unstarted virtual thread for a goroutine body. */
    Thread newThread(String name, Runnable body) {
        return builder.name(name).unstarted(body);
    }

    /**
     * Starts t and runs it on this carrier until it yields or ends; returns its continuation
     * (null when it ended or parked in the JDK).
     */
    Runnable start(Thread t) {
        t.start();
        return resume(take());
    }

    /**
     * Runs the continuation a goroutine left when it yielded, until it yields again or ends;
     * returns the new continuation (null when it ended or parked in the JDK).
     */
    Runnable resume(Runnable cont) {
        if (cont == null) {
            throw new IllegalStateException("the goroutine's continuation was not handed to the simulator");
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
