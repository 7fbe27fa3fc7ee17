package gosim.mprof;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ThreadCreateProfile and GoroutineProfile (Go 1.7: counted and saved under one stop-the-world) over fake kernels. */
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

    /** A kernel with scripted stacks that checks they are read with the world stopped. */
    static final class FakeKernel implements GoroutineSource {
        int stops;
        boolean stopped;
        List<long[]> others = new ArrayList<>();
        long[] caller = {0x401000, 0x401100};

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
            assertTrue(stopped, "goroutines are counted with the world stopped (mprof.go:531-538)");
            return others;
        }
    }

    @Test
    void goroutineProfileSavesTheCallerFirstThenTheOthers() {
        FakeKernel k = new FakeKernel();
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
    void tooSmallStillStopsTheWorldToCountAndLeavesPAlone() {
        // Go 1.7 stops the world before counting (mprof.go:531, n = 1 at 533): no unlocked
        // pre-count that could return without a stop, as Go 1.5 did.
        FakeKernel k = new FakeKernel();
        k.others = List.of(new long[] {0x402000}, new long[] {0x402100}, new long[] {0x402200},
                new long[] {0x402300});
        StackRecord[] p = garbage(4);
        assertEquals(new ProfileResult(5, false), StackProfiles.goroutineProfile(k, p));
        assertEquals(1, k.stops);
        for (int i = 0; i < 4; i++) {
            assertGarbage(p[i], i);
        }
        // The caller retries with room for the count, as runtime/pprof does.
        StackRecord[] q = garbage(5 + 10);
        assertEquals(new ProfileResult(5, true), StackProfiles.goroutineProfile(k, q));
        assertEquals(2, k.stops);
        assertArrayEquals(new long[] {0x402300}, q[4].stack());
        assertGarbage(q[5], 5);
    }

    @Test
    void theCallerAloneIsOne() {
        FakeKernel k = new FakeKernel();
        assertEquals(new ProfileResult(1, false), StackProfiles.goroutineProfile(k, new StackRecord[0]));
        StackRecord[] p = garbage(1);
        assertEquals(new ProfileResult(1, true), StackProfiles.goroutineProfile(k, p));
        assertArrayEquals(k.caller, p[0].stack());
    }
}
