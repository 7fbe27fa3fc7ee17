package gosim.specs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiled loops (Loops: a hot for loop as one JVM method) print the same bytes as the closure
 * nodes: every lang corpus program (LangProgramsTest compares the closure nodes' output with real
 * Go's .out files, so equal digests here are real Go's output too) and the two programs of
 * resources/gosim/specs/loops run in a JVM with every loop compiled at its first iteration
 * (-Dgosim.loops.threshold=0) and in one without compiled loops (-Dgosim.loops=false). preempt.go's
 * output is gosim's schedule of two goroutines in hot loops (where the statement allowance lets the
 * scheduler switch) and a traceback from inside a loop, so the statement counts, the preemption
 * points and f.line must be the closure nodes'; shapes.go's is also compared with real Go's.
 */
class LoopsTest {
    private static final String LANG = "src/test/go/lang/";
    private static final String LOOPS = "src/test/resources/gosim/specs/loops/";

    @Test
    void compiledLoopsRunAsClosureNodes() throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(LANG))) {
            s.map(Path::toString).filter(p -> p.endsWith(".go")).sorted().forEach(files::add);
        }
        files.add(LOOPS + "preempt.go");
        files.add(LOOPS + "shapes.go");
        List<String> compiled = HashCodeDeterminismTest.probe(List.of("-Dgosim.loops.threshold=0"), files);
        List<String> closures = HashCodeDeterminismTest.probe(List.of("-Dgosim.loops=false"), files);
        assertEquals(files.size() * HashCodeDeterminismTest.RUNS_PER_JVM, compiled.size(), compiled.toString());
        assertEquals(closures, compiled);
        byte[] want = Files.readAllBytes(Path.of(LOOPS + "shapes.out"));
        assertEquals("shapes.go " + HashCodeDeterminismTest.digest(want, new byte[0], 0),
                compiled.get(compiled.size() - 1), "shapes.go against real Go");
    }
}
