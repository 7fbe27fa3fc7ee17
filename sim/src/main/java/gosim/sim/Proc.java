package gosim.sim;

import java.util.ArrayList;
import java.util.List;
import gosim.sim.events.Ev;

/**
 * The scheduler of Go 1.7's proc.go: goroutine creation and exit (newproc, gfget/gfput, goexit0),
 * parking (park_m, ready, goschedImpl), schedule/execute/findrunnable with work stealing, and the
 * M/P hand-offs (wakep, startm, stopm, newm/mcommoninit, acquirep/releasep, the idle lists).
 * Everything here runs on the simulator's one carrier, so no lock of Go's is modeled as a lock.
 */
final class Proc {
    /** Every 61st schedtick, schedule() looks at the global queue first (fairness). */
    static final int GLOBAL_RUNQ_CHECK = 61;
    /** gfput moves Gs to the global free list when a P holds this many... */
    static final int GFREE_LOCAL_MAX = 64;
    /** ...until it holds fewer than this; gfget refills a P up to this many. */
    static final int GFREE_LOCAL_KEEP = 32;

    final GoRuntime rt;
    final Sched sched = new Sched();
    P[] allp;
    /** The _Pdead Ps past gomaxprocs (Go keeps them in allp[gomaxprocs:]), by id. */
    private P[] deadp = new P[0];
    int gomaxprocs;
    /** allm: newest first, linked through alllink. */
    M allm;
    final List<G> allgs = new ArrayList<>();
    /** Second result of runqget/findrunnable: whether the G inherits the current time slice. */
    boolean inheritTime;
    /** stealOrder (proc.go:4307): the order findrunnable visits the Ps in, reset by procresize. */
    final RandomOrder stealOrder = new RandomOrder();
    /** Where runqget/globrunqget/runqsteal found the G execute runs next, for the event stream. */
    String why;
    /** getg().m: the M whose thread the engine is playing (null outside an M's turn). */
    M curm;

    Proc(GoRuntime rt, int gomaxprocs) {
        this.rt = rt;
        this.gomaxprocs = gomaxprocs;
        allp = new P[gomaxprocs];
        stealOrder.reset(gomaxprocs);
    }

    // ---- Ms -------------------------------------------------------------------------------

    /**
     * mcommoninit: numbers the M, seeds its fastrand, records createstack, prepends it to allm.
     * {@code createstack} is the path from newm's allocm call outwards (null: made on g0 before any
     * goroutine). Go records it with callers(1, mp.createstack[:]) (go1.7 proc.go:495, 1.19 791),
     * which skips mcommoninit itself, so the stack starts at allocm's mcommoninit(mp) (go1.7
     * proc.go:1286, 1.19 1761) and newm's frame is second.
     */
    M mcommoninit(boolean sysmon, long[] createstack) {
        M mp = new M(sched.mcount, sysmon);
        sched.mcount++;
        checkmcount(createstack);
        mp.fastrand = 0x49f6428a + (int) mp.id + rt.rand.nextInt();
        if (mp.fastrand == 0) {
            mp.fastrand = 1; // the LFSR would stay at zero forever
        }
        if (createstack != null) {
            rt.layout.defineMPath(); // allocm's row
            mp.createstack[0] = pc(KernelFuncs.ALLOCM);
            System.arraycopy(createstack, 0, mp.createstack, 1, Math.min(createstack.length, M.CREATESTACK_LEN - 1));
        }
        mp.alllink = allm;
        allm = mp;
        return mp;
    }

    /** mcount (1.19 proc.go:4490-4492: mnext - nmfreed): the Ms that exist; go1.7's sched.mcount. */
    int mcount() {
        return sched.mcount - sched.nmfreed;
    }

    private void checkmcount(long[] createstack) {
        if (mcount() > sched.maxmcount) {
            StringBuilder b = new StringBuilder("runtime: program exceeds " + sched.maxmcount + "-thread limit\n"
                    + "fatal error: thread exhaustion\n");
            long[] pcs = exhaustionStack(createstack);
            G curg = GoRuntime.currentOrNull();
            if (onGoroutineStack(createstack) && curg != null) {
                // 1.19 dopanic_m (panic.go:1260-1263): a throw on curg (startTemplateThread runs
                // newm on the goroutine) prints its header and the whole stack, then the others
                rt.freezetheworld(curg);
                b.append('\n');
                Traceback.header(b, curg, rt.now);
                Traceback.thrownOnGoroutine(b, rt, pcs, "thread exhaustion");
                Traceback.others(b, rt, curg);
                throw new GoFatal(b.toString(), "thread exhaustion", true);
            }
            // go1.7 panic.go:642-664 dopanic_m (1.19 panic.go:1260-1266): the throw ran on g0
            // (gp != curg), so "runtime stack:" and g0's frames.
            b.append("\nruntime stack:\n");
            Traceback.systemStack(b, rt, pcs, "thread exhaustion");
            throw rt.fatal(b.toString(), "thread exhaustion");
        }
    }

    /** Whether newm was called on the goroutine (startTemplateThread, 1.19 proc.go:2186), not on g0. */
    private boolean onGoroutineStack(long[] createstack) {
        return createstack != null && createstack.length > 1 && createstack[1] != 0
                && funcAt(createstack[1]).name().equals("runtime.startTemplateThread");
    }

    private static final SyncFuncs.Site[] NO_SITES = {};
    /** While stoplockedm hands its P off: g0's frames below stoplockedm, innermost first. */
    private SyncFuncs.Site[] g0Below = NO_SITES;
    /** While wakep starts an M: g0's frames below wakep (its caller's, to systemstack), innermost first. */
    private SyncFuncs.Site[] wakepBelow = NO_SITES;

