package gosim.mprof;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties (1)-(5) of issue 4: the bucket table against a plain reference model written here.
 * The reference keeps an event log instead of stages: a malloc that happens after s GC steps is
 * published once s+2 steps have run, a free (explicit or sweep) once s+1 have (seed 002: recent
 * moves to prev at the next step and to final at the one after; go1.7 mprof.go:254-260 puts every
 * free in prev).
 */
class ThreeStageAccountingTest {
    private static final long[] SIZES = {8, 16, 48, 4096, 8192};

    sealed interface Op permits Malloc, Free, Sweep, Gc, ForcedGc {
    }

    record Malloc(int site, int size) implements Op {
    }

    record Free(int pick) implements Op {
    }

    record Sweep(int pick) implements Op {
    }

    record Gc() implements Op {
    }

    record ForcedGc(int sel) implements Op {
    }

    /** A bucket's identity: the recorded (at most 32) PCs and the size. */
    record Key(List<Long> stk, long size) {
    }

    record Event(Key key, boolean alloc, long size, int publishAt) {
    }

    record Live(Key key, Bucket bucket, long size, int allocStep) {
    }

    /** The reference: an event log and a count of GC steps. */
    static final class Ref {
        final List<Event> events = new ArrayList<>();
        final List<Key> creationOrder = new ArrayList<>();
        int steps;

        long[] published(Key k, boolean all) {
            long[] t = new long[4]; // allocs, frees, allocBytes, freeBytes
            for (Event e : events) {
                if (e.key().equals(k) && (all || e.publishAt() <= steps)) {
                    if (e.alloc()) {
                        t[0]++;
                        t[2] += e.size();
                    } else {
                        t[1]++;
                        t[3] += e.size();
                    }
                }
            }
            return t;
        }

        /** MemProfile's "no GC yet" rule, applied to the reference. */
        void applyClearRule() {
            boolean clear = true;
            for (Key k : creationOrder) {
                long[] t = published(k, false);
                if (t[0] != 0 || t[1] != 0) {
                    clear = false;
                }
            }
            if (clear) {
                steps += 2;
            }
        }

