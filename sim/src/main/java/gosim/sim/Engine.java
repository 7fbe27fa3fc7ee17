package gosim.sim;

import java.util.concurrent.locks.LockSupport;

/**
 * The simulator's engine: plays the threads (Ms) of one simulated process in virtual time on one
 * carrier. It models no single Go file; it is what the OS and the hardware are to proc.go's
 * mstart/schedule/execute/gogo/gopark loop (see the essay below).
 *
 * <h2>One carrier, many virtual threads, virtual time</h2>
 *
 * <p>A Go process is a set of threads (Ms) running goroutines (Gs) on processors (Ps). The model
 * of Go's algorithms lives in {@link Proc} (schedule, findrunnable, the idle lists), {@link Sysmon},
 * {@link Stw} and the primitives; the engine decides only <em>when</em> each thread gets to run,
 * the part of an execution that Go does not decide but the machine does.
 *
 * <p>Every G's body runs on its own Java virtual thread, built by a builder bound to the
 * {@link Carrier}'s executor. The executor never runs a continuation on its own: it holds it until
 * the engine, on the one platform thread that called {@link GoRuntime#run}, resumes it. So exactly
 * one goroutine's Java code runs at any moment, and the Java between two simulator primitives is
 * atomic with respect to every other goroutine.
 *
 * <p>Each M has its own virtual clock ({@code M.clock}, nanoseconds since the process started).
 * The {@link Timeline} holds every M that has something to do at its clock: a thread running
 * goroutine code that must continue, a parked thread that was woken, a thread in a syscall or a
 * timed sleep, sysmon between its looks. The loop takes the earliest M, sets the process's
 * {@code now} to its clock, and plays it ({@link #runM}): acquire the P handed to it, call the
 * model's schedule() (or the place in findrunnable where it went to sleep), and run the chosen G
 * on the carrier until the G gives the carrier back.
 *
 * <h2>Where the interleaving points are</h2>
 *
 * <p>A goroutine gives up the carrier only inside a primitive, by {@link #yieldToLoop} with a
 * {@link Yield} that says what it asks for: {@code WORK} (virtual CPU time: {@code Go.work}, the
 * interpreter's statement costs, the modeled cost of a runtime operation), {@code PARK}
 * (gopark), {@code GOSCHED}, {@code EXIT} (goexit0), {@code SYSCALL} and {@code NOTESLEEP} (the
 * thread leaves for the kernel, holding its P in _Psyscall or having handed it off),
 * {@code STOPWAIT} (stopTheWorld waits for the last P) and {@code EXITPROC}. The engine then does
 * what Go's runtime does on that thread (park_m, goschedImpl, goexit0, schedule()) and advances
 * the M's clock by the operation's modeled cost ({@link Costs}).
 *
 * <p>Work is where threads overlap. {@link #advance} charges d nanoseconds to the running M: if
 * no other thread has an event before the M's clock plus d, nothing can happen meanwhile, and the
 * G simply goes on (no switch at all: this fast path is why a simulated process runs at millions
 * of events per second). Otherwise the G yields {@code WORK}; the M goes back on the timeline at
 * its clock plus d, and whatever is earlier runs first: another M's goroutine, sysmon's look,
 * a timer. If sysmon or a stop-the-world preempts the G meanwhile ({@link #preemptone}), its work
 * is cut at the preempting moment and the rest is owed after it is rescheduled, as Go's
 * cooperative preemption would stop it at its next call.
 *
 * <h2>Why the result is deterministic</h2>
 *
 * <p>Nothing here reads a clock or a JDK scheduler: which continuation runs next is a function of
 * the timeline, and the timeline's order is (clock, tie-break), where the tie-break is drawn from
 * the process's seeded generator when the M is queued. All other randomness (fastrand, select
 * order, steal order, heap sampling) comes from the same seeded streams. A goroutine that blocks in
 * the JDK instead of a primitive (Thread.sleep, a j.u.c lock) would be woken by a JDK thread in
 * real time: the carrier notices the continuation was not handed back and the run stops with an
 * error naming the goroutine, instead of going on nondeterministically.
 *
 * <p>The rejected design: one platform thread per M handing a baton. It costs several times more
 * per switch (about 670 ns against 185 ns measured on JDK 25) and makes "exactly one runs" a
 * protocol to get right instead of a fact of the carrier.
 */
