package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep recursion runs as deep as Go lets it, and an overflow prints Go's report. The depth cap
 * (GoStack.MAX_DEPTH, 2^20 calls) is lowered with -Dgosim.maxGoDepth for the overflow cases run
 * here so they end quickly; the report is the same at any depth.
 */
class StackOverflowTest {
    @TempDir
    Path dir;

    private static final String SUM = """
            package main

            import "fmt"

            func sum(n int) int {
            \tif n == 0 {
            \t\treturn 0
            \t}
            \treturn n + sum(n-1)
            }

            func main() {
            \tfmt.Println(sum(200000))
            }
            """;

    private static final String FOREVER = """
            package main

            func f(n int) int {
            \treturn f(n+1) + 1
            }

            func main() {
            \tprintln(f(0))
            }
            """;

    /**
     * A recursion 100,000 deep, which fits in Go's 1 GB limit, under runtime/debug.SetMaxStack(1 << 16)
     * (go1.7 rdebug.go:10-14 sets maxstacksize): at least 8 bytes a frame, it overflows 64 KiB.
     */
    private static final String LIMITED = """
            package main

            import "runtime/debug"

            func f(n int) int {
            \tif n == 0 {
            \t\treturn 0
            \t}
            \treturn f(n-1) + 1
            }

            func main() {
            \tprintln(debug.SetMaxStack(1 << 16))
            \tprintln(f(100000))
            }
            """;

    private RunOutput gosim(String name, String src, String... flags) throws IOException {
        return GosimRun.run(dir, name, src, flags);
    }

    @Test
    void recursion200000DeepReturnsTheSum() throws IOException {
        // Go's stack grows to 512 MiB (stack.go newstack); 200,000 frames of sum fit in a few MiB.
        RunOutput r = gosim("sum.go", SUM);
        assertEquals("20000100000\n", r.stdout(), r.stderr());
        assertEquals(0, r.exitCode());
    }

    /** Lines with every hex number as 0x?, the paths' directories dropped: the report's shape. */
    private static List<String> shape(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add(l.replaceAll("0x[0-9a-f]+\\??", "0x?").replaceAll("\t/\\S*/(\\S+:\\d+)", "\t$1"));
        }
        return lines;
    }

    @Test
    void infiniteRecursionPrintsGo17sReport() throws IOException {
        String saved = System.getProperty("gosim.maxGoDepth");
        RunOutput r;
        System.setProperty("gosim.maxGoDepth", "5000");
        try {
            r = gosim("forever.go", FOREVER);
        } finally {
            restore(saved);
        }
        assertEquals(2, r.exitCode());
        assertEquals("", r.stdout());
        List<String> got = shape(r.stderr());
        // go1.7 stack.go:1060-1061, panic.go:560, then dopanic_m on g0 (panic.go:656-665):
        // "runtime stack:" and g0's frames: throw's dopanic(0) at panic.go:566, newstack's throw at
        // stack.go:1061, morestack's CALL newstack at asm_amd64.s:366 (all runtime frames: the
        // retry of traceback.go:662-664); throw(s string) prints two words.
        List<String> want = new ArrayList<>(List.of(
                "runtime: goroutine stack exceeds 1000000000-byte limit",
                "fatal error: stack overflow",
                "",
                "runtime stack:",
                "runtime.throw(0x?, 0x?)",
                "\tpanic.go:566 +0x?",
                "runtime.newstack()",
                "\tstack.go:1061 +0x?",
                "runtime.morestack()",
                "\tasm_amd64.s:366 +0x?",
                "",
                "goroutine 1 [running]:"));
        // tracebackothers shows the current goroutine first (traceback.go:762-768), each frame
        // with fp and sp while throwing (traceback.go:414-416); the frame morestack was called
        // from is at its first line; at most _TracebackMaxFrames = 100 (runtime2.go:705), then
        // "...additional frames elided..." (traceback.go:665-667); 1.7 prints the result word too.
        want.add("main.f(0x?, 0x?)");
        want.add("\tforever.go:3 +0x? fp=0x? sp=0x?");
        for (int i = 1; i < 100; i++) {
            want.add("main.f(0x?, 0x?)");
            want.add("\tforever.go:4 +0x? fp=0x? sp=0x?");
        }
        want.add("...additional frames elided...");
        want.add("");
        assertEquals(want, got, r.stderr());
    }

    @Test
    void infiniteRecursionUnderGo119MatchesRealGo() throws Exception {
        sameReportAsRealGo119("forever.go", FOREVER, "5000");
    }

    /**
     * gosim -go 1.19 and real Go 1.19 (run now) report src's overflow alike; maxGoDepth, if not
     * null, lowers gosim's depth cap for the run.
     */
    private void sameReportAsRealGo119(String name, String src, String maxGoDepth) throws IOException {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go not installed: real-Go comparison skipped");
        RealGo.Result real;
        try (go) {
            real = go.run(name, src);
        }
        String saved = System.getProperty("gosim.maxGoDepth");
        RunOutput r;
        if (maxGoDepth != null) {
            System.setProperty("gosim.maxGoDepth", maxGoDepth);
        }
        try {
            r = gosim(name, src, "-go", "1.19");
        } finally {
            restore(saved);
        }
        assertEquals(real.exitCode(), r.exitCode());
        List<String> want = shape(real.stderr());
        List<String> got = shape(r.stderr());
        // Up to the elided line: limit, sp and bounds, throw, g0's three frames with fp, sp and pc,
        // goroutine 1's first 100 frames. After it Go 1.19 also dumps its system goroutines with
        // runtime frames (GOTRACEBACK is forced to system for runtime throws), which gosim omits.
        int end = want.indexOf("...additional frames elided...") + 1;
        assertTrue(end > 0, real.stderr());
        // 1.19 prints arguments as register-ABI guesses ("0x?" after our normalization) and throw's
        // string as {ptr, len}; main.f(n int) int shows n alone (printArgs describes parameters only).
        for (int i = 0; i < end; i++) {
            assertEquals(want.get(i), got.get(i), "line " + (i + 1) + " of\n" + r.stderr());
        }
    }

    @Test
    void setMaxStackLowersTheLimit() throws IOException {
        // newstack throws once the doubled stack would pass maxstacksize (go1.7 stack.go:1057-1061),
        // so 64 KiB of frames (minus _StackGuard) end the recursion
        RunOutput r = gosim("limited.go", LIMITED);
        assertEquals(2, r.exitCode());
        List<String> got = shape(r.stderr());
        assertEquals(List.of("1000000000", "runtime: goroutine stack exceeds 65536-byte limit",
                "fatal error: stack overflow"), got.subList(0, 3), r.stderr());
        int frames = (int) got.stream().filter(l -> l.equals("main.f(0x?, 0x?)")).count();
        assertTrue(got.contains("...additional frames elided..."), r.stderr());
        assertEquals(100, frames, r.stderr()); // _TracebackMaxFrames: deeper than 100 calls
    }

    @Test
    void setMaxStackUnderGo119MatchesRealGo() throws Exception {
        sameReportAsRealGo119("limited.go", LIMITED, null);
    }

    private static void restore(String saved) {
        if (saved == null) {
            System.clearProperty("gosim.maxGoDepth");
        } else {
            System.setProperty("gosim.maxGoDepth", saved);
        }
    }
}
