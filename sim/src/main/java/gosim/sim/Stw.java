package gosim.sim;

import gosim.sim.events.Ev;

/**
 * Stop-the-world of Go 1.7's proc.go (stopTheWorld, stopTheWorldWithSema, startTheWorld,
 * startTheWorldWithSema, gcstopm) and worldsema, the runtime semaphore initialised to 1 that makes
 * a second stopper wait for the first. It is an ordinary sema.go semaphore: semrelease readies the
 * first waiter but does not hand the count over, so a stopper that comes back first takes it again
 * (go1.7 sema.go:94-110, proc.go:906, 916).
 */
final class Stw {
    private final GoRuntime rt;
    /** worldsema (go1.7 proc.go:922): 1 when nobody holds the world. */
    final Sema worldsema = new Sema(1);
    /** The G that has stopped (or is stopping) the world, or null. */
    G owner;
    /** The stopper's M while it sleeps waiting for the last P to stop. */
    private M waitingM;

    Stw(GoRuntime rt) {
        this.rt = rt;
    }

    /** stopTheWorld: takes worldsema (waiting in line if needed), then stops every P. */
    void stopTheWorld(String reason) {
        G g = GoRuntime.self();
        if (owner == g) {
            throw new IllegalStateException("stopTheWorld: goroutine " + g.goid + " already stopped the world");
        }
        Blocking.push(g, STOPTHEWORLD_SEMACQUIRE);
        try {
            worldsema.semacquireRuntime(g);
        } finally {
            Blocking.pop(g, STOPTHEWORLD_SEMACQUIRE);
        }
        owner = g;
        rt.ev.emit(Ev.STW_START, g.m, g.m.p, g, reason);
        stopTheWorldWithSema(g);
    }

    private void stopTheWorldWithSema(G g) {
        Proc proc = rt.proc;
        Sched sched = proc.sched;
        M mp = g.m;
        sched.stopwait = proc.gomaxprocs;
        sched.gcwaiting = 1;
        preemptall(mp);
        mp.p.status = P._Pgcstop;
        sched.stopwait--;
        for (P p : proc.allp) {
            if (p.status == P._Psyscall) {
                rt.ev.emit(Ev.SYSCALL_BLOCK, null, p, rt.ev.inSyscall(p, p.syscalltick), "stopTheWorld");
                rt.ev.emit(Ev.PROC_STOP, null, p, null);
                p.status = P._Pgcstop;
                p.syscalltick++;
                sched.stopwait--;
            }
        }
        P p;
        while ((p = proc.pidleget()) != null) {
            p.status = P._Pgcstop;
            sched.stopwait--;
        }
        if (sched.stopwait > 0) {
            waitingM = mp;
            rt.engine.yieldToLoop(g, Engine.Yield.STOPWAIT, 0);
        }
        for (P q : proc.allp) {
            if (q.status != P._Pgcstop) {
                throw new IllegalStateException("stopTheWorld: not stopped (" + q + " status " + q.status + ")");
            }
        }
    }

    /** preemptall: asks every other running G to stop at its next safe point. */
    private void preemptall(M self) {
        for (P p : rt.proc.allp) {
            if (p.status == P._Prunning && p.m != self) {
                rt.engine.preemptone(p);
            }
        }
    }

    /** A P reached _Pgcstop (gcstopm, handoffp, entersyscall): the last one wakes the stopper. */
    void pStopped() {
        Sched sched = rt.proc.sched;
        sched.stopwait--;
        if (sched.stopwait < 0) {
            throw new IllegalStateException("stopTheWorld: negative stopwait");
        }
        if (sched.stopwait == 0 && waitingM != null) {
            M m = waitingM;
            waitingM = null;
            rt.proc.notewakeup(m, Costs.WAKEUP);
        }
    }

    /** gcstopm: an M that reached schedule() while the world stops gives up its P and sleeps. */
    void gcstopm(M mp) {
        Sched sched = rt.proc.sched;
        if (mp.spinning) {
            mp.spinning = false;
            sched.nmspinning--;
        }
        P p = rt.proc.releasep(mp);
        p.status = P._Pgcstop;
        pStopped();
        rt.proc.stopm(mp, M.RESUME_SCHEDULE);
    }

    /** startTheWorld: restarts the Ps (procresize), wakes Ms for those with work, releases worldsema. */
    void startTheWorld() {
        startTheWorld(rt.proc.gomaxprocs);
    }

    /** startTheWorld with a new GOMAXPROCS, as runtime.GOMAXPROCS(n) does through newprocs. */
    void startTheWorld(int newprocs) {
        G g = GoRuntime.self();
        startTheWorldWithSema(g, newprocs);
        owner = null;
        worldsema.semrelease(g); // proc.go:916, after startTheWorldWithSema
    }

