package gosim.mprof;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ThreadCreateProfile and GoroutineProfile (Go 1.7's two phases) over fake kernels. */
class StackProfilesTest {
    private static StackRecord[] garbage(int len) {
        StackRecord[] p = new StackRecord[len];
        for (int i = 0; i < len; i++) {
            p[i] = new StackRecord();
            Arrays.fill(p[i].stack0, 0xbad0L + i);
        }
        return p;
    }

    private static void assertGarbage(StackRecord r, int i) {
        for (long pc : r.stack0) {
            assertEquals(0xbad0L + i, pc, "record " + i + " must be untouched");
        }
    }

    @Test
    void threadCreateProfileCopiesAllmNewestFirst() {
        List<long[]> allm = List.of(new long[] {0x403000, 0x403100}, new long[] {0x402000}, new long[] {0x401000});
        ThreadSource src = () -> allm;
        StackRecord[] small = garbage(2);
        assertEquals(new ProfileResult(3, false), StackProfiles.threadCreateProfile(src, small));
        assertGarbage(small[0], 0);
        assertGarbage(small[1], 1);

        StackRecord[] p = garbage(5);
        assertEquals(new ProfileResult(3, true), StackProfiles.threadCreateProfile(src, p));
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(allm.get(i), p[i].stack());
            assertEquals(0, p[i].stack0[31], "createstack is copied whole: zeros overwrite old data");
        }
        assertGarbage(p[3], 3);
        assertGarbage(p[4], 4);
    }

    /** A kernel whose goroutine count is scripted per call. */
    static final class FakeKernel implements GoroutineSource {
        final int[] counts;
        int calls;
        int stops;
        boolean stopped;
        List<long[]> others = new ArrayList<>();
        long[] caller = {0x401000, 0x401100};

        FakeKernel(int... counts) {
            this.counts = counts;
        }

        @Override
        public int gcount() {
            return counts[Math.min(calls++, counts.length - 1)];
        }

        @Override
        public void withWorldStopped(Runnable action) {
            stops++;
            stopped = true;
            try {
                action.run();
            } finally {
                stopped = false;
            }
        }

        @Override
        public long[] callerStack() {
            assertTrue(stopped, "stacks are read with the world stopped");
            return caller;
        }

        @Override
        public List<long[]> otherStacks() {
            assertTrue(stopped, "stacks are read with the world stopped");
            return others;
        }
    }

    @Test
    void goroutineProfileSavesTheCallerFirstThenTheOthers() {
        FakeKernel k = new FakeKernel(3);
        k.others = List.of(new long[] {0x402000}, new long[] {0x403000, 0x403010});
        StackRecord[] p = garbage(4);
        assertEquals(new ProfileResult(3, true), StackProfiles.goroutineProfile(k, p));
        assertEquals(1, k.stops);
        assertArrayEquals(k.caller, p[0].stack());
        assertArrayEquals(new long[] {0x402000}, p[1].stack());
        assertArrayEquals(new long[] {0x403000, 0x403010}, p[2].stack());
        assertEquals(0xbad0L + 1, p[1].stack0[2], "saveg writes one 0 after the PCs and nothing beyond");
        assertGarbage(p[3], 3);
    }

    @Test
    void tooSmallAtTheFirstCountNeverStopsTheWorld() {
        FakeKernel k = new FakeKernel(5);
        StackRecord[] p = garbage(4);
        assertEquals(new ProfileResult(5, false), StackProfiles.goroutineProfile(k, p));
        assertEquals(0, k.stops);
        for (int i = 0; i < 4; i++) {
            assertGarbage(p[i], i);
        }
    }

    @Test
    void aCountThatGrowsBetweenThePhasesReportsTheNewCountAndLeavesPAlone() {
        FakeKernel k = new FakeKernel(2, 4); // two goroutines were started before the world stopped
        StackRecord[] p = garbage(3);
        assertEquals(new ProfileResult(4, false), StackProfiles.goroutineProfile(k, p));
        assertEquals(1, k.stops);
        for (int i = 0; i < 3; i++) {
            assertGarbage(p[i], i);
        }
        // The caller retries with room for the new count, as runtime/pprof does.
        k.others = List.of(new long[] {0x402000}, new long[] {0x402100}, new long[] {0x402200});
        StackRecord[] q = garbage(4 + 10);
        ProfileResult r = StackProfiles.goroutineProfile(k, q);
        assertEquals(new ProfileResult(4, true), r);
        assertArrayEquals(new long[] {0x402200}, q[3].stack());
    }

    @Test
    void aCountThatShrinksBetweenThePhasesStillFits() {
        FakeKernel k = new FakeKernel(3, 2);
        k.others = List.of(new long[] {0x402000});
        StackRecord[] p = garbage(3);
        assertEquals(new ProfileResult(2, true), StackProfiles.goroutineProfile(k, p));
        assertArrayEquals(new long[] {0x402000}, p[1].stack());
        assertGarbage(p[2], 2);
    }

    @Test
    void aSourceListingMoreGoroutinesThanItCountsIsReported() {
        FakeKernel k = new FakeKernel(2);
        k.others = List.of(new long[] {0x402000}, new long[] {0x402100});
        StackRecord[] p = garbage(5);
        StackRecord first = p[0];
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StackProfiles.goroutineProfile(k, p));
        assertTrue(e.getMessage().contains("gcount() is 2"), e.getMessage());
        assertSame(first, p[0]);
        assertGarbage(p[0], 0);
    }
}
