package gosim.mprof;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MemProfile's rules from Go 1.7's mprof.go: the "no GC yet" rule, inuseZero, record, BuckHashSys. */
class MemProfileTest {
    private static final long[] A = {0x401010, 0x401200, 0x401300};
    private static final long[] B = {0x402010, 0x401300};

    private static MProf table() {
        return new MProf(1_000_000_000L, () -> 0);
    }

    @Test
    void withoutAnyGcTheProfileStillShowsEveryAllocation() {
        MProf mp = table();
        mp.mProfMalloc(A, 16);
        mp.mProfMalloc(A, 16);
        Bucket b = mp.mProfMalloc(B, 32);
        mp.mProfFree(b, 32, true);
        // Nothing is published yet: every bucket has allocs == frees == 0 in the final stage.
        List<MemProfileRecord> recs = mp.memProfile(true);
        assertEquals(2, recs.size());
        MemProfileRecord newest = recs.get(0);
        assertArrayEquals(B, newest.stack());
        assertEquals(1, newest.allocObjects);
        assertEquals(1, newest.freeObjects);
        assertEquals(0, newest.inUseBytes());
        MemProfileRecord older = recs.get(1);
        assertArrayEquals(A, older.stack());
        assertEquals(2, older.allocObjects);
        assertEquals(32, older.allocBytes);
        assertEquals(32, older.inUseBytes());
        // Without inuseZero the fully freed site is left out.
        List<MemProfileRecord> inuse = mp.memProfile(false);
        assertEquals(1, inuse.size());
        assertArrayEquals(A, inuse.get(0).stack());
    }

    @Test
    void theRuleLooksOnlyAtTheFinalStage() {
        MProf mp = table();
        mp.mProfMalloc(A, 16);
        mp.mProfGC(); // the malloc is now in prev, final is still empty: the rule still applies
        ProfileResult r = mp.memProfile(new MemProfileRecord[0], false);
        assertEquals(new ProfileResult(1, false), r);
        List<Bucket> bs = new java.util.ArrayList<>();
        mp.forEachMemBucket(bs::add);
        assertEquals(1, bs.get(0).allocs(), "MemProfile ran the GC step twice");
    }

    @Test
    void oncePublishedDataExistsRecentEventsStayHidden() {
        MProf mp = table();
        mp.mProfMalloc(A, 16);
        mp.mProfGC();
        mp.mProfGC(); // A published
        mp.mProfMalloc(B, 64); // only recent
        mp.mProfMalloc(A, 16); // only recent
        List<MemProfileRecord> all = mp.memProfile(true);
        assertEquals(2, all.size(), "inuseZero counts B although nothing of it is published");
        assertEquals(0, all.get(0).allocObjects, "B is not published: no GC step ran");
        assertEquals(1, all.get(1).allocObjects, "the second malloc of A is not published");
        assertEquals(1, mp.memProfile(false).size());
    }

    @Test
    void buckHashSysCountsTheTableOnceAndEveryBucketAsGoLaysItOut() {
        MProf mp = table();
        assertEquals(0, mp.buckHashSys(), "the table is allocated on first use");
        mp.mProfMalloc(A, 16);
        // 179999 pointers; a bucket is a 6-word header, its PCs and a 12-word memRecord.
        long table = 179999L * 8;
        assertEquals(table + 48 + 3 * 8 + 96, mp.buckHashSys());
        mp.mProfMalloc(A, 16);
        assertEquals(table + 48 + 3 * 8 + 96, mp.buckHashSys(), "a found bucket costs nothing");
        mp.setBlockProfileRate(1);
        mp.blockevent(10, B);
        assertEquals(table + 48 + 3 * 8 + 96 + 48 + 2 * 8 + 16, mp.buckHashSys());
        assertEquals(mp.buckHashSys() - table, mp.bucketmem());
    }

    @Test
    void freeingWithSomethingElseThanAHeapBucketIsAClearError() {
        MProf mp = table();
        mp.setBlockProfileRate(1);
        mp.blockevent(5, A);
        Bucket block = mp.stkbucket(BucketType.BPROF, 0, A, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mp.mProfFree(block, 8, true));
        assertTrue(e.getMessage().contains("not a heap profile bucket"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mp.mProfFree("x", 8, false));
        assertThrows(IllegalArgumentException.class, () -> mp.mProfMalloc(A, -1));
    }
}
