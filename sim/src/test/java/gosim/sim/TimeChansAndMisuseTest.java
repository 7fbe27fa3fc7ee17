package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** time's channel timers, and goroutine code that misuses the simulator. */
class TimeChansAndMisuseTest {

    @Test
    void selectWithTimeAfterTimesOutInVirtualTime() {
        GoRuntime rt = GoRuntime.builder().checkInvariants(true).build();
        List<String> got = new ArrayList<>();
        assertEquals(0, rt.run(() -> {
            Chan<Integer> never = Chan.make();
            long t0 = Go.nanotime();
            int i = new Select().recv(never, v -> got.add("value"))
                    .recv(TimeChans.after(5_000_000_000L), t -> got.add("timeout at " + (t - t0) / 1_000_000 + "ms"))
                    .run();
            assertEquals(1, i);
        }));
        assertEquals(List.of("timeout at 5000ms"), got);
    }

    @Test
    void tickerTicksAndTimerStops() {
        GoRuntime rt = GoRuntime.builder().checkInvariants(true).build();
        List<Long> ticks = new ArrayList<>();
        boolean[] stopped = new boolean[2];
        assertEquals(0, rt.run(() -> {
            long t0 = Go.nanotime();
            Chan<Long> tick = TimeChans.tick(10_000_000);
            for (int i = 0; i < 3; i++) {
                ticks.add((tick.recv() - t0) / 1_000_000);
            }
            TimeChans.Timer<Long> t = TimeChans.newTimer(1_000_000_000L);
            stopped[0] = t.stop();
            stopped[1] = t.stop();
        }));
        assertEquals(List.of(10L, 20L, 30L), ticks);
        assertTrue(stopped[0]);
        assertFalse(stopped[1]);
    }

    @Test
    void goroutineBlockingInTheJdkIsReportedWithItsGoid() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .build();
        Func f = rt.symtab().define("main.sleepy", "main.go", 10, 20);
        int status = rt.run(() -> {
            Go.go(f, () -> {
                try {
                    Thread.sleep(3_600_000); // never wakes first: a short sleep could end before the carrier sees it blocked
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Go.gosched();
        });
        assertEquals(2, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("fatal error: goroutine 5 blocked in the JDK outside a simulator primitive"), text);
        assertTrue(text.contains("Thread.sleep"), text);
    }

    @Test
    void aShortWaitInTheJdkIsWaitedForNotReported() {
        // A JDK-internal lock held for a moment by another thread (class initialization, lambda
        // linkage) must not fail the run: the carrier waits Engine.JDK_BLOCK_GRACE_NANOS for it.
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).build();
        Func f = rt.symtab().define("main.brief", "main.go", 10, 20);
        int[] after = new int[1];
        int status = rt.run(() -> {
            Chan<Integer> done = Chan.make(0);
            Go.go(f, () -> {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.send(1);
            });
            after[0] = done.recv();
        });
        assertEquals(0, status);
        assertEquals(1, after[0]);
    }

    @Test
    void aBareContinuationMayWaitWithAMonitorHeld() {
        // JDK 25 freezes a bare continuation that holds a monitor (it is not pinned), so a wait
        // inside synchronized works as on a virtual thread, as long as no other goroutine enters
        // that monitor meanwhile (GoRuntime.Builder#continuations: that one would hang the run).
        GoRuntime rt = GoRuntime.builder().continuations(true).gomaxprocs(1).build();
        Object lock = new Object();
        Func f = rt.symtab().define("main.sender", "main.go", 10, 20);
        int[] got = new int[1];
        int status = rt.run(() -> {
            Chan<Integer> c = Chan.make(0);
            Go.go(f, () -> c.send(2));
            synchronized (lock) {
                got[0] = c.recv(); // parks: the sender has not run yet
            }
        });
        assertEquals(0, status);
        assertEquals(2, got[0]);
    }

    @Test
    void callingGoroutineApiOutsideAGoroutineSaysSo() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                Go::gosched);
        assertTrue(e.getMessage().contains("must be made from a goroutine"));
    }

    @Test
    void withoutTheAddOpensTheRuntimeSaysWhichOptionIsMissing() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java.toString(), "-cp", cp, NoAddOpensMain.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("--add-opens java.base/java.lang=ALL-UNNAMED"), out);
    }

    /** Builds and runs a runtime in a JVM started without the --add-opens the simulator needs. */
    public static final class NoAddOpensMain {
        public static void main(String[] args) {
            try {
                GoRuntime.builder().build().run(() -> { });
                System.out.println("ran without the option?");
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
