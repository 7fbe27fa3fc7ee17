package gosim.mprof;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Property (6): two stacks share a bucket iff type, size and every PC are equal, collisions or not. */
class BucketIdentityTest {
    record Req(BucketType typ, long size, long[] stk) {
        /** What identifies a bucket: the type, the size and the first 32 PCs. */
        boolean sameKey(Req o) {
            int n = Math.min(stk.length, 32);
            int m = Math.min(o.stk.length, 32);
            return typ == o.typ && size == o.size && Arrays.equals(stk, 0, n, o.stk, 0, m);
        }
    }

    @Provide
    Arbitrary<List<Req>> requests() {
        Arbitrary<BucketType> typ = Arbitraries.of(BucketType.class);
        Arbitrary<Long> size = Arbitraries.of(0L, 8L, 16L);
        // PCs from a tiny alphabet and short lengths, so equal and near-equal stacks are common.
        Arbitrary<long[]> stk = Arbitraries.of(0x1000L, 0x1010L, 0x2000L).list().ofMinSize(1).ofMaxSize(4)
                .map(l -> l.stream().mapToLong(Long::longValue).toArray());
        return Combinators.combine(typ, size, stk).as(Req::new).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void bucketsAreSharedExactlyByEqualKeys(@ForAll("requests") List<Req> reqs,
            @ForAll @IntRange(min = 0, max = 3) int tableChoice) {
        int[] sizes = {1, 2, 5, MProf.BUCK_HASH_SIZE};
        MProf mp = new MProf(sizes[tableChoice], 1_000_000_000L, () -> 0);
        List<Bucket> got = new ArrayList<>();
        for (Req r : reqs) {
            got.add(mp.stkbucket(r.typ(), r.size(), r.stk(), true));
        }
        int distinctMem = 0;
        int distinctBlock = 0;
        for (int i = 0; i < reqs.size(); i++) {
            boolean first = true;
            for (int j = 0; j < reqs.size(); j++) {
                boolean same = reqs.get(i).sameKey(reqs.get(j));
                assertEquals(same, got.get(i) == got.get(j), "requests " + i + " and " + j);
                if (same && j < i) {
                    first = false;
                }
            }
            if (first) {
                if (reqs.get(i).typ() == BucketType.MPROF) {
                    distinctMem++;
                } else {
                    distinctBlock++;
                }
            }
            // A lookup without alloc finds the same bucket.
            assertSame(got.get(i), mp.stkbucket(reqs.get(i).typ(), reqs.get(i).size(), reqs.get(i).stk(), false));
        }
        assertEquals(distinctMem, mp.memBucketCount());
        assertEquals(distinctBlock, mp.blockBucketCount());
    }

    /** Go's hash steps, written out here to construct full 64-bit collisions. */
    private static long mix(long h, long x) {
        h += x;
        h += h << 10;
        h ^= h >>> 6;
        return h;
    }

    @Test
    void fullHashCollisionsStillGetTheirOwnBuckets() {
        // Two 2-frame stacks whose running hashes agree after the second frame: x' chosen so that
        // mix(a) + b == mix(a') + b'. Same size, so the final hashes are equal too.
        long a = 0x401000, b = 0x401234, a2 = 0x409000;
        long b2 = mix(0, a) + b - mix(0, a2);
        long[] s1 = {a, b};
        long[] s2 = {a2, b2};
        assertEquals(MProf.hash(s1, 2, 64), MProf.hash(s2, 2, 64), "precondition: a real collision");
        // And a collision through the size: different one-frame stacks, sizes that equalize the sum.
        long[] s3 = {0x401000};
        long[] s4 = {0x402000};
        long size3 = 32;
        long size4 = mix(0, s3[0]) + size3 - mix(0, s4[0]);
        assertEquals(MProf.hash(s3, 1, size3), MProf.hash(s4, 1, size4), "precondition: a size collision");

        MProf mp = new MProf(1_000_000_000L, () -> 0);
        Bucket b1 = mp.stkbucket(BucketType.MPROF, 64, s1, true);
        Bucket b2b = mp.stkbucket(BucketType.MPROF, 64, s2, true);
        assertNotSame(b1, b2b);
        assertEquals(b1.hash(), b2b.hash());
        assertSame(b1, mp.stkbucket(BucketType.MPROF, 64, s1.clone(), false));
        assertSame(b2b, mp.stkbucket(BucketType.MPROF, 64, s2.clone(), false));
        Bucket b3 = mp.stkbucket(BucketType.MPROF, size3, s3, true);
        Bucket b4 = mp.stkbucket(BucketType.MPROF, size4, s4, true);
        assertNotSame(b3, b4);
        assertNull(mp.stkbucket(BucketType.BPROF, 64, s1, false), "a block bucket is a different bucket");
        assertEquals(4, mp.memBucketCount());
    }

    @Test
    void stacksAreCutAt32AndZeroPcsRejected() {
        MProf mp = new MProf(1_000_000_000L, () -> 0);
        long[] deep = new long[40];
        for (int i = 0; i < deep.length; i++) {
            deep[i] = 0x400000L + i;
        }
        long[] deeper = deep.clone();
        deeper[35] = 0x999999L; // differs only below the recorded 32 frames
        Bucket b = mp.mProfMalloc(deep, 16);
        assertSame(b, mp.mProfMalloc(deeper, 16));
        assertEquals(32, b.stack().length);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> mp.mProfMalloc(new long[] {0x401000, 0, 0x402000}, 8));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("zero PC at index 1"), e.getMessage());
    }
}
