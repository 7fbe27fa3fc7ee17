package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goroutines started by time.AfterFunc (resources afterfunc/afterfunc.go dumps all goroutines with
 * debug=2). The timer calls time.goFunc, whose {@code go arg.(func())()} starts the goroutine: its
 * start function is the user's function and its "created by" is time.goFunc at that go statement.
 * Under -go 1.19 the dump is compared with real Go 1.19, built and run at test time: every
 * goroutine's status and frames as (function, file:line), goroutines in dump order (goids and
 * argument words are not compared: ExpectedDifferences ADDRESSES, ARGUMENT_WORDS). Under go1.7 the
 * line is the source's: go1.7 src/time/sleep.go:153-155 is goFunc, its go statement at line 154.
 */
class AfterFuncTracebackTest {
    private static final String NAME = "afterfunc.go";

    @TempDir
    Path dir;

    @Test
    void sameDumpAsRealGo119() throws IOException {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go is not installed");
        try {
            String src = resource();
            RealGo.Result want = go.build(NAME, src).run();
            RunOutput got = GosimRun.run(dir, NAME, src, "-go", "1.19");
            assertEquals(want.exitCode(), got.exitCode(), got.stderr());
            List<String> ws = frames(want.stdout());
            // Go 1.19.8 src/time/sleep.go:175-177 is goFunc; its go statement is line 176
            assertTrue(ws.contains("created by time.goFunc sleep.go:176"), want.stdout());
            assertEquals(String.join("\n", ws), String.join("\n", frames(got.stdout())), got.stdout());
        } finally {
            go.close();
        }
    }

    @Test
    void go17CreatedByGoFuncAtLine154() throws IOException {
        RunOutput got = GosimRun.run(dir, NAME, resource());
        assertEquals(0, got.exitCode(), got.stderr());
        // go1.7 src/time/sleep.go:154: `go arg.(func())()` in goFunc (153-155), so each AfterFunc
        // goroutine's bottom frame is the user's function and goFunc is only its creator; go1.7
        // src/runtime/pprof/pprof.go:585 runtime.Stack, :574 writeGoroutineStacks, :298 p.write
        String want = String.join("\n",
                "goroutine [running]:",
                "runtime/pprof.writeGoroutineStacks pprof.go:585",
                "runtime/pprof.writeGoroutine pprof.go:574",
                "runtime/pprof.(*Profile).WriteTo pprof.go:298",
                "main.dump afterfunc.go:13",
                "main.main.func2 afterfunc.go:25",
                "created by time.goFunc sleep.go:154",
                "goroutine [chan receive]:",
                "main.main afterfunc.go:27",
                "goroutine [chan receive]:",
                "main.main.func1 afterfunc.go:21",
                "created by time.goFunc sleep.go:154");
        assertEquals(want, String.join("\n", frames(got.stdout())), got.stdout());
    }

    /** Each goroutine's status, then its frames and creator as "function file:line". */
    static List<String> frames(String dump) {
        return DumpFrames.frames(dump, fn -> true);
    }

    private static String resource() throws IOException {
        return HeapDump.resource("/gosim/specs/realgo/afterfunc/" + NAME);
    }
}
