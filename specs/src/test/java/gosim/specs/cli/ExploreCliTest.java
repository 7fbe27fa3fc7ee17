package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gosim explore end to end: find, replay byte for byte, shards and merge, usage errors. */
class ExploreCliTest {
    record Result(int status, String out, String err) {
    }

    static Result gosim(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int s = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Result(s, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String BUG = "examples/bugs/lostupdate.go";

    @Test
    void exploreFindsTheShippedBugAndEachReplayLineReproducesItsOutputByteForByte() throws Exception {
        Result r = gosim("explore", "-runs", "40", "-gomaxprocs", "2", BUG);
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL exit 2: panic: lost update"), r.out());
        Matcher m = Pattern.compile("replay: \\./gosim run (.*)").matcher(r.out());
        int replays = 0;
        while (m.find()) {
            List<String> args = new ArrayList<>(List.of("run"));
            args.addAll(List.of(m.group(1).split(" ")));
            Result a = gosim(args.toArray(String[]::new));
            Result b = gosim(args.toArray(String[]::new));
            assertEquals(2, a.status());
            assertTrue(a.err().startsWith("panic: lost update"), a.err());
            assertEquals(a.out() + a.err(), b.out() + b.err());
            replays++;
        }
        assertTrue(replays > 0);
        assertTrue(r.out().contains("ok   exit 0"), "some seeds pass:\n" + r.out());
    }

    @Test
    void shardsMergedSummarizeLikeOneRun(@TempDir Path dir) throws Exception {
        Result whole = gosim("explore", "-runs", "12", "-gomaxprocs", "2", BUG);
        List<String> files = new ArrayList<>(List.of("explore", "-merge"));
        for (int k = 1; k <= 3; k++) {
            Result part = gosim("explore", "-runs", "12", "-gomaxprocs", "2", "-shard", k + "/3", "-json", BUG);
            Path f = dir.resolve("shard" + k + ".json");
            Files.writeString(f, part.out());
            files.add(f.toString());
        }
        Result merged = gosim(files.toArray(String[]::new));
        assertEquals(whole.out(), merged.out());
        assertEquals(whole.status(), merged.status());
    }

    @Test
    void shrinkWritesAScheduleThatGosimRunReplays(@TempDir Path dir) throws Exception {
        Result r = gosim("explore", "-runs", "40", "-gomaxprocs", "2", "-until-fail", "-shrink", BUG);
        assertEquals(1, r.status(), r.out() + r.err());
        Matcher m = Pattern.compile("replay: \\./gosim run -schedule (\\S+) ").matcher(r.out());
        assertTrue(m.find(), r.out());
        Path file = Path.of(m.group(1));
        try {
            String text = Files.readString(file);
            assertTrue(text.contains("seed ") && text.contains("gomaxprocs 2"), text);
            Result a = gosim("run", "-schedule", file.toString(), BUG);
            assertEquals(2, a.status());
            assertTrue(a.err().startsWith("panic: lost update"), a.err());
            assertEquals(a.out() + a.err(), gosim("run", "-schedule", file.toString(), BUG).out()
                    + gosim("run", "-schedule", file.toString(), BUG).err());
            // The bug needs noise, so the minimal schedule is not empty; it is printed readably
            // (kind, thread, ordinal, amount, then when and what the thread was doing) ...
            List<String> lines = List.of(text.split("\n"));
            List<String> decisions = lines.stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("seed") && !l.startsWith("gomaxprocs"))
                    .toList();
            assertTrue(!decisions.isEmpty(), text);
            for (String d : decisions) {
                assertTrue(d.matches("(speed|wake|newm|sleep|syscall|sysmon|gc|delay|pace) +m\\d+ +n\\d+ +[+-]\\d+ (ns|ppm|B) +# at .+: .+"), d);
                assertTrue(r.out().contains(d), "printed by explore: " + d);
            }
            // ... and it is 1-minimal: without any one of its decisions the run passes.
            for (String d : decisions) {
                Path less = dir.resolve("less.schedule");
                Files.writeString(less, String.join("\n", lines.stream().filter(l -> !l.equals(d)).toList()) + "\n");
                Result p = gosim("run", "-schedule", less.toString(), BUG);
                assertEquals(0, p.status(), "still fails without " + d + ":\n" + p.err());
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(2, gosim("run", "-schedule", "no/such.schedule", BUG).status());
    }

    /** The shipped bug needs noise: the idealized schedule passes for every seed. */
    @Test
    void theShippedBugPassesWithoutNoise() {
        Result r = gosim("explore", "-runs", "20", "-noise", "none", "-gomaxprocs", "2", BUG);
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("20 runs, 0 failed"), r.out());
    }

    @Test
    void usageAndCompileErrorsExit2() {
        assertEquals(2, gosim("explore", "-runs", "0", BUG).status());
        assertEquals(2, gosim("explore", "-strategy", "bogus", BUG).status());
        assertEquals(2, gosim("explore", "-shard", "4/3", BUG).status());
        assertEquals(2, gosim("explore").status());
        assertEquals(2, gosim("explore", "examples/nosuchfile.go").status());
        Result h = gosim("help", "explore");
        assertEquals(0, h.status());
        assertTrue(h.out().contains("-until-fail") && h.out().contains("-shrink") && h.out().contains("-merge"));
    }

    @Test
    void theIdealizedScheduleIsTheSameForEverySeed() {
        Result r = gosim("explore", "-runs", "5", "-noise", "none", "-gomaxprocs", "1", "examples/runnext.go");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("1 distinct outcomes"), r.out());
    }
}
