package gosim.sim.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fastlog2 of Go's runtime. */
class FastLog2Test {
    @Test
    void tableHoldsLog2OfOnePlusIOver32() {
        for (int i = 0; i <= 32; i++) {
            double want = Math.log(1 + i / 32.0) / Math.log(2);
            assertEquals(want, FastLog2.FASTLOG2_TABLE[i], 1e-15, "entry " + i);
        }
    }

    @Test
    void exactOnPowersOfTwoAndOnTableKnots() {
        for (int e = 0; e <= 30; e++) {
            assertEquals(e, FastLog2.fastlog2(Math.scalb(1.0, e)), 0.0, "2^" + e);
        }
        // 1.5 = 1 + 16/32 lies on a knot: the table value itself.
        assertEquals(FastLog2.FASTLOG2_TABLE[16], FastLog2.fastlog2(1.5), 0.0);
        assertEquals(3 + FastLog2.FASTLOG2_TABLE[16], FastLog2.fastlog2(12.0), 0.0);
    }

    @Test
    void closeToTheTrueLogOverTheSamplingRange() {
        // Go's TestFastLog2 bounds the euclidean distance over 1..2^26 by 1.0; check the same on a
        // stride of the range.
        double e = 0;
        for (int i = 1; i < 1 << 26; i += 1 << 10) {
            double d = Math.log(i) / Math.log(2) - FastLog2.fastlog2(i);
            e += d * d;
        }
        assertTrue(Math.sqrt(e) <= 1.0, "imprecise fastlog2: " + Math.sqrt(e));
    }
}