    /**
     * g0's pcs at a thread-exhaustion throw: throw, checkmcount, then where the M's id is taken,
     * then the runtime frames of the path that asked for the thread (createstack), then what lies
     * below them on g0: mstart's frames under sysmon, schedule/park_m/mcall under stoplockedm.
     * go1.7 checks in mcommoninit, below allocm and newm (proc.go:486, 506, 1286, 1555); 1.19 in
     * mReserveID, which startm calls before it makes the M (proc.go:765, 781, 2317) and mcommoninit
     * when newm is called directly (proc.go:799, 1761). Real Go 1.19.8 printed, for sysmon's retake:
     * throw panic.go:1047, checkmcount proc.go:765, mReserveID 781, startm 2317, handoffp 2360,
     * retake 5350, sysmon 5258, mstart1 1425, mstart0 1382, mstart asm_amd64.s:390.
     */
    private long[] exhaustionStack(long[] createstack) {
        rt.layout.defineThrowPath();
        boolean v19 = rt.version.atLeast(19);
        java.util.ArrayList<Long> pcs = new java.util.ArrayList<>();
        java.util.function.Consumer<SyncFuncs.Site> add = s -> pcs.add(pc(s));
        add.accept(KernelFuncs.THROW);
        add.accept(KernelFuncs.CHECKMCOUNT);
        long[] path = createstack == null ? new long[0] : createstack;
        int from = 0;
        Func newm = rt.layout.func("runtime.newm");
        Func startm = rt.layout.func("runtime.startm");
        if (v19) {
            add.accept(KernelFuncs.MRESERVEID);
            if (path.length > 1 && funcAt(path[0]) == newm && funcAt(path[1]) == startm) {
                add.accept(KernelFuncs.STARTM_RESERVE);
                from = 2; // startm reserved the id before newm
            } else {
                add.accept(KernelFuncs.MCOMMONINIT);
                add.accept(KernelFuncs.ALLOCM);
            }
        } else {
            add.accept(KernelFuncs.MCOMMONINIT);
            add.accept(KernelFuncs.ALLOCM);
        }
        g0Frames(path, from, pcs);
        return pcs.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * g0's frames of a thread's creation along {@code path} (a createstack) from index {@code from}:
     * the runtime frames up to where g0's traceback ends (systemstack's CALL for
     * entersyscallblock_handoff, startTheWorld's systemstack(startTheWorldWithSema) and wakep's
     * callers, which run on it) or what lies below them (mstart under sysmon, schedule/park_m/mcall
     * under stoplockedm); the goroutine's own frames are its own stack's.
     */
    private void g0Frames(long[] path, int from, java.util.List<Long> pcs) {
        java.util.function.Consumer<SyncFuncs.Site> add = s -> pcs.add(pc(s));
        for (int i = from; i < path.length; i++) {
            Func f = path[i] == 0 ? null : funcAt(path[i]);
            if (f == null || !f.isRuntime()) {
                return;
            }
            switch (f.name()) {
                case "runtime.entersyscallblock" -> {
                    add.accept(KernelFuncs.ENTERSYSCALLBLOCK_HANDOFF);
                    add.accept(KernelFuncs.SYSTEMSTACK);
                    return;
                }
                case "runtime.startTheWorld" -> {
                    add.accept(KernelFuncs.SYSTEMSTACK);
                    return;
                }
                case "runtime.startTemplateThread" -> {
                    // no systemstack: allocm runs on the goroutine, whose whole stack follows
                    for (; i < path.length && path[i] != 0; i++) {
                        pcs.add(path[i]);
                    }
                    return;
                }
                default -> pcs.add(path[i]);
            }
            switch (f.name()) {
                case "runtime.wakep" -> {
                    for (SyncFuncs.Site s : wakepBelow) {
                        add.accept(s);
                    }
                    return;
                }
                case "runtime.sysmon" -> {
                    add.accept(KernelFuncs.MSTART1);
                    if (rt.version.atLeast(19)) {
                        add.accept(KernelFuncs.MSTART0);
                    }
                    add.accept(KernelFuncs.MSTART);
                    return;
                }
                case "runtime.stoplockedm" -> {
                    for (SyncFuncs.Site s : g0Below) {
                        add.accept(s);
                    }
                    return;
                }
                default -> {
                }
            }
        }
    }

    /**
     * allocm's heap blocks for an M asked for along {@code createstack} (null: runtime.main's newm of
     * sysmon): new(m), then, if mcommoninit did not throw, the gsignal and g0 Gs (KernelFuncs.ALLOCM_NEW_M);
     * their stacks come from stackalloc, outside the heap. {@code make} runs mcommoninit between them.
     */
    M allocm(long[] createstack, java.util.function.Supplier<M> make) {
        java.util.function.Function<SyncFuncs.Site[], long[]> stack = head -> {
            rt.layout.defineMPath();
            java.util.List<Long> pcs = new java.util.ArrayList<>();
            for (SyncFuncs.Site s : head) {
                pcs.add(pc(s));
            }
            pcs.add(pc(KernelFuncs.NEWM));
            if (createstack == null) {
                pcs.add(pc(KernelFuncs.MAIN_NEWM_SYSMON));
                pcs.add(pc(KernelFuncs.SYSTEMSTACK));
            } else {
                g0Frames(createstack, 1, pcs); // createstack[0] is newm's own frame
            }
            return pcs.stream().mapToLong(Long::longValue).toArray();
        };
        // each block's stack is asked for inside mallocgc, only when sampled, while wakepBelow still holds
        rt.heap().mallocgc(KernelFuncs.M_ALLOC_BYTES, () -> stack.apply(new SyncFuncs.Site[] {KernelFuncs.ALLOCM_NEW_M}));
        M mp = make.get();
        rt.heap().mallocgc(KernelFuncs.G_ALLOC_BYTES, () -> stack.apply(new SyncFuncs.Site[] {KernelFuncs.MALG_NEW_G,
            KernelFuncs.MPREINIT_MALG, KernelFuncs.MCOMMONINIT_MPREINIT, KernelFuncs.ALLOCM}));
        rt.heap().mallocgc(KernelFuncs.G_ALLOC_BYTES, () -> stack.apply(new SyncFuncs.Site[] {KernelFuncs.MALG_NEW_G,
            KernelFuncs.ALLOCM_G0}));
        return mp;
    }

    /**
     * schedinit's mcommoninit(m0) -> mpreinit: m0's gsignal, malg(32 * 1024)'s new(g) (go1.7
     * os_linux.go:261, 1.19 384), made while MemProfileRate is still its default (parsedebugvars
     * comes later in schedinit, go1.7 proc.go:451, 1.19 713), so a profile shows it only by chance.
     */
    void mpreinitM0() {
        rt.heap().mallocgc(KernelFuncs.G_ALLOC_BYTES, () -> {
            rt.layout.defineMPath();
            SyncFuncs.Site[] path = {KernelFuncs.MALG_NEW_G, KernelFuncs.MPREINIT_MALG, KernelFuncs.MCOMMONINIT_MPREINIT,
                KernelFuncs.SCHEDINIT_MCOMMONINIT, KernelFuncs.RT0_GO_SCHEDINIT};
            long[] pcs = new long[path.length];
            for (int i = 0; i < path.length; i++) {
                pcs[i] = pc(path[i]);
            }
            return pcs;
        });
    }

    /** The return PC of a call site in this process's dialect. */
    private long pc(SyncFuncs.Site s) {
        return s.resolve(rt).returnPC(s.line(rt.version));
    }

    private Func funcAt(long pc) {
        return rt.symtab.funcForPC(pc);
    }

    /**
     * newm: makes a thread that will start by acquiring p (when non-null) and scheduling. From
     * Go 1.10, an M locked by LockOSThread does not clone itself: it queues the new M (already on
     * allm, its createstack recorded) for the template thread to start (1.19 proc.go:2112-2138).
     */
    M newm(P p, boolean spinning, long[] createstack) {
        M mp = allocm(createstack, () -> mcommoninit(false, createstack));
        mp.nextp = p;
        mp.spinning = spinning;
        M caller = curm;
        boolean handoff = rt.version.atLeast(10) && caller != null && caller.lockedExt != 0;
        String why = spinning ? "spinning" : null;
        rt.ev.emit(Ev.M_NEW, mp, p, null, handoff ? (why == null ? "" : why + ", ") + "started by the template thread" : why);
        if (handoff) {
            if (templateM == null) throw GoFatal.thrown("on a locked thread with no template thread");
            mp.schedlink = newmHandoff;
            newmHandoff = mp;
            if (newmHandoffWaiting) {
                newmHandoffWaiting = false;
                notewakeup(templateM, Costs.WAKEUP);
            }
            return mp;
        }
        newm1(mp);
        return mp;
    }

