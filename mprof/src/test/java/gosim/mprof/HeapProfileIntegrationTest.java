package gosim.mprof;

import gosim.sim.heap.GcMode;
import gosim.sim.heap.Heap;
import gosim.sim.heap.HeapObject;
import gosim.sim.heap.MemStats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heap model driving the bucket table, as the kernel will wire them. */
class HeapProfileIntegrationTest {
    private static final long[] SITE_A = {0x401010, 0x401500};
    private static final long[] SITE_B = {0x402010, 0x401500};

    private final MProf mp = new MProf(1_000_000_000L, () -> 0x1234567);
    private final Heap heap = new Heap(mp, () -> 0x7654321);

    HeapProfileIntegrationTest() {
        heap.setMemProfileRate(1);
    }

    private static MemProfileRecord at(List<MemProfileRecord> recs, long[] stack) {
        return recs.stream().filter(r -> java.util.Arrays.equals(r.stack(), stack)).findFirst().orElseThrow();
    }

    @Test
    void runtimeGcPublishesEverythingAtOnce() {
        List<HeapObject> keep = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keep.add(heap.mallocgc(20, SITE_A)); // 32-byte class
            heap.mallocgc(5000, SITE_B); // 5376-byte class, garbage
        }
        heap.gc(keep::contains, GcMode.FORCE_BLOCK, 50_000, 1);
        List<MemProfileRecord> recs = mp.memProfile(true);
        assertEquals(2, recs.size());
        assertArrayEquals(SITE_B, recs.get(0).stack(), "newest bucket first");
        MemProfileRecord a = at(recs, SITE_A);
        assertEquals(10, a.allocObjects);
        assertEquals(320, a.inUseBytes());
        MemProfileRecord b = at(recs, SITE_B);
        assertEquals(10, b.allocObjects);
        assertEquals(10, b.freeObjects);
        assertEquals(0, b.inUseBytes());
        assertEquals(1, mp.memProfile(false).size(), "B is fully freed");
        MemStats m = heap.readMemStats();
        assertEquals(mp.buckHashSys(), m.buckHashSys);
        assertEquals(320, m.heapAlloc);
    }

    @Test
    void backgroundCyclesPublishWithALag() {
        HeapObject x = heap.mallocgc(64, SITE_A);
        heap.gc(o -> true, GcMode.BACKGROUND, 0, 0); // malloc: recent -> prev
        heap.mallocgc(64, SITE_A);
        heap.free(x); // explicit free: prev (go1.7 mprof.go:257-258, mp.prev_frees++)
        heap.gc(o -> false, GcMode.BACKGROUND, 0, 0); // x and its free published; second object swept -> prev
        MemProfileRecord a = mp.memProfile(true).get(0);
        assertEquals(1, a.allocObjects, "the first malloc is published, the second is in prev");
        assertEquals(1, a.freeObjects, "the explicit free went to prev, so one cycle publishes it");
        heap.gc(o -> false, GcMode.BACKGROUND, 0, 0);
        a = mp.memProfile(true).get(0);
        assertEquals(2, a.allocObjects);
        assertEquals(2, a.freeObjects, "the explicit free and the sweep free are both published");
        assertEquals(0, a.inUseBytes());
    }
}
