package gosim.specs.lang;

import gosim.sim.internal.AllocPath;
import gosim.sim.GoVersion;
import gosim.specs.lang.Types.MapT;
import gosim.specs.lang.Values.MapVal;
import java.util.LinkedHashMap;

/**
 * The heap blocks of a map: models the allocations of go1.7 runtime/hashmap.go (makemap, mapassign1,
 * hashGrow, growWork/evacuate, mapdelete) and, under {@code -go 1.19}, go1.19 map.go's makeBucketArray
 * and makemap's order. The entries themselves live in {@link MapVal}'s Java map; this class keeps
 * hmap.B, which bucket arrays exist and which keys and values are stored indirectly, and reports each
 * block to the host at the line of the map operation that makes it.
 *
 * <p>What is not modeled: overflow buckets (mapassign1's newobject(t.bucket) when a bucket's eight
 * slots are full, hashmap.go:526-532, and evacuate's newx/newy, 924 and 948). Which bucket a key lands in depends on hmap.hash0, a fresh
 * fastrand per map, so real runs differ in how many there are; a full model would need Go's hash
 * functions. Evacuation moves one old bucket per map write (growWork also evacuates the written key's
 * old bucket, which may advance nevacuate once more: hashmap.go:849-860, 979-985).
 */
final class Hashmap {
    private Hashmap() {
    }

    /** unsafe.Sizeof(hmap{}) on amd64: makemap throws unless it is at most 48 (go1.7 hashmap.go:191). */
    static final long HMAP_SIZE = 48;
    /** bucketCnt (hashmap.go:64). */
    static final int BUCKET_CNT = 8;
    /** loadFactor (hashmap.go:68). */
    static final float LOAD_FACTOR = 6.5f;
    /** maxKeySize and maxValueSize (hashmap.go:74-75): larger keys and values are stored by pointer. */
    static final long MAX_INLINE = 128;
    /** unsafe.Sizeof(mapextra{}) in Go 1.19: three pointers (1.19 map.go:133-146). */
    static final long MAPEXTRA_SIZE = 24;
    /** A bucket made by walk.go's OMAKEMAP on the stack for a map that does not escape (walk.go:1406-1414). */
    private static final Object STACK_BUCKET = new Object();

    /** A key or value's slot in a bucket: itself, or a pointer to it when over 128 bytes. */
    static long slotSize(Type t) {
        return t.size() > MAX_INLINE ? 8 : t.size();
    }

    /** bmap with its keys, values and overflow pointer (cmd/compile reflect.go mapbucket). */
    static long bucketSize(MapT m) {
        return BUCKET_CNT + BUCKET_CNT * slotSize(m.key) + BUCKET_CNT * slotSize(m.value) + 8;
    }

    /** makemap's B: the smallest with hint <= 8 or hint <= 6.5 * 2^B, in float32 as Go (hashmap.go:241). */
    static int initialB(long hint) {
        int b = 0;
        while (hint > BUCKET_CNT && (float) hint > LOAD_FACTOR * (float) (1L << b)) {
            b++;
        }
        return b;
    }

    /**
     * Bytes mallocgc is asked for a bucket array of 2^b buckets: newarray(t.bucket, 1<<b) in go1.7
     * (hashmap.go:249, 466, 824); go1.19's makeBucketArray adds 2^(b-4) overflow buckets from b = 4
     * and uses the rest of the size class too (1.19 map.go:345-363).
     */
    static long bucketArrayBytes(MapT m, int b, GoVersion v) {
        long bucket = bucketSize(m);
        long n = 1L << b;
        if (v.atLeast(19) && b >= 4) {
            n += 1L << (b - 4);
            long sz = bucket * n;
            long up = gosim.sim.heap.SizeClasses.forVersion(v).roundUp(sz);
            if (up != sz) {
                n = up / bucket;
            }
        }
        return bucket * n;
    }

    /**
     * makemap(t, hint, h, bucket): go1.7 allocates the buckets first when B > 0 (hashmap.go:248-255),
     * then the hmap unless the compiler passed a stack one ({@code heap} false, walk.go:1397-1415); a
     * stack map also gets a stack bucket, so B = 0 allocates nothing more. Go 1.19 allocates the hmap
     * first (1.19 map.go:312, 329).
     */
    static void makemap(Host host, Goroutine g, MapVal mv, MapT t, long hint, boolean heap, Pos pos, GoVersion v) {
        int b = initialB(hint);
        mv.B = b;
        boolean modern = v.atLeast(19);
        if (heap && modern) {
            // walk.go gives a heap map whose hint is at most bucketCnt to makemap_small (approximated
            // here by the hint's value, constant or not)
            host.onAlloc(g, mv, HMAP_SIZE, t, pos, hint <= BUCKET_CNT ? AllocPath.MAKEMAP_SMALL_19 : AllocPath.MAKEMAP_HMAP_19);
        }
        if (b != 0) {
            newBuckets(host, g, mv, t, b, pos, v, modern ? AllocPath.MAKEMAP_BUCKETS_19 : AllocPath.MAKEMAP_BUCKETS_17,
                    AllocPath.MAKEMAP_EXTRA_19);
        } else if (!heap) {
            mv.buckets = STACK_BUCKET;
        }
        if (heap && !modern) {
            host.onAlloc(g, mv, HMAP_SIZE, t, pos, AllocPath.MAKEMAP_HMAP_17);
        }
    }

    /** A map laid out as static data (StaticData): the buckets its n entries need, in no heap. */
    static void staticMap(MapVal mv, int n) {
        mv.B = initialB(n);
        mv.buckets = STACK_BUCKET;
    }