    /**
     * The GC's second stop, at mark termination (gcMarkDone's systemstack(stopTheWorldWithSema),
     * go1.7 mgc.go:1121, 1.19 855): the stopper still holds worldsema, taken before the first stop
     * (go1.7 mgc.go:941, released at 1316 after the last start), so nobody else stops in between.
     */
    void stopTheWorldAgain(String reason) {
        G g = GoRuntime.self();
        if (owner != g) {
            throw new IllegalStateException("stopTheWorldWithSema by goroutine " + g.goid + ", which holds no worldsema");
        }
        rt.ev.emit(Ev.STW_START, g.m, g.m.p, g, reason);
        stopTheWorldWithSema(g);
    }

    /**
     * The GC's first start, for concurrent mark (go1.7 mgc.go:1020, 1.19 730): the world runs
     * again, but the stopper keeps worldsema for the second stop.
     */
    void startTheWorldKeepingSema() {
        startTheWorldWithSema(GoRuntime.self(), rt.proc.gomaxprocs);
    }

    /** startTheWorldWithSema (go1.7 proc.go:1014-1075): restarts the Ps; worldsema stays held. */
    private void startTheWorldWithSema(G g, int newprocs) {
        if (owner != g) {
            throw new IllegalStateException("startTheWorld by goroutine " + g.goid + ", which did not stop it");
        }
        Proc proc = rt.proc;
        Sched sched = proc.sched;
        M mp = g.m;
        boolean add = needaddgcproc();
        // Every start runs procresize, whose first act while tracing is traceGomaxprocs (go1.7
        // proc.go:1028 and 3288-3290; 1.19 proc.go:1273 and 4809-4811): one GoMaxProcs event each.
        proc.procresize(mp, newprocs);
        sched.gcwaiting = 0;
        if (sched.sysmonwait) {
            rt.sysmon.wake(); // proc.go:1032-1035, under sched.lock before any P is restarted
        }
        // procresize's tail (proc.go:3405-3418): from the top P down, an empty P goes idle and a P
        // with work is given an idle M and pushed on the front of runnablePs...
        P runnablePs = null;
        for (int i = proc.gomaxprocs - 1; i >= 0; i--) {
            P p = proc.allp[i];
            if (p == mp.p) {
                p.status = P._Prunning;
                continue;
            }
            p.status = P._Pidle;
            if (Runq.runqempty(p)) {
                proc.pidleput(p);
            } else {
                p.m = proc.mget();
                p.link = runnablePs;
                runnablePs = p;
            }
        }
        // ...which startTheWorldWithSema walks from the bottom P up (proc.go:1038-1053): wake its M
        // or make one. "Start M to run P. Do not start another M below."
        while (runnablePs != null) {
            P p = runnablePs;
            runnablePs = p.link;
            p.link = null;
            M m = p.m;
            if (m != null) {
                p.m = null;
                m.nextp = p;
                proc.notewakeup(m, Costs.WAKEUP);
            } else {
                proc.newm(p, false, rt.createStack(g, KernelFuncs.NEWM, KernelFuncs.STARTTHEWORLDWITHSEMA,
                        KernelFuncs.STARTTHEWORLD));
                add = false;
            }
        }
        if (sched.npidle != 0 && sched.nmspinning == 0) {
            proc.wakep(KernelFuncs.WAKEP_STARTTHEWORLD);
        }
        if (add) {
            // newm(mhelpgc, nil) (go1.7 proc.go:1061-1070): a thread for the next GC's helpers; its
            // mstart1 runs mhelpgc and, helpgc set, stopm (proc.go:1129-1131): it idles on midle.
            M h = proc.newm(null, false, rt.createStack(g, KernelFuncs.NEWM, KernelFuncs.STARTTHEWORLD_HELPGC,
                    KernelFuncs.STARTTHEWORLD));
            h.wakeAction = () -> proc.stopm(h, M.RESUME_SCHEDULE);
        }
        rt.ev.emit(Ev.STW_DONE, mp, mp.p, g);
    }

    /** stopTheWorld's semacquire(&worldsema) (go1.7 proc.go:906, 1.19 proc.go:1087). */
    private static final SyncFuncs.Site STOPTHEWORLD_SEMACQUIRE = new SyncFuncs.Site("runtime.stopTheWorld", 906, 1087);

    /**
     * needaddgcproc (go1.7 proc.go:573-585): fewer Ms than min(gomaxprocs, ncpu, _MaxGcproc) could
     * help a GC (the idle ones and this one). Read before procresize, as startTheWorldWithSema
     * does (proc.go:1020). Go 1.19 has no GC helper threads (its proc.go has no mhelpgc).
     */
    private boolean needaddgcproc() {
        if (rt.version.atLeast(19)) {
            return false;
        }
        int n = Math.min(Math.min(rt.proc.gomaxprocs, rt.ncpu), MAX_GCPROC);
        return n - (rt.proc.sched.nmidle + 1) > 0;
    }

    /** _MaxGcproc (go1.7 malloc.go:170). */
    static final int MAX_GCPROC = 32;

    /** True when g may run now: nobody has stopped the world, or g is the one who did. */
    boolean mayRun(G g) {
        Sched sched = rt.proc.sched;
        return sched.gcwaiting == 0 || sched.stopwait > 0 || owner == g;
    }
}
