package gosim.sim;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whole-model checks of the scheduler's invariants, run after every event when a runtime is built
 * with checkInvariants: each P held by at most one M and consistently so, idle lists and counters
 * agree, run queues within 256, and every G in exactly the one place its status says.
 */
final class Invariants {
    private Invariants() {
    }

    static void check(GoRuntime rt) {
        Proc proc = rt.proc;
        Sched sched = proc.sched;
        Map<G, String> where = new IdentityHashMap<>();

        int idle = 0;
        for (P p = sched.pidle; p != null; p = p.link) {
            idle++;
            require(p.status == P._Pidle && p.m == null, p + " on pidle but status " + p.status + " m " + p.m);
            require(Runq.runqempty(p), p + " idle with work queued");
        }
        require(idle == sched.npidle, "npidle " + sched.npidle + " but " + idle + " Ps on the idle list");

        int spinning = 0;
        int midle = 0;
        for (M mp = proc.allm; mp != null; mp = mp.alllink) {
            if (mp.spinning) {
                spinning++;
            }
            if (mp.idle) {
                midle++;
                require(mp.p == null && mp.curg == null, mp + " idle but holds " + mp.p + "/" + mp.curg);
            }
            boolean inSyscall = mp.curg != null && mp.curg.status == G._Gsyscall;
            if (mp.p != null && !inSyscall) {
                require(mp.p.m == mp, mp + " holds " + mp.p + " whose m is " + mp.p.m);
                require(mp.p.status == P._Prunning || mp.p.status == P._Pgcstop && sched.gcwaiting != 0,
                        mp.p + " held by " + mp + " but not running");
            }
            if (mp.curg != null) {
                require(mp.curg.m == mp, mp + " runs " + mp.curg + " whose m is " + mp.curg.m);
                put(where, mp.curg, "curg of " + mp);
            }
        }
        require(spinning == sched.nmspinning, "nmspinning " + sched.nmspinning + " but " + spinning + " spinning Ms");
        require(midle == sched.nmidle, "nmidle " + sched.nmidle + " but " + midle + " idle Ms");
        M poller = sched.netpoller;
        require(poller == null || poller.p == null && !poller.spinning && !poller.idle && poller.scheduled,
                "netpoller " + poller + " must sleep without a P");
        for (P p : proc.allp) {
            require(proc.perPTimers() || p.timers.len() == 0, p + " has timers in a release with one timer heap");
        }

        for (P p : proc.allp) {
            int size = p.runqtail - p.runqhead;
            require(size >= 0 && size <= P.RUNQ_LEN, p + " runq size " + size);
            for (int i = 0; i < size; i++) {
                put(where, p.runq[Integer.remainderUnsigned(p.runqhead + i, P.RUNQ_LEN)], "runq of " + p);
            }
            if (p.runnext != null) {
                put(where, p.runnext, "runnext of " + p);
            }
            int free = 0;
            for (G gp = p.gfree; gp != null; gp = gp.schedlink) {
                put(where, gp, "gfree of " + p);
                free++;
            }
            require(free == p.gfreecnt, p + " gfreecnt " + p.gfreecnt + " but " + free + " free Gs");
            if (p.m != null) {
                require(p.m.p == p, p + " says m " + p.m + " but that M holds " + p.m.p);
            }
            if (p.status == P._Psyscall) {
                require(p.m == null, p + " in a syscall but held by " + p.m);
            }
            if (sched.gcwaiting == 0) {
                require(p.status != P._Pgcstop, p + " stopped while the world runs");
            }
        }
        int global = 0;
        for (G gp = sched.runqhead; gp != null; gp = gp.schedlink) {
            put(where, gp, "global runq");
            global++;
        }
        require(global == sched.runqsize, "runqsize " + sched.runqsize + " but " + global + " Gs queued");
        int sfree = 0;
        for (G gp = sched.gfree; gp != null; gp = gp.schedlink) {
            put(where, gp, "sched.gfree");
            sfree++;
        }
        require(sfree == sched.ngfree, "ngfree " + sched.ngfree + " but " + sfree);

        for (G gp : proc.allgs) {
            String w = where.get(gp);
            switch (gp.status) {
                case G._Grunnable -> require(w != null && (w.startsWith("run") || w.equals("global runq"))
                                || w == null && gp.lockedm != null && gp.lockedm.nextp != null,
                        gp + " runnable but " + (w == null ? "in no queue" : "on " + w));
                case G._Grunning -> require(w != null && w.startsWith("curg"), gp + " running but not an M's curg");
                case G._Gdead -> require(w != null && w.contains("gfree"), gp + " dead but not on a free list");
                case G._Gwaiting, G._Gsyscall -> require(w == null || w.startsWith("curg") && gp.status == G._Gsyscall,
                        gp + " waiting but on " + w);
                default -> require(false, gp + " has status " + gp.status);
            }
        }
    }

    private static void put(Map<G, String> where, G gp, String place) {
        String old = where.put(gp, place);
        require(old == null, gp + " is both on " + old + " and on " + place);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("scheduler invariant broken: " + what);
        }
    }
}
