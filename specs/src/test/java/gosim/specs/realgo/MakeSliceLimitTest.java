package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * make([]byte, n) too big to allocate. 1.19's makeslice (slice.go:89-101) refuses only n * size
 * above maxAlloc = 1<<48 (malloc.go:219) with "len out of range"; below that mallocgc asks the OS,
 * and a refused mapping is the throw "runtime: out of memory" (mem_linux.go:186-187): real Go 1.19
 * prints that for 1<<45 bytes, status 2. gosim's simulated machine has -max-heap bytes: a single
 * request above all of it is that throw, decided before any Java array is made. go1.7's
 * makeslice (slice.go:46-50) panics "makeslice: len out of range" above _MaxMem = 1<<39 - 1
 * (malloc.go:161, 164), so 1<<45 is the panic there (panic.go printpanics: "panic: runtime error: ").
 * Compared with real Go 1.19 run at test time; under go1.7 with those lines.
 */
class MakeSliceLimitTest {
    @TempDir
    Path dir;

    /** make with length {@code n} (a Go expression), after printing "start". */
    static String program(String decl, String n) {
        return """
                package main

                import "fmt"

                var sink []byte
                %s

                func main() {
                	fmt.Println("start")
                	sink = make([]byte, %s)
                	fmt.Println(len(sink))
                }
                """.formatted(decl, n);
    }

    static final String CONSTANT = program("", "1<<45");
    static final String VARIABLE = program("var n = 1 << 45", "n");
    static final String ABOVE_MAXALLOC = program("var n = 1<<48 + 1", "n");

    /** Real Go 1.19's output and status (the test is skipped without go). */
    static RunOutput realGo(String name, String src) {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 run");
        try (RealGo go = found.get()) {
            RealGo.Result r = go.build(name, src).run();
            return new RunOutput(new String(r.stdoutBytes()), new String(r.stderrBytes()), r.exitCode());
        }
    }

    /**
     * What a test compares: status, stdout, the stderr's first line and main.main's file:line.
     * (Real Go's throw also dumps runtime frames with fp/sp/pc and the system goroutines, which
     * gosim's dump of this throw leaves out.)
     */
    static List<Object> shape(RunOutput r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\nmain\\.main\\(\\)\\n\\t\\S*/([^/\\s]+:\\d+)")
                .matcher(r.stderr());
        return List.of(r.exitCode(), r.stdout(), r.stderr().lines().findFirst().orElse(""), m.find() ? m.group(1) : "");
    }

    private void sameAsRealGo119(String name, String src, String firstLine) throws IOException {
        RunOutput real = realGo(name, src);
        assertEquals(firstLine, real.stderr().lines().findFirst().orElse(""), real.stderr());
        assertEquals(shape(real), shape(GosimRun.run(dir, name, src, "-go", "1.19")));
    }

    @Test
    void constantLengthIsOutOfMemoryAsRealGo119() throws IOException {
        sameAsRealGo119("oomc.go", CONSTANT, "fatal error: runtime: out of memory");
    }

    @Test
    void variableLengthIsOutOfMemoryAsRealGo119() throws IOException {
        sameAsRealGo119("oomv.go", VARIABLE, "fatal error: runtime: out of memory");
    }

    @Test
    void aboveMaxAllocIsLenOutOfRangeAsRealGo119() throws IOException {
        sameAsRealGo119("oomx.go", ABOVE_MAXALLOC, "panic: runtime error: makeslice: len out of range");
    }

    @Test
    void go17PanicsLenOutOfRange() throws IOException {
        for (String src : List.of(CONSTANT, VARIABLE, program("var n = 1 << 39", "n"))) {
            RunOutput got = GosimRun.run(dir, "oom.go", src);
            assertEquals(2, got.exitCode(), got.stderr());
            assertEquals("start\n", got.stdout());
            assertTrue(got.stderr().startsWith("panic: runtime error: makeslice: len out of range\n"), got.stderr());
        }
    }

    @Test
    void go17BelowMaxMemIsOutOfMemory() throws IOException {
        // 1<<39 - 1 bytes pass go1.7's check (slice.go:48) and go to mallocgc, beyond the budget
        RunOutput got = GosimRun.run(dir, "oom.go", program("var n = 1<<39 - 1", "n"));
        assertEquals(2, got.exitCode(), got.stderr());
        assertTrue(got.stderr().startsWith("fatal error: runtime: out of memory\n"), got.stderr());
    }

    @Test
    void aHeapGrowingPastTheBudgetIsGosimsStop() throws IOException {
        // each request fits the budget, their sum does not: gosim's own stop, not Go's throw
        String src = program("var keep [][]byte", "1<<20") .replace("sink = make([]byte, 1<<20)",
                "for i := 0; i < 64; i++ {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}");
        RunOutput got = GosimRun.run(dir, "grow.go", src, "-go", "1.19", "-max-heap", "16MiB");
        assertEquals(2, got.exitCode(), got.stderr());
        assertTrue(got.stderr().startsWith("gosim: program stopped: its simulated heap and goroutine stacks passed "),
                got.stderr());
    }
}