    /** newm1 (newosproc): the thread starts running mp after the kernel made it. */
    private void newm1(M mp) {
        mp.clock = rt.now + Costs.THREAD_START + rt.noise.newm(mp);
        rt.timeline.add(mp);
    }

    /** mput: parks an idle M on sched.midle. */
    void mput(M mp) {
        if (!(mp.p == null && mp.curg == null)) throw GoFatal.thrown(mp + " going idle with a P or G");
        mp.schedlink = sched.midle;
        sched.midle = mp;
        sched.nmidle++;
        mp.idle = true;
    }

    /** mget: an idle M, or null. */
    M mget() {
        M mp = sched.midle;
        if (mp != null) {
            sched.midle = mp.schedlink;
            mp.schedlink = null;
            sched.nmidle--;
            mp.idle = false;
        }
        return mp;
    }

    /**
     * stopm: the M has nothing to do; it sleeps on midle until startm hands it a P, then
     * continues at {@code resumeIn} (findrunnable's or schedule's top).
     */
    void stopm(M mp, int resumeIn) {
        if (mp.spinning) {
            throw new IllegalStateException("stopm spinning");
        }
        rt.ev.emit(Ev.M_STOP, mp, null, null);
        mput(mp);
        mp.resumeIn = resumeIn;
    }

    /** handoffp: p's M is blocking; start an M for p if there is work or a need, else idle it. */
    void handoffp(P p, long[] createstack) {
        if (!Runq.runqempty(p) || sched.runqsize != 0) {
            rt.ev.emit(Ev.HANDOFF, null, p, null, "has work: startm");
            startm(p, false, createstack);
            return;
        }
        if (sched.nmspinning + sched.npidle == 0) {
            rt.ev.emit(Ev.HANDOFF, null, p, null, "no spinning or idle M: startm spinning");
            sched.nmspinning++;
            startm(p, true, handoffpBranch(createstack, KernelFuncs.HANDOFFP_SPIN));
            return;
        }
        if (sched.gcwaiting != 0) {
            p.status = P._Pgcstop;
            rt.stw.pStopped();
            return;
        }
        // The last running P is kept by a new M when no netpoller is blocking (sched.lastpoll != 0).
        if (sched.npidle == gomaxprocs - 1 && sched.netpoller == null) {
            rt.ev.emit(Ev.HANDOFF, null, p, null, "last running P: startm");
            startm(p, false, handoffpBranch(createstack, KernelFuncs.HANDOFFP_LASTP));
            return;
        }
        rt.ev.emit(Ev.HANDOFF, null, p, null, "nothing to do: pidleput");
        long when = perPTimers() ? Timers.timer0When(p) : 0; // 1.19 proc.go:2411-2416
        pidleput(p);
        if (when != 0) {
            wakeNetPoller(when);
        }
    }

    /** Go 1.14+: timers on each P, run by the scheduler; no timerproc (see {@link Timers}). */
    boolean perPTimers() {
        return rt.version.atLeast(14);
    }

    /**
     * wakeNetPoller (1.19 proc.go:3078-3094): a new timer at when wakes the M blocked in netpoll if
     * that M would sleep past it, or, when none polls, a spinning M to get one there.
     */
    void wakeNetPoller(long when) {
        if (sched.netpoller != null) {
            if (sched.pollUntil == 0 || sched.pollUntil > when) {
                netpollBreak();
            }
        } else {
            wakep();
        }
    }

    /** netpollBreak (1.19 netpoll_epoll.go:81): the M in epoll_wait returns early. */
    void netpollBreak() {
        M mp = sched.netpoller;
        if (mp != null && mp.scheduled) {
            notewakeup(mp, Costs.WAKEUP);
        }
    }

    /**
     * findRunnable's blocking netpoll (1.19 proc.go:2816-2863) until the next timer: mp has no P and
     * is not spinning. epoll_wait's timeout is whole milliseconds, at least 1 (netpoll_epoll.go:107-120),
     * so the M may wake before pollUntil and go round again.
     */
    private void netpollBlock(M mp, long pollUntil, boolean wasSpinning) {
        sched.netpoller = mp;
        sched.pollUntil = pollUntil;
        long delay = Math.max(0, pollUntil - mp.clock);
        long waitms = delay == 0 ? 0 : delay < 1_000_000 ? 1 : Math.min(delay / 1_000_000, 1_000_000_000L);
        mp.netpollWasSpinning = wasSpinning;
        rt.ev.emit(Ev.M_STOP, mp, null, null, "netpoll until the next timer");
        mp.clock += waitms * 1_000_000 + (waitms == 0 ? 0 : rt.noise.kernel(Decision.Kind.SLEEP, mp));
        mp.wakeAction = () -> netpollReturn(mp);
        rt.timeline.add(mp);
    }

    /** Back from netpoll (proc.go:2838-2863): an idle P and goto top, or stopm. */
    private void netpollReturn(M mp) {
        sched.pollUntil = 0;
        sched.netpoller = null; // sched.lastpoll = now
        P p = pidleget();
        if (p == null) {
            stopm(mp, M.RESUME_FINDRUNNABLE);
            return;
        }
        acquirep(mp, p);
        if (mp.netpollWasSpinning) {
            mp.spinning = true;
            sched.nmspinning++;
        }
        mp.resumeIn = M.RESUME_FINDRUNNABLE;
        rt.timeline.add(mp);
    }

    /** The callers' createstack names handoffp's local-work call; another branch moves its line. */
    private long[] handoffpBranch(long[] createstack, SyncFuncs.Site branch) {
        if (createstack != null && createstack.length > 2) {
            createstack[2] = pc(branch);
        }
        return createstack;
    }

    /** stoplockedm: mp's locked G blocks; mp gives its P away and sleeps until the G is runnable. */
    void stoplockedm(M mp, SyncFuncs.Site... below) {
        if (mp.lockedg == null || mp.lockedg.lockedm != mp) {
            throw new IllegalStateException("stoplockedm: inconsistent locking");
        }
        if (mp.p != null) {
            G gp = mp.lockedg;
            g0Below = below;
            try {
                handoffp(releasep(mp), rt.createStack(gp, KernelFuncs.NEWM, KernelFuncs.STARTM,
                        KernelFuncs.HANDOFFP_WORK, KernelFuncs.STOPLOCKEDM));
            } finally {
                g0Below = NO_SITES;
            }
        }
        sched.nmidlelocked++;
        mp.resumeIn = M.RESUME_LOCKED;
    }

    /** startlockedm: gp is locked to another M: hand it this M's P and sleep. */
    void startlockedm(M mp, G gp) {
        M locked = gp.lockedm;
        if (locked == mp) {
            throw new IllegalStateException("startlockedm: locked to me");
        }
        if (locked.nextp != null) {
            throw new IllegalStateException("startlockedm: m has p");
        }
        sched.nmidlelocked--;
        rt.ev.emit(Ev.HANDOFF, mp, mp.p, gp, locked.id, "startlockedm: to the M g is locked to");
        locked.nextp = releasep(mp);
        notewakeup(locked, Costs.WAKEUP);
        stopm(mp, M.RESUME_SCHEDULE);
    }

