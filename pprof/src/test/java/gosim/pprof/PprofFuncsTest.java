package gosim.pprof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gosim.sim.GoRuntime;
import gosim.sim.GoVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime/pprof rows and call sites of {@link PprofFuncs} against the sources they cite:
 * go1.7's src/runtime/pprof/pprof.go (from the Go mirror) and Go 1.19's (/usr/share/go-1.19).
 */
class PprofFuncsTest {
    private static final Path MIRROR = Path.of("/work/.mirror/euank+go/repo");
    private static final Path GO119 = Path.of("/usr/share/go-1.19/src/runtime/pprof/pprof.go");

    private static final PprofFuncs.Row[] PPROF_ROWS = {
        PprofFuncs.PROFILE_ADD, PprofFuncs.PROFILE_WRITE_TO, PprofFuncs.WRITE_HEAP_PROFILE,
        PprofFuncs.WRITE_GOROUTINE, PprofFuncs.WRITE_GOROUTINE_STACKS, PprofFuncs.WRITE_RUNTIME_PROFILE,
        PprofFuncs.START_CPU_PROFILE, PprofFuncs.STOP_CPU_PROFILE,
    };

    @Test
    void go17LinesAreThoseOfGo17PprofGo() throws Exception {
        assumeTrue(Files.isDirectory(MIRROR), "no Go mirror");
        Process p = new ProcessBuilder("git", "--git-dir=" + MIRROR, "show", "go1.7:src/runtime/pprof/pprof.go")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0, "git show failed: " + text);
        List<String> lines = text.lines().toList();
        for (PprofFuncs.Row r : PPROF_ROWS) {
            checkRow(lines, r, r.start(), r.end());
        }
        for (PprofFuncs.Call c : PprofFuncs.CALLS) {
            assertTrue(lines.get(c.line17() - 1).contains(c.call()), c + ": " + lines.get(c.line17() - 1));
        }
    }

    @Test
    void go19LinesAreThoseOfGo119PprofGo() throws IOException {
        assumeTrue(Files.isRegularFile(GO119), "no Go 1.19 sources");
        List<String> lines = Files.readAllLines(GO119);
        for (PprofFuncs.Row r : PPROF_ROWS) {
            checkRow(lines, r, r.start19(), r.end19());
        }
        for (PprofFuncs.Call c : PprofFuncs.CALLS) {
            assertTrue(lines.get(c.line19() - 1).contains(c.call()), c + ": " + lines.get(c.line19() - 1));
        }
    }

    /** A row's first line declares the function (its name after the package path), its last is "}". */
    private static void checkRow(List<String> lines, PprofFuncs.Row r, int start, int end) {
        String name = r.name().substring("runtime/pprof.".length()).replace("(*Profile).", "(p *Profile) ");
        assertTrue(lines.get(start - 1).startsWith("func " + name + "("), r + ": " + lines.get(start - 1));
        assertEquals("}", lines.get(end - 1), r + " ends at " + end);
        for (int i = start; i < end - 1; i++) {
            assertTrue(!lines.get(i).startsWith("func "), r + " spans another func at " + (i + 1));
        }
    }

    @Test
    void eachDialectMarksItsOwnLines() {
        PprofFuncs v17 = new PprofFuncs(GoRuntime.builder().build().symtab(), GoVersion.DEFAULT);
        assertEquals(298, v17.line(PprofFuncs.PROFILE_WRITE_TO, PprofFuncs.PROFILE_WRITE_TO_WRITE));
        assertEquals(293, v17.func(PprofFuncs.PROFILE_WRITE_TO).startLine());
        GoVersion go19 = GoVersion.GO1_19;
        PprofFuncs v19 = new PprofFuncs(GoRuntime.builder().version(go19).build().symtab(), go19);
        assertEquals(330, v19.line(PprofFuncs.PROFILE_WRITE_TO, PprofFuncs.PROFILE_WRITE_TO_WRITE));
        assertEquals(723, v19.line(PprofFuncs.WRITE_RUNTIME_PROFILE, PprofFuncs.WRITE_RUNTIME_PROFILE_FETCH));
        assertEquals(325, v19.func(PprofFuncs.PROFILE_WRITE_TO).startLine());
    }
}
