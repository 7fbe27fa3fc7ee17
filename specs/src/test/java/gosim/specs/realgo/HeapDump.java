package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;

/**
 * The realgo tests' test programs and stored real-Go outputs (class-path resources), and the heap
 * records that resources/gosim/heap/rtframes.dump.txt's dump() prints, reduced to what the heap
 * tests compare with real Go: "FILE:N objects bytes: runtime frames".
 */
final class HeapDump {
    private HeapDump() {
    }

    /** The text of class-path resource {@code path} (e.g. "/gosim/heap/sites.go"). */
    static String resource(String path) throws IOException {
        try (InputStream in = HeapDump.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A stored real-Go output: the resource without its first line, which says how it was made. */
    static String stored(String path) throws IOException {
        String s = resource(path);
        return s.substring(s.indexOf('\n') + 1);
    }

    /**
     * "FILE:N objects bytes: frames" of each record dump() printed whose line N of the program's
     * {@code file} is in [first, last] (the functions a test claims); a record may not repeat.
     */
    static SortedSet<String> records(String output, String file, int first, int last) {
        SortedSet<String> out = new TreeSet<>();
        String prefix = file + ":";
        for (String line : output.split("\n")) {
            int colon = line.indexOf(": ");
            if (!line.startsWith(prefix) || colon < 0) {
                continue;
            }
            int n = Integer.parseInt(line.substring(prefix.length(), line.indexOf(' ')));
            if (n < first || n > last) {
                continue;
            }
            String key = line.substring(0, colon).replaceAll(" +", " ");
            assertEquals(true, out.add((key + ": " + line.substring(colon + 2)).trim()), "two records of " + line);
        }
        return out;
    }

    /** gosim's stdout for {@code program} saved as {@code file} and run with -go version; it must exit 0. */
    static String gosim(Path dir, String file, String program, String version) throws IOException {
        Path f = dir.resolve(file);
        Files.writeString(f, program);
        return HeapSitesTest.run(f, version);
    }

    /**
     * A heap test program: resources/gosim/heap/FILE ending in {@code dump}'s dump(), whose records at
     * lines [first, last] a test claims; real Go 1.19's output is stored as FILE + "119.txt" (its first
     * line says how it was made).
     */
    record Program(String file, String dump, int first, int last) {
        String source() throws IOException {
            return HeapSitesTest.resource(file) + HeapSitesTest.resource(dump);
        }

        SortedSet<String> records(String output) {
            return HeapDump.records(output, file, first, last);
        }

        /** gosim's records of the program run with -go version. */
        SortedSet<String> gosim(Path dir, String version) throws IOException {
            return records(HeapDump.gosim(dir, file, source(), version));
        }

        /** The stored real Go 1.19 records. */
        SortedSet<String> realGo119() throws IOException {
            return records(stored(HeapSitesTest.DIR + file + "119.txt"));
        }

        /**
         * Real Go's records now at GOMAXPROCS=4, gosim's default 4 Ps, which size pinSlow's
         * [P]poolLocal (the test is skipped without go).
         */
        SortedSet<String> realGoAtFourPs() throws IOException {
            Optional<RealGo> found = RealGo.locate();
            Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 run");
            try (RealGo go = found.get()) {
                RealGo.Result r = go.build(file, source()).run(java.util.List.of(), java.util.Map.of("GOMAXPROCS", "4"));
                assertEquals(0, r.exitCode(), r.stderr());
                return records(r.stdout());
            }
        }

        /** Real Go's records now (the test is skipped without go). */
        SortedSet<String> realGoNow() throws IOException {
            return records(realGo(file, source()));
        }
    }

    /** Real Go's stdout for program built as file (it must exit 0); the test is skipped without go. */
    static String realGo(String file, String program) {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 run");
        try (RealGo go = found.get()) {
            RealGo.Result r = go.build(file, program).run();
            assertEquals(0, r.exitCode(), r.stderr());
            return r.stdout();
        }
    }
}
