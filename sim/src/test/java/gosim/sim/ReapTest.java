package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a process ends, the threads of its goroutines still parked are unwound, not left parked. */
class ReapTest {
    @Test
    void parkedGoroutineThreadsEndWhenTheProcessExits() throws Exception {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).build();
        Func f = rt.symtab().define("main.f", "main.go", 1, 10);
        List<Thread> threads = new ArrayList<>();
        int[] finallyRan = {0};
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 100; i++) {
                Go.go(f, () -> {
                    threads.add(Thread.currentThread());
                    try {
                        Chan.make().recv(); // blocks forever
                    } finally {
                        finallyRan[0]++;
                    }
                });
            }
            Go.sleep(1_000_000);
        }));
        assertEquals(100, threads.size());
        for (Thread t : threads) {
            t.join(10_000);
            assertFalse(t.isAlive(), "goroutine thread still parked after the process ended");
        }
        assertEquals(100, finallyRan[0], "unwinding runs finally blocks, as Goexit runs deferred calls");
    }

    @Test
    void bareContinuationsAreUnwoundToo() {
        // Bare continuations (Builder#continuations) run on the thread that called run: the
        // unwinding is the same resume-and-throw, and their finally blocks run once each.
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).continuations(true).build();
        Func f = rt.symtab().define("main.f", "main.go", 1, 10);
        Thread caller = Thread.currentThread();
        int[] onCaller = {0};
        int[] finallyRan = {0};
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 100; i++) {
                Go.go(f, () -> {
                    onCaller[0] += Thread.currentThread() == caller ? 1 : 0;
                    try {
                        Chan.make().recv(); // blocks forever
                    } finally {
                        finallyRan[0]++;
                    }
                });
            }
            Go.sleep(1_000_000);
        }));
        assertEquals(100, onCaller[0], "each goroutine ran as a continuation on the caller's thread");
        assertEquals(100, finallyRan[0]);
    }

    @Test
    void withoutUnwindingTheParkedGoroutinesAreLeftAsTheyAre() throws Exception {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).unwindOnExit(false).build();
        Func f = rt.symtab().define("main.f", "main.go", 1, 10);
        List<Thread> threads = new ArrayList<>();
        int[] finallyRan = {0};
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 10; i++) {
                Go.go(f, () -> {
                    threads.add(Thread.currentThread());
                    try {
                        Chan.make().recv(); // blocks forever
                    } finally {
                        finallyRan[0]++;
                    }
                });
            }
            Go.sleep(1_000_000);
        }));
        assertEquals(10, threads.size());
        for (Thread t : threads) {
            assertTrue(t.isAlive(), "a goroutine thread was unwound although unwindOnExit is off");
        }
        assertEquals(0, finallyRan[0], "no finally block runs: the goroutines were never resumed");
    }

    @Test
    void aLeakReportWrittenWhenAskedEqualsTheOneWrittenAtExit() {
        // Builder#leaksAtExit(false) (the CLI) defers the tracebacks of the goroutines blocked at
        // exit to the first leakedGoroutines call: same text, since nothing runs after the exit.
        String atExit = leakReport(true);
        assertTrue(atExit.contains("goroutine ") && atExit.contains("[chan receive]"), atExit);
        assertEquals(5, atExit.split("\n\n").length, atExit);
        assertEquals(atExit, leakReport(false));
    }

    private static String leakReport(boolean atExit) {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).continuations(true).unwindOnExit(false)
                .leaksAtExit(atExit).build();
        Func f = rt.symtab().define("main.f", "main.go", 1, 10);
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 5; i++) {
                Go.go(f, () -> Chan.make().recv()); // blocks forever
            }
            Go.sleep(1_000_000);
        }));
        return rt.leakedGoroutines();
    }
}
