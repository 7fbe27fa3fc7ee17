package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example under real Go 1.19 and under the simulator agree on what the model models. */
class SimVsRealGoTest {

    /** Runs an example with `gosim run` (seed 1) and captures what it prints. */
    static RunOutput simulate(Corpus.Example ex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", ex.file().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        return new RunOutput(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @Test
    void simulatorAgreesWithRealGoOnEveryExample() throws Exception {
        RealGo go = RealGo.locate().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(go != null, "go not installed: real-Go comparison skipped");
        try (go) {
            Map<String, List<Difference>> diffs = CorpusComparison.run(go, SimVsRealGoTest::simulate);
            StringBuilder report = new StringBuilder();
            diffs.forEach((name, d) -> {
                if (!d.isEmpty()) {
                    report.append(name).append(":\n");
                    d.forEach(x -> report.append("  ").append(x).append('\n'));
                }
            });
            assertTrue(report.isEmpty(), report.toString());
        }
    }
}
