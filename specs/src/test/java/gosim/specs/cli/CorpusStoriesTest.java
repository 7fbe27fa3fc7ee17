package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.Explorer;
import gosim.specs.run.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus story holds for seeds 1..100 under realistic noise: not its bytes (timings and
 * the "~" lines vary, as under real Go) but its invariant: the exit status of its golden and every
 * string its header quotes after "Look for:" (the claim the story makes, e.g. "3 1 2" for runnext,
 * which real Go prints every time).
 */
class CorpusStoriesTest {
    private static final Path DIR = Path.of("examples");
    private static final int SEEDS = 100;
    /**
     * Every story runs all 100 seeds in the suite: 305 s for the 20 stories on the shared 2-core
     * machine at load 16, most of it cpuprofile's 3 s of virtual CPU per run;
     * -Dgosim.storySeeds=N runs N seeds of each instead (a quick local check).
     */
    private static int seeds(Path go) {
        int n = Integer.getInteger("gosim.storySeeds", 0);
        return n > 0 ? n : SEEDS;
    }

    /** The quoted strings of the header's "Look for:" paragraph. */
    static List<String> claims(String source) {
        int at = source.indexOf("// Look for:");
        List<String> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        StringBuilder para = new StringBuilder();
        for (String line : source.substring(at).split("\n")) {
            if (!line.startsWith("//")) {
                break;
            }
            para.append(line.substring(2)).append(' ');
        }
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(para);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyStoryHoldsForSeeds1To100() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(DIR)) {
            all = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            String src = Files.readString(go);
            Path exitFile = go.resolveSibling(go.getFileName().toString().replace(".go", ".exit"));
            int exit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
            List<String> claims = claims(src);
            RunOptions o = RunOptions.parse(List.of(go.toString()), Map.of());
            Explorer.Subject subject = Explore.subject(Scenario.check(go.toString()), o, Map.of());
            int n = seeds(go);
            List<Explorer.Outcome> runs = Explorer.builder().runs(n).gomaxprocs(4).build().explore(subject);
            assertEquals(n, runs.size());
            for (Explorer.Outcome r : runs) {
                assertEquals(exit, r.exitCode(), go + " seed " + r.seed() + ":\n" + r.stderr());
                for (String c : claims) {
                    // A word N in a claim stands for a number ("threadcreate profile: total N").
                    Pattern p = Pattern.compile(Pattern.quote(c).replaceAll("\\bN\\b", "\\\\E\\\\d+\\\\Q"));
                    assertTrue(p.matcher(r.stdout()).find() || p.matcher(r.stderr()).find(),
                            go + " seed " + r.seed() + " lacks \"" + c + "\":\n" + r.stdout());
                }
            }
        }));
    }
}
