package gosim.sim;

import gosim.sim.events.Ev;

/**
 * The system monitor of Go 1.7's proc.go (sysmon, retake, preemptone): a thread without a P that
 * sleeps 20us, doubling its sleep after 50 idle rounds up to 10ms; retakes Ps held in syscalls
 * and preempts Gs that ran 10ms; sleeps (sysmonwait) while every P is idle.
 */
final class Sysmon {
    /** forcePreemptNS: a G running this long is preempted. */
    static final long FORCE_PREEMPT_NS = 10_000_000L;
    /** The first sleep, in microseconds. */
    static final long MIN_DELAY_US = 20;
    /** The longest sleep between looks, in microseconds. */
    static final long MAX_DELAY_US = 10_000;
    /** Idle rounds after which the sleep starts doubling. */
    static final int IDLE_BEFORE_DOUBLING = 50;
    /** The sleep while every P idles: forcegcperiod/2, two minutes/2. */
    static final long SYSMONWAIT_NS = 60_000_000_000L;

    private final GoRuntime rt;
    private final M mp;
    private int idle;
    private long delay;
    private final Runnable tick = this::tick;
    /** GODEBUG=schedtrace=X (milliseconds; 0 off) and scheddetail=1. */
    private final int schedtrace;
    private final boolean scheddetail;
    private long lasttrace = Long.MIN_VALUE / 4; // the first look traces, as nanotime() is never near 0 in Go
    private long starttime = -1;

    Sysmon(GoRuntime rt, M mp, int schedtrace, boolean scheddetail) {
        this.rt = rt;
        this.mp = mp;
        this.schedtrace = schedtrace;
        this.scheddetail = scheddetail;
    }

    /** newm(sysmon, nil): the thread starts and sleeps before its first look. */
    void start() {
        mp.clock = rt.now + Costs.THREAD_START + rt.noise.newm(mp);
        sleepNext();
    }

    private void sleepNext() {
        if (idle == 0) {
            delay = MIN_DELAY_US;
        } else if (idle > IDLE_BEFORE_DOUBLING) {
            delay *= 2;
        }
        if (delay > MAX_DELAY_US) {
            delay = MAX_DELAY_US;
        }
        mp.clock += delay * 1000 + rt.noise.kernel(Decision.Kind.SYSMON, mp); // usleep overshoots by the timer slack
        mp.wakeAction = tick;
        rt.timeline.add(mp);
    }

    /** True when sysmon's is the only event left: no other thread will ever run again. */
    boolean onlySysmonLeft() {
        return rt.timeline.size() == 1 && rt.timeline.peek() == mp;
    }

    /** notewakeup(&sched.sysmonnote). */
    void wake() {
        Sched sched = rt.proc.sched;
        if (!sched.sysmonwait) {
            return;
        }
        sched.sysmonwait = false;
        rt.timeline.remove(mp);
        mp.clock = rt.now + Costs.WAKEUP + rt.noise.wake(mp, Costs.WAKEUP);
        idle = 0;
        delay = MIN_DELAY_US;
        resumed = true;
        mp.wakeAction = tick;
        rt.timeline.add(mp);
    }

    /** Set by {@link #wake}: the next look is the one right after sysmonwait's notetsleep. */
    private boolean resumed;

    private void tick() {
        Sched sched = rt.proc.sched;
        // Back from the sysmonwait sleep (timed out or woken), Go goes straight on to retake and
        // the forced-GC check (go1.7 proc.go:3620-3662) without looking at the idle Ps again.
        boolean waited = sched.sysmonwait || resumed;
        resumed = false;
        sched.sysmonwait = false;
        if (!waited && schedtrace <= 0 && (sched.gcwaiting != 0 || sched.npidle == rt.proc.gomaxprocs)) {
            long sleep = SYSMONWAIT_NS;
            if (rt.proc.perPTimers()) {
                // 1.19 proc.go:5175-5200: sleep no later than the next timer (none due: no sleep),
                // and keep idle and delay unless woken (syscallWake).
                long next = rt.timers.sleepUntil();
                sleep = next > rt.now ? Math.min(sleep, next - rt.now) : 0;
            } else {
                idle = 0; // go1.7 proc.go:3622-3623, after the sleep, however it ended
                delay = MIN_DELAY_US;
            }
            if (sleep > 0) {
                sched.sysmonwait = true;
                mp.clock = rt.now + sleep;
                mp.wakeAction = tick;
                rt.timeline.add(mp);
                return;
            }
        }
        if (retake(rt.now) != 0) {
            idle = 0;
        } else {
            idle++;
        }
        rt.sysmonForcegc(rt.now);
        if (schedtrace > 0 && lasttrace + schedtrace * 1_000_000L <= rt.now) {
            lasttrace = rt.now;
            rt.stderr.print(schedtrace(rt.now));
        }
        sleepNext();
    }

