package gosim.sim.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go 1.7's size classes (msize.go initSizes) and roundupsize. */
class SizeClassesTest {
    @Test
    void smallRequestsRoundToTheirClass() {
        // Classes of Go <= 1.7: 8, then 16-byte steps to 256 (with 8 folded away: 24 is not a
        // class), then 1/8 steps: 288, 320, ..., 1024, 1152, ...
        long[][] cases = {
            {1, 8}, {8, 8}, {9, 16}, {17, 32}, {24, 32}, {33, 48}, {129, 144}, {255, 256},
            {257, 288}, {1000, 1024}, {1017, 1024}, {1025, 1152}, {2049, 2304}, {32768, 32768},
        };
        for (long[] c : cases) {
            assertEquals(c[1], SizeClasses.roundupsize(c[0]), "roundupsize(" + c[0] + ")");
        }
    }

    @Test
    void largeRequestsRoundToWholePages() {
        assertEquals(40960, SizeClasses.roundupsize(32769));
        assertEquals(123 * 8192, SizeClasses.roundupsize(1_000_000));
        assertEquals(8192 * 8, SizeClasses.roundupsize(65536));
        assertEquals(Long.MAX_VALUE, SizeClasses.roundupsize(Long.MAX_VALUE), "overflow is left alone");
    }

    @Test
    void theTableSatisfiesMsizeRules() {
        // The comment of msize.go: a span of a class wastes at most 1/8 of its pages, sizes grow,
        // every size is 8-aligned (16-aligned from 16 on), and there are exactly 67 classes.
        assertEquals(0, SizeClasses.classToSize(0));
        assertEquals(8, SizeClasses.classToSize(1));
        assertEquals(32768, SizeClasses.classToSize(SizeClasses.NUM_SIZE_CLASSES - 1));
        for (int c = 1; c < SizeClasses.NUM_SIZE_CLASSES; c++) {
            int size = SizeClasses.classToSize(c);
            int span = SizeClasses.classToAllocnpages(c) * SizeClasses.PAGE_SIZE;
            assertTrue(span % size <= span / 8, "class " + c + " wastes more than 1/8 of its span");
            assertTrue(size % (size >= 16 ? 16 : 8) == 0, "class " + c + " misaligned: " + size);
            if (c > 1) {
                assertTrue(size > SizeClasses.classToSize(c - 1), "classes must grow at " + c);
            }
        }
    }

    @Test
    void everySmallSizeGetsTheSmallestClassThatHoldsIt() {
        for (int n = 1; n <= SizeClasses.MAX_SMALL_SIZE; n++) {
            int c = SizeClasses.sizeToClass(n);
            assertTrue(SizeClasses.classToSize(c) >= n, "class too small for " + n);
            assertTrue(c == 1 || SizeClasses.classToSize(c - 1) < n, "class too big for " + n);
        }
    }

    @Test
    void goOneSevenUpperClassesDifferFromOneEight() {
        // initSizes of Go <= 1.7 yields 8704, 9472, 10496, ...; Go 1.8's generated table has
        // 9472, 9728, 10240, 10880, ... instead. Check a few of the 1.7 boundaries.
        assertEquals(8704, SizeClasses.roundupsize(8449));
        assertEquals(9472, SizeClasses.roundupsize(8705));
        assertEquals(10496, SizeClasses.roundupsize(9473));
        assertEquals(14080, SizeClasses.roundupsize(13569));
        assertEquals(28416, SizeClasses.roundupsize(24833));
    }

    @Test
    void badSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SizeClasses.sizeToClass(32769));
        assertThrows(IllegalArgumentException.class, () -> SizeClasses.roundupsize(-1));
    }
}
