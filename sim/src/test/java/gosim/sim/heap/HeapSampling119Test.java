package gosim.sim.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.GoVersion;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * The Go 1.19 dialect's heap sampling against go1.7's (issue 12): 1.19 malloc.go:1109-1115 samples at
 * rate 1 without drawing (nextSample returns 0, malloc.go:1249-1255) and otherwise exactly when the
 * size reaches nextSample; fastexprand takes q from fastrandn(1&lt;&lt;26), the high 26 bits
 * (malloc.go:1287, stubs.go:154-157). go1.7 malloc.go:736 samples every size &gt;= MemProfileRate, and
 * nextSample takes fastrand1() % (1&lt;&lt;26), the low bits (malloc.go:844).
 */
class HeapSampling119Test {
    /** A fastrand returning {@code values} in turn and counting the draws in {@code draws[0]}. */
    static IntSupplier counting(int[] draws, int... values) {
        return () -> values[draws[0]++ % values.length];
    }

    @Test
    void rateOneDrawsNothingUnder119ButOnePerAllocationUnder17() {
        for (GoVersion v : new GoVersion[] {GoVersion.GO1_7, GoVersion.GO1_19}) {
            int[] draws = {0};
            HeapSamplingTest.Recorder r = new HeapSamplingTest.Recorder();
            Heap h = new Heap(r, counting(draws, 12345), v);
            int before = draws[0]; // allocmcache's first draw at rate 512 KiB, both releases
            h.setMemProfileRate(1);
            for (int i = 0; i < 10; i++) {
                h.mallocgc(64, HeapSamplingTest.STACK);
            }
            assertEquals(10, r.mallocSizes.size(), v + ": rate 1 records every allocation");
            assertEquals(v == GoVersion.GO1_19 ? 0 : 10, draws[0] - before, v + ": fastrand draws at rate 1");
        }
    }

    @Test
    void theSamplePointTakesTheHighBitsUnder119() {
        int[] draws = {0};
        // 0x03ffffff: low 26 bits all set. 1.7: q = 2^26, next = 1. 1.19: q = (2^26-1 >> 6) + 1 = 2^20,
        // next = int32(-6 * -ln2 * 2^19) + 1 = 2180453.
        Heap old = new Heap(MProfHooks.NONE, counting(draws, 0x03ffffff), GoVersion.GO1_7);
        Heap modern = new Heap(MProfHooks.NONE, counting(draws, 0x03ffffff), GoVersion.GO1_19);
        assertEquals(1, old.nextSample());
        assertEquals(2180453, modern.nextSample());
    }

    @Test
    void aBlockOverTheRateIsAlwaysSampledOnlyUnder17() {
        for (GoVersion v : new GoVersion[] {GoVersion.GO1_7, GoVersion.GO1_19}) {
            int[] draws = {0};
            HeapSamplingTest.Recorder r = new HeapSamplingTest.Recorder();
            // fastrand 0: q = 1, so allocmcache's draw at 512 KiB puts next_sample at
            // int32(26 * ln2 * 2^19) + 1 = 9448628, far above the block.
            Heap h = new Heap(r, counting(draws, 0), v);
            h.setMemProfileRate(1024);
            h.mallocgc(4096, HeapSamplingTest.STACK);
            assertEquals(v == GoVersion.GO1_7 ? 1 : 0, r.mallocSizes.size(), v + ": a 4096-byte block at rate 1024");
        }
    }
}
