package gosim.mprof;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SetBlockProfileRate, blockevent and BlockProfile of Go 1.7's mprof.go. */
class BlockProfileTest {
    private static final long[] S1 = {0x401010, 0x401200};
    private static final long[] S2 = {0x402010};

    /** A fastrand that must not be consulted. */
    private static final IntSupplier NO_RAND = () -> {
        throw new AssertionError("fastrand consulted");
    };

    /** A scripted fastrand. */
    private static IntSupplier script(int... values) {
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int v : values) {
            q.add(v);
        }
        return q::removeFirst;
    }

    @Test
    void rateZeroOrNegativeRecordsNothing() {
        MProf mp = new MProf(2_500_000_000L, NO_RAND);
        assertEquals(0, mp.blockProfileRate(), "off by default");
        assertFalse(mp.blockevent(1_000_000, S1));
        mp.setBlockProfileRate(-5);
        assertEquals(0, mp.blockProfileRate());
        assertFalse(mp.blockevent(1_000_000, S1));
        assertEquals(0, mp.blockProfile().size());
    }

    @Test
    void rateOneRecordsEveryEventWithoutDrawing() {
        MProf mp = new MProf(2_500_000_000L, NO_RAND);
        mp.setBlockProfileRate(1);
        assertEquals(1, mp.blockProfileRate(), "1 means every event, not 1ns converted to ticks");
        assertTrue(mp.blockevent(0, S1), "a zero-length block counts as one cycle");
        assertTrue(mp.blockevent(7, S1));
        assertTrue(mp.blockevent(3, S2));
        List<BlockProfileRecord> p = mp.blockProfile();
        assertEquals(2, p.size());
        assertArrayEquals(S2, p.get(0).stack(), "newest bucket first");
        assertEquals(1, p.get(0).count);
        assertEquals(3, p.get(0).cycles);
        assertEquals(2, p.get(1).count);
        assertEquals(1 + 7, p.get(1).cycles);
    }

    @Test
    void nanosecondsBecomeTicksInFloatingPointWithAMinimumOfOne() {
        MProf mp = new MProf(2_400_000_000L, NO_RAND);
        mp.setBlockProfileRate(3); // 3 ns * 2.4 ticks/ns = 7.2 ticks, truncated
        assertEquals(7, mp.blockProfileRate());
        mp.setBlockProfileRate(10_000);
        assertEquals(24_000, mp.blockProfileRate());
        MProf slow = new MProf(1000, NO_RAND); // a 1 kHz tick: 2 ns is 2e-6 ticks
        slow.setBlockProfileRate(2);
        assertEquals(1, slow.blockProfileRate());
        assertEquals(1000, slow.ticksPerSecond());
    }

    @Test
    void largeRateSamplesShortEventsWithFastrand() {
        // rate 25000 ticks: an event of 25000 or more is always kept; a shorter one is kept when
        // fastrand() % rate <= cycles, fastrand being unsigned.
        MProf mp = new MProf(2_500_000_000L, script(50, 5000, -1, 100));
        mp.setBlockProfileRate(10_000);
        assertEquals(25_000, mp.blockProfileRate());
        assertTrue(mp.blockevent(25_000, S1), "not shorter than the rate: kept without a draw");
        assertTrue(mp.blockevent(100, S1), "50 % 25000 = 50 <= 100");
        assertFalse(mp.blockevent(100, S1), "5000 > 100");
        assertFalse(mp.blockevent(100, S1), "0xffffffff % 25000 = 17295 > 100 (unsigned)");
        assertTrue(mp.blockevent(100, S2), "100 <= 100");
        List<BlockProfileRecord> p = mp.blockProfile();
        assertEquals(2, p.size());
        assertEquals(2, p.get(1).count);
        assertEquals(25_100, p.get(1).cycles);
    }

    @Test
    void blockProfileFollowsTheNOkContract() {
        MProf mp = new MProf(1_000_000_000L, NO_RAND);
        mp.setBlockProfileRate(1);
        mp.blockevent(5, S1);
        mp.blockevent(6, S2);
        mp.blockevent(7, new long[] {0x403000});
        int n = 3;
        for (int len = 0; len <= n + 5; len++) {
            BlockProfileRecord[] p = new BlockProfileRecord[len];
            for (int i = 0; i < len; i++) {
                p[i] = new BlockProfileRecord();
                p[i].count = -1;
                Arrays.fill(p[i].stack0, 0xdeadL);
            }
            BlockProfileRecord[] before = p.clone();
            ProfileResult r = mp.blockProfile(p);
            assertEquals(new ProfileResult(n, len >= n), r);
            for (int i = 0; i < len; i++) {
                assertSame(before[i], p[i]);
                if (r.ok() && i < n) {
                    assertEquals(1, p[i].count);
                    assertEquals(7 - i, p[i].cycles, "newest first");
                    assertEquals(0, p[i].stack0[p[i].stack().length], "stack zero-filled after its PCs");
                    assertEquals(0, p[i].stack0[31]);
                } else {
                    assertEquals(-1, p[i].count, "record " + i + " must be untouched");
                    assertEquals(0xdeadL, p[i].stack0[0]);
                }
            }
        }
    }
}
