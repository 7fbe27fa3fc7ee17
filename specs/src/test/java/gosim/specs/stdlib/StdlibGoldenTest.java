package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import gosim.specs.realgo.RealGo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Go-source standard library (resources gosim/stdlib/) against real Go: each program under
 * src/test/resources/gosim/stdlib/NAME.go exercises packages, and NAME.out beside it is its stdout
 * under real Go 1.19, recorded with {@code go run NAME.go > NAME.out}. The simulator must print the
 * same bytes in its Go 1.19 dialect (-go 1.19: Go 1.12+ fmt sorts map keys); when {@code go} is
 * installed the recorded output is also re-checked against it. A NAME.in beside a program is its
 * stdin in both ({@code go run NAME.go < NAME.in > NAME.out}).
 */
class StdlibGoldenTest {
    static final Path DIR = Path.of("src/test/resources/gosim/stdlib");

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    private static Path out(Path go) {
        return sibling(go, ".out");
    }

    private static Path sibling(Path go, String ext) {
        return go.resolveSibling(go.getFileName().toString().replaceFirst("\\.go$", ext));
    }

    /** The program's stdin file, or null (empty stdin). */
    private static Path stdin(Path go) {
        Path in = sibling(go, ".in");
        return Files.exists(in) ? in : null;
    }

    @TestFactory
    Stream<DynamicTest> simulatorPrintsWhatRealGoPrinted() throws IOException {
        List<Path> all = programs();
        assertTrue(all.size() >= 2, "stdlib programs exist");
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Path in = stdin(go);
            int status = Main.run(new String[] {"run", "-go", "1.19", go.toString()},
                    in == null ? null : new java.io.ByteArrayInputStream(Files.readAllBytes(in)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
            assertEquals("", err.toString(StandardCharsets.UTF_8), go + ": stderr");
            assertEquals(0, status, go + ": exit status");
            assertEquals(Files.readString(out(go)), out.toString(StandardCharsets.UTF_8), go + ": stdout");
        }));
    }

    @TestFactory
    Stream<DynamicTest> recordedOutputsAreRealGos() throws IOException {
        Optional<RealGo> found = RealGo.locate();
        if (found.isEmpty()) {
            // go is absent: the recorded outputs stand; the dynamic test reports the skip
            return Stream.of(DynamicTest.dynamicTest("go not installed", () ->
                    org.junit.jupiter.api.Assumptions.assumeTrue(false, "go not installed")));
        }
        RealGo go = found.get();
        List<Path> all = programs();
        return all.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            RealGo.Result r = go.build(p.getFileName().toString(), Files.readString(p))
                    .run(List.of(), Map.of(), stdin(p) == null ? null : stdin(p).toAbsolutePath());
            assertEquals(0, r.exitCode(), p + ": " + r.stderr());
            assertEquals(Files.readString(out(p)), r.stdout(), p + ": recorded output vs go run");
        })).onClose(go::close);
    }
}
