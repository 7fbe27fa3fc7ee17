package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Compile errors of a one-file program as gosim prints them, and as real Go's {@code go build prog.go} does. */
final class CompileErrors {
    private CompileErrors() {
    }

    /** gosim's stderr for prog.go (positions as ./prog.go, as go build prints them) must be {@code errors}, status 2. */
    static void assertGosimPrints(String program, String errors, String... flags) throws IOException {
        Path dir = Files.createTempDirectory("compileerrors");
        try {
            RunOutput r = GosimRun.run(dir, "prog.go", program, flags);
            assertEquals(errors, r.stderr().replace(dir.resolve("prog.go").toString(), "./prog.go"));
            assertEquals(2, r.exitCode());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** When go is installed: {@code go build prog.go} fails with exactly {@code errors} after its package line. */
    static void assertRealGoPrints(String program, String errors) {
        Optional<RealGo> found = RealGo.locate();
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(), "go is not installed");
        try (RealGo go = found.get()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> go.build("prog.go", program));
            String stderr = e.getMessage().substring(e.getMessage().indexOf('\n') + 1);
            assertEquals("# command-line-arguments\n" + errors, stderr);
        }
    }
}