    /** The template thread (newmHandoff.haveTemplateThread, 1.19 proc.go:2083-2087), once started. */
    private M templateM;
    /** newmHandoff.newm: Ms a locked thread asked for, linked through schedlink, newest first. */
    private M newmHandoff;
    /** newmHandoff.waiting: the template thread sleeps on newmHandoff.wake. */
    private boolean newmHandoffWaiting;

    /**
     * startTemplateThread (1.19 proc.go:2174-2188), which Go 1.10+ calls from LockOSThread when no
     * template thread exists yet (4401-4406; runtime.main's call at 229 is for cgo only): a new M
     * running templateThread.
     */
    private void startTemplateThread(G gp) {
        rt.layout.defineMPath(); // startTemplateThread's row, for the createstack
        templateM = newm(null, false, rt.createStack(gp, KernelFuncs.NEWM, KernelFuncs.STARTTEMPLATETHREAD_NEWM,
                KernelFuncs.LOCKOSTHREAD_TEMPLATE));
        templateM.wakeAction = () -> templateThread(templateM);
    }

    /**
     * One turn of templateThread's loop (1.19 proc.go:2202-2227): take the whole newmHandoff list
     * and newm1 each M on it, head first, then sleep on newmHandoff.wake until newm queues another.
     * (It counts itself in sched.nmsys for checkdead; the model's checkdead needs no count.)
     */
    private void templateThread(M mp) {
        while (newmHandoff != null) {
            M list = newmHandoff;
            newmHandoff = null;
            while (list != null) {
                M next = list.schedlink;
                list.schedlink = null;
                newm1(list);
                list = next;
            }
        }
        newmHandoffWaiting = true;
        mp.wakeAction = () -> templateThread(mp); // notesleep: off the timeline until notewakeup
    }

    /** lockOSThread/LockOSThread: wires the running G and its M together. */
    void lockOSThread(G gp, int how) {
        M mp = gp.m;
        if (how == M.LOCK_EXTERNAL && rt.version.atLeast(10) && templateM == null) {
            startTemplateThread(gp);
        }
        if (how == M.LOCK_EXTERNAL) {
            mp.locked |= M.LOCK_EXTERNAL; // LockOSThread calls do not nest in Go 1.7 (proc.go:2951-2954)
            mp.lockedExt++; // 1.10+ counts them (1.19 proc.go:4408), read only there
        } else {
            mp.locked += M.LOCK_INTERNAL;
        }
        mp.lockedg = gp;
        gp.lockedm = mp;
    }

    /** unlockOSThread/UnlockOSThread: undoes one lock; the wiring ends when no lock is left. */
    void unlockOSThread(G gp, int how) {
        M mp = gp.m;
        if (how == M.LOCK_EXTERNAL) {
            if (rt.version.atLeast(10)) {
                // 1.19 UnlockOSThread (proc.go:4453-4460): undoes one LockOSThread; with none, nothing
                if (mp.lockedExt == 0) {
                    return;
                }
                mp.lockedExt--;
                if (mp.lockedExt > 0) {
                    return;
                }
            }
            mp.lockedExt = 0;
            mp.locked &= ~M.LOCK_EXTERNAL;
        } else {
            if (mp.locked < M.LOCK_INTERNAL) {
                throw new IllegalStateException("runtime: internal error: misuse of lockOSThread/unlockOSThread");
            }
            mp.locked -= M.LOCK_INTERNAL;
        }
        if (mp.locked == 0) {
            mp.lockedg = null;
            gp.lockedm = null;
        }
    }

    /** startm: runs p (or an idle P) on an idle or new M; spinning when the caller counted it. */
    void startm(P p, boolean spinning, long[] createstack) {
        if (p == null) {
            p = pidleget();
            if (p == null) {
                if (spinning) {
                    // The caller counted a spinning M, but there is no P for it: undo.
                    sched.nmspinning--;
                    if (!(sched.nmspinning >= 0)) throw GoFatal.thrown("startm: negative nmspinning");
                }
                return;
            }
        }
        M mp = mget();
        if (mp == null) {
            newm(p, spinning, createstack);
            return;
        }
        if (mp.spinning) {
            throw new IllegalStateException("startm: m is spinning");
        }
        if (mp.nextp != null) {
            throw new IllegalStateException("startm: m has p");
        }
        mp.spinning = spinning;
        mp.nextp = p;
        rt.ev.emit(Ev.M_WAKE, mp, p, null, spinning ? "spinning" : null);
        notewakeup(mp, Costs.WAKEUP);
    }

    /** Wakes a sleeping M after the given latency. */
    void notewakeup(M mp, long latency) {
        long t = rt.now + latency + rt.noise.wake(mp, latency);
        if (mp.scheduled) {
            // A sleep with a timeout, cut short (or already due sooner).
            rt.timeline.remove(mp);
            mp.clock = Math.min(t, mp.clock);
        } else {
            mp.clock = Math.max(mp.clock, t);
        }
        rt.timeline.add(mp);
    }

    /** wakep: starts one more spinning M if none spins (and a P is idle). */
    void wakep() {
        wakep(NO_SITES);
    }

    /** wakep from a caller whose g0 frames down to systemstack are {@code below} (KernelFuncs.WAKEP_*). */
    void wakep(SyncFuncs.Site[] below) {
        if (sched.nmspinning != 0) {
            return;
        }
        sched.nmspinning = 1;
        wakepBelow = below;
        try {
            startm(null, true, rt.createStack(GoRuntime.currentOrNull(), KernelFuncs.NEWM, KernelFuncs.STARTM, KernelFuncs.WAKEP));
        } finally {
            wakepBelow = NO_SITES;
        }
    }

    /** resetspinning: the M found work; if it was the last spinner, wake another. */
    private void resetspinning(M mp) {
        mp.spinning = false;
        sched.nmspinning--;
        if (sched.nmspinning < 0) {
            throw new IllegalStateException("findrunnable: negative nmspinning");
        }
        if (sched.nmspinning == 0 && sched.npidle > 0) {
            wakep();
        }
    }

    // ---- Ps -------------------------------------------------------------------------------

    void acquirep(M mp, P p) {
        if (mp.p != null || mp.curg != null && mp.curg.status == G._Grunning) {
            throw new IllegalStateException("acquirep: already in go");
        }
        if (p.m != null || p.status != P._Pidle) {
            throw new IllegalStateException("acquirep: invalid p state: " + p + " m=" + p.m + " status=" + p.status);
        }
        mp.p = p;
        p.m = mp;
        p.status = P._Prunning;
        rt.ev.emit(Ev.PROC_START, mp, p, null);
    }

    P releasep(M mp) {
        P p = mp.p;
        if (p == null || p.m != mp || p.status != P._Prunning) {
            throw new IllegalStateException("releasep: invalid arg " + mp + " " + p);
        }
        rt.ev.emit(Ev.PROC_STOP, mp, p, null);
        mp.p = null;
        p.m = null;
        p.status = P._Pidle;
        return p;
    }

    void pidleput(P p) {
        if (!Runq.runqempty(p)) {
            throw new IllegalStateException("pidleput: P has non-empty run queue");
        }
        p.link = sched.pidle;
        sched.pidle = p;
        sched.npidle++;
    }

