package gosim.specs.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example program's output under seed 1, byte for byte: NAME.out (stdout), NAME.err (stderr,
 * when not empty) and NAME.exit (the exit status, when not 0) beside NAME.go. Regenerate with
 * {@code -Dgosim.regolden=true} after a deliberate change, and review the diff; the real-Go
 * comparison (SimVsRealGoTest) checks the same outputs against Go itself.
 */
class CorpusGoldenTest {
    static final Path DIR = Path.of("examples");

    record Run(byte[] out, byte[] err, int status) {
    }

    static Run run(Path file, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "-seed", Long.toString(seed), file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        return new Run(out.toByteArray(), err.toByteArray(), status);
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    /**
     * The corpus plus the shipped bugs (examples/bugs): their goldens are seed 1's run too. The
     * bug's story (fails on some seeds, passes on others, each replaying exactly) is checked
     * independently of these bytes by ExploreCliTest.
     */
    static List<Path> goldenPrograms() throws IOException {
        List<Path> all = new java.util.ArrayList<>(examples());
        try (Stream<Path> s = Files.list(DIR.resolve("bugs"))) {
            s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(all::add);
        }
        return all;
    }

    private static Path sibling(Path go, String ext) {
        return go.resolveSibling(go.getFileName().toString().replaceFirst("\\.go$", ext));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenOutput() throws IOException {
        List<Path> all = goldenPrograms();
        assertTrue(all.size() >= 15, "the corpus has at least 15 programs");
        boolean regolden = Boolean.getBoolean("gosim.regolden");
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            Run r = run(go, 1);
            Path out = sibling(go, ".out");
            Path err = sibling(go, ".err");
            Path exit = sibling(go, ".exit");
            if (regolden) {
                Files.write(out, r.out());
                if (r.err().length > 0) {
                    Files.write(err, r.err());
                } else {
                    Files.deleteIfExists(err);
                }
                if (r.status() != 0) {
                    Files.writeString(exit, r.status() + "\n");
                } else {
                    Files.deleteIfExists(exit);
                }
                return;
            }
            assertEquals(Files.exists(exit) ? Integer.parseInt(Files.readString(exit).trim()) : 0, r.status(), "exit status");
            assertEquals(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1),
                    new String(r.out(), StandardCharsets.ISO_8859_1), "stdout");
            assertArrayEquals(Files.exists(err) ? Files.readAllBytes(err) : new byte[0], r.err(), "stderr");
        }));
    }

    @TestFactory
    Stream<DynamicTest> sameSeedSameBytes() throws IOException {
        return examples().stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            Run a = run(go, 7);
            Run b = run(go, 7);
            assertArrayEquals(a.out(), b.out());
            assertArrayEquals(a.err(), b.err());
            assertEquals(a.status(), b.status());
        }));
    }
}
