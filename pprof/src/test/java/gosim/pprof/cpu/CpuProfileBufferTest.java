package gosim.pprof.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CpuProfileBufferTest {
    /**
     * Single-PC stacks {@code p + k*1024} share a bucket: their hash is {@code pc*41} and
     * 41*1024 is a multiple of NUM_BUCKETS.
     */
    static long[] colliding(long p, int k) {
        return new long[] {p + (long) k * CpuProfileBuffer.NUM_BUCKETS};
    }

    static long[] words(long... w) {
        return w;
    }

    static long[] concat(long[]... parts) {
        return Arrays.stream(parts).flatMapToLong(LongStream::of).toArray();
    }

    static final long[] HEADER_100HZ = {0, 3, 0, 10000, 0};
    static final long[] EOD = {0, 1, 0};

    @Test
    void headerHoldsThePeriodInMicroseconds() {
        assertArrayEquals(concat(HEADER_100HZ, EOD), new CpuProfileBuffer(100).finish());
        assertArrayEquals(concat(words(0, 3, 0, 1_000_000 / 333, 0), EOD), new CpuProfileBuffer(333).finish());
        assertThrows(IllegalArgumentException.class, () -> new CpuProfileBuffer(0));
        assertThrows(IllegalArgumentException.class, () -> new CpuProfileBuffer(CpuProfileBuffer.MAX_HZ + 1));
    }

    @Test
    void hashIsGoRotateAndMultiply() {
        // [1, 2]: h = 41; rotl8 -> 41*256 = 10496; + 2*41 = 10578.
        assertEquals(10578, CpuProfileBuffer.hash(new long[] {1, 2}, 2));
        // A rotation, not a shift: the top byte comes back at the bottom.
        assertEquals(41, CpuProfileBuffer.hash(new long[] {0x0100_0000_0000_0000L, 0}, 2));
        // Only the first depth PCs count.
        assertEquals(41, CpuProfileBuffer.hash(new long[] {1, 99}, 1));
    }

    @Test
    void missEvictsTheFirstSmallestEntryAndFlushGoesInBucketOrder() {
        CpuProfileBuffer b = new CpuProfileBuffer(100);
        long p = 0x401234;
        long[] a = colliding(p, 0);
        long[] bb = colliding(p, 1);
        long[] c = colliding(p, 2);
        long[] d = colliding(p, 3);
        long[] e = colliding(p, 4);
        for (long[] s : List.of(a, a, a, bb, c, c, d)) {
            b.add(s);
        }
        assertEquals(0, b.evicts(), "four entries fit one bucket");
        b.add(e); // bucket full: counts 3,1,2,1 -> bb (first with count 1) goes to the log
        assertEquals(1, b.evicts());
        b.add(bb); // counts 3,1(e),2,1(d) -> e goes
        assertEquals(2, b.evicts());
        long[] other = {p + 1}; // hash p*41 + 41: a bucket 41 higher, flushed after p's
        assertTrue(Long.remainderUnsigned(p * 41, 1024) + 41 < 1024);
        b.add(other);
        long[] expected = concat(HEADER_100HZ,
                words(1, 1, bb[0]), words(1, 1, e[0]), // evictions, in order
                words(3, 1, a[0]), words(1, 1, bb[0]), words(2, 1, c[0]), words(1, 1, d[0]), // p's bucket
                words(1, 1, other[0]), // the next bucket
                EOD);
        assertArrayEquals(expected, b.finish());
        assertEquals(10, b.count());
        assertArrayEquals(expected, b.finish(), "finish is idempotent");
        assertThrows(IllegalStateException.class, () -> b.add(a));
    }

    @Test
    void stacksAreCutTo64Frames() {
        CpuProfileBuffer b = new CpuProfileBuffer(100);
        long[] deep = LongStream.rangeClosed(1, 70).map(i -> 0x401000 + i * 16).toArray();
        b.add(deep);
        b.add(Arrays.copyOf(deep, 64)); // the same stack once cut
        List<CpuProfileBuffer.Record> recs = CpuProfileBuffer.records(b.finish());
        assertEquals(1, recs.size());
        assertEquals(2, recs.getFirst().count());
        assertArrayEquals(Arrays.copyOf(deep, CpuProfileBuffer.MAX_CPU_PROF_STACK), recs.getFirst().stack());
        assertThrows(IllegalArgumentException.class, () -> new CpuProfileBuffer(100).add(new long[0]));
    }

    @Property(tries = 200)
    void noTickIsLostOrInvented(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 40) Integer> picks) {
        CpuProfileBuffer b = new CpuProfileBuffer(100);
        List<long[]> stacks = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            // Half collide in one bucket, the rest are two-frame stacks.
            stacks.add(i % 2 == 0 ? colliding(0x402000, i) : new long[] {0x403000 + i, 0x401005});
        }
        long[] expected = new long[41];
        for (int i : picks) {
            b.add(stacks.get(i));
            expected[i]++;
        }
        long[] got = new long[41];
        for (CpuProfileBuffer.Record r : CpuProfileBuffer.records(b.finish())) {
            int i = -1;
            for (int j = 0; j < stacks.size(); j++) {
                if (Arrays.equals(stacks.get(j), r.stack())) {
                    i = j;
                }
            }
            assertTrue(i >= 0, "unknown stack in the log");
            assertTrue(r.count() > 0);
            got[i] += r.count();
        }
        assertArrayEquals(expected, got);
        assertEquals(picks.size(), b.count());
    }

    @Test
    void malformedLogsAreRejectedWithAMessage() {
        IllegalArgumentException h = assertThrows(IllegalArgumentException.class,
                () -> CpuProfileBuffer.records(words(0, 3, 1, 10000, 0)));
        assertTrue(h.getMessage().contains("header"));
        assertThrows(IllegalArgumentException.class,
                () -> CpuProfileBuffer.records(concat(HEADER_100HZ, words(1, 5, 0x401000))));
        IllegalArgumentException eod = assertThrows(IllegalArgumentException.class,
                () -> CpuProfileBuffer.records(concat(HEADER_100HZ, words(1, 1, 0x401000))));
        assertTrue(eod.getMessage().contains("end-of-data"));
    }
}