final class Engine {
    /** What a goroutine asked for when it gave up the carrier. */
    enum Yield {
        /** Running, or resumed and not yet yielding: a G that leaves the carrier like this blocked in the JDK. */
        NONE,
        /** Virtual CPU time: the G continues when its M's clock reaches the end of the work. */
        WORK,
        /** gopark: the G waits (its waitreason says for what). */
        PARK,
        /** runtime.Gosched: the G goes to the global queue. */
        GOSCHED,
        /** The G's function returned: goexit0. */
        EXIT,
        /** The process ends (exit, fatal error, unrecovered panic). */
        EXITPROC,
        /** A blocking syscall of yieldArg nanoseconds (entersyscall done). */
        SYSCALL,
        /** notetsleepg: a note sleep of at most yieldArg nanoseconds, P handed off. */
        NOTESLEEP,
        /** stopTheWorld waits until the last P stops. */
        STOPWAIT
    }

    private final GoRuntime rt;
    final Timeline timeline;
    private Carrier carrier;
    private volatile Thread loopThread;
    /** Set once the process has ended and its goroutine threads are being unwound. */
    private boolean exiting;
    /** Set when a goroutine blocked in the JDK: its continuation may come back at any time. */
    private boolean carrierPoisoned;
    /** How long (real time) a goroutine parked in the JDK may take to come back before it is reported. */
    static final long JDK_BLOCK_GRACE_NANOS = 1_000_000_000L;

    final Noise noise;

    Engine(GoRuntime rt, Timeline timeline, Noise noise) {
        this.rt = rt;
        this.timeline = timeline;
        this.noise = noise;
    }

