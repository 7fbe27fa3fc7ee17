package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GODEBUG=schedtrace=X: sysmon prints Go 1.7's SCHED line every X ms of virtual time. */
class SchedtraceTest {
    @Test
    void schedtracePrintsASchedLinePerPeriod() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).godebug("gctrace=1,schedtrace=10")
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        Func w = rt.symtab().define("main.worker", "main.go", 10, 20);
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 3; i++) {
                Go.go(w, () -> Go.work(35_000_000));
            }
            Go.sleep(40_000_000);
        }));
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        // Sysmon's first look prints "SCHED 0ms", then one line per 10ms: 0, 10, 20, 30 (40 may race the exit).
        assertTrue(lines.length >= 4, err.toString());
        for (String l : lines) {
            assertTrue(l.matches("SCHED \\d+ms: gomaxprocs=2 idleprocs=[0-2] threads=\\d+ spinningthreads=\\d+ "
                    + "idlethreads=\\d+ runqueue=\\d+ \\[\\d+ \\d+\\]"), l);
        }
        assertTrue(lines[0].startsWith("SCHED 0ms: "));
        assertTrue(lines[1].startsWith("SCHED 1"), lines[1]); // 10ms or a sysmon period later
    }
}
