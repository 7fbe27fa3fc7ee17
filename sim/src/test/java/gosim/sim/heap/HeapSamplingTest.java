package gosim.sim.heap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MemProfileRate and Go 1.7's exponential sampling in mallocgc. */
class HeapSamplingTest {
    static final long[] STACK = {0x401000, 0x401100};

    /** Records what the heap reports to mprof. */
    static final class Recorder implements MProfHooks {
        final List<String> calls = new ArrayList<>();
        final List<Long> mallocSizes = new ArrayList<>();

        @Override
        public Object mProfMalloc(long[] stk, long size) {
            mallocSizes.add(size);
            calls.add("malloc " + size);
            return "bucket" + mallocSizes.size();
        }

        @Override
        public void mProfFree(Object bucket, long size, boolean freed) {
            calls.add("free " + bucket + " " + size + " " + freed);
        }

        @Override
        public void mProfGC() {
            calls.add("gc");
        }

        @Override
        public long buckHashSys() {
            return 4242;
        }
    }

    /** A seeded generator of uint32 values (SplitMix64's output, high half). */
    static IntSupplier seeded(long seed) {
        long[] s = {seed};
        return () -> {
            long z = (s[0] += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return (int) ((z ^ (z >>> 31)) >>> 32);
        };
    }

    @Test
    void rateOneSamplesEveryAllocationWithItsRoundedSize() {
        Recorder r = new Recorder();
        Heap h = new Heap(r, seeded(1));
        h.setMemProfileRate(1);
        long[] sizes = {1, 9, 100, 5000, 40000};
        for (long s : sizes) {
            assertNotNull(h.mallocgc(s, STACK).bucket());
        }
        assertEquals(List.of(8L, 16L, 112L, 5376L, 40960L), r.mallocSizes);
    }

    @Test
    void rateZeroSamplesNothingAndNeverAsksForTheStack() {
        Recorder r = new Recorder();
        Heap h = new Heap(r, seeded(2));
        h.setMemProfileRate(0);
        for (int i = 0; i < 10_000; i++) {
            assertNull(h.mallocgc(4096, () -> {
                throw new AssertionError("stack computed for an unsampled allocation");
            }).bucket());
        }
        assertTrue(r.calls.isEmpty());
    }

    @Test
    void defaultRateSamplesAboutOncePer512KiB() {
        Recorder r = new Recorder();
        Heap h = new Heap(r, seeded(3));
        assertEquals(512 * 1024, h.memProfileRate());
        long total = 0;
        for (int i = 0; i < 1 << 20; i++) {
            total += h.mallocgc(1024, STACK).size();
        }
        double expected = (double) total / (512 * 1024); // 2^30 / 2^19 = 2048 samples
        assertEquals(2048.0, expected, 0.0);
        int got = r.mallocSizes.size();
        // Poisson-like: sd ~ 45; allow 10% (about 4.5 sd).
        assertTrue(Math.abs(got - expected) < expected * 0.10, "samples " + got + " vs " + expected);
    }

    @Test
    void nextSampleHasMeanMemProfileRate() {
        Heap h = new Heap(MProfHooks.NONE, seeded(4));
        h.setMemProfileRate(4096);
        long sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            int s = h.nextSample();
            assertTrue(s >= 1, "sample point below 1: " + s);
            sum += s;
        }
        double mean = (double) sum / n;
        assertTrue(Math.abs(mean - 4096) < 4096 * 0.02, "mean " + mean);
    }

    @Test
    void nextSampleFollowsGoArithmeticExactly() {
        // q = fastrand % 2^26 + 1; next = int32(log2(q) - 26) * -ln2 * rate) + 1.
        int[] rand = {(1 << 26) - 1, -1, (1 << 25) - 1, 0};
        int[] i = {0};
        Heap h = new Heap(MProfHooks.NONE, () -> rand[i[0]++]);
        // The constructor drew the first value (q = 2^26: log2 = 26, next = 1).
        assertEquals(1, h.nextSample(), "0xffffffff is unsigned: q = 2^26 again");
        assertEquals(363409, h.nextSample(), "q = 2^25: ln2 * 2^19 = 363408.749..., truncated, plus 1");
        assertEquals(9448628, h.nextSample(), "q = 1: 26 * ln2 * 2^19 = 9448627.47..., truncated, plus 1");
    }

    @Test
    void sampledAllocationIsTheOneThatCrossesTheSamplePoint() {
        Recorder r = new Recorder();
        // First draw: q = 2^25, next_sample = 363409 at the default rate.
        int[] rand = {(1 << 25) - 1, (1 << 26) - 1};
        int[] i = {0};
        Heap h = new Heap(r, () -> rand[i[0]++]);
        long allocated = 0;
        int n = 0;
        while (r.mallocSizes.isEmpty()) {
            h.mallocgc(4096, STACK);
            allocated += 4096;
            n++;
        }
        // Allocations of 4096 go on while 4096 < next_sample, which drops by 4096 each time:
        // 363409 = 88 * 4096 + 2961, so the 89th allocation is the sampled one.
        assertEquals(89, n);
        assertEquals(89 * 4096, allocated);
        assertSame(2, i[0], "the sample point is redrawn when an allocation is sampled");
    }

    @Test
    void allocationsAtLeastTheRateAreAlwaysSampled() {
        Recorder r = new Recorder();
        Heap h = new Heap(r, seeded(5));
        h.setMemProfileRate(64 * 1024);
        for (int i = 0; i < 100; i++) {
            h.mallocgc(64 * 1024, STACK);
        }
        assertEquals(100, r.mallocSizes.size());
    }
}
