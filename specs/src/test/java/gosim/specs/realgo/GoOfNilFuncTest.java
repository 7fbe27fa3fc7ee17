package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A go statement of a nil func value, directly and through time.AfterFunc(d, nil). newproc1
 * throws "go of nil func value" before it makes a G (go1.7 proc.go:2723-2726, with m.throwing = -1:
 * the default traceback level, no runtime frames, but dopanic_m on g0 sets all, panic.go:656-670,
 * so tracebackothers prints the current goroutine first and then the others; 1.19 proc.go:4115-4117
 * fatal, the same). Under -go 1.19 compared with real Go 1.19 run at test time (statuses and
 * frames as function file:line); under go1.7 with what those sources say.
 */
class GoOfNilFuncTest {
    @TempDir
    Path dir;

    private static final String DIRECT = """
            package main

            import "time"

            func other(c chan int) { <-c }

            func main() {
            	c := make(chan int)
            	go other(c)
            	time.Sleep(time.Millisecond)
            	var f func()
            	go f()
            	time.Sleep(time.Second)
            }
            """;

    private static final String AFTERFUNC = """
            package main

            import "time"

            func main() {
            	time.AfterFunc(time.Millisecond, nil)
            	time.Sleep(time.Second)
            }
            """;

    private static final List<String> DIRECT_FRAMES = List.of(
            "goroutine [running]:",
            "main.main gonil.go:12",
            "goroutine [chan receive]:",
            "main.other gonil.go:5",
            "created by main.main gonil.go:9");

    @Test
    void goOfNilFuncAsRealGo119() throws IOException {
        compareWithRealGo("gonil.go", DIRECT);
    }

    @Test
    void afterFuncOfNilAsRealGo119() throws IOException {
        // 1.19 runs the timer on g0 in checkTimers: no current goroutine, only main's sleep is shown
        compareWithRealGo("afnil.go", AFTERFUNC);
    }

    @Test
    void go17GoOfNilFunc() throws IOException {
        RunOutput got = GosimRun.run(dir, "gonil.go", DIRECT);
        assertEquals(2, got.exitCode());
        assertTrue(got.stderr().startsWith("fatal error: go of nil func value\n\ngoroutine 1 [running]:\n"), got.stderr());
        assertEquals(DIRECT_FRAMES, DumpFrames.frames(got.stderr(), fn -> true));
    }

    @Test
    void go17AfterFuncOfNilThrowsOnTheTimerGoroutine() throws IOException {
        RunOutput got = GosimRun.run(dir, "afnil.go", AFTERFUNC);
        assertEquals(2, got.exitCode());
        // go1.7: timerproc (time.go:154-211, a system goroutine made by addtimerLocked's go at
        // time.go:116, a hidden creator) calls goFunc, whose go statement is sleep.go:154; it is
        // the current goroutine, so it is shown first; main sleeps in timeSleep's goparkunlock, time.go:59.
        assertEquals(List.of(
                "goroutine [running]:",
                "time.goFunc sleep.go:154",
                "goroutine [sleep]:",
                "time.Sleep time.go:59",
                "main.main afnil.go:7"), DumpFrames.frames(got.stderr(), fn -> true), got.stderr());
        assertTrue(got.stderr().startsWith("fatal error: go of nil func value\n\n"), got.stderr());
    }

    private void compareWithRealGo(String name, String src) throws IOException {
        DumpFrames.sameStderrFramesAsRealGo119(dir, name, src, (want, got) -> {
            assertTrue(want.startsWith("fatal error: go of nil func value\n\n"), want);
            assertTrue(got.startsWith("fatal error: go of nil func value\n\n"), got);
        });
    }
}
