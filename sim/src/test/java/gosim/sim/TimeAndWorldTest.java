package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers in virtual time, stop-the-world with worldsema, and Go 1.7's failure reports. */
class TimeAndWorldTest {

    @Test
    void anHourOfSleepPassesInVirtualTime() {
        GoRuntime rt = GoRuntime.builder().checkInvariants(true).build();
        long[] t = new long[2];
        assertEquals(0, rt.run(() -> {
            t[0] = Go.nanotime();
            Go.sleep(3_600_000_000_000L);
            t[1] = Go.nanotime();
        }));
        long slept = t[1] - t[0];
        // At least the hour; at most the hour plus the wake-up of the timer thread and a P hand-off.
        assertTrue(slept >= 3_600_000_000_000L && slept < 3_600_000_000_000L + 100_000, "slept " + slept);
    }

    @Test
    void sleepersWakeInDeadlineOrder() {
        for (long seed = 1; seed <= 10; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).checkInvariants(true).build();
            Func f = rt.symtab().define("main.main.func1", "main.go", 10, 20);
            List<Integer> woke = new ArrayList<>();
            int[] done = {0};
            assertEquals(0, rt.run(() -> {
                G main = GoRuntime.self();
                int[] ms = {30, 10, 50, 20, 40};
                for (int d : ms) {
                    Go.go(f, () -> {
                        Go.sleep(d * 1_000_000L);
                        woke.add(d);
                        if (++done[0] == ms.length) {
                            Go.runtime().goready(main);
                        }
                    });
                }
                Go.runtime().gopark("chan receive");
            }));
            assertEquals(List.of(10, 20, 30, 40, 50), woke, "seed " + seed);
        }
    }

    @Test
    void twoGoroutinesRacingToStopTheWorldBothFinishInWorldsemaOrder() {
        for (long seed = 1; seed <= 10; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(4).checkInvariants(true).eventLog(true).build();
            Func stopper = rt.symtab().define("main.stopper", "main.go", 10, 20);
            Func busy = rt.symtab().define("main.busy", "main.go", 30, 40);
            List<Long> order = new ArrayList<>();
            int[] done = {0};
            assertEquals(0, rt.run(() -> {
                G main = GoRuntime.self();
                for (int i = 0; i < 4; i++) {
                    Go.go(busy, () -> {
                        for (int k = 0; k < 50; k++) {
                            Go.work(100_000);
                        }
                    });
                }
                for (int i = 0; i < 2; i++) {
                    Go.go(stopper, () -> {
                        Go.work(50_000);
                        rt.stopTheWorld("test");
                        order.add(Go.goid());
                        Go.work(1_000_000); // nothing else may run meanwhile: switchTo asserts it
                        rt.startTheWorld();
                        if (++done[0] == 2) {
                            rt.goready(main);
                        }
                    });
                }
                rt.gopark("chan receive");
            }), "seed " + seed);
            assertEquals(2, order.size());
            // worldsema order: the second stopper's STW event comes after the first one's start.
            List<Long> stwOrder = new ArrayList<>();
            EventLog log = rt.eventLog();
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventLog.Kind.STW) {
                    stwOrder.add(log.goid(i));
                }
            }
            assertEquals(order, stwOrder);
        }
    }

    private static String stderrOf(java.util.function.Function<PrintStream, GoRuntime> build, Runnable main,
            int[] status) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        GoRuntime rt = build.apply(ps);
        status[0] = rt.run(rt.symtab().define("main.main", "/tmp/x.go", 3, 20), main);
        return err.toString(StandardCharsets.UTF_8);
    }

    /** main.main's offset of the return PC of a call on line L (main.main starts at line 3). */
    private static String off(int line) {
        return Long.toHexString(Func.PROLOGUE + (long) (line - 3) * Func.LINE_BYTES + Func.CALL_LEN);
    }

    @Test
    void deadlockIsReportedAsGo17DoesWithExitStatus2() {
        int[] status = new int[1];
        String err = stderrOf(ps -> GoRuntime.builder().stderr(ps).build(), () -> {
            Go.line(5);
            Go.runtime().gopark("chan receive");
        }, status);
        assertEquals(2, status[0]);
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 1 [chan receive]:\n"
                + "main.main()\n\t/tmp/x.go:5 +0x" + off(5) + "\n", err);
    }

    @Test
    void go119HidesGopanicWhenItIsTheFirstFrame() {
        // go1.19 runtime/traceback.go:966-971 (showfuncinfo): runtime.gopanic is shown only when it
        // is not the first frame; a real `panic("boom")` in main prints main.main right under the header
        int[] status = new int[1];
        String err = stderrOf(ps -> GoRuntime.builder().version(GoVersion.GO1_19).stderr(ps).build(), () -> {
            Go.line(7);
            throw new GoPanic("boom");
        }, status);
        assertEquals(2, status[0]);
        assertTrue(err.startsWith("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"), err);
    }

    @Test
    void unrecoveredPanicPrintsThePanicAndThePanickingGoroutine() {
        int[] status = new int[1];
        String err = stderrOf(ps -> GoRuntime.builder().stderr(ps).build(), () -> {
            Go.line(7);
            throw new GoPanic("boom");
        }, status);
        assertEquals(2, status[0]);
        assertTrue(err.startsWith("panic: boom\n\ngoroutine 1 [running]:\npanic(0x462a40, 0xc42000e1e0)\n"
                + "\t/usr/local/go/src/runtime/panic.go:500 +0x"), err);
        assertTrue(err.endsWith("main.main()\n\t/tmp/x.go:7 +0x" + off(7) + "\n"), err);
    }

    @Test
    void nestedPanicsPrintTheChainWithRecovered() {
        GoPanic first = new GoPanic("first");
        first.markRecovered();
        assertEquals("panic: first [recovered]\n\tpanic: second\n", new GoPanic("second", first, false).printPanics());
    }

    @Test
    void osExitEndsTheProcessWithItsStatus() {
        GoRuntime rt = GoRuntime.builder().build();
        Func f = rt.symtab().define("main.main.func1", "main.go", 10, 20);
        boolean[] after = {false};
        assertEquals(3, rt.run(() -> {
            Go.go(f, () -> Go.exit(3));
            Go.sleep(1_000_000);
            after[0] = true;
        }));
        assertEquals(false, after[0]);
    }

    @Test
    void goexitInMainThenNothingLeftIsTheGoexitDeadlock() {
        int[] status = new int[1];
        String err = stderrOf(ps -> GoRuntime.builder().stderr(ps).build(), Go::goexit, status);
        assertEquals(2, status[0]);
        // go1.7 proc.go:3543 throws on g0 with m.throwing = 1: dopanic_m (panic.go:656-665) prints
        // "runtime stack:" and g0's frames from throw down to mcall; no goroutine is left to dump.
        assertTrue(err.startsWith("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                + "\nruntime stack:\nruntime.throw(0x4b6a7c, 0x36)\n\t/usr/local/go/src/runtime/panic.go:566 +0x"), err);
        assertTrue(err.matches("(?s).*\nruntime\\.mcall\\(0x4a1f38\\)\n\t/usr/local/go/src/runtime/asm_amd64\\.s:240 \\+0x[0-9a-f]+\n"), err);
        assertFalse(err.contains("goroutine 1 ["), err);
        // Go 1.19's fatal() (proc.go:5077) is a user throw: the line alone (checked against real Go
        // 1.19 in specs' DeadlockReportTest).
        String err19 = stderrOf(ps -> GoRuntime.builder().version(GoVersion.parse("1.19")).stderr(ps).build(),
                Go::goexit, status);
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", err19);
    }

    @Test
    void stackOfAllGoroutinesStopsTheWorldAndTruncates() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).checkInvariants(true).build();
        Func worker = rt.symtab().define("main.worker", "/tmp/x.go", 30, 40);
        String[] out = new String[3];
        assertEquals(0, rt.run(rt.symtab().define("main.main", "/tmp/x.go", 3, 20), () -> {
            Go.line(5);
            Go.go(worker, () -> {
                Go.line(32);
                Go.sleep(60_000_000_000L * 5);
            });
            // Blocked for a minute, but no GC has scanned the worker yet: no minutes
            // (waitsince is stamped by markroot, mgcmark.go:197-202, not at park).
            Go.sleep(60_000_000_000L);
            byte[] before = new byte[4096];
            out[2] = new String(before, 0, Go.stack(before, true), StandardCharsets.UTF_8);
            Go.gc(); // runtime.GC: mark termination scans every stack with work.tstart = now
            Go.sleep(60_000_000_000L * 2 + 1);
            Go.line(9);
            byte[] buf = new byte[4096];
            int n = Go.stack(buf, true);
            out[0] = new String(buf, 0, n, StandardCharsets.UTF_8);
            byte[] small = new byte[10];
            out[1] = new String(small, 0, Go.stack(small, false), StandardCharsets.UTF_8);
        }));
        long workerOff = Func.PROLOGUE + 2L * Func.LINE_BYTES + Func.CALL_LEN;
        long gopcOff = Func.PROLOGUE + 2L * Func.LINE_BYTES + Func.CALL_LEN;
        assertEquals("goroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:9 +0x" + off(9) + "\n"
                // main stays on P0 through runtime init: the spinning M woken for P1 finds only
                // P0's runnext and sleeps 3us first (proc.go:4160), by which time P0 has run it.
                // So the worker takes goid 5 from P0's batch, after the runtime's 2-4.
                + "\ngoroutine 5 [sleep, 2 minutes]:\n"
                + "time.Sleep(0x45d964b800)\n\t/usr/local/go/src/runtime/time.go:59 +0x" // 300e9 ns
                + Long.toHexString(Func.PROLOGUE + (59 - 48) * Func.LINE_BYTES + Func.CALL_LEN) + "\n"
                + "main.worker()\n\t/tmp/x.go:32 +0x" + Long.toHexString(workerOff) + "\n"
                + "created by main.main\n\t/tmp/x.go:5 +0x" + Long.toHexString(gopcOff) + "\n", out[0]);
        assertEquals("goroutine ", out[1], "truncated to the 10-byte buffer");
        assertTrue(out[2].contains("\ngoroutine 5 [sleep]:\n"), out[2]);
    }
}
