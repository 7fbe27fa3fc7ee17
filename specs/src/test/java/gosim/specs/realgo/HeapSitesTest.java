package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap records of user code at MemProfileRate=1 (issue 12, the heap model): channels, maps, closures
 * and appends, summed per allocating line of package main (runtime frames above it included, since
 * Go's makechan, makemap, mapassign and growslice allocate on the line's behalf). The program is
 * resources/gosim/heap/sites.go; real Go 1.19.8's output is stored beside it (sites.go119.heap, its
 * first line says how it was made). Under -go 1.19 every site must equal real Go's; under the
 * default Go 1.7 the sites where the two releases differ are derived from the go1.7 source below.
 */
class HeapSitesTest {
    static final String DIR = "/gosim/heap/";

    /** A file of resources/gosim/heap/. */
    static String resource(String name) throws IOException {
        return HeapDump.resource(DIR + name);
    }

    /** "main.f sites.go:N" -> "inuse objects: bytes [alloc objects: bytes]" for the functions the program tests. */
    static SortedMap<String, String> sites(String output) {
        HeapProfile p = OutputParser.parse(output).all(HeapProfile.class).get(0);
        SortedMap<String, long[]> sums = new TreeMap<>();
        for (HeapRecord r : p.records()) {
            Frame f = r.stack().frames().stream().filter(Frame::isUser).findFirst().orElse(null);
            if (f == null || f.function().equals("main.main")) {
                continue; // the runtime's own records; main's sink slice and the profile writer's (not claimed here)
            }
            long[] v = sums.computeIfAbsent(f.function() + " " + Path.of(f.file()).getFileName() + ":" + f.line(),
                    k -> new long[4]);
            v[0] += r.inuseObjects();
            v[1] += r.inuseBytes();
            v[2] += r.allocObjects();
            v[3] += r.allocBytes();
        }
        SortedMap<String, String> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, v[0] + ": " + v[1] + " [" + v[2] + ": " + v[3] + "]"));
        return out;
    }

    static String gosim(Path dir, String version) throws IOException {
        Path file = dir.resolve("sites.go");
        Files.writeString(file, resource("sites.go"));
        return run(file, version);
    }

    /** gosim's stdout for {@code gosim run -go version file}, which must exit 0. */
    static String run(Path file, String version) {
        RunOutput r = GosimRun.main("run", "-go", version, file.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    static SortedMap<String, String> realGo119() throws IOException {
        return sites(HeapDump.stored(DIR + "sites.go119.heap"));
    }

    @Test
    void everySiteUnderGo119IsRealGo119s(@TempDir Path dir) throws IOException {
        SortedMap<String, String> real = realGo119();
        // the stored output covers every kind of allocation the test claims
        assertEquals(21, real.size(), real.toString());
        assertEquals(real, sites(gosim(dir, "1.19")));
    }

    @Test
    void sitesUnderGo17FollowGo17Source(@TempDir Path dir) throws IOException {
        SortedMap<String, String> want = new TreeMap<>(realGo119());
        // func() int { return a + b }: walkclosure's struct{F uintptr; a, b int} is 24 bytes
        // (closure.go:481-494, both by value by closure.go:275); go1.7 msize.go's initSizes has no
        // 24-byte class (16, then 32), Go 1.19's sizeclasses.go has one.
        want.put("main.closures sites.go:50", "1: 32 [1: 32]");
        // s := "str" captured by value: struct{F uintptr; s string} is 24 bytes as well.
        want.put("main.closures sites.go:54", "1: 32 [1: 32]");
        // make(map[int]int, 100): B = 4 (hashmap.go:241), newarray(t.bucket, 16) of 144-byte buckets
        // (hashmap.go:249) = 2304, a class of its own in 1.7, then the 48-byte hmap (hashmap.go:254).
        // Go 1.19 adds 2^(B-4) overflow buckets rounded to the class (map.go:350-359) and a mapextra.
        want.put("main.maps sites.go:27", "2: 2352 [2: 2352]");
        // map[int]int{1: 1} that does not escape: go1.7 maplit makes the map with a node escape
        // analysis never saw (sinit.go:868-870, EscUnknown), so walk.go:1397 allocates hmap on the
        // heap, and mapassign1 its first bucket (hashmap.go:465-466): 48 + 144, dead at the GC.
        want.put("main.maps sites.go:37", "0: 0 [2: 192]");
        // The nine-entry literal: go1.7 maplit passes no hint (sinit.go:868-870), so the hmap (48),
        // the first 208-byte bucket, then at the ninth insert hashGrow's two buckets (hashmap.go:521,
        // 824: 416); the old bucket is garbage once evacuated. Go 1.19 makes it with hint 9 (B = 1).
        want.put("main.maps sites.go:41", "2: 464 [3: 672]");
        assertEquals(want, sites(gosim(dir, "1.7")));
    }

    /** The records whose innermost shown frame's function starts with {@code function}, with every frame, sorted. */
    static List<String> recordsAt(String output, String function) {
        HeapProfile p = OutputParser.parse(output).all(HeapProfile.class).get(0);
        return p.records().stream().filter(r -> !r.stack().frames().isEmpty()
                && r.stack().frames().get(0).function().startsWith(function))
                .map(r -> r.inuseObjects() + ": " + r.inuseBytes() + " [" + r.allocObjects() + ": " + r.allocBytes() + "] "
                        + r.stack().frames().stream().map(f -> f.function() + " " + Path.of(f.file()).getFileName() + ":" + f.line())
                                .collect(Collectors.joining(" <- ")))
                .sorted().collect(Collectors.toList());
    }

    /** The record of the profile writer's own make([]runtime.MemProfileRecord, n+50), with every frame. */
    static String writersRecord(String output) {
        List<String> rs = recordsAt(output, "runtime/pprof.writeHeap");
        return rs.isEmpty() ? null : rs.get(0);
    }

    @Test
    void lockProfilesMapIsInTheProfile(@TempDir Path dir) throws IOException {
        // Lookup's lockProfiles makes profiles.m on first use (go1.7 pprof.go:155-166, 1.19 183-196):
        // the hmap (1.19 makemap_small) and its one 208-byte bucket (8 string keys, 8 pointers), both
        // made after the last GC, so unpublished (0: 0) when the profile is written right after
        List<String> real = recordsAt(HeapDump.stored(DIR + "sites.go119.heap"), "runtime/pprof.lockProfiles");
        String frames19 = " runtime/pprof.lockProfiles pprof.go:187 <- runtime/pprof.Lookup pprof.go:227"
                + " <- main.main sites.go:76 <- runtime.main proc.go:250";
        assertEquals(List.of("0: 0 [0: 0]" + frames19, "0: 0 [0: 0]" + frames19), real);
        assertEquals(real, recordsAt(gosim(dir, "1.19"), "runtime/pprof.lockProfiles"));
        // go1.7: the literal at 159 (makemap, no hint: sinit.go:868-870), its first mapassign1 at the
        // first key's line 160 (sinit.go:1000-1012), Lookup's lockProfiles() at 195
        String lookup17 = " <- runtime/pprof.Lookup pprof.go:195 <- main.main sites.go:76 <- runtime.main proc.go:183";
        assertEquals(List.of("0: 0 [0: 0] runtime/pprof.lockProfiles pprof.go:159" + lookup17,
                "0: 0 [0: 0] runtime/pprof.lockProfiles pprof.go:160" + lookup17),
                recordsAt(gosim(dir, "1.7"), "runtime/pprof.lockProfiles"));
    }

    @Test
    void theProfileWritersOwnSliceIsInItsProfile(@TempDir Path dir) throws IOException {
        // writeHeap allocates p before it calls MemProfile(p, true) (go1.7 pprof.go:470-471), so
        // the new bucket, not yet published by two GCs, is listed with zero counts (inuseZero).
        String real = writersRecord(HeapDump.stored(DIR + "sites.go119.heap"));
        assertEquals("0: 0 [0: 0] runtime/pprof.writeHeapInternal pprof.go:565 <- runtime/pprof.writeHeap pprof.go:535"
                + " <- runtime/pprof.(*Profile).WriteTo pprof.go:330 <- main.main sites.go:76 <- runtime.main proc.go:250",
                real);
        assertEquals(real, writersRecord(gosim(dir, "1.19")));
        assertEquals("0: 0 [0: 0] runtime/pprof.writeHeap pprof.go:470 <- runtime/pprof.(*Profile).WriteTo pprof.go:298"
                + " <- main.main sites.go:76 <- runtime.main proc.go:183", writersRecord(gosim(dir, "1.7")));
    }

    /** The stored output is still what real Go 1.19 prints for the program (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws Exception {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 run");
        try (RealGo go = found.get()) {
            RealGo.Result r = go.build("sites.go", resource("sites.go")).run();
            assertEquals(0, r.exitCode(), r.stderr());
            assertEquals(realGo119(), sites(r.stdout()));
        }
    }
}
