package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's decisions checked one at a time against Go 1.7's proc.go and asm_amd64.s (the
 * go1.7 tag), on a world built by hand: every P held by an M, queues filled directly, no goroutine
 * running. Each test names the lines it is derived from; each is meant to fail if the model drifts
 * to another release's rule (Go 1.6's stealing, Go 1.8's fastrand, ...).
 */
class Go17SchedulerTest {

    /** A process after schedinit with every P held by its own M (Ms[i] holds allp[i]). */
    private static final class World {
        final GoRuntime rt;
        final Proc proc;
        final M[] ms;

        World(long seed, int procs) {
            rt = GoRuntime.builder().seed(seed).gomaxprocs(procs).build();
            proc = rt.proc;
            ms = new M[procs];
            ms[0] = rt.m0;
            for (int i = 1; i < procs; i++) {
                ms[i] = proc.mcommoninit(false, null);
                P p = proc.pidleget();
                assertSame(proc.allp[i], p, "schedinit idles P1 last, so it comes off first");
                proc.acquirep(ms[i], p);
            }
            assertEquals(0, proc.sched.npidle);
        }

        /** World with P0 held by m0 and every other P idle, as right after schedinit. */
        World(long seed, int procs, boolean othersIdle) {
            rt = GoRuntime.builder().seed(seed).gomaxprocs(procs).build();
            proc = rt.proc;
            ms = new M[] {rt.m0};
            assertEquals(procs - 1, proc.sched.npidle);
        }

        G runnable() {
            G gp = new G(rt, proc.allgs.size());
            proc.allgs.add(gp);
            gp.status = G._Grunnable;
            gp.goid = proc.allgs.size();
            return gp;
        }

        int ringLen(P p) {
            return p.runqtail - p.runqhead;
        }
    }

    /** asm_amd64.s:2055-2066, stepped by hand: ADDL DX, DX; XORL $0x88888eef; CMOVLMI keeps the double. */
    private static int step17(int fr) {
        int doubled = fr << 1;
        int xored = doubled ^ 0x88888eef;
        return xored < 0 ? doubled : xored;
    }

    @Test
    void fastrand1IsGo17sGenerator() {
        // From state 1 the doubling reaches 1<<30 after 30 steps; the 31st doubles to 0x80000000,
        // whose top bit is set, so it is XORed: 0x08888eef. (Go 1.8's fastrand tests the old top
        // bit with 0xa8888eef and would give 0x80000000 here, then 0xa8888eef.)
        M mp = new M(0, false);
        mp.fastrand = 1;
        for (int i = 1; i <= 30; i++) {
            assertEquals(1 << i, FastRand.fastrand1(mp));
        }
        assertEquals(0x08888eef, FastRand.fastrand1(mp));
        assertEquals(0x11111dde, FastRand.fastrand1(mp));
        int fr = 0x49f6428a;
        mp.fastrand = fr;
        for (int i = 0; i < 1000; i++) {
            fr = step17(fr);
            assertEquals(fr, FastRand.fastrand1(mp), "step " + i);
        }
    }

    @Test
    void stealOrderIsRandomOrderOverCoprimes() {
        // proc.go:4325-4350: coprimes of 4 are {1, 3}; start(5) begins at 5%4 = 1 stepping by
        // coprimes[5%2] = 3; start(0xffffffff) begins at 3 stepping by coprimes[1] = 3.
        RandomOrder ord = new RandomOrder();
        ord.reset(4);
        assertEquals(List.of(1, 0, 3, 2), visit(ord, 5));
        assertEquals(List.of(3, 2, 1, 0), visit(ord, 0xffffffff));
        assertEquals(List.of(2, 3, 0, 1), visit(ord, 6));
        ord.reset(6); // coprimes {1, 5}
        assertEquals(List.of(4, 5, 0, 1, 2, 3), visit(ord, 10));
        assertEquals(List.of(5, 4, 3, 2, 1, 0), visit(ord, 11));
        ord.reset(1);
        assertEquals(List.of(0), visit(ord, 12345));
    }

    private static List<Integer> visit(RandomOrder ord, int start) {
        List<Integer> seen = new ArrayList<>();
        for (RandomOrder.Enum e = ord.start(start); !e.done(); e.next()) {
            seen.add(e.pos);
        }
        return seen;
    }

