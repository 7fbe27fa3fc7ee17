package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deferred call that panics while a panic runs it: gopanic calls the deferred function on top
 * of the stack of the frame that panicked (go1.7 panic.go:458 reflectcall, 1.19 panic.go:884
 * runOpenDeferFrame), so the traceback shows a "panic(...)" frame in the middle, between the
 * deferred call and the function that panicked first (which may be deeper than the deferrer).
 * go1.7 always shows gopanic (traceback.go:694-699) and names it "panic" (393-395); 1.19 hides it
 * only as the first frame (traceback.go:966-971). The header lists the panics oldest first,
 * " [recovered]" after one a deferred call recovered (printpanics). Compared with real Go 1.19
 * run at test time (header lines, then statuses and frames as function file:line); under go1.7
 * with those sources.
 */
class PanicInDeferTest {
    @TempDir
    Path dir;

    private static final String NESTED = """
            package main

            func main() {
            	defer func() {
            		panic("second")
            	}()
            	panic("first")
            }
            """;

    private static final String RECOVERED = """
            package main

            func main() {
            	defer func() {
            		r := recover()
            		panic(r)
            	}()
            	panic("first")
            }
            """;

    private static final String DEEP = """
            package main

            import "fmt"

            //go:noinline
            func f(n int) {
            	panic(fmt.Sprint("first ", n))
            }

            func g() {
            	defer func() {
            		h()
            	}()
            	f(3)
            }

            //go:noinline
            func h() {
            	panic("second")
            }

            func main() {
            	g()
            }
            """;

    @Test
    void nestedAsRealGo119() throws IOException {
        compare("nested.go", NESTED);
    }

    @Test
    void recoveredThenPanickedAsRealGo119() throws IOException {
        compare("recov.go", RECOVERED);
    }

    @Test
    void deferredCallSitsAboveTheFrameThatPanickedAsRealGo119() throws IOException {
        compare("deep.go", DEEP);
    }

    @Test
    void go17ShowsBothGopanicFrames() throws IOException {
        RunOutput got = GosimRun.run(dir, "deep.go", DEEP);
        assertEquals(2, got.exitCode());
        assertTrue(got.stderr().startsWith("panic: first 3\n\tpanic: second\n\ngoroutine 1 [running]:\n"), got.stderr());
        // go1.7 panic.go:500 is the innermost gopanic's dopanic(0), 458 the
        // outer one's reflectcall of the deferred function
        assertEquals(List.of(
                "goroutine [running]:",
                "panic panic.go:500",
                "main.h deep.go:19",
                "main.g.func1 deep.go:12",
                "panic panic.go:458",
                "main.f deep.go:7",
                "main.g deep.go:14",
                "main.main deep.go:23"), DumpFrames.frames(got.stderr(), fn -> true), got.stderr());
    }

    private void compare(String name, String src) throws IOException {
        DumpFrames.sameStderrFramesAsRealGo119(dir, name, src, (want, got) -> {
            assertEquals(header(want), header(got), got);
            assertTrue(DumpFrames.frames(want, fn -> true).contains("panic panic.go:884"), want);
        });
    }

    /** The panic lines before the first goroutine. */
    private static String header(String out) {
        int i = out.indexOf("\ngoroutine ");
        return i < 0 ? out : out.substring(0, i);
    }
}
