package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goids the runtime's own goroutines take before the program's, per dialect. At GOMAXPROCS 1
 * every goid comes from P0's cache in creation order, so they are exact; with more Ps the goids
 * depend on which P each creator runs on (30 runs of the GC program below under real Go 1.19 at
 * GOMAXPROCS 4 gave its first child goids 5, 10, 17, 20, 21, 33, 34, 36 and 49), which is
 * scheduling, not a release difference (ExpectedDifferences.GOROUTINE_IDS).
 */
class RuntimeGoroutineIdsTest {
    @TempDir
    Path dir;

    /** The running goroutine's id, read from its traceback header. */
    private static final String GOID = """

            func goid() string {
            \tbuf := make([]byte, 64)
            \tn := runtime.Stack(buf, false)
            \treturn strings.Fields(string(buf[:n]))[1]
            }
            """;

    /** runtime.GC, then three goroutines one after another, each printing its goid. */
    private static final String AFTER_GC = """
            package main

            import (
            \t"fmt"
            \t"runtime"
            \t"strings"
            )

            func main() {
            \truntime.GC()
            \tdone := make(chan string)
            \tfor i := 0; i < 3; i++ {
            \t\tgo func() { done <- goid() }()
            \t\tfmt.Println("child", <-done)
            \t}
            }
            """;

    /** A first timer (time.Sleep) before the goroutine. */
    private static final String AFTER_SLEEP = """
            package main

            import (
            \t"fmt"
            \t"runtime"
            \t"strings"
            \t"time"
            )

            func main() {
            \ttime.Sleep(time.Millisecond)
            \tdone := make(chan string)
            \tgo func() { done <- goid() }()
            \tfmt.Println("child", <-done)
            }
            """;

    private String gosim(String src, String... flags) throws IOException {
        RunOutput r = GosimRun.run(dir, "ids.go", src + GOID, flags);
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    /** The program's stdout under real Go 1.19 at GOMAXPROCS 1; skips the test without go. */
    private static String realGo(String src) throws IOException {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go not installed: real-Go comparison skipped");
        try (go) {
            return go.build("ids.go", src + GOID).run(java.util.List.of(), java.util.Map.of("GOMAXPROCS", "1")).stdout();
        }
    }

    @Test
    void go17() throws IOException {
        // go1.7: 1 main; 2 forcegchelper (proc.go:213, runtime init); 3 bgsweep (gcenable,
        // mgc.go:195); 4 runfinq (os's init sets finalizers: SetFinalizer -> createfing, mfinal.go:139).
        // runtime.GC is gcForceBlockMode, which starts no mark workers (mgc.go:947-949): 5, 6, 7.
        assertEquals("child 5\nchild 6\nchild 7\n", gosim(AFTER_GC, "-gomaxprocs", "1"));
        // The first timer starts timerproc (time.go:116): 5; the child is 6.
        assertEquals("child 6\n", gosim(AFTER_SLEEP, "-gomaxprocs", "1"));
    }

    @Test
    void go119MatchesRealGoAfterAGc() throws IOException {
        String real = realGo(AFTER_GC);
        // 1.19: 2 forcegchelper (proc.go:290), 3 bgsweep and 4 bgscavenge (mgc.go:178-179), 5 runfinq
        // (mfinal.go:157), 6 the mark worker every cycle starts (mgc.go:645): children 7, 8, 9.
        assertEquals("child 7\nchild 8\nchild 9\n", real);
        assertEquals(real, gosim(AFTER_GC, "-go", "1.19", "-gomaxprocs", "1"));
    }

    @Test
    void go119MatchesRealGoAfterAFirstTimer() throws IOException {
        String real = realGo(AFTER_SLEEP);
        // 1.14+ has no timer goroutine (1.19 time.go:256-283 addtimer puts the timer on the P's heap):
        // after 2 forcegchelper, 3 bgsweep, 4 bgscavenge, 5 runfinq the child is 6.
        assertEquals("child 6\n", real);
        assertEquals(real, gosim(AFTER_SLEEP, "-go", "1.19", "-gomaxprocs", "1"));
    }
}