    /**
     * The runtime function the compiler calls for m[k] = v: go1.7 always mapassign1; Go 1.19's
     * walk.go mapfast picks mapassign_fast32/fast64/faststr by the key's algorithm when the value is
     * at most 128 bytes (4- and 8-byte keys with pointers, the *ptr variants, fall back to mapassign here).
     * Returns {bucket path, grow path}.
     */
    static AllocPath[] assignPaths(MapT t, GoVersion v) {
        if (!v.atLeast(19)) {
            return new AllocPath[] {AllocPath.MAPASSIGN1_BUCKET_17, AllocPath.MAPASSIGN1_GROW_17};
        }
        Types.Kind k = t.key.underlying() instanceof Types.Basic bk ? bk.kind : null;
        if (t.value.size() <= 128 && k != null) {
            if (Types.isString(t.key)) {
                return new AllocPath[] {AllocPath.MAPASSIGN_FASTSTR_BUCKET_19, AllocPath.MAPASSIGN_FASTSTR_GROW_19};
            }
            if (k.isInteger() && t.key.size() == 8) {
                return new AllocPath[] {AllocPath.MAPASSIGN_FAST64_BUCKET_19, AllocPath.MAPASSIGN_FAST64_GROW_19};
            }
            if (k.isInteger() && t.key.size() == 4) {
                return new AllocPath[] {AllocPath.MAPASSIGN_FAST32_BUCKET_19, AllocPath.MAPASSIGN_FAST32_GROW_19};
            }
        }
        return new AllocPath[] {AllocPath.MAPASSIGN_BUCKET_19, AllocPath.MAPASSIGN_GROW_19};
    }

    /**
     * mapassign1 before it stores {@code key}: allocates the first bucket if there is none
     * (hashmap.go:465-467), evacuates while growing (471-473), and for a key not yet in the map grows
     * the table when count >= 6.5 * 2^B and count >= 8 (hashmap.go:521-524, hashGrow 819-847) and
     * allocates the indirect key and value (hashmap.go:536-545).
     */
    static void assign(Host host, Goroutine g, MapVal mv, MapT t, Object key, Pos pos, GoVersion v) {
        AllocPath[] paths = assignPaths(t, v);
        boolean modern = v.atLeast(19);
        if (mv.buckets == null) {
            mv.buckets = new Object();
            host.onAlloc(g, mv.buckets, bucketSize(t), t, pos, paths[0]);
        }
        growWork(mv);
        Object k = mv.key(key);
        if (mv.m.containsKey(k)) {
            return;
        }
        int count = mv.m.size();
        if ((float) count >= LOAD_FACTOR * (float) (1L << mv.B) && count >= BUCKET_CNT) {
            mv.oldbuckets = mv.buckets;
            newBuckets(host, g, mv, t, mv.B + 1, pos, v, paths[1], paths[1]);
            mv.B++;
            mv.nevacuate = 0;
            growWork(mv); // goto again
        }
        boolean indirectKey = t.key.size() > MAX_INLINE;
        boolean indirectValue = t.value.size() > MAX_INLINE;
        if (indirectKey || indirectValue) {
            Object[] blocks = new Object[(indirectKey ? 1 : 0) + (indirectValue ? 1 : 0)];
            int i = 0;
            if (indirectKey) {
                blocks[i] = new Object();
                host.onAlloc(g, blocks[i++], t.key.size(), t.key, pos,
                        modern ? AllocPath.MAPASSIGN_KEY_19 : AllocPath.MAPASSIGN1_KEY_17);
            }
            if (indirectValue) {
                blocks[i] = new Object();
                host.onAlloc(g, blocks[i], t.value.size(), t.value, pos,
                        modern ? AllocPath.MAPASSIGN_VALUE_19 : AllocPath.MAPASSIGN1_VALUE_17);
            }
            if (mv.indirect == null) {
                mv.indirect = new LinkedHashMap<>();
            }
            mv.indirect.put(k, blocks);
        }
    }

    /**
     * A bucket array of 2^b buckets; under Go 1.19, preallocated overflow buckets also need the
     * mapextra that points to them (1.19 map.go:330-333 in makemap, 1073-1078 in hashGrow).
     */
    private static void newBuckets(Host host, Goroutine g, MapVal mv, MapT t, int b, Pos pos, GoVersion v,
            AllocPath path, AllocPath extraPath) {
        long bytes = bucketArrayBytes(t, b, v);
        mv.buckets = new Object();
        host.onAlloc(g, mv.buckets, bytes, t, pos, path);
        if (bytes > bucketSize(t) << b && mv.extra == null) {
            mv.extra = new Object();
            host.onAlloc(g, mv.extra, MAPEXTRA_SIZE, t, pos, extraPath);
        }
    }

    /** mapdelete: evacuates while growing (hashmap.go:568-570, 579-581); a deleted entry's indirect blocks become garbage. */
    static void delete(MapVal mv, Object key) {
        if (mv.m.isEmpty()) {
            return;
        }
        growWork(mv);
        if (mv.indirect != null) {
            mv.indirect.remove(mv.key(key));
        }
    }

    /** growWork: one more old bucket evacuated; the old array is garbage once all are (evacuate, hashmap.go:979-985). */
    private static void growWork(MapVal mv) {
        if (mv.oldbuckets == null) {
            return;
        }
        mv.nevacuate++;
        if (mv.nevacuate >= 1L << (mv.B - 1)) {
            mv.oldbuckets = null;
        }
    }
}
