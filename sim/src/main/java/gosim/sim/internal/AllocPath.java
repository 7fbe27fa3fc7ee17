package gosim.sim.internal;

import java.util.List;

/**
 * Internal: the runtime frames a heap record keeps above the user's frame when the runtime allocates
 * on the program's behalf. mProf_Malloc's callers(4) (go1.7 mprof.go:236, 1.19 mprof.go:420) skips
 * mProf_Malloc, profilealloc, mallocgc and mallocgc's caller (newobject, newarray), so a record starts
 * at the function that called newobject/newarray, or at the user's line when that function called
 * mallocgc itself (growslice, rawstring, an unpointered makechan). Each constant is one release's
 * path, innermost frame first: the 1.7 lines are go1.7's hashmap.go and chan.go, the 1.19 ones
 * Go 1.19.8's map*.go and chan.go (as its runtime.MemProfile reports them).
 */
public enum AllocPath {
    // go1.7 hashmap.go: makemap 190-265 (newarray 249, newobject 254), mapassign1 442-556 (newarray
    // 466, hashGrow 522, newobject 537/542), hashGrow 819-847 (newarray 824); chan.go makechan 56-97.
    MAKEMAP_HMAP_17(f("runtime.makemap", "hashmap.go", 190, 265, 254)),
    MAKEMAP_BUCKETS_17(f("runtime.makemap", "hashmap.go", 190, 265, 249)),
    MAPASSIGN1_BUCKET_17(f("runtime.mapassign1", "hashmap.go", 442, 556, 466)),
    MAPASSIGN1_GROW_17(f("runtime.hashGrow", "hashmap.go", 819, 847, 824),
            f("runtime.mapassign1", "hashmap.go", 442, 556, 522)),
    MAPASSIGN1_KEY_17(f("runtime.mapassign1", "hashmap.go", 442, 556, 537)),
    MAPASSIGN1_VALUE_17(f("runtime.mapassign1", "hashmap.go", 442, 556, 542)),
    MAKECHAN_HCHAN_17(f("runtime.makechan", "chan.go", 56, 97, 86)),
    MAKECHAN_BUF_17(f("runtime.makechan", "chan.go", 56, 97, 87)),

    // Go 1.19.8 map.go: makemap_small 293-297 (new(hmap) 294), makemap 304-337 (new(hmap) 312,
    // makeBucketArray 329, new(mapextra) 331), makeBucketArray 345-388 (newarray 363), mapassign
    // 578-693 (newobject 604, hashGrow 658, 672, 677), hashGrow 1041-1082 (makeBucketArray 1051).
    MAKEMAP_SMALL_19(f("runtime.makemap_small", "map.go", 293, 297, 294)),
    MAKEMAP_HMAP_19(f("runtime.makemap", "map.go", 304, 337, 312)),
    MAKEMAP_BUCKETS_19(f("runtime.makeBucketArray", "map.go", 345, 388, 363),
            f("runtime.makemap", "map.go", 304, 337, 329)),
    MAKEMAP_EXTRA_19(f("runtime.makemap", "map.go", 304, 337, 331)),
    MAPASSIGN_BUCKET_19(f("runtime.mapassign", "map.go", 578, 693, 604)),
    MAPASSIGN_GROW_19(f("runtime.makeBucketArray", "map.go", 345, 388, 363), f("runtime.hashGrow", "map.go", 1041, 1082, 1051),
            f("runtime.mapassign", "map.go", 578, 693, 658)),
    MAPASSIGN_KEY_19(f("runtime.mapassign", "map.go", 578, 693, 672)),
    MAPASSIGN_VALUE_19(f("runtime.mapassign", "map.go", 578, 693, 677)),
    // map_fast64.go mapassign_fast64 93-181 (newobject 110, hashGrow 157), map_fast32.go
    // mapassign_fast32 93-181 (110, 157), map_faststr.go mapassign_faststr 203-299 (221, 276).
    MAPASSIGN_FAST64_BUCKET_19(f("runtime.mapassign_fast64", "map_fast64.go", 93, 181, 110)),
    MAPASSIGN_FAST64_GROW_19(f("runtime.makeBucketArray", "map.go", 345, 388, 363), f("runtime.hashGrow", "map.go", 1041, 1082, 1051),
            f("runtime.mapassign_fast64", "map_fast64.go", 93, 181, 157)),
    MAPASSIGN_FAST32_BUCKET_19(f("runtime.mapassign_fast32", "map_fast32.go", 93, 181, 110)),
    MAPASSIGN_FAST32_GROW_19(f("runtime.makeBucketArray", "map.go", 345, 388, 363), f("runtime.hashGrow", "map.go", 1041, 1082, 1051),
            f("runtime.mapassign_fast32", "map_fast32.go", 93, 181, 157)),
    MAPASSIGN_FASTSTR_BUCKET_19(f("runtime.mapassign_faststr", "map_faststr.go", 203, 299, 221)),
    MAPASSIGN_FASTSTR_GROW_19(f("runtime.makeBucketArray", "map.go", 345, 388, 363), f("runtime.hashGrow", "map.go", 1041, 1082, 1051),
            f("runtime.mapassign_faststr", "map_faststr.go", 203, 299, 276)),
    // chan.go makechan 72-119: new(hchan) at 106 when the element has pointers (the buffer is
    // mallocgc'd by makechan itself at 107, so that record starts at the user's line).
    MAKECHAN_HCHAN_19(f("runtime.makechan", "chan.go", 72, 119, 106));

    /** One runtime frame: function, file under GOROOT/src, its lines in that release, and the call's line. */
    public record Frame(String name, String file, int start, int end, int line) {}

    private final List<Frame> frames;

    AllocPath(Frame... frames) {
        this.frames = List.of(frames);
    }

    /** The frames innermost first. */
    public List<Frame> frames() {
        return frames;
    }

    private static Frame f(String name, String file, int start, int end, int line) {
        return new Frame(name, "runtime/" + file, start, end, line);
    }

}
