package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stop-the-world and the syscall paths checked line by line against go1.7 src/runtime/proc.go
 * and sema.go (the line numbers cited are the go1.7 tag's).
 */
class StwSyscallAuditTest {

    /**
     * worldsema is a plain semaphore: its release (startTheWorld, proc.go:916; gcMarkDone's
     * semrelease, mgc.go:1316) readies the first waiter, but the count goes back to the semaphore
     * (sema.go:137-158) and the woken waiter must still win it with cansemacquire (sema.go:107-109).
     * A holder that stops the world again before the waiter has run takes worldsema again; the
     * waiter queues anew and stops the world after it. Here a holds worldsema with the world
     * running, as go1.7's gcStart does through concurrent mark (mgc.go:941, 1316).
     */
    @Test
    void aStopperThatComesBackFirstRetakesWorldsema() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).checkInvariants(true).build();
        Func b = rt.symtab().define("main.b", "main.go", 30, 40);
        List<String> order = new ArrayList<>();
        int[] waiters = new int[1];
        assertEquals(0, rt.run(() -> {
            G a = GoRuntime.self();
            rt.stw.worldsema.semacquireRuntime(a);
            G gb = rt.go(b, () -> {
                rt.stopTheWorld("b");
                order.add("b");
                rt.startTheWorld();
            });
            while (gb.status != G._Gwaiting) {
                Go.gosched(); // until b blocks on worldsema
            }
            waiters[0] = rt.stw.worldsema.waiters();
            rt.stw.worldsema.semrelease(a); // readies b; b has not run yet
            rt.stopTheWorld("a"); // a hand-off (Go 1.9's semrelease1(handoff)) would block a here
            order.add("a");
            rt.startTheWorld();
            while (gb.status != G._Gdead) {
                Go.gosched();
            }
        }));
        assertEquals(1, waiters[0], "b waited on worldsema");
        assertEquals(List.of("a", "b"), order);
        assertEquals(1, rt.stw.worldsema.value());
    }

    /**
     * procresize builds runnablePs from the top P down, prepending (proc.go:3405-3418), and
     * startTheWorldWithSema walks it from the front (proc.go:1038-1053): with no idle M, the Ps
     * with work get new Ms in increasing P order, so the lower P has the lower M id.
     */
    @Test
    void startTheWorldMakesMsForPsWithWorkFromTheLowestPUp() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(3).checkInvariants(true).build();
        Func f = rt.symtab().define("main.f", "main.go", 10, 20);
        M[] got = new M[3];
        assertEquals(0, rt.run(() -> {
            G me = GoRuntime.self();
            Proc proc = rt.proc;
            rt.stopTheWorld("test");
            // No idle M, so every P with work needs a new M: the idle ones step aside meanwhile.
            List<M> idle = new ArrayList<>();
            for (M m; (m = proc.mget()) != null; ) {
                idle.add(m);
            }
            // Two Gs made with the world stopped, moved to P1's and P2's queues.
            for (int i = 1; i <= 2; i++) {
                Go.go(f, () -> { });
                G gp = Runq.runqget(proc, me.m.p);
                assertNotNull(gp);
                Runq.runqput(proc, proc.allp[i], gp, false);
            }
            rt.startTheWorld();
            for (M m : idle) {
                proc.mput(m);
            }
            for (M m = proc.allm; m != null; m = m.alllink) {
                if (m.nextp != null) {
                    got[m.nextp.id] = m;
                }
            }
        }));
        assertNotNull(got[1]);
        assertNotNull(got[2]);
        assertTrue(got[1].id < got[2].id, "P1's M " + got[1].id + ", P2's M " + got[2].id);
    }

    /**
     * Every way out of a syscall bumps the P's syscalltick (exitsyscall, proc.go:2480 after
     * exitsyscallfast, proc.go:2535 after exitsyscall0), which scheddetail prints. A syscall
     * that keeps its P: one bump at exitsyscall on top of none at entersyscall (proc.go:2355).
     */
    @Test
    void exitsyscallBumpsSyscalltickOnEveryPath() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).checkInvariants(true).build();
        int[] ticks = new int[3];
        assertEquals(0, rt.run(() -> {
            P p = GoRuntime.self().m.p;
            ticks[0] = p.syscalltick;
            rt.syscall(1_000); // short: sysmon does not retake it, exitsyscallfast keeps the P
            ticks[1] = p.syscalltick;
            // Long enough for sysmon to retake the P (proc.go:3741-3770, syscalltick++ there); then
            // exitsyscallfast_pidle finds it idle and takes it (syscalltick++ at 2480).
            rt.syscall(50_000_000);
            ticks[2] = GoRuntime.self().m.p.syscalltick;
        }));
        assertEquals(ticks[0] + 1, ticks[1]);
        assertEquals(ticks[1] + 2, ticks[2], "retake's bump and exitsyscall's");
    }

    /**
     * procresize never frees a P: a shrink leaves it _Pdead in allp (go1.7 proc.go:3385-3386) and
     * a later grow makes a new P only where allp[i] is nil (3300-3310), so P3 comes back with its
     * schedtick and goid cache as it left them.
     */
    @Test
    void aPThatDiedInAShrinkComesBackAsItWas() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(4).checkInvariants(true).build();
        Func f = rt.symtab().define("main.f", "main.go", 10, 20);
        Object[] before = new Object[3];
        Object[] after = new Object[3];
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 64; i++) {
                Go.go(f, () -> Go.work(50_000));
            }
            Go.work(2_000_000);
            P p3 = rt.proc.allp[3];
            before[0] = p3;
            before[1] = p3.schedtick;
            before[2] = p3.goidcache;
            Go.gomaxprocs(1);
            Go.gomaxprocs(4);
            after[0] = rt.proc.allp[3];
            after[1] = rt.proc.allp[3].schedtick;
            after[2] = rt.proc.allp[3].goidcache;
        }));
        assertTrue((int) before[1] > 0, "P3 ran goroutines");
        assertTrue(before[0] == after[0], "the same P");
        assertEquals(before[1], after[1]);
        assertEquals(before[2], after[2]);
    }
}
