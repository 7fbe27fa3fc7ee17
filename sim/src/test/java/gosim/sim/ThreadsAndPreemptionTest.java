package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LockOSThread, the thread limit, and sysmon's preemption of long-running goroutines. */
class ThreadsAndPreemptionTest {

    @Test
    void aLockedGoroutineAlwaysRunsOnItsOwnThreadWhileOthersRunElsewhere() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).checkInvariants(true).build();
        Func locked = rt.symtab().define("main.locked", "main.go", 10, 20);
        Func other = rt.symtab().define("main.other", "main.go", 30, 40);
        List<Long> lockedMs = new ArrayList<>();
        List<Long> otherMs = new ArrayList<>();
        assertEquals(0, rt.run(() -> {
            G main = GoRuntime.self();
            int[] done = {0};
            Runnable finish = () -> {
                if (++done[0] == 2) {
                    rt.goready(main);
                }
            };
            Go.go(locked, () -> {
                Go.lockOSThread();
                for (int i = 0; i < 5; i++) {
                    lockedMs.add(Go.mid());
                    Go.sleep(1_000_000);
                }
                Go.unlockOSThread();
                finish.run();
            });
            Go.go(other, () -> {
                for (int i = 0; i < 5; i++) {
                    otherMs.add(Go.mid());
                    Go.sleep(1_000_000);
                }
                finish.run();
            });
            rt.gopark("chan receive");
        }));
        assertEquals(1, lockedMs.stream().distinct().count(), "locked goroutine stays on one M: " + lockedMs);
        assertTrue(otherMs.stream().noneMatch(lockedMs::contains),
                "while locked, its M runs nothing else: " + lockedMs + " vs " + otherMs);
    }

    @Test
    void exceedingMaxThreadsIsFatal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .build();
        Func f = rt.symtab().define("main.block", "main.go", 10, 20);
        int status = rt.run(() -> {
            Go.setMaxThreads(8);
            for (int i = 0; i < 50; i++) {
                Go.go(f, () -> Go.nanosleep(1_000_000_000L));
            }
            Go.sleep(2_000_000_000L);
        });
        assertEquals(2, status);
        String out = err.toString(StandardCharsets.UTF_8);
        // go1.7 proc.go:482-488 checkmcount prints the limit line then throw("thread exhaustion");
        // panic.go:560 prints "fatal error: ", and dopanic_m (panic.go:656-665) prints
        // "\nruntime stack:\n" and g0's traceback because the throw is on g0 (sysmon's retake).
        assertTrue(out.startsWith("runtime: program exceeds 8-thread limit\nfatal error: thread exhaustion\n"
                + "\nruntime stack:\nruntime.throw(0x4b6a7c, 0x11)\n"), out);
        // The call lines of go1.7's g0 path, innermost first: checkmcount's throw (proc.go:486),
        // mcommoninit's checkmcount() (506), allocm's mcommoninit(mp) (1286), newm's allocm (1555),
        // startm's newm (1642), handoffp's startm (1669), retake's handoffp (3722), sysmon's
        // retake (3649), mstart1's fn() (1126), mstart's mstart1() (1096).
        String[] frames = {"runtime/panic.go:566 +0x", "runtime.checkmcount()\n", "runtime/proc.go:486 ",
            "runtime.mcommoninit(0x", "runtime/proc.go:506 ", "runtime.allocm(0x", "runtime/proc.go:1286 ",
            "runtime.newm(0x0, 0x", "runtime/proc.go:1555 ", "runtime.startm(0x", "runtime/proc.go:1642 ",
            "runtime.handoffp(0x", "runtime/proc.go:1669 ", "runtime.retake(0x", "runtime/proc.go:3722 ",
            "runtime.sysmon()\n", "runtime/proc.go:3649 ",
            "runtime.mstart1()\n", "runtime/proc.go:1126 ", "runtime.mstart()\n", "runtime/proc.go:1096 +0x"};
        int at = 0;
        for (String frame : frames) {
            int i = out.indexOf(frame, at);
            assertTrue(i >= 0, "missing " + frame + " after offset " + at + " in\n" + out);
            at = i + frame.length();
        }
        // tracebackothers (traceback.go) follows, each goroutine after a blank line.
        assertTrue(out.indexOf("\n\ngoroutine 1 [", at) > 0, out);
    }

    @Test
    void aGoroutineBehindAHogRunsWithinTwoSysmonPeriods() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).checkInvariants(true).eventLog(true).build();
        Func hog = rt.symtab().define("main.hog", "main.go", 10, 20);
        Func late = rt.symtab().define("main.late", "main.go", 30, 40);
        long[] lateRanAt = {-1};
        long[] start = {0};
        assertEquals(0, rt.run(() -> {
            G main = GoRuntime.self();
            start[0] = Go.nanotime();
            Go.go(late, () -> {
                lateRanAt[0] = Go.nanotime();
                rt.goready(main);
            });
            Go.go(hog, () -> Go.work(100_000_000)); // hog takes runnext; late waits in the queue
            rt.gopark("chan receive");
        }));
        long waited = lateRanAt[0] - start[0];
        // sysmon sees the same schedtick for 10ms (forcePreemptNS), then preempts at its next look;
        // its sleep has grown to at most 10ms by then: late runs between 10ms and 30ms.
        assertTrue(waited >= 10_000_000 && waited <= 30_000_000, "late waited " + waited + "ns");
        boolean preempted = false;
        for (int i = 0; i < rt.eventLog().size(); i++) {
            preempted |= rt.eventLog().kind(i) == EventLog.Kind.PREEMPT;
        }
        assertTrue(preempted);
    }

    @Test
    void aGoroutineExitingLockedLeavesItsThreadForReuseAsGo17Does() {
        // Go 1.7's goexit0 clears m.locked and keeps the thread (1.10 started killing it).
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).checkInvariants(true).build();
        Func f = rt.symtab().define("main.locker", "main.go", 10, 20);
        long[] lockedOn = {-1};
        int[] mcount = new int[2];
        boolean[] unlockedAfterExit = {false};
        assertEquals(0, rt.run(() -> {
            Go.go(f, () -> {
                Go.lockOSThread();
                lockedOn[0] = Go.mid();
            });
            Go.sleep(1_000_000);
            mcount[0] = rt.mcount();
            for (M m : rt.allm()) {
                if (m.id() == lockedOn[0]) {
                    unlockedAfterExit[0] = m.lockedg() == null;
                }
            }
            Go.sleep(1_000_000);
            mcount[1] = rt.mcount();
        }));
        assertTrue(unlockedAfterExit[0], "the M the goroutine died locked to is unlocked, not gone");
        assertEquals(mcount[0], mcount[1]);
        assertTrue(rt.allm().stream().anyMatch(m -> m.id() == lockedOn[0]), "and still on allm");
    }
}