    /** Wakes the loop if it waits for the outside world (a task was posted). */
    void unparkLoop() {
        Thread t = loopThread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Plays the process from its first M until it exits (or deadlocks); call once, on the carrier. */
    void run(M first) {
        carrier = new Carrier(rt.continuations);
        timeline.add(first);
        loop();
    }

    private void loop() {
        loopThread = Thread.currentThread();
        while (!rt.exited) {
            rt.drainInbox();
            if (timeline.isEmpty() || rt.sysmon != null && rt.sysmon.onlySysmonLeft()) {
                if (rt.netpollOpen()) {
                    // netpoll(block=true): nothing will happen until the outside world writes.
                    if (rt.inboxEmpty()) {
                        LockSupport.park(this);
                    }
                    continue;
                }
                rt.checkdead();
                return;
            }
            M mp = timeline.poll();
            if (mp.clock < rt.now) throw GoFatal.thrown("time went backwards: " + mp + " at " + mp.clock + " < " + rt.now);
            rt.now = mp.clock;
            rt.proc.curm = mp;
            runM(mp);
            rt.proc.curm = null;
            if (rt.checkInvariants && !rt.exited) {
                Invariants.check(rt);
            }
        }
    }

    /** Plays mp's thread from its clock until it sleeps or another thread's event comes first. */
    private void runM(M mp) {
        if (mp.wakeAction != null) {
            Runnable a = mp.wakeAction;
            mp.wakeAction = null;
            a.run();
            return;
        }
        if (mp.p == null) {
            if (mp.nextp == null) {
                throw new IllegalStateException(mp + " woke without a P to run");
            }
            P p = mp.nextp;
            mp.nextp = null;
            rt.proc.acquirep(mp, p);
        }
        G gp = mp.curg;
        if (gp == null) {
            int resume = mp.resumeIn;
            mp.resumeIn = M.RESUME_SCHEDULE;
            gp = switch (resume) {
                case M.RESUME_FINDRUNNABLE -> rt.proc.resumeFindrunnable(mp);
                case M.RESUME_LOCKED -> rt.proc.resumeLocked(mp);
                default -> rt.proc.schedule(mp);
            };
            if (gp == null) {
                return;
            }
            mp.clock += noise.work(mp, Costs.SCHEDULE);
        }
        play(mp, gp);
    }

    /** Runs gp and whatever mp schedules after it, until mp sleeps or must wait for an earlier event. */
    private void play(M mp, G gp) {
        while (!rt.exited && gp != null) {
            if (mp.clock > timeline.peekClock()) {
                timeline.add(mp);
                return;
            }
            rt.now = mp.clock;
            if (mp.working) {
                mp.working = false;
                rt.accountCpu(mp, gp, mp.workStart, mp.clock);
            }
            if (gp.preempt) {
                // gopreempt_m: a safe point after preemptone; the G goes to the global queue.
                gp.preempt = false;
                rt.ev.preempt(gp);
                rt.proc.goschedImpl(mp, gp);
                gp = rt.proc.schedule(mp);
                if (gp != null) {
                    mp.clock += noise.work(mp, Costs.SCHEDULE);
                }
                continue;
            }
            gp = switchTo(mp, gp);
        }
    }

    /** What an M does when its syscall (or note sleep) ends: exitsyscall, then run on. */
    private Runnable afterSyscall(M mp, G gp) {
        return () -> play(mp, rt.proc.exitsyscall(mp, gp));
    }

    /** Runs gp on the carrier until it gives up; acts on what it asked; returns mp's next G. */
    private G switchTo(M mp, G gp) {
        if (!(gp.m == mp && mp.curg == gp && gp.status == G._Grunning)) throw GoFatal.thrown("switchTo: " + gp + " is not running on " + mp);
        if (!rt.stw.mayRun(gp)) {
            throw new IllegalStateException("goroutine " + gp.goid + " about to run while the world is stopped");
        }
        gp.yield = Yield.NONE;
        gp.resumed = true;
        carrier.current = gp;
        Runnable cont = gp.cont;
        if (cont == null) {
            cont = carrier.spawn(gp, rt.new Gmain(gp)); // the G's first run: its thread or continuation starts
        }
        cont = carrier.resume(cont);
        // Stopped outside a simulator primitive. A Thread.yield of its own (cont != null) goes
        // on at once. Parked in the JDK: a short JDK-internal wait (another runtime's carrier
        // holding a class-init or lambda-linkage lock) ends by itself, so give it
        // JDK_BLOCK_GRACE_NANOS; only a longer block is reported.
        while (gp.yield == Yield.NONE) {
            if (cont != null) {
                cont = carrier.resume(cont);
            } else if (carrier.awaitJdkWake(JDK_BLOCK_GRACE_NANOS)) {
                cont = carrier.take(); // it ran again from where it parked
            } else {
                break;
            }
        }
        gp.cont = cont;
        switch (gp.yield) {
            case WORK -> {
                mp.workStart = mp.clock;
                mp.clock += gp.workLeft;
                gp.workLeft = 0;
                mp.working = true;
                return gp;
            }
            case SYSCALL, NOTESLEEP -> {
                // The thread is in the kernel until its clock; notewakeup may cut a note sleep short.
                mp.clock += gp.yieldArg + noise.kernel(
                        gp.yield == Yield.SYSCALL ? Decision.Kind.SYSCALL : Decision.Kind.SLEEP, mp);
                mp.wakeAction = afterSyscall(mp, gp);
                timeline.add(mp);
                return null;
            }
            case STOPWAIT -> {
                return null; // sleeps until the last P stops (Stw.pStopped wakes it)
            }
            case PARK -> {
                rt.proc.parkM(mp, gp);
                mp.clock += noise.work(mp, Costs.PARK);
            }
            case GOSCHED -> {
                rt.proc.goschedImpl(mp, gp);
                mp.clock += noise.work(mp, Costs.GOSCHED);
            }
            case EXIT -> {
                if (rt.proc.goexit0(mp, gp)) {
                    return null; // mexit: the thread is gone (or m0 wedged) with its goroutine
                }
                mp.clock += noise.work(mp, Costs.GOEXIT);
            }
            case EXITPROC -> {
                return null;
            }
            case NONE -> {
                throw rt.blockedInJdk(gp);
            }
        }
        if (rt.exited) {
            return null;
        }
        G next = rt.proc.schedule(mp);
        if (next != null) {
            mp.clock += noise.work(mp, Costs.SCHEDULE);
        }
        return next;
    }

    /** A goroutine blocked in the JDK: no continuation can be trusted to be the one asked for. */
    void poisonCarrier() {
        carrierPoisoned = true;
    }

    // ---- goroutine side ---------------------------------------------------------------------

    /**
     * Gives the carrier back to the loop with a request, until the loop resumes this G. Kept
     * under C1's inlining size (35 bytecodes, with the checks in the methods it calls), so that
     * it is no Java frame of its own in the frozen stack of a parked goroutine.
     */
    void yieldToLoop(G g, Yield kind, long arg) {
        beforeYield(g, kind, arg);
        carrier.yieldToLoop();
        if (!g.resumed || exiting) {
            notResumed(g);
        }
    }

    private void beforeYield(G g, Yield kind, long arg) {
        if (exiting) {
            throw new ProcessExit(rt.exitCode); // a deferred or finally block of a reaped goroutine
        }
        if (g.systemStack) {
            throw new IllegalStateException("a runtime timer function blocked (" + kind + ") on the system stack of " + g.m);
        }
        g.yield = kind;
        g.yieldArg = arg;
        g.resumed = false;
    }

    /** After a yield: the process ended meanwhile, or the thread was pinned and never left. */
    private void notResumed(G g) {
        if (!g.resumed) {
            // Thread.yield (Continuation.yield) returns at once when the thread is pinned to its carrier.
            throw new IllegalStateException("goroutine " + g.goid + " cannot give up the carrier: its thread is"
                    + " pinned (a simulator primitive called from a native frame or a class initializer)");
        }
        throw new ProcessExit(rt.exitCode);
    }

    /** Advances the running G's M clock by d; gives up the carrier when another event is due first. */
    void advance(G g, long d) {
        if (d < 0) {
            throw new IllegalArgumentException("negative duration " + d);
        }
        M mp = g.m;
        if (g.systemStack) {
            // g0 (a 1.19 timer function run by checkTimers): runtime code inside the scheduler's
            // step, which no other thread's event interrupts. now stays: it may not pass an
            // event still due on the timeline; the M's clock carries the cost.
            mp.clock += noise.work(mp, d);
            return;
        }
        d = noise.work(mp, d) + noise.schedulingPoint(mp); // every charge of CPU time is a scheduling point
        if (mp.clock + d < timeline.peekClock()) {
            rt.accountCpu(mp, g, mp.clock, mp.clock + d);
            mp.clock += d;
            rt.now = mp.clock;
            return;
        }
        g.workLeft = d;
        do {
            yieldToLoop(g, Yield.WORK, 0);
        } while (g.workLeft > 0); // preempted part-way: the rest is still owed
    }

    /** preemptone: asks p's running G to stop at its next safe point, cutting its work() short. */
    void preemptone(P p) {
        M mp = p.m;
        if (mp == null || mp.curg == null || mp.curg.status != G._Grunning) {
            return;
        }
        G gp = mp.curg;
        gp.preempt = true;
        if (mp.scheduled && mp.wakeAction == null && mp.clock > rt.now && gp.yield == Yield.WORK) {
            timeline.remove(mp);
            gp.workLeft += mp.clock - rt.now;
            mp.clock = rt.now;
            timeline.add(mp);
        }
    }

    // ---- the end ----------------------------------------------------------------------------

    /**
     * After the process exits, lets every goroutine thread parked in a primitive unwind and end
     * (see {@link ProcessExit}), so that no virtual thread of a finished process stays parked:
     * the JDK would keep each one registered for the life of the JVM.
     */
    void reap() {
        exiting = true;
        if (carrierPoisoned || carrier == null) {
            return;
        }
        for (G g : rt.proc.allgs) {
            // g.cont: the G's thread (or continuation) gave the carrier back last and has not ended.
            if (g.cont != null && g.yield != Yield.NONE) {
                g.yield = Yield.NONE;
                g.resumed = true;
                Runnable c = g.cont;
                g.cont = null;
                if (c != null) {
                    carrier.current = g;
                    g.cont = carrier.resume(c); // returns when the thread ends, or yields again: then it stays
                }
            }
        }
    }

    /** True once the process ended and its goroutines are being unwound: nothing they do is output. */
    boolean exiting() {
        return exiting;
    }
}