        /** Expected records, newest bucket first. */
        List<long[]> expected(boolean inuseZero) {
            List<long[]> out = new ArrayList<>();
            for (int i = creationOrder.size() - 1; i >= 0; i--) {
                long[] t = published(creationOrder.get(i), false);
                if (inuseZero || t[2] != t[3]) {
                    out.add(t);
                }
            }
            return out;
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> malloc = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, SIZES.length - 1)).as(Malloc::new);
        Arbitrary<Op> free = Arbitraries.integers().between(0, 1000).map(Free::new);
        Arbitrary<Op> sweep = Arbitraries.integers().between(0, 1000).map(Sweep::new);
        Arbitrary<Op> gc = Arbitraries.just(new Gc());
        Arbitrary<Op> forced = Arbitraries.integers().between(0, 3).map(ForcedGc::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, malloc),
                net.jqwik.api.Tuple.of(2, free),
                net.jqwik.api.Tuple.of(2, sweep),
                net.jqwik.api.Tuple.of(2, gc),
                net.jqwik.api.Tuple.of(1, forced)).list().ofMaxSize(120);
    }

    /** Twelve call sites: shared prefixes, a deep stack cut at 32 and two equal stacks. */
    static long[][] sites(long seed) {
        Random r = new Random(seed);
        long[][] s = new long[12][];
        for (int i = 0; i < 10; i++) {
            int n = 1 + r.nextInt(i == 9 ? 40 : 20);
            s[i] = new long[n];
            for (int j = 0; j < n; j++) {
                s[i][j] = 0x401000L + 16L * r.nextInt(i < 5 ? 4 : 5000);
            }
        }
        s[10] = s[3].clone(); // same PCs, different array: must share the bucket
        s[11] = Arrays.copyOf(s[9], s[9].length + 7); // differs only beyond frame 32, or by zero tail
        for (int j = s[9].length; j < s[11].length; j++) {
            s[11][j] = 0x500000L + j;
        }
        return s;
    }

    static Key key(long[] stk, long size) {
        List<Long> l = new ArrayList<>();
        for (int i = 0; i < Math.min(32, stk.length); i++) {
            l.add(stk[i]);
        }
        return new Key(List.copyOf(l), size);
    }

    @Property(tries = 300)
    void publishedNumbersFollowTheThreeStageRule(@ForAll("ops") List<Op> ops, @ForAll long seed,
            @ForAll boolean smallTable) {
        long[][] sites = sites(seed);
        MProf mp = smallTable ? new MProf(3, 1_000_000_000L, () -> 0) : new MProf(1_000_000_000L, () -> 0);
        Ref ref = new Ref();
        List<Live> live = new ArrayList<>();
        Map<Key, Bucket> seen = new HashMap<>();

        for (Op op : ops) {
            switch (op) {
                case Malloc m -> {
                    long size = SIZES[m.size()];
                    Key k = key(sites[m.site()], size);
                    Bucket b = mp.mProfMalloc(sites[m.site()], size);
                    Bucket old = seen.putIfAbsent(k, b);
                    if (old == null) {
                        ref.creationOrder.add(k);
                    } else {
                        assertSame(old, b, "same stack and size must reuse the bucket");
                    }
                    ref.events.add(new Event(k, true, size, ref.steps + 2));
                    live.add(new Live(k, b, size, ref.steps));
                }
                case Free f -> {
                    // An explicit free also counts in prev, so property (3) holds only for objects
                    // that were live at the last GC step (a same-cycle free would publish first).
                    List<Live> old = live.stream().filter(o -> o.allocStep() < ref.steps).toList();
                    if (!old.isEmpty()) {
                        Live o = old.get(f.pick() % old.size());
                        live.remove(o);
                        mp.mProfFree(o.bucket(), o.size(), true);
                        // go1.7 mprof.go:254-260: an explicit free lands in prev, as a sweep's does.
                        ref.events.add(new Event(o.key(), false, o.size(), ref.steps + 1));
                    }
                }
                case Sweep s -> {
                    // The sweep only finds objects that existed when the last cycle's GC step ran.
                    List<Live> old = live.stream().filter(o -> o.allocStep() < ref.steps).toList();
                    if (!old.isEmpty()) {
                        Live o = old.get(s.pick() % old.size());
                        live.remove(o);
                        mp.mProfFree(o.bucket(), o.size(), false);
                        ref.events.add(new Event(o.key(), false, o.size(), ref.steps + 1));
                    }
                }
                case Gc g -> {
                    mp.mProfGC();
                    ref.steps++;
                }
                case ForcedGc fg -> {
                    // runtime.GC in Go 1.7: sweep everything now, then two GC steps.
                    for (int i = live.size() - 1; i >= 0; i--) {
                        if ((i + fg.sel()) % 2 == 0) {
                            Live o = live.remove(i);
                            mp.mProfFree(o.bucket(), o.size(), false);
                            ref.events.add(new Event(o.key(), false, o.size(), ref.steps + 1));
                        }
                    }
                    mp.mProfGC();
                    mp.mProfGC();
                    ref.steps += 2;
                }
            }
            checkPublished(mp, ref, false);
        }

        // (2) two GC steps with no new events publish everything.
        mp.mProfGC();
        mp.mProfGC();
        ref.steps += 2;
        checkPublished(mp, ref, true);

        // (5) the n/ok contract, after the reference has applied the "no GC yet" rule too.
        for (boolean inuseZero : new boolean[] {true, false}) {
            checkContract(mp, ref, inuseZero);
        }
    }

    /** (1) published = reference, (3) frees <= allocs, (4) in-use >= 0, newest first. */
    private static void checkPublished(MProf mp, Ref ref, boolean all) {
        List<Bucket> buckets = new ArrayList<>();
        mp.forEachMemBucket(buckets::add);
        assertEquals(ref.creationOrder.size(), buckets.size(), "one bucket per distinct (stack, size)");
        assertEquals(buckets.size(), mp.memBucketCount());
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            Key k = ref.creationOrder.get(buckets.size() - 1 - i);
            assertEquals(k, key(b.stack(), b.size()), "mbuckets must be newest first");
            long[] want = ref.published(k, all);
            assertEquals(want[0], b.allocs(), "allocs of " + k);
            assertEquals(want[1], b.frees(), "frees of " + k);
            assertEquals(want[2], b.allocBytes(), "alloc bytes of " + k);
            assertEquals(want[3], b.freeBytes(), "free bytes of " + k);
            assertTrue(b.frees() <= b.allocs(), "published frees exceed allocs: " + b);
            assertTrue(b.freeBytes() <= b.allocBytes(), "in-use bytes negative: " + b);
        }
    }

    private static void checkContract(MProf mp, Ref ref, boolean inuseZero) {
        ref.applyClearRule();
        List<long[]> want = ref.expected(inuseZero);
        int n = want.size();
        for (int len = 0; len <= n + 5; len++) {
            MemProfileRecord[] p = new MemProfileRecord[len];
            for (int i = 0; i < len; i++) {
                p[i] = sentinel(i);
            }
            MemProfileRecord[] before = p.clone();
            ProfileResult r = mp.memProfile(p, inuseZero);
            assertEquals(n, r.n(), "n for len " + len);
            assertEquals(len >= n, r.ok(), "ok for len " + len);
            for (int i = 0; i < len; i++) {
                assertSame(before[i], p[i], "records are filled in place");
                if (r.ok() && i < n) {
                    long[] t = want.get(i);
                    assertEquals(t[0], p[i].allocObjects);
                    assertEquals(t[1], p[i].freeObjects);
                    assertEquals(t[2], p[i].allocBytes);
                    assertEquals(t[3], p[i].freeBytes);
                } else {
                    assertUntouched(p[i], i);
                }
            }
        }
        List<MemProfileRecord> list = mp.memProfile(inuseZero);
        assertEquals(n, list.size());
        for (int i = 0; i < n; i++) {
            assertEquals(want.get(i)[2], list.get(i).allocBytes);
            assertEquals(want.get(i)[2] - want.get(i)[3], list.get(i).inUseBytes());
        }
    }

    private static MemProfileRecord sentinel(int i) {
        MemProfileRecord r = new MemProfileRecord();
        r.allocBytes = -1000 - i;
        r.freeBytes = -2000 - i;
        r.allocObjects = -3000 - i;
        r.freeObjects = -4000 - i;
        Arrays.fill(r.stack0, 0xdead0000L + i);
        return r;
    }

    private static void assertUntouched(MemProfileRecord r, int i) {
        MemProfileRecord s = sentinel(i);
        assertEquals(s.allocBytes, r.allocBytes, "record " + i + " was written");
        assertEquals(s.freeBytes, r.freeBytes);
        assertEquals(s.allocObjects, r.allocObjects);
        assertEquals(s.freeObjects, r.freeObjects);
        assertTrue(Arrays.equals(s.stack0, r.stack0), "stack of record " + i + " was written");
    }
}
