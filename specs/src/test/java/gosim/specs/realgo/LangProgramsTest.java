package gosim.specs.realgo;

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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The language programs under src/test/go/lang: each runs under gosim and must print what real Go
 * 1.19 printed (NAME.out, exit status NAME.exit or 0), with gosim's options from NAME.args if any. When go is installed, a second set reruns
 * real Go and checks that each NAME.out is still Go's own output, so the goldens stay independent.
 */
class LangProgramsTest {
    static final Path DIR = Path.of("src/test/go/lang");

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    static String sibling(Path go, String ext, String dflt) throws IOException {
        Path p = go.resolveSibling(go.getFileName().toString().replaceFirst("\\.go$", ext));
        return Files.exists(p) ? Files.readString(p) : dflt;
    }

    @TestFactory
    Stream<DynamicTest> eachProgramPrintsWhatGoPrinted() throws IOException {
        List<Path> all = programs();
        assertTrue(all.size() >= 8, "the language programs are there");
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // NAME.args: gosim's options for the program (-go 1.19 when it needs a newer dialect)
            List<String> args = new java.util.ArrayList<>(List.of("run"));
            args.addAll(List.of(sibling(go, ".args", "").trim().split("\\s+")).stream().filter(a -> !a.isEmpty()).toList());
            args.add(go.toString());
            int status = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(sibling(go, ".out", ""), out.toString(StandardCharsets.UTF_8), "stdout; stderr was:\n" + stderr);
            assertEquals(Integer.parseInt(sibling(go, ".exit", "0").trim()), status, "exit status; stderr:\n" + stderr);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachGoldenIsRealGoOutput() throws IOException {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed");
        RealGo go = found.get();
        return programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            RealGo.Result r = go.build(p.getFileName().toString(), Files.readString(p)).run();
            assertEquals(sibling(p, ".out", ""), r.stdout(), "real Go's stdout");
            assertEquals(Integer.parseInt(sibling(p, ".exit", "0").trim()), r.exitCode(), "real Go's exit status");
        })).onClose(go::close);
    }
}
