package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A goroutine dump reduced to what tests compare with real Go: statuses and "function file:line". */
final class DumpFrames {
    private DumpFrames() {
    }

    private static final Pattern GOROUTINE = Pattern.compile("^goroutine \\d+ (\\[.*\\]):$");
    private static final Pattern FUNC = Pattern.compile("^(\\S+)\\(.*\\)$");
    private static final Pattern CREATED = Pattern.compile("^created by (\\S+).*$");
    private static final Pattern AT = Pattern.compile("^\t\\S*/([^/\\s]+:\\d+)( \\+0x[0-9a-f]+)?$");

    /**
     * Each goroutine's status ("goroutine [running]:"), then the frames and creator whose function
     * {@code keep} accepts, as "main.f file.go:12" and "created by main.g file.go:20".
     */
    static List<String> frames(String dump, Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        String[] lines = dump.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher g = GOROUTINE.matcher(lines[i]);
            if (g.matches()) {
                out.add("goroutine " + g.group(1) + ":");
                continue;
            }
            Matcher f = FUNC.matcher(lines[i]);
            Matcher c = CREATED.matcher(lines[i]);
            String fn = f.matches() ? f.group(1) : c.matches() ? c.group(1) : null;
            if (fn != null && keep.test(fn) && i + 1 < lines.length) {
                Matcher at = AT.matcher(lines[i + 1]);
                out.add((c.matches() ? "created by " : "") + fn + " " + (at.matches() ? at.group(1) : "?"));
                i++;
            }
        }
        return out;
    }

    /**
     * Builds and runs src with real Go (skipped when go is absent) and with gosim -go 1.19; the exit
     * statuses must agree, {@code check} sees both stderrs (real, gosim), and every frame of the
     * dumps must agree as {@link #frames} reduces them.
     */
    static void sameStderrFramesAsRealGo119(Path dir, String name, String src, BiConsumer<String, String> check)
            throws IOException {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go is not installed");
        try {
            RealGo.Result want = go.build(name, src).run();
            RunOutput got = GosimRun.run(dir, name, src, "-go", "1.19");
            assertEquals(want.exitCode(), got.exitCode(), got.stderr());
            check.accept(want.stderr(), got.stderr());
            assertEquals(frames(want.stderr(), fn -> true), frames(got.stderr(), fn -> true),
                    "real:\n" + want.stderr() + "\ngosim:\n" + got.stderr());
        } finally {
            go.close();
        }
    }
}
