package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package initialization in the heap profile (issue 12): an init's records have the init chain
 * under them, not main.main. The program (resources/gosim/heap/inits.go) turns the profile on in
 * its first variable's initializer and prints each record with every frame.
 *
 * <p>Go 1.19: runtime.main's doInit(&main_inittask) (proc.go:233) calls the task's functions at
 * proc.go:6329, main.init (the variables) then main.init.0 (func init, noder.go:443-448 counts
 * from 0); compared with real Go 1.19.8. go1.7: runtime.main calls main_init at proc.go:172, and
 * the generated main.init runs the initializers, then init.1, init.2, ... (gc/init.go:150-162;
 * renameinit counts from 1, init.go:28-31); the line of that generated call is the compiler's
 * lineno when fninit runs, which the source does not fix, so it is not compared. Under
 * GODEBUG=memprofilerate=1 go1.7 profiles every package's init (schedinit's parsedebugvars sets
 * MemProfileRate, runtime1.go:376-377, over its static value, mprof.go:342), the time package's too,
 * whose unitMap literal (format.go:1176) is made by makemap with no hint and its first
 * mapassign1 (sinit.go:868-870; hashmap.go:254, 466), and whose errors are errors.New's. (Not yet
 * modelled: zoneinfo.go:257's syscall.Getenv at time's init, whose copyenv makes the environment's
 * map there; time's []string tables, static data in gc, still allocate in gosim.)
 */
class TimeInitTest {
    static String source() throws IOException {
        return HeapSitesTest.resource("inits.go");
    }

    /** The records (one a line, every frame) whose stack has a function named {@code prefix}..., sorted. */
    static List<String> records(String output, String prefix) {
        return Stream.of(output.split("\n")).filter(l -> l.contains(" " + prefix)).sorted()
                .collect(Collectors.toList());
    }

    static final List<String> WANT_19 = List.of(
            "1 16: errors.New errors.go:59 main.init inits.go:21 runtime.doInit proc.go:6329 runtime.main proc.go:233 runtime.goexit asm_amd64.s:1594",
            "1 208: runtime.mapassign_faststr map_faststr.go:221 main.init inits.go:23 runtime.doInit proc.go:6329 runtime.main proc.go:233 runtime.goexit asm_amd64.s:1594",
            "1 32: main.init.0 inits.go:28 runtime.doInit proc.go:6329 runtime.main proc.go:233 runtime.goexit asm_amd64.s:1594",
            "1 48: runtime.makemap_small map.go:294 main.init inits.go:23 runtime.doInit proc.go:6329 runtime.main proc.go:233 runtime.goexit asm_amd64.s:1594");

    @Test
    void go119InitRecordsAreRealGo119s(@TempDir Path dir) throws IOException {
        assertEquals(WANT_19, records(HeapDump.gosim(dir, "inits.go", source(), "1.19"), "main.init"));
    }

    @Test
    void realGo119ShowsThem() throws IOException {
        assertEquals(WANT_19, records(HeapDump.realGo("inits.go", source()), "main.init"));
    }

    @Test
    void go17InitRecordsHaveMainInitUnderThem(@TempDir Path dir) throws IOException {
        String out = HeapDump.gosim(dir, "inits.go", source(), "1.7");
        String under = " runtime.main proc.go:172 runtime.goexit asm_amd64.s:2086";
        assertEquals(List.of("1 16: errors.New errors.go:10 main.init inits.go:21" + under,
                "1 208: runtime.mapassign1 hashmap.go:466 main.init inits.go:23" + under,
                "1 48: runtime.makemap hashmap.go:254 main.init inits.go:23" + under),
                records(out, "main.init").stream().filter(r -> !r.contains("main.init.1")).toList());
        List<String> init1 = records(out, "main.init.1");
        assertEquals(1, init1.size(), init1.toString());
        assertTrue(init1.get(0).matches("1 32: main\\.init\\.1 inits\\.go:28 main\\.init inits\\.go:\\d+" + under), init1.get(0));
    }

    @Test
    void go17GodebugMemprofilerateProfilesTimesInit(@TempDir Path dir) throws IOException {
        String src = source().replace("var rate = setRate()", "var rate = 1");
        RunOutput r = GosimRun.run(dir, "inits.go", src, "-env", "GODEBUG=memprofilerate=1");
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> unitMap = records(r.stdout(), "time.init").stream()
                .filter(s -> s.startsWith("1 48: runtime.makemap hashmap.go:254 time.init ")
                        || s.startsWith("1 208: runtime.mapassign1 hashmap.go:466 time.init "))
                .toList();
        assertEquals(2, unitMap.size(), r.stdout());
        // errors.New's errorString for atoiError, errBad, errLeadingInt (format.go:372, 611, 1153)
        // and badData (zoneinfo_read.go:66), each 16 bytes at errors.go:10 (not inlined: gc
        // compiles init after its inlining phase, main.go phase 5 vs fninit in phase 8)
        List<String> errs = records(r.stdout(), "time.init").stream()
                .filter(s -> s.startsWith("1 16: errors.New errors.go:10 time.init ")).toList();
        assertEquals(4, errs.size(), r.stdout());
        for (String s : unitMap) {
            // time.init runs under the init of the package that first imports time: main's imports
            // in order are errors (no init in go1.7), fmt, whose imports reach os (go1.7 fmt/print.go:7-14),
            // which imports time (os/types.go:7-10): fmt.init calls os.init calls time.init
            assertTrue(s.matches(".* time\\.init \\S+ os\\.init \\S+ fmt\\.init \\S+ main\\.init inits\\.go:\\d+"
                    + " runtime\\.main proc\\.go:172 runtime\\.goexit asm_amd64\\.s:2086"), s);
        }
    }
}
