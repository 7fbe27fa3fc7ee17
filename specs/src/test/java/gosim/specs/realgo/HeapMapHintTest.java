package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * make(map[int]int, hint)'s bucket count (issue 12). makemap picks the smallest B with hint <= 8 or
 * hint <= 6.5 * 2^B: go1.7 loops while {@code hint > bucketCnt && float32(hint) > loadFactor*float32(1<<B)}
 * (hashmap.go:241, bucketCnt 8 and loadFactor 6.5 at 64-68), Go 1.19 while overLoadFactor(hint, B),
 * {@code count > bucketCnt && count > loadFactorNum*(2^B/loadFactorDen)} with 13/2 (map.go:67-72,
 * 318-321, 1085-1086): the same B in both. The program (resources/gosim/heap/maphint.go ending in
 * callers.dump.txt's dump()) makes one map per hint either side of each boundary; real Go 1.19.8's
 * records are stored (maphint.go119.txt, its first line says how they were made).
 */
class HeapMapHintTest {
    static final HeapDump.Program HINTS = new HeapDump.Program("maphint.go", "callers.dump.txt", 20, 30);

    /** Line of maphint.go, its hint and the B makemap must choose for it. */
    static final int[][] LINE_HINT_B = {{20, 8, 0}, {21, 8, 0}, {22, 9, 1}, {23, 13, 1}, {24, 14, 2}, {25, 26, 2},
        {26, 27, 3}, {27, 52, 3}, {28, 53, 4}, {29, 100, 4}, {30, 1000, 8}};

    /** A map[int]int bucket: 8 tophash bytes, 8 keys, 8 values, the overflow pointer. */
    static final long BUCKET = 8 + 8 * 8 + 8 * 8 + 8;

    @Test
    void go119BucketArraysAreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = HINTS.realGo119();
        // the stored records have the bucket counts above: 2^B buckets, and from B = 4 2^(B-4)
        // overflow buckets more, rounded up to the size class (1.19 map.go:345-363)
        for (int[] lhb : LINE_HINT_B) {
            if (lhb[2] > 0) {
                long n = (1L << lhb[2]) + (lhb[2] >= 4 ? 1L << (lhb[2] - 4) : 0);
                long bytes = gosim.sim.heap.SizeClasses.GO1_19.roundUp(BUCKET * n);
                String r = "maphint.go:" + lhb[0] + " via 36 1 " + bytes
                        + ": runtime.makeBucketArray map.go:363 <- runtime.makemap map.go:329 <-";
                assertEquals(true, real.contains(r), "hint " + lhb[1] + ": " + r + " in " + real);
            }
        }
        assertEquals(real, HINTS.gosim(dir, "1.19"));
    }

    @Test
    void go17BucketArraysFollowGo17Source(@TempDir Path dir) throws IOException {
        SortedSet<String> want = new TreeSet<>();
        for (int[] lhb : LINE_HINT_B) {
            String at = "maphint.go:" + lhb[0] + " via 36 1 ";
            // newarray(t.bucket, 1<<B) only when B != 0 (hashmap.go:247-250), then the hmap (254)
            if (lhb[2] > 0) {
                want.add(at + gosim.sim.heap.SizeClasses.GO1_7.roundUp(BUCKET << lhb[2]) + ": runtime.makemap hashmap.go:249 <-");
            }
            want.add(at + "48: runtime.makemap hashmap.go:254 <-");
        }
        assertEquals(want, HINTS.gosim(dir, "1.7"));
    }

    /** The stored records are still what real Go 1.19 prints for the program (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        assertEquals(HINTS.realGo119(), HINTS.realGoNow());
    }
}