    P pidleget() {
        P p = sched.pidle;
        if (p != null) {
            sched.pidle = p.link;
            p.link = null;
            sched.npidle--;
        }
        return p;
    }

    // ---- Gs -------------------------------------------------------------------------------

    /**
     * malg + allgadd: a brand-new G struct, published on allgs. Its new(g) is a heap allocation
     * (go1.7 proc.go:2688) that the profile records at newproc's system-stack path; the stack
     * itself comes from stackalloc, outside the heap. On the system stack gcStart returns at once
     * (go1.7 mgc.go:890), so this malloc never starts a cycle. allgadd's growth of allgs is not modeled.
     */
    private G malg() {
        rt.heap().mallocgc(KernelFuncs.G_ALLOC_BYTES, rt.layout.malgStack());
        G gp = new G(rt, allgs.size());
        gp.status = G._Gdead;
        allgs.add(gp);
        return gp;
    }

    /** gfput: keeps a dead G on p's free list, spilling half to the global list past 64. */
    void gfput(P p, G gp) {
        if (!(gp.status == G._Gdead)) throw GoFatal.thrown("invariant broken: gp.status == G._Gdead");
        gp.schedlink = p.gfree;
        p.gfree = gp;
        p.gfreecnt++;
        if (p.gfreecnt >= GFREE_LOCAL_MAX) {
            while (p.gfreecnt >= GFREE_LOCAL_KEEP) {
                p.gfreecnt--;
                gp = p.gfree;
                p.gfree = gp.schedlink;
                gp.schedlink = sched.gfree;
                sched.gfree = gp;
                sched.ngfree++;
            }
        }
    }

    /** gfget: a dead G from p's free list, refilled from the global list, or null. */
    G gfget(P p) {
        if (p.gfree == null && sched.gfree != null) {
            while (p.gfreecnt < GFREE_LOCAL_KEEP && sched.gfree != null) {
                sched.ngfree--;
                G gp = sched.gfree;
                sched.gfree = gp.schedlink;
                p.gfreecnt++;
                gp.schedlink = p.gfree;
                p.gfree = gp;
            }
        }
        G gp = p.gfree;
        if (gp != null) {
            p.gfree = gp.schedlink;
            gp.schedlink = null;
            p.gfreecnt--;
        }
        return gp;
    }

    /**
     * newproc/newproc1: a runnable G for fn on the creating M's P, with a goid from that P's
     * cache, put in runnext; wakes a P if one idles and no M spins.
     */
    G newproc(M mp, Func fn, Runnable body, long gopc) {
        P p = mp.p;
        if (p == null) {
            throw new IllegalStateException("newproc on " + mp + " without a P");
        }
        G newg = gfget(p);
        if (newg == null) {
            newg = malg();
        }
        if (newg.status != G._Gdead) {
            throw new IllegalStateException("newproc1: new g is not Gdead");
        }
        newg.fn = body;
        newg.startfn = fn;
        newg.startpc = fn.entry();
        newg.gopc = gopc;
        newg.depth = 0;
        newg.pushFrame(fn, fn.startLine());
        newg.waitreason = null;
        newg.preempt = false;
        casgstatus(newg, G._Gdead, G._Grunnable);
        if (p.goidcache == p.goidcacheend) {
            // Goids come to each P in batches, so ids depend on which P creates a G.
            sched.goidgen += Sched.GOID_CACHE_BATCH;
            p.goidcache = sched.goidgen - Sched.GOID_CACHE_BATCH + 1;
            p.goidcacheend = sched.goidgen + 1;
        }
        newg.goid = p.goidcache++;
        rt.ev.create(mp, p, mp.curg, newg);
        Runq.runqput(this, p, newg, true);
        if (sched.npidle != 0 && sched.nmspinning == 0 && fn != rt.layout.runtimeMain) {
            wakep(rt.version.atLeast(19) ? KernelFuncs.WAKEP_NEWPROC_19 : KernelFuncs.WAKEP_NEWPROC_17);
        }
        return newg;
    }

    /** casgstatus: changes a G's status, allowing only the transitions Go 1.7's scheduler makes. */
    static void casgstatus(G gp, int oldval, int newval) {
        if (gp.status != oldval) {
            throw new IllegalStateException("casgstatus: " + gp + " has status " + G.statusString(gp.status)
                    + ", expected " + G.statusString(oldval));
        }
        boolean legal = switch (oldval) {
            case G._Gidle, G._Gdead -> newval == G._Grunnable || newval == G._Gdead;
            case G._Grunnable -> newval == G._Grunning || newval == G._Gwaiting;
            case G._Grunning -> newval == G._Grunnable || newval == G._Gwaiting
                    || newval == G._Gsyscall || newval == G._Gdead;
            case G._Gsyscall -> newval == G._Grunning || newval == G._Grunnable;
            case G._Gwaiting -> newval == G._Grunnable || newval == G._Grunning;
            default -> false;
        };
        if (!legal) {
            throw new IllegalStateException("casgstatus: illegal transition " + G.statusString(oldval)
                    + " -> " + G.statusString(newval) + " for goroutine " + gp.goid);
        }
        gp.status = newval;
    }

    /** dropg: the M lets go of its current G. */
    static void dropg(M mp) {
        if (mp.curg != null) {
            mp.curg.m = null;
            mp.curg = null;
        }
    }

    /** park_m: the running G waits (its wait reason is already set); the M schedules. */
    void parkM(M mp, G gp) {
        casgstatus(gp, G._Grunning, G._Gwaiting); // waitsince is the GC's to stamp (markroot)
        rt.ev.block(mp, mp.p, gp);
        dropg(mp);
    }

    /** ready: a waiting G becomes runnable in runnext of the readying M's P. */
    void ready(M mp, G gp) {
        casgstatus(gp, G._Gwaiting, G._Grunnable);
        gp.waitreason = null;
        gp.waiton = null;
        rt.ev.unblock(mp, mp.p, mp.curg, gp, "goready: to runnext");
        Runq.runqput(this, mp.p, gp, true);
        if (sched.npidle != 0 && sched.nmspinning == 0) {
            wakep(KernelFuncs.WAKEP_READY);
        }
    }

    /** goschedImpl: the running G goes to the tail of the global queue. */
    void goschedImpl(M mp, G gp) {
        casgstatus(gp, G._Grunning, G._Grunnable);
        rt.ev.gosched(mp, mp.p, gp);
        dropg(mp);
        Runq.globrunqput(this, gp);
    }

    /**
     * goexit0: the finished G goes dead onto its P's free list. Returns whether mp's thread went
     * with it (Go 1.10+, a G that exited locked to it): then mp schedules nothing more.
     */
    boolean goexit0(M mp, G gp) {
        casgstatus(gp, G._Grunning, G._Gdead);
        rt.ev.emit(Ev.G_END, mp, mp.p, gp);
        boolean locked = gp.lockedm != null;
        gp.m = null;
        gp.lockedm = null;
        mp.lockedg = null;
        gp.waitreason = null;
        gp.paniconfault = false; // go1.7 proc.go:2238
        gp.depth = 0;
        dropg(mp);
        gfput(mp.p, gp);
        if (locked && rt.version.atLeast(10)) {
            // 1.19 proc.go:3525-3539: a thread its goroutine left locked may be in an odd kernel
            // state: gogo(&g0.sched) returns to mstart0, whose mexit (1391) ends the thread
            mexit(mp);
            return true;
        }
        mp.locked = 0; // go1.7 proc.go:2251-2257 keeps the thread; a locked G's exit just unlocks it
        mp.lockedExt = 0;
        return false;
    }

