package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map's whole heap life at MemProfileRate=1 (issue 12): makemap_small only for a constant hint
 * (a hint() call goes to makemap), the mapassign variant walk.go's mapfast picks (fast64 for int,
 * one-field struct and [2]int32 keys, fast64ptr for pointer keys, faststr for a one-string struct,
 * mapassign for float64 and byte keys), growth, overflow buckets with createOverflow's mapextra and
 * []*bmap and the overflow slice's appends for pointer-free buckets, and mapiterinit's createOverflow.
 * The program (resources/gosim/heap/maps.go) prints each record of maps() with its whole stack.
 *
 * <p>Where overflow buckets go depends on the hash seed, so real runs differ: records without
 * overflow frames must equal real Go's exactly; overflow records' stacks must be ones real Go
 * produces, the stacks every real run has must be there, and the count of overflow buckets must be
 * of real Go's size.
 */
class HeapMapOverflowTest {
    /** "objects bytes: stack" lines of the records of main.maps. */
    static List<String> records(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.endsWith(")") || !line.contains("main.maps maps.go:")) {
                continue;
            }
            out.add(line.trim());
        }
        out.sort(null);
        return out;
    }

    static String stack(String record) {
        return record.substring(record.indexOf(": ") + 2);
    }

    /**
     * A record whose existence or count depends on where keys hash: overflow buckets and what links
     * them (go1.7 mapassign1:528 and setoverflow, evacuate; 1.19 newoverflow), and mapiterinit's
     * createOverflow for m (line 28), which allocates only if m's last generation has no overflow yet.
     */
    static boolean overflow(String record) {
        return record.contains("newoverflow") || record.contains("setoverflow") || record.contains("evacuate")
                || record.contains("mapassign1 hashmap.go:528") || record.endsWith("maps.go:28")
                // hashGrow's new(mapextra) for nextOverflow when no overflow bucket made one before
                // (1.19 map.go:1073-1075): hash-dependent, met in one of four real runs
                || record.contains("runtime.hashGrow map.go:1075");
    }

    static List<String> gosim(Path dir, String version) throws IOException {
        Path file = dir.resolve("maps.go");
        Files.writeString(file, HeapSitesTest.resource("maps.go"));
        return records(HeapSitesTest.run(file, version));
    }

    /** Objects of the records whose stack starts with {@code prefix}. */
    static long objects(List<String> records, String prefix) {
        return records.stream().filter(r -> stack(r).startsWith(prefix))
                .mapToLong(r -> Long.parseLong(r.substring(0, r.indexOf(' ')))).sum();
    }

    @Test
    void go119MapRecordsAreRealGo119s(@TempDir Path dir) throws IOException {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 runs");
        List<List<String>> real = new ArrayList<>();
        try (RealGo go = found.get()) {
            RealGo.Binary bin = go.build("maps.go", HeapSitesTest.resource("maps.go"));
            // gosim's seed has overflow stacks that real Go shows in only 24 of 40 runs (evacuate's
            // createOverflow at map.go:279 under growWork_fast64): with 4 runs the union missed one
            // in about 1 run of 40 of this test (seen once in a full suite); 16 runs miss it in 1 of 2e6
            for (int i = 0; i < 16; i++) {
                RealGo.Result r = bin.run();
                assertEquals(0, r.exitCode(), r.stderr());
                real.add(records(r.stdout()));
            }
        }
        List<String> got = gosim(dir, "1.19");
        List<String> fixed = real.get(0).stream().filter(r -> !overflow(r)).toList();
        for (List<String> run : real) {
            assertEquals(fixed, run.stream().filter(r -> !overflow(r)).toList(), "real runs differ outside overflow records");
        }
        assertTrue(fixed.stream().anyMatch(r -> r.equals("1 48: runtime.makemap map.go:312 <- main.maps maps.go:44")), fixed.toString());
        assertTrue(fixed.stream().anyMatch(r -> stack(r).startsWith("runtime.mapassign_fast64ptr map_fast64.go:200")), fixed.toString());
        assertTrue(fixed.stream().anyMatch(r -> stack(r).startsWith("runtime.(*hmap).createOverflow map.go:276 <- runtime.mapiterinit map.go:839")),
                fixed.toString());
        assertEquals(fixed, got.stream().filter(r -> !overflow(r)).toList());

        Set<String> union = new TreeSet<>();
        Set<String> every = null;
        for (List<String> run : real) {
            Set<String> stacks = new HashSet<>();
            run.stream().filter(HeapMapOverflowTest::overflow).map(HeapMapOverflowTest::stack).forEach(stacks::add);
            union.addAll(stacks);
            if (every == null) {
                every = new TreeSet<>(stacks);
            } else {
                every.retainAll(stacks);
            }
        }
        Set<String> ours = new TreeSet<>();
        got.stream().filter(HeapMapOverflowTest::overflow).map(HeapMapOverflowTest::stack).forEach(ours::add);
        assertTrue(union.containsAll(ours), "stacks real Go never showed: " + minus(ours, union));
        // Which bucket overflows during growth's evacuation follows the hash seed, so a full stack that
        // all the real runs showed may still be missing from gosim's seed (the fresh-clone CI of
        // c948034 met one): ask for each such stack's innermost two frames (the overflow's own path).
        Set<String> oursHeads = new TreeSet<>();
        ours.forEach(st -> oursHeads.add(head(st, 2)));
        Set<String> everyHeads = new TreeSet<>();
        every.forEach(st -> everyHeads.add(head(st, 2)));
        assertTrue(oursHeads.containsAll(everyHeads), "overflow paths every real run shows: " + minus(everyHeads, oursHeads));

        String buckets = "runtime.(*hmap).newoverflow map.go:263 <- runtime.mapassign_fast64 map_fast64.go:163 <- main.maps maps.go:24";
        long min = real.stream().mapToLong(r -> objects(r, buckets)).min().orElseThrow();
        long max = real.stream().mapToLong(r -> objects(r, buckets)).max().orElseThrow();
        long n = objects(got, buckets);
        assertTrue(min > 0 && n >= min / 2 && n <= max * 2, n + " overflow buckets; real Go made " + min + " to " + max);
    }

    /** The innermost {@code n} frames of a record's stack ("f file:line <- g file:line <- ..."). */
    private static String head(String stack, int n) {
        String[] frames = stack.split(" <- ");
        return String.join(" <- ", java.util.Arrays.copyOf(frames, Math.min(n, frames.length)));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static long rounded(long bytes) {
        return gosim.sim.heap.SizeClasses.GO1_7.roundUp(bytes);
    }

    /** The records of the go1.7 runtime, from its hashmap.go (go1.7 tag). */
    @Test
    void go17MapRecordsFollowGo17Source(@TempDir Path dir) throws IOException {
        List<String> got = gosim(dir, "1.7");
        List<String> want = new ArrayList<>();
        // Every make and literal: makemap's newobject(t.hmap) (hashmap.go:254); go1.7 has no
        // makemap_small, and a map literal is make(map[K]V) with no hint (sinit.go:868-870).
        for (int line : new int[] {22, 32, 35, 38, 41, 44, 46, 49, 52, 60, 65}) {
            want.add("1 48: runtime.makemap hashmap.go:254 <- main.maps maps.go:" + line);
        }
        // The first write's bucket: mapassign1's newarray(t.bucket, 1) (hashmap.go:466), 8 tophash
        // bytes + 8 keys + 8 values + the overflow pointer, rounded to a size class.
        int[][] first = {{24, 144}, {33, 144}, {36, 144}, {39, 144}, {42, 208}, {47, 144}, {50, 96}, {54, 144}, {60, 112}, {65, 160}};
        for (int[] f : first) {
            want.add("1 " + f[1] + ": runtime.mapassign1 hashmap.go:466 <- main.maps maps.go:" + f[0]);
        }
        // Growth when count >= 6.5 * 2^B and count >= 8 (hashmap.go:521): hashGrow's newarray of
        // 2^(B+1) buckets (824), called at 522, rounded up by mallocgc (msize.go's classes, pages
        // beyond 32 KiB). 2000 keys grow B to 9, 300 keys to 6.
        for (int b = 1; b <= 9; b++) {
            want.add("1 " + rounded(144L << b) + ": runtime.hashGrow hashmap.go:824 <- runtime.mapassign1 hashmap.go:522 <- main.maps maps.go:24");
        }
        for (int b = 1; b <= 6; b++) {
            want.add("1 " + rounded(144L << b) + ": runtime.hashGrow hashmap.go:824 <- runtime.mapassign1 hashmap.go:522 <- main.maps maps.go:54");
        }
        // Ranging over the pointer-free map[int32]int, which has no overflow slice yet: mapiterinit's
        // createOverflow (hashmap.go:650-658) allocates new([2]*[]*bmap) (178) and new([]*bmap) (181),
        // 24 bytes in go1.7's 32-byte class (msize.go has no 24).
        want.add("1 16: runtime.(*hmap).createOverflow hashmap.go:178 <- runtime.mapiterinit hashmap.go:656 <- main.maps maps.go:62");
        want.add("1 " + rounded(24) + ": runtime.(*hmap).createOverflow hashmap.go:181 <- runtime.mapiterinit hashmap.go:656 <- main.maps maps.go:62");
        want.add("1 32: main.maps maps.go:31"); // &[4]int{1}, stored as a key: escapes
        want.sort(null);
        assertEquals(want, got.stream().filter(r -> !overflow(r)).toList());

        // Overflow buckets: mapassign1's newobject(t.bucket) (hashmap.go:528) then setoverflow (529),
        // or evacuate's for the x and y halves (924/925, 948/949) under growWork (849-860: 854 the
        // key's bucket, 858 the next one) at mapassign1:472. For pointer-free buckets setoverflow
        // (168-174) calls createOverflow (170) and appends to the overflow slice (171).
        Set<String> allowed = new HashSet<>();
        for (String user : new String[] {"24", "54"}) {
            List<String> callers = new ArrayList<>();
            callers.add("runtime.mapassign1 hashmap.go:%d <- main.maps maps.go:" + user);
            for (int gw : new int[] {854, 858}) {
                for (int half : new int[] {924, 948}) {
                    callers.add("runtime.evacuate hashmap.go:%d <- runtime.growWork hashmap.go:" + gw
                            + " <- runtime.mapassign1 hashmap.go:472 <- main.maps maps.go:" + user);
                    allowed.add(String.format(callers.getLast(), half));
                    if (user.equals("24")) {
                        String link = String.format(callers.getLast(), half + 1);
                        allowed.add("runtime.(*hmap).setoverflow hashmap.go:171 <- " + link);
                        allowed.add("runtime.(*hmap).createOverflow hashmap.go:178 <- runtime.(*hmap).setoverflow hashmap.go:170 <- " + link);
                        allowed.add("runtime.(*hmap).createOverflow hashmap.go:181 <- runtime.(*hmap).setoverflow hashmap.go:170 <- " + link);
                    }
                }
            }
            allowed.add(String.format(callers.getFirst(), 528));
        }
        String link = "runtime.mapassign1 hashmap.go:529 <- main.maps maps.go:24";
        List<String> must = List.of("runtime.mapassign1 hashmap.go:528 <- main.maps maps.go:24",
                "runtime.(*hmap).setoverflow hashmap.go:171 <- " + link,
                "runtime.(*hmap).createOverflow hashmap.go:178 <- runtime.(*hmap).setoverflow hashmap.go:170 <- " + link,
                "runtime.(*hmap).createOverflow hashmap.go:181 <- runtime.(*hmap).setoverflow hashmap.go:170 <- " + link);
        allowed.addAll(must);
        Set<String> ours = new TreeSet<>();
        got.stream().filter(HeapMapOverflowTest::overflow).map(HeapMapOverflowTest::stack).forEach(ours::add);
        assertTrue(allowed.containsAll(ours), "not go1.7's: " + minus(ours, allowed));
        assertTrue(ours.containsAll(must), ours.toString());
        // setoverflow's append grows the []*bmap as go1.7's growslice does: 1, 2, 4, 8, ...
        // pointers (go1.7 slice.go:89-101), so the first records are of 8, 16 and 32 bytes each
        Set<Long> each = new TreeSet<>();
        for (String r : got) {
            if (stack(r).equals("runtime.(*hmap).setoverflow hashmap.go:171 <- " + link)) {
                String[] w = r.substring(0, r.indexOf(':')).split(" ");
                each.add(Long.parseLong(w[1]) / Long.parseLong(w[0]));
            }
        }
        assertTrue(each.containsAll(List.of(8L, 16L, 32L)), each.toString());
    }
}
