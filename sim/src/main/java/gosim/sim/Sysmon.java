package gosim.sim;

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

    Sysmon(GoRuntime rt, M mp) {
        this.rt = rt;
        this.mp = mp;
    }

    /** newm(sysmon, nil): the thread starts and sleeps before its first look. */
    void start() {
        mp.clock = rt.now + Costs.THREAD_START;
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
        mp.clock += delay * 1000;
        mp.wakeAction = tick;
        rt.timeline.add(mp);
    }

    /** True while sysmon sleeps in sysmonwait and the timeline holds nothing else. */
    boolean onlySysmonLeft() {
        return rt.proc.sched.sysmonwait && rt.timeline.size() == 1 && rt.timeline.peek() == mp;
    }

    /** notewakeup(&sched.sysmonnote). */
    void wake() {
        Sched sched = rt.proc.sched;
        if (!sched.sysmonwait) {
            return;
        }
        sched.sysmonwait = false;
        rt.timeline.remove(mp);
        mp.clock = rt.now + Costs.WAKEUP;
        idle = 0;
        delay = MIN_DELAY_US;
        mp.wakeAction = tick;
        rt.timeline.add(mp);
    }

    private void tick() {
        Sched sched = rt.proc.sched;
        sched.sysmonwait = false;
        if (sched.gcwaiting != 0 || sched.npidle == rt.proc.gomaxprocs) {
            sched.sysmonwait = true;
            idle = 0;
            delay = MIN_DELAY_US;
            mp.clock = rt.now + SYSMONWAIT_NS;
            mp.wakeAction = tick;
            rt.timeline.add(mp);
            return;
        }
        if (retake(rt.now) != 0) {
            idle = 0;
        } else {
            idle++;
        }
        sleepNext();
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
                rt.log(EventLog.Kind.STEAL, mp, p, holder == null ? null : holder.curg);
                proc.handoffp(p, rt.createStack(holder == null ? null : holder.curg,
                        "runtime.newm", "runtime.startm", "runtime.handoffp", "runtime.retake", "runtime.sysmon"));
            } else if (p.status == P._Prunning) {
                if (p.sysmonSchedtick != p.schedtick) {
                    p.sysmonSchedtick = p.schedtick;
                    p.sysmonSchedwhen = now;
                    continue;
                }
                if (p.sysmonSchedwhen + FORCE_PREEMPT_NS > now) {
                    continue;
                }
                rt.preemptone(p);
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