    /**
     * mexit (1.19 proc.go:1471-1573) for a thread whose goroutine exited locked: m0 hands its P
     * off and is wedged in mPark for good (1475-1494, exiting the main thread would leave a
     * zombie); any other M leaves allm, so the threadcreate profile no longer lists it
     * (1509-1517), hands its P off (1536) and its thread exits. Both count in sched.nmfreed
     * (1489, 1543). The freed m and its g0 are reaped by a later allocm (1730-1756), which the heap
     * model does not show.
     */
    private void mexit(M mp) {
        rt.ev.emit(Ev.M_STOP, mp, null, null, mp == rt.m0 ? "mexit: m0 wedged" : "mexit: thread exits");
        rt.layout.defineMexitPath();
        boolean m0 = mp == rt.m0;
        if (!m0) {
            M prev = null;
            for (M m = allm; m != mp; m = m.alllink) {
                if (m == null) throw GoFatal.thrown("m not found in allm");
                prev = m;
            }
            if (prev == null) {
                allm = mp.alllink;
            } else {
                prev.alllink = mp.alllink;
            }
        }
        P p = releasep(mp);
        // g0's frames: mexit's handoffp(releasep()) (1487 for m0, 1536), mstart0's mexit (1391), mstart
        handoffp(p, rt.createStack(null, KernelFuncs.NEWM, KernelFuncs.STARTM, KernelFuncs.HANDOFFP_WORK,
                m0 ? KernelFuncs.MEXIT_M0_HANDOFFP : KernelFuncs.MEXIT_HANDOFFP, KernelFuncs.MSTART0_MEXIT, KernelFuncs.MSTART));
        sched.nmfreed++;
    }

    // ---- schedule -------------------------------------------------------------------------

    /**
     * schedule: one round of finding a G for mp. Returns the G now running on mp, or null when
     * mp found nothing and went to sleep (stopm).
     */
    G schedule(M mp) {
        if (mp.lockedg != null) {
            // Below stoplockedm on g0 (a throw's traceback): schedule, and park_m, the usual way in.
            stoplockedm(mp, KernelFuncs.SCHEDULE_STOPLOCKEDM, KernelFuncs.PARK_M, KernelFuncs.MCALL);
            return null; // wakes when the locked G is runnable again (RESUME_LOCKED)
        }
        if (sched.gcwaiting != 0) {
            rt.stw.gcstopm(mp);
            return null;
        }
        G gp = null;
        boolean inheritTime = false;
        P p = mp.p;
        boolean spinningCheck = mp.spinning;
        if (perPTimers()) {
            // 1.19 checks before checkTimers, whose goready may fill the queue (proc.go:3207-3212).
            if (mp.spinning && !Runq.runqempty(p)) {
                throw new IllegalStateException("schedule: spinning with local work");
            }
            spinningCheck = false;
            mp.pollUntil = rt.timers.checkTimers(mp, p); // findRunnable's first step (1.19 proc.go:2582)
        }
        if (p.schedtick % GLOBAL_RUNQ_CHECK == 0 && sched.runqsize > 0) {
            gp = Runq.globrunqget(this, p, 1);
        }
        if (gp == null) {
            gp = Runq.runqget(this, p);
            inheritTime = this.inheritTime;
            if (gp != null && spinningCheck) {
                throw new IllegalStateException("schedule: spinning with local work");
            }
        }
        if (gp == null) {
            return findrunnableThenExecute(mp);
        }
        return executeOrHandOff(mp, gp, inheritTime);
    }

    /** Where an M continues at findrunnable's top (goto top, or woken from stopm there). */
    G resumeFindrunnable(M mp) {
        if (perPTimers() && mp.stealWait == null && sched.gcwaiting == 0) {
            mp.pollUntil = rt.timers.checkTimers(mp, mp.p);
        }
        return findrunnableThenExecute(mp);
    }

    /** The rest of schedule() after findrunnable, also where a woken stopm'd M continues. */
    G findrunnableThenExecute(M mp) {
        G gp = findrunnable(mp);
        if (gp == null) {
            return null; // stopm'd; wakes in findrunnable again
        }
        return executeOrHandOff(mp, gp, this.inheritTime);
    }

    /** The tail of schedule(): stop spinning, then run gp here or hand the P to gp's locked M. */
    private G executeOrHandOff(M mp, G gp, boolean inheritTime) {
        if (mp.spinning) {
            resetspinning(mp);
        }
        if (gp.lockedm != null) {
            startlockedm(mp, gp);
            return null;
        }
        execute(mp, gp, inheritTime);
        return gp;
    }

    /** Where an M woken from stoplockedm continues: it takes its P and runs its locked G. */
    G resumeLocked(M mp) {
        G gp = mp.lockedg;
        if (gp == null || gp.status != G._Grunnable) {
            throw new IllegalStateException("stoplockedm: not runnable");
        }
        why = "stoplockedm: its locked G is runnable";
        execute(mp, gp, false);
        return gp;
    }

    /** execute: gp runs on mp; a G that did not inherit a time slice ticks the P. */
    void execute(M mp, G gp, boolean inheritTime) {

        casgstatus(gp, G._Grunnable, G._Grunning);
        gp.waitsince = 0;
        gp.preempt = false;
        if (!inheritTime) {
            mp.p.schedtick++;
        }
        mp.curg = gp;
        gp.m = mp;
        rt.ev.emit(Ev.G_START, mp, mp.p, gp, inheritTime ? 1 : 0, why);
        why = null;
    }

    /**
     * findrunnable (Go 1.7, proc.go:1838-2060): local queue, global queue, then stealing. With
     * nothing found the P goes idle and the M sleeps: null is returned. null is also returned
     * while the M sleeps in runqgrab's usleep(3); it continues here, on the same victim.
     * {@link #inheritTime} tells the caller.
     */
    G findrunnable(M mp) {
        if (sched.gcwaiting != 0) {
            mp.stealWait = null;
            rt.stw.gcstopm(mp);
            mp.resumeIn = M.RESUME_FINDRUNNABLE;
            return null;
        }
        P p = mp.p;
        if (mp.stealWait != null) {
            return steal(mp, p, mp.stealPass, mp.stealEnum);
        }
        rt.mfinal.wakefing(mp); // go1.7 proc.go:1854-1858
        G gp = Runq.runqget(this, p);
        if (gp != null) {
            return gp;
        }
        if (sched.runqsize != 0) {
            gp = Runq.globrunqget(this, p, 0);
            if (gp != null) {
                inheritTime = false;
                return gp;
            }
        }
        inheritTime = false;
        // proc.go:1893-1899: with every other P idle (or GOMAXPROCS=1) there is nothing to steal;
        // new work comes from syscalls, the network or timers, none of which fill local queues.
        // 1.19 has no such skip (proc.go:2664): a spinning M also looks at idle Ps' timers.
        int procs = gomaxprocs;
        if ((sched.npidle != procs - 1 || perPTimers())
                // proc.go:1904: spin only while spinning Ms are fewer than half the busy Ps.
                && (mp.spinning || 2 * sched.nmspinning < procs - sched.npidle)) {
            if (!mp.spinning) {
                mp.spinning = true;
                sched.nmspinning++;
                rt.ev.emit(Ev.M_SPIN, mp, p, null);
            }
            mp.stealRanTimer = false;
            return steal(mp, p, 0, null);
        }
        return stop(mp, p);
    }

