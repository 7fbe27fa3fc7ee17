package gosim.pprof.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoSortTest {
    /** A record with a sort key and its original position, sorted by key descending (as byInUseBytes). */
    record Rec(int key, int id) {
    }

    private static List<Integer> sortedIds(int[] keys, boolean heapOnly) {
        List<Rec> recs = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            recs.add(new Rec(keys[i], i));
        }
        if (heapOnly) {
            GoSort.heapSort(listInterface(recs), 0, recs.size());
        } else {
            GoSort.sort(recs, (a, b) -> a.key() > b.key());
        }
        return recs.stream().map(Rec::id).toList();
    }

    private static GoSort.Interface listInterface(List<Rec> recs) {
        return new GoSort.Interface() {
            public int len() {
                return recs.size();
            }

            public boolean less(int i, int j) {
                return recs.get(i).key() > recs.get(j).key();
            }

            public void swap(int i, int j) {
                recs.set(i, recs.set(j, recs.get(i)));
            }
        };
    }

    @Test
    void sevenElementsShellPassMovesFirstTieToTheEnd() {
        // n=7 <= 12: no quicksort. The gap-6 pass compares index 6 with index 0: key 2 sorts before
        // key 1 (descending), so they swap, carrying record 0 to the end; the stable insertion
        // sort then leaves the tied 1s as they are: 6, 1, 2, 3, 4, 5, 0 (a stable sort would give
        // 6, 0, 1, 2, 3, 4, 5).
        assertEquals(List.of(6, 1, 2, 3, 4, 5, 0), sortedIds(new int[] {1, 1, 1, 1, 1, 1, 2}, false));
    }

    @Test
    void twelveElementsAlreadySortedAreLeftAlone() {
        // Nothing is strictly less than its predecessor, so neither pass swaps anything.
        int[] keys = {5, 5, 4, 4, 4, 3, 3, 2, 2, 1, 1, 0};
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), sortedIds(keys, false));
    }

    @Test
    void heapSortOfThreeEqualKeysAndOneGreater() {
        // Keys [1,1,1,2] (ids 0..3), less = greater key. Heapify: neither root 1 (child id3) nor
        // root 0 is "less" than its child, so nothing moves. Pop: swap 0<->3 -> [3,1,2,0], sift id3
        // down: less(id3, id1) is 2 > 1, swap -> [1,3,2,0]. Swap 0<->2 -> [2,3,1,0]; less(id2, id3)
        // is 1 > 2, false: stays. Swap 0<->1 -> [3,2,1,0]. Final order of ids: 3, 2, 1, 0.
        assertEquals(List.of(3, 2, 1, 0), sortedIds(new int[] {1, 1, 1, 2}, true));
    }

    /** The LCG the reference generator used for its keys (64-bit wrap-around). */
    static int[] lcgKeys(int n, int mod, long seed) {
        int[] ks = new int[n];
        long s = seed;
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            ks[i] = (int) Long.remainderUnsigned(s >>> 33, mod);
        }
        return ks;
    }

    /**
     * go17-sort-reference.txt was produced by Go 1.7.1's own sort/sort.go (copied into a scratch
     * package, never into this repository) compiled with go1.19: records {key, original index}
     * with keys from {@link #lcgKeys}, sorted by key descending with sort.Sort (heapSort directly
     * for "heap"), printing the original indexes in result order.
     */
    @Test
    void matchesGo17SortOnTiesSmallMediumNintherAndHeapSort() throws IOException {
        Map<String, List<Integer>> ref = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("go17-sort-reference.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split(" ids=");
                ref.put(parts[0], Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList());
            }
        }
        assertEquals(List.of(6, 1, 2, 3, 4, 5, 0), ref.get("seven"));
        assertEquals(ref.get("thirteen"), sortedIds(lcgKeys(13, 3, 1), false));
        assertEquals(ref.get("fifty"), sortedIds(lcgKeys(50, 4, 2), false));
        assertEquals(ref.get("twohundred"), sortedIds(lcgKeys(200, 5, 3), false));
        assertEquals(ref.get("thousand"), sortedIds(lcgKeys(1000, 1000, 4), false));
        assertEquals(ref.get("heap"), sortedIds(lcgKeys(20, 3, 5), true));
    }

    @Test
    void lcgMatchesTheGeneratorsFirstKeys() {
        // The generator printed keys=[2 0 0 0 0 2 2 1 0 1 0 1 0] for the "thirteen" case.
        assertEquals(List.of(2, 0, 0, 0, 0, 2, 2, 1, 0, 1, 0, 1, 0),
                Arrays.stream(lcgKeys(13, 3, 1)).boxed().toList());
    }

    @Property
    void resultIsSortedAndAPermutation(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 20) Integer> keys) {
        int[] ks = keys.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> ids = sortedIds(ks, false);
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ks[ids.get(i - 1)] >= ks[ids.get(i)], "descending at " + i);
        }
        assertEquals(keys.size(), ids.stream().distinct().count());
        // Same input, same output: the tie order is a function of the input alone.
        assertEquals(ids, sortedIds(ks, false));
    }

    @Property
    void heapSortSortsToo(@ForAll @Size(max = 100) List<@IntRange(min = 0, max = 5) Integer> keys) {
        int[] ks = keys.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> ids = sortedIds(ks, true);
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ks[ids.get(i - 1)] >= ks[ids.get(i)]);
        }
    }

    @Test
    void isSortedReportsOrder() {
        List<Rec> recs = new ArrayList<>(List.of(new Rec(3, 0), new Rec(1, 1), new Rec(2, 2)));
        assertTrue(!GoSort.isSorted(listInterface(recs)));
        GoSort.sort(listInterface(recs));
        assertTrue(GoSort.isSorted(listInterface(recs)));
    }
}
