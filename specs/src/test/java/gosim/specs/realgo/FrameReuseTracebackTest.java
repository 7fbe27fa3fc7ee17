package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tracebacks and results where call sites reuse the frames of returned calls (Calls.Site), or run
 * a one-expression callee without a frame (Bytecode.pure, pure.go): each
 * program (resources framereuse/*.go, their comments say what they exercise) runs under real Go
 * 1.19, built and run at test time, and under gosim with -go 1.19. Output and exit status must be
 * equal, and so must the dumps' stacks of package main, as (function, file, line) per goroutine
 * (ExpectedDifferences: ADDRESSES, FILE_DIRECTORIES, NON_USER_FRAMES; argument words are not
 * compared, as Go 1.19's register ABI prints what the registers held, ARGUMENT_WORDS).
 */
class FrameReuseTracebackTest {
    private static final String DIR = "/gosim/specs/realgo/framereuse/";
    private static RealGo go;

    @TempDir
    Path dir;

    @BeforeAll
    static void findGo() {
        go = RealGo.locate().orElse(null);
    }

    @AfterAll
    static void closeGo() {
        if (go != null) {
            go.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"block.go", "panic.go", "rec.go", "gor.go", "div.go", "recv.go", "pure.go"})
    void sameStacksAsRealGo(String name) throws IOException {
        Assumptions.assumeTrue(go != null, "go is not installed");
        String src = resource(name);
        RealGo.Result want = go.build(name, src).run();
        RunOutput got = GosimRun.run(dir, name, src, "-go", "1.19");
        assertEquals(want.stdout(), got.stdout(), got.stderr());
        assertEquals(want.exitCode(), got.exitCode(), got.stderr());
        List<String> ws = stacks(want.stderr());
        assertTrue(ws.stream().anyMatch(l -> l.startsWith("main.")), want.stderr());
        assertEquals(String.join("\n", ws), String.join("\n", stacks(got.stderr())), got.stderr());
    }

    /**
     * The dump reduced to what must match: the first line (panic value or fatal error), each
     * goroutine's status, and its frames of package main with their file:line.
     */
    static List<String> stacks(String stderr) {
        List<String> out = new ArrayList<>();
        out.add(stderr.lines().findFirst().orElse(""));
        out.addAll(DumpFrames.frames(stderr, fn -> fn.startsWith("main.")));
        return out;
    }

    private static String resource(String name) throws IOException {
        return HeapDump.resource(DIR + name);
    }
}