    /** The usleep(3) of runqgrab before it takes a victim's runnext (proc.go:4160). */
    static final long RUNQGRAB_USLEEP = 3_000;

    /**
     * The stealing loop of proc.go:1911-1921 from pass i (en, when not null, is that pass's
     * enumeration, resumed): 4 passes over all Ps in stealOrder.start(fastrand1()), runnext only
     * in the last pass (stealRunNextG := i > 2). Falls through to stop when nothing is found.
     */
    private G steal(M mp, P p, int i, RandomOrder.Enum en) {
        for (; i < 4; i++, en = null) {
            if (en == null) {
                en = stealOrder.start(FastRand.fastrand1(mp));
            }
            for (; !en.done(); en.next()) {
                if (sched.gcwaiting != 0) {
                    mp.stealWait = null;
                    return findrunnable(mp);
                }
                P victim = allp[en.pos];
                if (perPTimers()) {
                    if (victim == p) {
                        continue; // 1.19 stealWork skips its own P (proc.go:2920-2922)
                    }
                    if (i == 3 && victim.timers.len() > 0) {
                        // stealWork's last pass runs the victim's due timers here (proc.go:2938-2956).
                        long w = rt.timers.checkTimers(mp, victim);
                        if (w != 0 && (mp.pollUntil == 0 || w < mp.pollUntil)) {
                            mp.pollUntil = w;
                        }
                        if (rt.timers.ran) {
                            G gp = Runq.runqget(this, p);
                            if (gp != null) {
                                return gp;
                            }
                            mp.stealRanTimer = true;
                        }
                    }
                }
                G gp = Runq.runqsteal(this, mp, p, victim, i > 2);
                if (gp != null) {
                    inheritTime = false;
                    return gp;
                }
                if (mp.stealWait != null) {
                    // usleep(3): the M sleeps with its P, giving the victim a chance to run
                    // its runnext itself; then it looks at the same victim again.
                    mp.stealPass = i;
                    mp.stealEnum = en;
                    mp.clock += RUNQGRAB_USLEEP;
                    mp.resumeIn = M.RESUME_FINDRUNNABLE;
                    rt.timeline.add(mp);
                    return null;
                }
            }
        }
        if (mp.stealRanTimer) {
            // newWork: a timer ran and may have readied work elsewhere: goto top (proc.go:2676-2680).
            mp.stealRanTimer = false;
            mp.clock += Costs.SCHEDULE;
            mp.resumeIn = M.RESUME_FINDRUNNABLE;
            rt.timeline.add(mp);
            return null;
        }
        return stop(mp, p);
    }

    /** The stop: label of findrunnable: last looks, then the P goes idle and the M sleeps. */
    private G stop(M mp, P p) {
        G gp;
        if (sched.gcwaiting != 0) {
            return findrunnable(mp);
        }
        if (sched.runqsize != 0) {
            gp = Runq.globrunqget(this, p, 0);
            inheritTime = false;
            return gp;
        }
        P released = releasep(mp);
        pidleput(released);
        boolean wasSpinning = mp.spinning;
        if (mp.spinning) {
            mp.spinning = false;
            sched.nmspinning--;
            if (sched.nmspinning < 0) {
                throw new IllegalStateException("findrunnable: negative nmspinning");
            }
        }
        // Work may have appeared while this M was dropping its P: look once more (1.19 only
        // when it was spinning, proc.go:2768-2788).
        for (P p2 : perPTimers() && !wasSpinning ? new P[0] : allp) {
            if (!Runq.runqempty(p2)) {
                P idle = pidleget();
                if (idle != null) {
                    acquirep(mp, idle);
                    if (wasSpinning) {
                        mp.spinning = true;
                        sched.nmspinning++;
                    }
                    // goto top, after the time this round took: the work seen may belong to a P
                    // whose new M has yet to wake, and a loop in no time would never let it.
                    mp.clock += Costs.SCHEDULE;
                    mp.resumeIn = M.RESUME_FINDRUNNABLE;
                    rt.timeline.add(mp);
                    return null;
                }
                break;
            }
        }
        if (perPTimers()) {
            long pollUntil = mp.pollUntil;
            if (wasSpinning) {
                // checkTimersNoP (proc.go:2812, 3000-3012): the earliest timer of any P.
                for (P p2 : allp) {
                    long w = Timers.timer0When(p2);
                    if (w != 0 && (pollUntil == 0 || w < pollUntil)) {
                        pollUntil = w;
                    }
                }
            }
            mp.pollUntil = 0;
            if (rt.timers.netpollInited && pollUntil != 0) {
                if (sched.netpoller == null) {
                    netpollBlock(mp, pollUntil, wasSpinning);
                    return null;
                }
                if (sched.pollUntil == 0 || sched.pollUntil > pollUntil) {
                    netpollBreak(); // proc.go:2868-2872
                }
            }
        }
        stopm(mp, M.RESUME_FINDRUNNABLE);
        return null;
    }

    // ---- syscalls --------------------------------------------------------------------------

    /**
     * entersyscall (reentersyscall): the G goes to _Gsyscall and its P to _Psyscall; the M keeps
     * the P in m.p so that exitsyscall can take it back if sysmon has not retaken it.
     */
    void entersyscall(M mp, G gp) {
        P p = mp.p;
        casgstatus(gp, G._Grunning, G._Gsyscall);
        mp.syscalltick = p.syscalltick;
        p.m = null;
        p.status = P._Psyscall;
        rt.ev.emitStack(Ev.SYSCALL, mp, p, gp, 0, null);
        if (sched.sysmonwait) {
            rt.sysmon.wake(); // so that it can retake this P
        }
        if (sched.gcwaiting != 0 && sched.stopwait > 0) {
            // A stop-the-world is waiting for this P: it stops here, in the syscall.
            p.status = P._Pgcstop;
            rt.ev.emit(Ev.SYSCALL_BLOCK, mp, p, gp, "entersyscall_gcwait: the world is stopping");
            rt.ev.emit(Ev.PROC_STOP, mp, p, null);
            p.syscalltick++;
            rt.stw.pStopped();
        }
    }

    /** entersyscallblock: a syscall known to block hands its P off at once. */
    void entersyscallblock(M mp, G gp, long[] createstack) {
        casgstatus(gp, G._Grunning, G._Gsyscall);
        mp.syscalltick = mp.p.syscalltick;
        rt.ev.emitStack(Ev.SYSCALL, mp, mp.p, gp, 0, "entersyscallblock");
        rt.ev.emit(Ev.SYSCALL_BLOCK, mp, mp.p, gp, "entersyscallblock: handoffp");
        P p = releasep(mp);
        p.syscalltick++;
        handoffp(p, createstack);
    }

