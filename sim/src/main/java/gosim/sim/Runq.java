package gosim.sim;

/**
 * The run queues of Go 1.7's proc.go: a P's 256-slot ring plus runnext (runqput, runqputslow,
 * runqget, runqgrab, runqsteal) and the global queue (globrunqput, globrunqputbatch, globrunqget).
 * The ring's head and tail are uint32 counters that only grow; Java's int arithmetic wraps the
 * same way, and slots are taken modulo the ring length.
 */
final class Runq {
    private Runq() {
    }

    private static G slot(P p, int i) {
        return p.runq[Integer.remainderUnsigned(i, P.RUNQ_LEN)];
    }

    private static void setSlot(P p, int i, G gp) {
        p.runq[Integer.remainderUnsigned(i, P.RUNQ_LEN)] = gp;
    }

    static boolean runqempty(P p) {
        return p.runqhead == p.runqtail && p.runnext == null;
    }

    /**
     * runqput: with next, gp goes to runnext and the old runnext is kicked to the tail; a full
     * ring moves half of itself plus the G to the global queue.
     */
    static void runqput(Proc proc, P p, G gp, boolean next) {
        if (!(gp.status == G._Grunnable)) throw GoFatal.thrown("runqput of " + gp);
        if (next) {
            G old = p.runnext;
            p.runnext = gp;
            if (old == null) {
                return;
            }
            gp = old;
        }
        int h = p.runqhead;
        int t = p.runqtail;
        if (t - h < P.RUNQ_LEN) {
            setSlot(p, t, gp);
            p.runqtail = t + 1;
            return;
        }
        runqputslow(proc, p, gp, h, t);
    }

    /** runqputslow: moves the older half of a full ring, then gp, to the global queue. */
    private static void runqputslow(Proc proc, P p, G gp, int h, int t) {
        int n = (t - h) / 2;
        if (n != P.RUNQ_LEN / 2) {
            throw new IllegalStateException("runqputslow: queue is not full");
        }
        G[] batch = new G[n + 1];
        for (int i = 0; i < n; i++) {
            batch[i] = slot(p, h + i);
            setSlot(p, h + i, null);
        }
        p.runqhead = h + n;
        batch[n] = gp;
        for (int i = 0; i < n; i++) {
            batch[i].schedlink = batch[i + 1];
        }
        globrunqputbatch(proc, batch[0], batch[n], n + 1);
    }

    /** runqget: runnext first (it inherits the time slice), else the ring's head. */
    static G runqget(Proc proc, P p) {
        G next = p.runnext;
        if (next != null) {
            p.runnext = null;
            proc.inheritTime = true;
            proc.why = "runnext";
            return next;
        }
        proc.inheritTime = false;
        int h = p.runqhead;
        if (h == p.runqtail) {
            return null;
        }
        G gp = slot(p, h);
        setSlot(p, h, null);
        p.runqhead = h + 1;
        proc.why = "local runq";
        return gp;
    }

    /**
     * runqgrab (proc.go:4140-4190): takes half of victim's ring, rounded up, into p's ring starting
     * at batchHead. With stealRunNextG and an empty ring it goes for the victim's runnext, but
     * first sleeps 3us (proc.go:4160) so that the victim may run it itself: the first call then
     * records the runnext in mp.stealWait and returns 0, and the call after the sleep takes it
     * if it is still there (the cas) or starts over (the continue).
     */
    private static int runqgrab(M mp, P victim, P p, int batchHead, boolean stealRunNextG) {
        G waited = mp.stealWait;
        mp.stealWait = null;
        if (waited != null && victim.runnext == waited) {
            setSlot(p, batchHead, waited);
            victim.runnext = null;
            return 1;
        }
        int h = victim.runqhead;
        int t = victim.runqtail;
        int n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (stealRunNextG && victim.runnext != null) {
                mp.stealWait = victim.runnext; // usleep(3) before the cas
            }
            return 0;
        }
        if (!(n <= P.RUNQ_LEN / 2)) throw GoFatal.thrown("runqgrab: inconsistent queue");
        for (int i = 0; i < n; i++) {
            setSlot(p, batchHead + i, slot(victim, h + i));
            setSlot(victim, h + i, null);
        }
        victim.runqhead = h + n;
        return n;
    }

    /**
     * runqsteal: steals into p's ring and returns one of the stolen Gs to run now; null with
     * mp.stealWait set when runqgrab must sleep first.
     */
    static G runqsteal(Proc proc, M mp, P p, P victim, boolean stealRunNextG) {
        int t = p.runqtail;
        int n = runqgrab(mp, victim, p, t, stealRunNextG);
        if (n == 0) {
            return null;
        }
        n--;
        G gp = slot(p, t + n);
        setSlot(p, t + n, null);
        proc.why = "stolen";
        proc.rt.ev.steal(p, victim, n + 1, p.runq, t, gp);
        if (n == 0) {
            return gp;
        }
        if (p.runqtail - p.runqhead + n >= P.RUNQ_LEN) {
            throw new IllegalStateException("runqsteal: runq overflow");
        }
        p.runqtail = t + n;
        return gp;
    }

    /** globrunqput: gp to the tail of the global queue. */
    static void globrunqput(Proc proc, G gp) {
        gp.schedlink = null;
        globrunqputbatch(proc, gp, gp, 1);
    }

    /** globrunqputbatch: a linked batch ghead..gtail of n Gs to the tail of the global queue. */
    static void globrunqputbatch(Proc proc, G ghead, G gtail, int n) {
        Sched s = proc.sched;
        gtail.schedlink = null;
        if (s.runqtail != null) {
            s.runqtail.schedlink = ghead;
        } else {
            s.runqhead = ghead;
        }
        s.runqtail = gtail;
        s.runqsize += n;
    }

    /**
     * globrunqget: takes a fair share of the global queue (size/GOMAXPROCS+1, at most max when
     * max > 0, at most half a ring), returns the first and puts the rest in p's ring.
     */
    static G globrunqget(Proc proc, P p, int max) {
        Sched s = proc.sched;
        if (s.runqsize == 0) {
            return null;
        }
        int n = s.runqsize / proc.gomaxprocs + 1;
        if (n > s.runqsize) {
            n = s.runqsize;
        }
        if (max > 0 && n > max) {
            n = max;
        }
        if (n > P.RUNQ_LEN / 2) {
            n = P.RUNQ_LEN / 2;
        }
        s.runqsize -= n;
        if (s.runqsize == 0) {
            s.runqtail = null;
        }
        G gp = s.runqhead;
        s.runqhead = gp.schedlink;
        gp.schedlink = null;
        proc.why = max == 1 ? "global runq (every 61st schedtick)" : "global runq";
        n--;
        for (; n > 0; n--) {
            G gp1 = s.runqhead;
            s.runqhead = gp1.schedlink;
            gp1.schedlink = null;
            runqput(proc, p, gp1, false);
        }
        return gp;
    }
}