    /** schedtrace: one SCHED line, and with scheddetail the P, M and G lines, as Go 1.7 prints them. */
    String schedtrace(long now) {
        if (starttime < 0) {
            starttime = now;
        }
        Proc proc = rt.proc;
        Sched sched = proc.sched;
        StringBuilder b = new StringBuilder();
        b.append("SCHED ").append((now - starttime) / 1_000_000).append("ms: gomaxprocs=").append(proc.gomaxprocs)
                .append(" idleprocs=").append(sched.npidle).append(" threads=").append(proc.mcount())
                .append(" spinningthreads=").append(sched.nmspinning).append(" idlethreads=").append(sched.nmidle)
                .append(" runqueue=").append(sched.runqsize);
        if (scheddetail) {
            b.append(" gcwaiting=").append(sched.gcwaiting).append(" nmidlelocked=").append(sched.nmidlelocked)
                    .append(" stopwait=").append(sched.stopwait).append(" sysmonwait=").append(sched.sysmonwait ? 1 : 0)
                    .append('\n');
        }
        for (int i = 0; i < proc.gomaxprocs; i++) {
            P p = proc.allp[i];
            int len = p.runqtail - p.runqhead;
            if (scheddetail) {
                b.append("  P").append(i).append(": status=").append(p.status).append(" schedtick=").append(p.schedtick)
                        .append(" syscalltick=").append(p.syscalltick).append(" m=").append(p.m == null ? -1 : p.m.id)
                        .append(" runqsize=").append(len).append(" gfreecnt=").append(p.gfreecnt).append('\n');
            } else {
                b.append(' ');
                if (i == 0) {
                    b.append('[');
                }
                b.append(len);
                if (i == proc.gomaxprocs - 1) {
                    b.append("]\n");
                }
            }
        }
        if (!scheddetail) {
            return b.toString();
        }
        for (M m = proc.allm; m != null; m = m.alllink) {
            b.append("  M").append(m.id).append(": p=").append(m.p == null ? -1 : m.p.id)
                    .append(" curg=").append(m.curg == null ? -1 : m.curg.goid)
                    .append(" mallocing=0 throwing=0 preemptoff= locks=0 dying=0 helpgc=0 spinning=")
                    .append(m.spinning).append(" blocked=").append(m.idle).append(" lockedg=")
                    .append(m.lockedg == null ? -1 : m.lockedg.goid).append('\n');
        }
        for (G gp : proc.allgs) {
            b.append("  G").append(gp.goid).append(": status=").append(gp.status).append('(')
                    .append(gp.waitreason == null ? "" : gp.waitreason).append(") m=").append(gp.m == null ? -1 : gp.m.id)
                    .append(" lockedm=").append(gp.lockedm == null ? -1 : gp.lockedm.id).append('\n');
        }
        return b.toString();
    }

    /** retake: takes Ps back from syscalls and preempts long-running Gs; returns Ps retaken. */
    int retake(long now) {
        Proc proc = rt.proc;
        Sched sched = proc.sched;
        int n = 0;
        for (P p : proc.allp) {
            if (p.status == P._Psyscall) {
                // Retake only after a full sysmon tick in the same syscall.
                if (p.sysmonSyscalltick != p.syscalltick) {
                    p.sysmonSyscalltick = p.syscalltick;
                    p.sysmonSyscallwhen = now;
                    continue;
                }
                if (Runq.runqempty(p) && sched.nmspinning + sched.npidle > 0
                        && p.sysmonSyscallwhen + FORCE_PREEMPT_NS > now) {
                    continue;
                }
                M holder = ownerInSyscall(p);
                p.status = P._Pidle;
                n++;
                p.syscalltick++;
                rt.ev.emit(Ev.SYSCALL_BLOCK, null, p, rt.ev.inSyscall(p, p.syscalltick - 1), "retake");
                rt.ev.emit(Ev.PROC_STOP, null, p, null);
                rt.ev.emit(Ev.RETAKE, mp, p, rt.ev.inSyscall(p, p.syscalltick - 1), now - p.sysmonSyscallwhen, "syscall");
                proc.handoffp(p, rt.createStack(holder == null ? null : holder.curg,
                        KernelFuncs.NEWM, KernelFuncs.STARTM, KernelFuncs.HANDOFFP_WORK, KernelFuncs.RETAKE,
                        KernelFuncs.SYSMON));
            } else if (p.status == P._Prunning) {
                if (p.sysmonSchedtick != p.schedtick) {
                    p.sysmonSchedtick = p.schedtick;
                    p.sysmonSchedwhen = now;
                    continue;
                }
                if (p.sysmonSchedwhen + FORCE_PREEMPT_NS > now) {
                    continue;
                }
                rt.ev.emit(Ev.RETAKE, mp, p, p.m == null ? null : p.m.curg, now - p.sysmonSchedwhen, "running too long");
                rt.engine.preemptone(p);
            }
        }
        return n;
    }

    /** The M whose syscall holds p (its m.p still points at p). */
    private M ownerInSyscall(P p) {
        for (M m = rt.proc.allm; m != null; m = m.alllink) {
            if (m.p == p && m.curg != null && m.curg.status == G._Gsyscall) {
                return m;
            }
        }
        return null;
    }
}