    /**
     * exitsyscall (go1.7 proc.go:2461-2538): back from the kernel, the M runs its G again if it can
     * have its old P (exitsyscallfast, 2540-2596) or an idle one (exitsyscallfast_pidle,
     * 2598-2613); otherwise exitsyscall0 (2615-2643) queues the G globally and the M sleeps.
     * Returns the G mp now runs, or null. Every way out bumps the P's syscalltick once
     * (2480, 2535), and a reacquired P whose tick moved meanwhile once more (2569).
     */
    G exitsyscall(M mp, G gp) {
        gp.waitsince = 0;
        P oldp = mp.p;
        if (oldp != null && oldp.status == P._Psyscall) {
            oldp.status = P._Prunning;
            oldp.m = mp;
            if (mp.syscalltick != oldp.syscalltick) {
                oldp.syscalltick++; // retaken and in a syscall again: we take it from that one
            }
            oldp.syscalltick++;
            casgstatus(gp, G._Gsyscall, G._Grunning);
            rt.ev.emit(Ev.SYSCALL_EXIT, mp, oldp, gp, "exitsyscallfast: its P was still in _Psyscall");
            return gp;
        }
        mp.p = null;
        // exitsyscallfast looks at sched.pidle only; during a stop every idle P is in _Pgcstop.
        P p = pidleget();
        if (p != null) {
            if (sched.sysmonwait) {
                rt.sysmon.wake();
            }
            acquirep(mp, p);
            p.syscalltick++;
            casgstatus(gp, G._Gsyscall, G._Grunning);
            rt.ev.emit(Ev.SYSCALL_EXIT, mp, p, gp, "exitsyscallfast_pidle: an idle P");
            return gp;
        }
        // exitsyscall0: pidleget finds nothing either (nothing ran in between)
        rt.ev.emit(Ev.SYSCALL_EXIT, mp, null, gp, "exitsyscall0: no P, to the global runq");
        casgstatus(gp, G._Gsyscall, G._Grunnable);
        dropg(mp);
        Runq.globrunqput(this, gp);
        gp.exitsyscallSlow = true;
        if (mp.lockedg != null) {
            stoplockedm(mp, KernelFuncs.EXITSYSCALL0_STOPLOCKEDM, KernelFuncs.MCALL);
        } else {
            stopm(mp, M.RESUME_SCHEDULE);
        }
        return null;
    }

    /** After mcall(exitsyscall0) returns, the G runs again on some P: that P's syscalltick++ (proc.go:2535). */
    static void exitsyscallResumed(G gp) {
        if (gp.exitsyscallSlow) {
            gp.exitsyscallSlow = false;
            gp.m.p.syscalltick++;
        }
    }

    // ---- GOMAXPROCS --------------------------------------------------------------------------

    /**
     * procresize with the world stopped: new Ps are made (stopped, like the others); the Ps past
     * nprocs hand their queued Gs to the head of the global queue in order and their free Gs to
     * sched.gfree, and die. If the caller's P dies, it takes allp[0]. With nprocs unchanged only
     * the trace event and stealOrder's reset (to the same count) happen.
     */
    void procresize(M self, int nprocs) {
        rt.ev.emitStack(Ev.GOMAXPROCS, self, self.p, self.curg, nprocs, null);
        int old = gomaxprocs;
        if (nprocs > old) {
            allp = java.util.Arrays.copyOf(allp, nprocs);
            for (int i = old; i < nprocs; i++) {
                // A P that died in an earlier shrink comes back (go1.7 proc.go:3300-3310 makes a
                // new P only where allp[i] is nil; 3385-3386 "can't free P itself"), its schedtick,
                // syscalltick and sysmon's pdesc[i] as they were.
                P dead = i < deadp.length ? deadp[i] : null;
                if (dead != null) {
                    dead.status = P._Pgcstop;
                    deadp[i] = null;
                }
                allp[i] = dead != null ? dead : new P(i);
            }
        }
        for (int i = nprocs; i < old; i++) {
            P p = allp[i];
            if (p.runnext != null) {
                globrunqputhead(p.runnext);
                p.runnext = null;
            }
            while (p.runqtail != p.runqhead) {
                p.runqtail--;
                int slot = Integer.remainderUnsigned(p.runqtail, P.RUNQ_LEN);
                G gp = p.runq[slot];
                p.runq[slot] = null;
                globrunqputhead(gp);
            }
            while (p.gfreecnt > 0) { // gfpurge
                p.gfreecnt--;
                G gp = p.gfree;
                p.gfree = gp.schedlink;
                gp.schedlink = sched.gfree;
                sched.gfree = gp;
                sched.ngfree++;
            }
            java.util.Arrays.fill(p.sudogcache, null); // go1.7 proc.go:3367-3370: dropped, not handed on
            p.nsudog = 0;
            p.status = P._Pdead;
        }
        if (self.p != null && self.p.id >= nprocs) {
            rt.ev.procresizeMove(self, self.p, allp[0]);
            self.p.m = null;
            self.p = null;
            P p0 = allp[0];
            p0.m = self;
            self.p = p0;
        }
        if (perPTimers()) {
            for (int i = nprocs; i < old; i++) {
                Timers.moveTimers(self.p, allp[i]); // p.destroy (1.19 proc.go:4735)
            }
        }
        if (nprocs < old) {
            if (deadp.length < old) {
                deadp = java.util.Arrays.copyOf(deadp, old);
            }
            System.arraycopy(allp, nprocs, deadp, nprocs, old - nprocs);
            allp = java.util.Arrays.copyOf(allp, nprocs);
        }
        gomaxprocs = nprocs;
        stealOrder.reset(nprocs); // proc.go:3423
    }

    private void globrunqputhead(G gp) {
        gp.schedlink = sched.runqhead;
        sched.runqhead = gp;
        if (sched.runqtail == null) {
            sched.runqtail = gp;
        }
        sched.runqsize++;
    }

    /**
     * markroot's stamp as a GC scans the stacks (Go 1.7 mgcmark.go:197-202): a waiting or
     * in-syscall G first seen blocked gets waitsince = work.tstart. execute (proc.go:1809) and
     * exitsyscall (proc.go:2474) clear it. Parking does not stamp it, so a G no GC has seen
     * blocked shows no ", N minutes".
     */
    void markrootWaitsince(long tstart) {
        for (G gp : allgs) {
            if ((gp.status == G._Gwaiting || gp.status == G._Gsyscall) && gp.waitsince == 0) {
                gp.waitsince = tstart;
            }
        }
    }

    // ---- queries ---------------------------------------------------------------------------

    /**
     * gcount: Gs not on a free list, less the runtime's own (sched.ngsys since Go 1.6, so that
     * NumGoroutine, Stack and GoroutineProfile agree; Go 1.0-1.5 counted them).
     */
    int gcount() {
        int n = allgs.size() - sched.ngfree;
        for (P p : allp) {
            n -= p.gfreecnt;
        }
        if (rt.version.atLeast(6)) {
            for (G gp : allgs) {
                // fing is in sched.ngsys from newproc1 on, even while it runs a finalizer
                if (gp.status != G._Gdead && (Traceback.isSystemGoroutine(rt, gp) || gp.startfn == rt.layout.runfinq)) {
                    n--;
                }
            }
        }
        return Math.max(n, 1);
    }
}