    @Test
    void victimsAreVisitedInStealOrderStartedAtFastrand1() {
        // proc.go:1912: each pass enumerates allp from stealOrder.start(fastrand1()); with one G
        // in each other P's ring (runqgrab takes n-n/2 = 1, proc.go:4144-4145) the first P of
        // that enumeration with work is the victim. A fixed start would always pick one P.
        java.util.Set<Integer> victims = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            World w = new World(seed, 4);
            G[] ring = new G[4];
            for (int i = 1; i < 4; i++) {
                ring[i] = w.runnable();
                Runq.runqput(w.proc, w.proc.allp[i], ring[i], false);
            }
            M thief = w.ms[0];
            RandomOrder ord = new RandomOrder();
            ord.reset(4);
            int expected = -1;
            for (RandomOrder.Enum e = ord.start(step17(thief.fastrand)); !e.done(); e.next()) {
                if (e.pos != 0) {
                    expected = e.pos;
                    break;
                }
            }
            G got = w.proc.findrunnable(thief);
            assertSame(ring[expected], got, "seed " + seed);
            victims.add(expected);
        }
        assertTrue(victims.size() > 1, "the seeds should start the order at different Ps: " + victims);
    }

    @Test
    void noStealingWhenEveryOtherPIsIdle() {
        // proc.go:1893-1899: npidle == procs-1 (1895) goes straight to stop: no spinning, no fastrand1.
        for (int procs : new int[] {1, 2, 4}) {
            World w = new World(1, procs, true);
            M mp = w.ms[0];
            int before = mp.fastrand;
            assertNull(w.proc.findrunnable(mp));
            assertEquals(before, mp.fastrand, "GOMAXPROCS=" + procs + ": findrunnable drew random numbers");
            assertNull(mp.p, "the P went idle");
            assertFalse(mp.spinning);
        }
    }

    @Test
    void noSpinningBeyondHalfTheBusyPs() {
        // proc.go:1904: a non-spinning M blocks when 2*nmspinning >= procs - npidle.
        World w = new World(1, 4);
        w.proc.sched.nmspinning = 2; // 2*2 >= 4 busy Ps
        M mp = w.ms[0];
        int before = mp.fastrand;
        assertNull(w.proc.findrunnable(mp));
        assertEquals(before, mp.fastrand);
        assertEquals(2, w.proc.sched.nmspinning);

        World w2 = new World(1, 4);
        w2.proc.sched.nmspinning = 1; // 2*1 < 4: this M spins and steals
        M mp2 = w2.ms[0];
        int fr = mp2.fastrand;
        assertNull(w2.proc.findrunnable(mp2));
        for (int i = 0; i < 4; i++) {
            fr = step17(fr);
        }
        assertEquals(fr, mp2.fastrand, "one fastrand1 per pass, 4 passes (proc.go:1911-1912)");
        assertEquals(1, w2.proc.sched.nmspinning, "the M stopped spinning when it gave up");
    }

    @Test
    void ringsAreStolenBeforeAnyRunnext() {
        // proc.go:1916: stealRunNextG := i > 2, so in passes 0-2 a G in another P's ring is
        // taken however the passes order the Ps; P1's runnext stays put.
        for (long seed = 1; seed <= 30; seed++) {
            World w = new World(seed, 3);
            G next = w.runnable();
            G ring = w.runnable();
            Runq.runqput(w.proc, w.proc.allp[1], next, true);
            Runq.runqput(w.proc, w.proc.allp[2], ring, false);
            M thief = w.ms[0];
            assertSame(ring, w.proc.findrunnable(thief), "seed " + seed);
            assertSame(next, w.proc.allp[1].runnext, "seed " + seed);
            assertNull(thief.stealWait);
        }
    }

    @Test
    void runnextIsStolenOnlyAfterUsleep3() {
        // proc.go:4146-4170: with an empty ring and stealRunNextG, runqgrab sleeps 3us and then
        // takes runnext if it is still there.
        World w = new World(1, 2);
        G b = w.runnable();
        P victim = w.proc.allp[1];
        Runq.runqput(w.proc, victim, b, true);
        M thief = w.ms[0];
        int fr = thief.fastrand;
        long clock = thief.clock;
        assertNull(w.proc.findrunnable(thief), "the thief sleeps first");
        assertSame(b, thief.stealWait);
        assertEquals(clock + 3_000, thief.clock);
        assertEquals(3, thief.stealPass, "runnext is only tried in the last pass");
        assertTrue(thief.scheduled, "the sleeping M is on the timeline");
        assertSame(w.proc.allp[0], thief.p, "it sleeps holding its P");
        assertTrue(thief.spinning);
        for (int i = 0; i < 4; i++) {
            fr = step17(fr);
        }
        assertEquals(fr, thief.fastrand, "4 passes, each one fastrand1");
        assertEquals(M.RESUME_FINDRUNNABLE, thief.resumeIn);
        w.rt.timeline.remove(thief);
        assertSame(b, w.proc.findrunnable(thief), "after the sleep it takes runnext");
        assertNull(victim.runnext);
        assertNull(thief.stealWait);
    }

    @Test
    void runnextRunByItsOwnPDuringTheSleepIsNotStolen() {
        // proc.go:4166: the cas fails, runqgrab starts over; the rest of the last pass finds nothing.
        World w = new World(1, 2);
        G b = w.runnable();
        P victim = w.proc.allp[1];
        Runq.runqput(w.proc, victim, b, true);
        M thief = w.ms[0];
        assertNull(w.proc.findrunnable(thief));
        w.rt.timeline.remove(thief);
        assertSame(b, Runq.runqget(w.proc, victim), "the victim runs its runnext itself");
        assertNull(w.proc.findrunnable(thief));
        assertNull(thief.stealWait);
        assertNull(thief.p, "nothing left to steal: the P went idle");
    }

    @Test
    void globrunqgetTakesAFairShareBatch() {
        // proc.go:3945-3954 globrunqget: n = runqsize/gomaxprocs + 1, the first is returned and the rest go
        // to the P's ring (findrunnable calls it with max 0).
        World w = new World(1, 2);
        List<G> gs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            G gp = w.runnable();
            gs.add(gp);
            Runq.globrunqput(w.proc, gp);
        }
        P p = w.proc.allp[0];
        assertSame(gs.get(0), w.proc.findrunnable(w.ms[0]));
        assertEquals(5, w.ringLen(p), "10/2+1 = 6 taken, one of them to run");
        assertEquals(4, w.proc.sched.runqsize);
        for (int i = 1; i <= 5; i++) {
            assertSame(gs.get(i), Runq.runqget(w.proc, p));
        }
    }

    @Test
    void scheduleLooksAtTheGlobalQueueEvery61stTick() {
        // proc.go:2107-2109 schedule(): if _g_.m.p.ptr().schedtick%61 == 0 && sched.runqsize > 0, take one
        // G from the global queue before the local one.
        for (int tick : new int[] {60, 61, 62, 122, 1000}) {
            World w = new World(1, 2);
            P p = w.proc.allp[0];
            G local = w.runnable();
            G global = w.runnable();
            Runq.runqput(w.proc, p, local, false);
            Runq.globrunqput(w.proc, global);
            p.schedtick = tick;
            G got = w.proc.schedule(w.ms[0]);
            assertSame(tick % 61 == 0 ? global : local, got, "schedtick " + tick);
        }
    }

    @Test
    void sysmonRetakesASyscallPOnlyAfterATickOfGrace() {
        // proc.go retake (3697-3703; the check at 3699): the first look at a new syscalltick only records it
        // (syscallwhen = now); the P is retaken at a later look if it is still in that syscall.
        World w = new World(1, 2);
        P p = w.proc.allp[1];
        M holder = w.ms[1];
        G gp = w.runnable();
        gp.status = G._Grunning;
        holder.curg = gp;
        gp.m = holder;
        // A P that already made 3 syscalls (exitsyscall bumps syscalltick). On a fresh P both
        // ticks are 0 and Go 1.7 retakes at the first look: pdesc starts zeroed (proc.go:3676-3681).
        p.syscalltick = 3;
        w.proc.entersyscall(holder, gp);
        Runq.runqput(w.proc, p, w.runnable(), false); // other work, so no 10ms patience
        Sysmon sysmon = new Sysmon(w.rt, new M(99, true), 0, false);
        int tick = p.syscalltick;
        assertEquals(0, sysmon.retake(w.rt.now), "first look: only noted");
        assertEquals(P._Psyscall, p.status);
        assertEquals(1, sysmon.retake(w.rt.now + 20_000), "next look: retaken");
        assertEquals(tick + 1, p.syscalltick);
        assertFalse(p.status == P._Psyscall);
    }
}
