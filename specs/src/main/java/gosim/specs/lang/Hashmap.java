package gosim.specs.lang;

import gosim.sim.GoVersion;
import gosim.sim.internal.AllocPath;
import gosim.sim.internal.AllocPath.Frame;
import gosim.specs.lang.Types.Array;
import gosim.specs.lang.Types.Basic;
import gosim.specs.lang.Types.Interface;
import gosim.specs.lang.Types.Kind;
import gosim.specs.lang.Types.MapT;
import gosim.specs.lang.Types.Struct;
import gosim.specs.lang.Values.Iface;
import gosim.specs.lang.Values.MapVal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The heap blocks of a map: models the allocations of go1.7 runtime/hashmap.go (makemap, mapassign1,
 * setoverflow/createOverflow, hashGrow, growWork/evacuate, mapdelete, mapiterinit) and, under
 * {@code -go 1.19}, go1.19 map.go and map_fast*.go (makemap_small, makemap, makeBucketArray's
 * preallocated overflow buckets, newoverflow/createOverflow, hashGrow with same-size growth, the
 * mapassign_fast32/fast64/fast64ptr/faststr variants walk.go's mapfast picks). The entries themselves
 * live in {@link MapVal}'s Java map; this class keeps hmap.B, hash0, how many keys each bucket's chain
 * holds and how many overflow buckets it has, and reports each block to the host at the line of the
 * map operation that makes it, under the runtime frames Go's profile shows.
 *
 * <p>Which bucket a key lands in depends on hmap.hash0 (a fastrand per map) and on the hash function:
 * real Go's is aeshash seeded per process from random bytes, so no run's placement can be repeated;
 * {@link #hash} is a stand-in mix of the key's value and hash0 with the same uniform spread, so the
 * number of overflow buckets is plausible, not any one real run's.
 */
public final class Hashmap {
    private Hashmap() {
    }

    /** unsafe.Sizeof(hmap{}) on amd64: makemap throws unless it is at most 48 (go1.7 hashmap.go:191). */
    public static final long HMAP_SIZE = 48;
    /** bucketCnt (hashmap.go:64). */
    static final int BUCKET_CNT = 8;
    /** loadFactor (hashmap.go:68). */
    static final float LOAD_FACTOR = 6.5f;
    /** maxKeySize and maxValueSize (hashmap.go:74-75): larger keys and values are stored by pointer. */
    static final long MAX_INLINE = 128;
    /** unsafe.Sizeof(mapextra{}) in Go 1.19: three pointers (1.19 map.go:133-146). */
    static final long MAPEXTRA_SIZE = 24;
    /** go1.7's hmap.overflow points to a [2]*[]*bmap (hashmap.go:126, 178). */
    static final long OVERFLOW_PAIR_SIZE_17 = 16;
    /** A slice header, new([]*bmap) (go1.7 hashmap.go:181, 1.19 map.go:279). */
    static final long SLICE_HEADER_SIZE = 24;
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

    /**
     * Whether the bucket type holds no pointers (key and value inline and pointer-free): then the
     * overflow buckets are kept alive through hmap's overflow slice (go1.7 hashmap.go:117-125, 169-172;
     * 1.19 map.go:127-132, 266-269), which createOverflow allocates.
     */
    static boolean noPointers(MapT m) {
        return m.key.size() <= MAX_INLINE && m.value.size() <= MAX_INLINE && !Types.hasPointers(m.key)
                && !Types.hasPointers(m.value);
    }

    /**
     * makemap's B: the smallest with hint <= 8 or hint <= 6.5 * 2^B. go1.7 loops while
     * {@code hint > bucketCnt && float32(hint) > loadFactor*float32(1<<B)} (hashmap.go:241); 1.19 while
     * overLoadFactor(hint, B), {@code count > bucketCnt && count > 13*(2^B/2)} (map.go:318-321, 1085-1086),
     * the same B. The grow test below is on count before the insert, hence >= there and > here.
     */
    static int initialB(long hint) {
        int b = 0;
        while (hint > BUCKET_CNT && (float) hint > LOAD_FACTOR * (float) (1L << b)) {
            b++;
        }
        return b;
    }

    /** go1.7 mapassign1's grow test on count (hashmap.go:521); 1.19's overLoadFactor(count+1, B) is the same for integers. */
    private static boolean overLoad(long count, int b) {
        return count >= BUCKET_CNT && (float) count >= LOAD_FACTOR * (float) (1L << b);
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

    // ---------------------------------------------------------------- the runtime functions, by release

    /** One runtime function: its name and its lines in GOROOT/src/runtime/file. */
    private record Fn(String name, String file, int start, int end) {
        Frame at(int line) {
            return AllocPath.f(name, file, start, end, line);
        }
    }

    /**
     * The functions one map type's writes go through and the lines of their calls: the assign
     * function (first bucket, growWork, hashGrow, overflow bucket calls), its growWork (the two
     * evacuate calls), evacuate (the overflow calls for the x and y halves) and the delete function's
     * growWork call.
     */
    private record Ops(Fn assign, int firstBucket, int growWorkAt, int hashGrowAt, int overflowAt,
            Fn growWork, int evacuateKey, int evacuateNext, Fn evacuate, int overflowX, int overflowY,
            Fn delete, int deleteGrowWorkAt) {
        AllocPath firstBucketPath() {
            return AllocPath.of(List.of(assign.at(firstBucket)));
        }
    }

    // go1.7 hashmap.go: mapassign1 442-556 (newarray 466, growWork 472, hashGrow 522, newobject 528,
    // setoverflow 529), growWork 849-860 (evacuate 854, 858), evacuate 862-993 (newobject 924/948,
    // setoverflow 925/949), mapdelete 558-618 (growWork 580). The overflow call is newobject; setoverflow
    // follows it on the next line.
    private static final Ops GO17 = new Ops(new Fn("runtime.mapassign1", "hashmap.go", 442, 556), 466, 472, 522, 528,
            new Fn("runtime.growWork", "hashmap.go", 849, 860), 854, 858,
            new Fn("runtime.evacuate", "hashmap.go", 862, 993), 924, 948,
            new Fn("runtime.mapdelete", "hashmap.go", 558, 618), 580);
    private static final Fn SETOVERFLOW_17 = new Fn("runtime.(*hmap).setoverflow", "hashmap.go", 168, 174);
    private static final Fn CREATEOVERFLOW_17 = new Fn("runtime.(*hmap).createOverflow", "hashmap.go", 176, 183);
    private static final Fn MAPITERINIT_17 = new Fn("runtime.mapiterinit", "hashmap.go", 620, 680);
    private static final Fn HASHGROW_17 = new Fn("runtime.hashGrow", "hashmap.go", 819, 847);
    private static final Fn MAKEMAP_17 = new Fn("runtime.makemap", "hashmap.go", 190, 265);

    // Go 1.19.8 map.go / map_fast32.go / map_fast64.go / map_faststr.go: each assign function's
    // newobject(t.bucket), growWork, hashGrow and newoverflow call lines; growWork_* and evacuate_*
    // (dst.b = h.newoverflow, for both halves); mapdelete_*'s growWork. The *ptr variants share
    // growWork_fast64 and mapdelete_fast64 (walk.go mkmapnames gives delete no ptr variant).
    private static final Fn GROWWORK_19 = new Fn("runtime.growWork", "map.go", 1128, 1137);
    private static final Fn EVACUATE_19 = new Fn("runtime.evacuate", "map.go", 1152, 1264);
    private static final Fn MAPDELETE_19 = new Fn("runtime.mapdelete", "map.go", 695, 809);
    private static final Ops SLOW_19 = new Ops(new Fn("runtime.mapassign", "map.go", 578, 693), 604, 610, 658, 664,
            GROWWORK_19, 1131, 1135, EVACUATE_19, 1225, 1225, MAPDELETE_19, 726);
    private static final Fn GROWWORK_FAST32 = new Fn("runtime.growWork_fast32", "map_fast32.go", 363, 372);
    private static final Fn EVACUATE_FAST32 = new Fn("runtime.evacuate_fast32", "map_fast32.go", 374, 462);
    private static final Fn MAPDELETE_FAST32 = new Fn("runtime.mapdelete_fast32", "map_fast32.go", 273, 361);
    private static final Ops FAST32_19 = new Ops(new Fn("runtime.mapassign_fast32", "map_fast32.go", 93, 181), 110, 116, 157, 163,
            GROWWORK_FAST32, 366, 370, EVACUATE_FAST32, 423, 423, MAPDELETE_FAST32, 292);
    private static final Fn GROWWORK_FAST64 = new Fn("runtime.growWork_fast64", "map_fast64.go", 365, 374);
    private static final Fn EVACUATE_FAST64 = new Fn("runtime.evacuate_fast64", "map_fast64.go", 376, 470);
    private static final Fn MAPDELETE_FAST64 = new Fn("runtime.mapdelete_fast64", "map_fast64.go", 273, 363);
    private static final Ops FAST64_19 = new Ops(new Fn("runtime.mapassign_fast64", "map_fast64.go", 93, 181), 110, 116, 157, 163,
            GROWWORK_FAST64, 368, 372, EVACUATE_FAST64, 425, 425, MAPDELETE_FAST64, 292);
    private static final Ops FAST64PTR_19 = new Ops(new Fn("runtime.mapassign_fast64ptr", "map_fast64.go", 183, 271), 200, 206, 247, 253,
            GROWWORK_FAST64, 368, 372, EVACUATE_FAST64, 425, 425, MAPDELETE_FAST64, 292);
    private static final Ops FASTSTR_19 = new Ops(new Fn("runtime.mapassign_faststr", "map_faststr.go", 203, 299), 221, 227, 276, 282,
            new Fn("runtime.growWork_faststr", "map_faststr.go", 391, 400), 394, 398,
            new Fn("runtime.evacuate_faststr", "map_faststr.go", 402, 485), 451, 451,
            new Fn("runtime.mapdelete_faststr", "map_faststr.go", 301, 389), 321);
    private static final Fn NEWOVERFLOW_19 = new Fn("runtime.(*hmap).newoverflow", "map.go", 246, 272);
    private static final Fn CREATEOVERFLOW_19 = new Fn("runtime.(*hmap).createOverflow", "map.go", 274, 281);
    private static final Fn MAPITERINIT_19 = new Fn("runtime.mapiterinit", "map.go", 815, 864);
    private static final Fn HASHGROW_19 = new Fn("runtime.hashGrow", "map.go", 1041, 1082);
    private static final Fn MAKEBUCKETARRAY_19 = new Fn("runtime.makeBucketArray", "map.go", 345, 388);
    private static final Fn MAKEMAP_19 = new Fn("runtime.makemap", "map.go", 304, 337);

    /**
     * The frames of the first bucket of a map with string keys and values of at most 128 bytes: the
     * newarray in go1.7 mapassign1 (hashmap.go:466), mapassign_faststr's newobject in 1.19
     * (map_faststr.go:221). For the maps the runtime's Go code makes (runtime/pprof's profiles.m).
     */
    public static AllocPath stringKeyFirstBucket(GoVersion v) {
        return (v.atLeast(19) ? FASTSTR_19 : GO17).firstBucketPath();
    }

    /**
     * Where go1.7 throws on a map another goroutine is writing: the runtime function
     * (GOROOT/src/{@code file}, lines start..end), the throw's line, and how many argument words its
     * frame prints (traceback.go prints arglen/8 words, results included).
     */
    public record ThrowSite(String message, String name, String file, int start, int end, int line, int words) {
    }

    private static final String WRITES = "concurrent map writes";
    private static final String READ = "concurrent map read and map write";
    /** 1.19 mapiternext's fatal (map.go:872-874); go1.7's mapiternext has no check. */
    static final ThrowSite ITER_19 = new ThrowSite("concurrent map iteration and map write", "runtime.mapiternext",
            "runtime/map.go", 866, 990, 873, 1);

    /** mapassign1's and mapdelete's "concurrent map writes" (go1.7 hashmap.go:457-458, 571-572). */
    static final ThrowSite ASSIGN_THROW_17 = new ThrowSite(WRITES, "runtime.mapassign1", "runtime/hashmap.go", 442, 556, 458, 4);
    static final ThrowSite DELETE_THROW_17 = new ThrowSite(WRITES, "runtime.mapdelete", "runtime/hashmap.go", 558, 618, 572, 3);

    /**
     * The access function go1.7's walk.go picks for v := m[k] or v, ok := m[k] (walk.go:1225-1235,
     * 855-865: the fast variants by the key's algtype when the value is at most 128 bytes) and its
     * "concurrent map read and map write" throw (hashmap.go:285-286, 339-340; hashmap_fast.go:20-21,
     * 65-66, 110-111, 155-156, 200-201, 305-306).
     */
    static ThrowSite readThrow17(MapT t, boolean commaOk) {
        String fast = null;
        if (t.value.size() <= MAX_INLINE) {
            switch (alg(t.key)) {
                case MEM -> fast = t.key.size() == 4 ? "fast32" : t.key.size() == 8 ? "fast64" : null;
                case STRING -> fast = "faststr";
                default -> {
                }
            }
        }
        if (fast == null) {
            return commaOk ? new ThrowSite(READ, "runtime.mapaccess2", "runtime/hashmap.go", 326, 378, 340, 5)
                    : new ThrowSite(READ, "runtime.mapaccess1", "runtime/hashmap.go", 272, 324, 286, 4);
        }
        String f = "runtime/hashmap_fast.go";
        return switch (fast + (commaOk ? "2" : "1")) {
            case "fast321" -> new ThrowSite(READ, "runtime.mapaccess1_fast32", f, 12, 55, 21, 4);
            case "fast322" -> new ThrowSite(READ, "runtime.mapaccess2_fast32", f, 57, 100, 66, 5);
            case "fast641" -> new ThrowSite(READ, "runtime.mapaccess1_fast64", f, 102, 145, 111, 4);
            case "fast642" -> new ThrowSite(READ, "runtime.mapaccess2_fast64", f, 147, 190, 156, 5);
            case "faststr1" -> new ThrowSite(READ, "runtime.mapaccess1_faststr", f, 192, 295, 201, 5);
            default -> new ThrowSite(READ, "runtime.mapaccess2_faststr", f, 297, 398, 306, 6);
        };
    }

    /** What the key's type is to cmd/compile's AlgType (1.19 types/alg.go:42-129, reflectdata/alg.go:21-46). */
    private enum Alg { MEM, STRING, OTHER }

    private static Alg alg(Type t) {
        Type u = t.underlying();
        switch (u) {
            case Basic b -> {
                if (b.kind == Kind.STRING) {
                    return Alg.STRING;
                }
                boolean mem = b.kind == Kind.BOOL || b.kind == Kind.UNSAFE_POINTER || b.kind.isInteger();
                return mem ? Alg.MEM : Alg.OTHER;
            }
            case Types.Pointer p -> {
                return Alg.MEM;
            }
            case Types.Chan c -> {
                return Alg.MEM;
            }
            case Array a -> {
                Alg e = alg(a.elem);
                return e == Alg.MEM || a.len == 0 ? Alg.MEM : a.len == 1 ? e : Alg.OTHER;
            }
            case Struct s -> {
                if (s.fields.size() == 1 && !s.fields.get(0).name().equals("_")) {
                    return alg(s.fields.get(0).type()); // a one-field struct is its field
                }
                for (int i = 0; i < s.fields.size(); i++) {
                    Types.Field f = s.fields.get(i);
                    long next = i + 1 < s.fields.size() ? s.fields.get(i + 1).offset() : s.size();
                    if (alg(f.type()) != Alg.MEM || f.name().equals("_") || f.offset() + f.type().size() != next) {
                        return Alg.OTHER; // ASPECIAL: blank, padded or non-memory fields
                    }
                }
                return Alg.MEM;
            }
            default -> {
                return Alg.OTHER;
            }
        }
    }

    /**
     * The runtime functions the compiler calls for m[k] = v: go1.7 always mapassign1; Go 1.19's
     * walk.go mapfast (walk.go:206-233) picks by the key's AlgType when the value is at most 128
     * bytes: AMEM32 mapassign_fast32, AMEM64 mapassign_fast64 (fast64ptr when the key holds a
     * pointer), ASTRING mapassign_faststr, else mapassign (fast32ptr exists only where pointers
     * are 4 bytes).
     */
    private static Ops ops(MapT t, GoVersion v) {
        if (!v.atLeast(19)) {
            return GO17;
        }
        if (t.value.size() > MAX_INLINE) {
            return SLOW_19;
        }
        return switch (alg(t.key)) {
            case STRING -> FASTSTR_19;
            case MEM -> t.key.size() == 4 && !Types.hasPointers(t.key) ? FAST32_19
                    : t.key.size() == 8 ? (Types.hasPointers(t.key) ? FAST64PTR_19 : FAST64_19) : SLOW_19;
            case OTHER -> SLOW_19;
        };
    }

    // ---------------------------------------------------------------- the table's bookkeeping

    /** One generation of overflow buckets: the blocks and, for pointer-free buckets, the slice that keeps them. */
    private static final class Overflow {
        final List<Object> buckets = new ArrayList<>();
        /** new([]*bmap), its backing array and that array's length and capacity. */
        Object header;
        Object array;
        int len;
        int cap;
    }

    /** hmap's state the allocations depend on, beside {@link MapVal}'s fields. */
    static final class Table {
        /** hmap.hash0. */
        final long hash0;
        /** Live keys in each bucket's chain of hmap.buckets, and the overflow buckets of that chain. */
        int[] count;
        int[] chains;
        /** While growing: each old bucket's live keys bound for the x and y halves, -1 once evacuated. */
        int[] oldX;
        int[] oldY;
        boolean sameSize;
        /** hmap.noverflow (1.19's same-size growth trigger). */
        int noverflow;
        /** Preallocated overflow buckets left (1.19 mapextra.nextOverflow). */
        long nextOverflow;
        /** Overflow buckets of hmap.buckets and of hmap.oldbuckets. */
        Overflow overflow = new Overflow();
        Overflow oldoverflow;

        Table(long hash0) {
            this.hash0 = hash0;
        }

        void size(int b) {
            count = new int[1 << b];
            chains = new int[1 << b];
        }
    }

    /** The heap blocks a map's table holds (for the GC's walk). */
    static void forEachReference(Table t, Consumer<Object> out) {
        if (t == null) {
            return;
        }
        for (Overflow o : new Overflow[] {t.overflow, t.oldoverflow}) {
            if (o != null) {
                o.buckets.forEach(out);
                if (o.header != null) {
                    out.accept(o.header);
                }
                if (o.array != null) {
                    out.accept(o.array);
                }
            }
        }
    }

    /** An operation in progress: who allocates, for which map, at which user line. */
    private record Op(Host host, Goroutine g, MapVal mv, MapT t, Pos pos, GoVersion v, Ops ops) {
        boolean modern() {
            return v.atLeast(19);
        }

        void alloc(Object token, long bytes, List<Frame> frames) {
            host.onAlloc(g, token, bytes, t, pos, AllocPath.of(frames));
        }
    }

    private static List<Frame> chain(Frame first, List<Frame> rest) {
        List<Frame> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /**
     * A stand-in for the key's hash under hash0 (see the class comment): values hash by content,
     * pointers and channels by their deterministic address, NaN by a fresh fastrand as f64hash does
     * (1.19 alg.go:125-126, go1.7 alg.go:150-151).
     */
    static long hash(Host host, Table tb, Object key, Type t) {
        long x = valueHash(host, key, t) ^ (tb.hash0 * 0x9E3779B97F4A7C15L);
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    private static long valueHash(Host host, Object v, Type t) {
        if (v == null) {
            return 0;
        }
        Type u = t.underlying();
        switch (u) {
            case Basic b -> {
                return switch (v) {
                    case Long l -> l;
                    case Boolean z -> z ? 1 : 0;
                    case String s -> s.hashCode() * 31L + s.length();
                    case Double d -> d.isNaN() ? host.fastrand(1 << 30) : Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
                    case Complex c -> valueHash(host, c.re(), Types.FLOAT64) * 31 + valueHash(host, c.im(), Types.FLOAT64);
                    default -> host.addressOf(v); // unsafe.Pointer
                };
            }
            case Interface i -> {
                Iface e = (Iface) v;
                return e.type() == null ? 0 : e.type().toString().hashCode() * 0x100000001B3L + valueHash(host, e.val(), e.type());
            }
            case Struct s -> {
                Object[] f = ((Values.StructVal) v).f;
                long h = 17;
                for (int i = 0; i < f.length; i++) {
                    h = h * 0x100000001B3L + valueHash(host, f[i], s.fields.get(i).type());
                }
                return h;
            }
            case Array a -> {
                long h = 19;
                for (Object e : ((Values.ArrayVal) v).a) {
                    h = h * 0x100000001B3L + valueHash(host, e, a.elem);
                }
                return h;
            }
            default -> {
                return host.addressOf(v); // pointers and channels: identity
            }
        }
    }

    // ---------------------------------------------------------------- operations

    /**
     * makemap(t, hint, h, bucket): go1.7 allocates the buckets first when B > 0 (hashmap.go:248-255),
     * then the hmap unless the compiler passed a stack one ({@code heap} false, walk.go:1397-1415); a
     * stack map also gets a stack bucket, so B = 0 allocates nothing more. Go 1.19 allocates the hmap
     * first (1.19 map.go:312, 329), in makemap_small when the hint is a constant at most 8 or absent
     * (1.19 walk/builtin.go walkMakeMap: IsConst(hint) && hint <= BUCKETSIZE), else in makemap. Both
     * draw hmap.hash0 from fastrand (go1.7 hashmap.go:259, 1.19 map.go:294, 314, and walkMakeMap's
     * inline h.hash0 = fastrand() for a stack map).
     */
    static void makemap(Host host, Goroutine g, MapVal mv, MapT t, long hint, boolean constHint, boolean heap, Pos pos,
            GoVersion v) {
        int b = initialB(hint);
        mv.B = b;
        boolean modern = v.atLeast(19);
        if (heap && modern) {
            boolean small = constHint && hint <= BUCKET_CNT;
            host.onAlloc(g, mv, HMAP_SIZE, t, pos, small ? AllocPath.MAKEMAP_SMALL_19 : AllocPath.MAKEMAP_HMAP_19);
        }
        mv.table = new Table(host.fastrand(1 << 30));
        mv.table.size(b);
        if (b != 0) {
            Op op = new Op(host, g, mv, t, pos, v, ops(t, v));
            List<Frame> frames = modern ? List.of(MAKEBUCKETARRAY_19.at(363), MAKEMAP_19.at(329)) : List.of(MAKEMAP_17.at(249));
            newBuckets(op, b, frames, List.of(MAKEMAP_19.at(331)));
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
     * mapassign1 / mapassign* before it stores {@code key}: allocates the first bucket if there is
     * none (go1.7 hashmap.go:465-467; 1.19 map.go:603-605), evacuates while growing (471-473; 609-611),
     * and for a key not yet in the map grows the table when it is overloaded (hashmap.go:521-524;
     * 1.19 also when there are as many overflow buckets as buckets, map.go:657-660), links an overflow
     * bucket when the key's chain is full (hashmap.go:526-530; map.go:662-666) and allocates the
     * indirect key and value (hashmap.go:536-545; map.go:670-679).
     */
    static void assign(Host host, Goroutine g, MapVal mv, MapT t, Object key, Pos pos, GoVersion v) {
        Op op = new Op(host, g, mv, t, pos, v, ops(t, v));
        Table tb = table(host, mv);
        boolean modern = v.atLeast(19);
        if (mv.buckets == null) {
            mv.buckets = new Object();
            host.onAlloc(g, mv.buckets, bucketSize(t), t, pos, op.ops.firstBucketPath());
        }
        if (tb.count == null) {
            tb.size(mv.B);
        }
        long h = hash(host, tb, key, t.key);
        List<Frame> at = List.of(op.ops.assign.at(op.ops.growWorkAt));
        if (mv.oldbuckets != null) {
            growWork(op, h, at);
        }
        Object k = mv.key(key);
        if (mv.m.containsKey(k)) {
            return;
        }
        int count = mv.m.size();
        if (mv.oldbuckets == null && (overLoad(count, mv.B) || modern && tooManyOverflowBuckets(tb.noverflow, mv.B))) {
            hashGrow(op, List.of(op.ops.assign.at(op.ops.hashGrowAt)), !overLoad(count, mv.B));
            growWork(op, h, at); // goto again
        }
        int b = (int) (h & ((1L << mv.B) - 1));
        if (tb.count[b] == BUCKET_CNT * (1 + tb.chains[b])) {
            Frame call = op.ops.assign.at(op.ops.overflowAt);
            newoverflow(op, b, List.of(call), List.of(modern ? call : op.ops.assign.at(op.ops.overflowAt + 1)));
        }
        tb.count[b]++;
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

    /** tooManyOverflowBuckets (1.19 map.go:1092-1103): as many overflow buckets as buckets, counting to 2^15. */
    private static boolean tooManyOverflowBuckets(int noverflow, int b) {
        return noverflow >= 1 << Math.min(b, 15);
    }

    private static Table table(Host host, MapVal mv) {
        if (mv.table == null) {
            mv.table = new Table(host.fastrand(1 << 30)); // a map made outside makemap (the host's own)
        }
        return mv.table;
    }

    /**
     * A bucket array of 2^b buckets, reported under {@code frames}; under Go 1.19, preallocated
     * overflow buckets also need the mapextra that points to them (1.19 map.go:330-333 in makemap,
     * 1073-1078 in hashGrow), reported under {@code extraFrames}.
     */
    private static void newBuckets(Op op, int b, List<Frame> frames, List<Frame> extraFrames) {
        MapVal mv = op.mv;
        long bytes = bucketArrayBytes(op.t, b, op.v);
        mv.buckets = new Object();
        op.alloc(mv.buckets, bytes, frames);
        long extra = bytes / bucketSize(op.t) - (1L << b);
        if (extra > 0) {
            if (mv.extra == null) {
                mv.extra = new Object();
                op.alloc(mv.extra, MAPEXTRA_SIZE, extraFrames);
            }
            table(op.host, mv).nextOverflow = extra;
        }
    }

    /**
     * hashGrow: a table twice as big (or, in 1.19 when not overloaded, the same size: map.go:1044-1049),
     * the current overflow buckets promoted to the old generation (go1.7 hashmap.go:835-842, 1.19
     * map.go:1064-1071), and each old bucket's keys split by the hash bit the new size adds.
     */
    private static void hashGrow(Op op, List<Frame> caller, boolean sameSize) {
        MapVal mv = op.mv;
        Table tb = mv.table;
        boolean modern = op.modern();
        sameSize &= modern;
        int oldB = mv.B;
        int newB = sameSize ? oldB : oldB + 1;
        mv.oldbuckets = mv.buckets;
        List<Frame> frames = modern ? chain(MAKEBUCKETARRAY_19.at(363), chain(HASHGROW_19.at(1051), caller))
                : chain(HASHGROW_17.at(824), caller);
        newBuckets(op, newB, frames, chain(HASHGROW_19.at(1075), caller));
        int oldN = 1 << oldB;
        tb.oldX = new int[oldN];
        tb.oldY = new int[oldN];
        for (Object k : mv.m.keySet()) {
            long h = hash(op.host, tb, MapVal.unkey(k), op.t.key);
            int i = (int) (h & (oldN - 1));
            if (!sameSize && (h & oldN) != 0) {
                tb.oldY[i]++;
            } else {
                tb.oldX[i]++;
            }
        }
        tb.sameSize = sameSize;
        tb.size(newB);
        tb.noverflow = 0;
        tb.oldoverflow = tb.overflow;
        tb.overflow = new Overflow();
        mv.B = newB;
        mv.nevacuate = 0;
    }

    /** growWork: the old bucket of the key's hash, then the next unevacuated one (go1.7 hashmap.go:849-860, 1.19 map.go:1128-1137). */
    private static void growWork(Op op, long h, List<Frame> caller) {
        MapVal mv = op.mv;
        int oldN = mv.table.oldX.length;
        evacuate(op, (int) (h & (oldN - 1)), chain(op.ops.growWork.at(op.ops.evacuateKey), caller));
        if (mv.oldbuckets != null) {
            evacuate(op, (int) mv.nevacuate, chain(op.ops.growWork.at(op.ops.evacuateNext), caller));
        }
    }

    /**
     * evacuate: moves an old bucket's keys to the x (same index) and y (index + old size) buckets,
     * linking an overflow bucket for every 8 keys past the first 8 of each (go1.7 hashmap.go:922-926,
     * 946-950; 1.19 map.go:1223-1228); then advances nevacuate (go1.7 one bucket, hashmap.go:979-990;
     * 1.19 advanceEvacuationMark skips evacuated ones, up to 1024, map.go:1266-1290). The old array and
     * its overflow buckets are garbage when every bucket is evacuated.
     */
    private static void evacuate(Op op, int oldbucket, List<Frame> caller) {
        MapVal mv = op.mv;
        Table tb = mv.table;
        int oldN = tb.oldX.length;
        if (tb.oldX[oldbucket] >= 0) {
            int[] halves = {tb.oldX[oldbucket], tb.oldY[oldbucket]};
            for (int half = 0; half < 2; half++) {
                int dst = oldbucket + (half == 0 ? 0 : oldN);
                int n = halves[half];
                tb.count[dst] = n;
                int line = half == 0 ? op.ops.overflowX : op.ops.overflowY;
                Frame call = op.ops.evacuate.at(line);
                List<Frame> alloc = chain(call, caller);
                List<Frame> link = op.modern() ? alloc : chain(op.ops.evacuate.at(line + 1), caller);
                for (int i = BUCKET_CNT; i < n; i += BUCKET_CNT) {
                    newoverflow(op, dst, alloc, link);
                }
            }
            tb.oldX[oldbucket] = -1;
        }
        if (oldbucket == mv.nevacuate) {
            mv.nevacuate++;
            if (op.modern()) {
                long stop = Math.min(mv.nevacuate + 1024, oldN);
                while (mv.nevacuate != stop && tb.oldX[(int) mv.nevacuate] < 0) {
                    mv.nevacuate++;
                }
            }
            if (mv.nevacuate == oldN) {
                mv.oldbuckets = null;
                tb.oldoverflow = null;
                tb.oldX = null;
                tb.oldY = null;
            }
        }
    }

    /**
     * An overflow bucket for chain b. 1.19 newoverflow (map.go:246-272) takes a preallocated one if
     * any is left, else newobject(t.bucket) (263), counts it (incrnoverflow, 227-244: exact below
     * B = 16, then with probability 2^-(B-15) by fastrand); go1.7 always newobject's it in the caller
     * (hashmap.go:528, 924, 948). For pointer-free buckets both then keep it in the overflow slice:
     * createOverflow and an append (1.19 map.go:266-269; go1.7 setoverflow, hashmap.go:168-174).
     * {@code alloc} is the newobject's frames from the caller of mallocgc's caller outward (1.19: the
     * frames above newoverflow), {@code link} those of the setoverflow call (1.19: the same).
     */
    private static void newoverflow(Op op, int b, List<Frame> alloc, List<Frame> link) {
        Table tb = op.mv.table;
        boolean modern = op.modern();
        tb.chains[b]++;
        Object ovf = new Object();
        if (modern && tb.nextOverflow > 0) {
            tb.nextOverflow--;
        } else {
            op.alloc(ovf, bucketSize(op.t), modern ? chain(NEWOVERFLOW_19.at(263), alloc) : alloc);
        }
        tb.overflow.buckets.add(ovf);
        if (modern) {
            if (op.mv.B < 16) {
                tb.noverflow++;
            } else if (op.host.fastrand(1 << (op.mv.B - 15)) == 0) {
                tb.noverflow++;
            }
        }
        if (!noPointers(op.t)) {
            return;
        }
        List<Frame> under = modern ? chain(NEWOVERFLOW_19.at(267), alloc) : chain(SETOVERFLOW_17.at(170), link);
        createOverflow(op, under);
        Overflow o = tb.overflow;
        if (o.len == o.cap) {
            // *h.extra.overflow = append(...): growslice mallocgc's itself, so its caller's line starts the record
            o.cap = Interp.growCap(op.v, o.len, o.cap, o.len + 1, 8);
            o.array = new Object();
            op.alloc(o.array, o.cap * 8L, modern ? chain(NEWOVERFLOW_19.at(268), alloc) : chain(SETOVERFLOW_17.at(171), link));
        }
        o.len++;
    }

    /**
     * createOverflow: go1.7 new([2]*[]*bmap) and new([]*bmap) (hashmap.go:176-183); 1.19
     * new(mapextra) and new([]*bmap) (map.go:274-281), each when not yet there.
     */
    private static void createOverflow(Op op, List<Frame> caller) {
        MapVal mv = op.mv;
        boolean modern = op.modern();
        Fn fn = modern ? CREATEOVERFLOW_19 : CREATEOVERFLOW_17;
        if (mv.extra == null) {
            mv.extra = new Object();
            op.alloc(mv.extra, modern ? MAPEXTRA_SIZE : OVERFLOW_PAIR_SIZE_17, chain(fn.at(modern ? 276 : 178), caller));
        }
        Overflow o = table(op.host, mv).overflow;
        if (o.header == null) {
            o.header = new Object();
            op.alloc(o.header, SLICE_HEADER_SIZE, chain(fn.at(modern ? 279 : 181), caller));
        }
    }

    /**
     * mapiterinit of a non-empty map with pointer-free buckets calls createOverflow so the iterator
     * can keep the overflow buckets alive (go1.7 hashmap.go:650-658, 1.19 map.go:833-842).
     */
    static void iterinit(Host host, Goroutine g, MapVal mv, MapT t, Pos pos, GoVersion v) {
        if (mv.m.isEmpty() || !noPointers(t)) {
            return;
        }
        Op op = new Op(host, g, mv, t, pos, v, ops(t, v));
        createOverflow(op, List.of(v.atLeast(19) ? MAPITERINIT_19.at(839) : MAPITERINIT_17.at(656)));
    }

    /**
     * mapdelete: evacuates while growing (go1.7 hashmap.go:579-581, 1.19 map.go:725-727 and the
     * mapdelete_fast* equivalents); the key's chain has one key fewer, and a deleted entry's indirect
     * blocks become garbage.
     */
    static void delete(Host host, Goroutine g, MapVal mv, MapT t, Object key, Pos pos, GoVersion v) {
        if (mv.m.isEmpty()) {
            return;
        }
        Op op = new Op(host, g, mv, t, pos, v, ops(t, v));
        Table tb = table(host, mv);
        long h = hash(host, tb, key, t.key);
        if (mv.oldbuckets != null) {
            growWork(op, h, List.of(op.ops.delete.at(op.ops.deleteGrowWorkAt)));
        }
        Object k = mv.key(key);
        if (tb.count != null && mv.m.containsKey(k)) {
            int b = (int) (h & ((1L << mv.B) - 1));
            if (tb.count[b] > 0) {
                tb.count[b]--;
            }
        }
        if (mv.indirect != null) {
            mv.indirect.remove(k);
        }
    }
}
