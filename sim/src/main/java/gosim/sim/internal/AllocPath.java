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
    MAKECHAN_HCHAN_19(f("runtime.makechan", "chan.go", 72, 119, 106)),

    // go1.7 string.go: concatstring2-5 58-72 call concatstrings (23-56) at 59/63/67/71, which calls
    // rawstringtmp (106-114) at 49; rawstringtmp's rawstring (111) mallocgc's itself, so it is skipped.
    // slicebytetostring 76-96 (rawstringtmp 93), slicerunetostring 190-215 (205); stringtoslicebyte
    // 139-149, stringtoslicerune 163-188 and intstring 232-246 call rawbyteslice (145),
    // rawruneslice (178) and rawstring (239), which mallocgc themselves.
    CONCATSTRING2_17(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring2", "string.go", 58, 60, 59)),
    CONCATSTRING3_17(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring3", "string.go", 62, 64, 63)),
    CONCATSTRING4_17(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring4", "string.go", 66, 68, 67)),
    CONCATSTRING5_17(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring5", "string.go", 70, 72, 71)),
    CONCATSTRINGS_17(S17.RAWSTRINGTMP, S17.CONCATSTRINGS),
    SLICEBYTETOSTRING_17(S17.RAWSTRINGTMP, f("runtime.slicebytetostring", "string.go", 76, 96, 93)),
    SLICERUNETOSTRING_17(S17.RAWSTRINGTMP, f("runtime.slicerunetostring", "string.go", 190, 215, 205)),
    STRINGTOSLICEBYTE_17(f("runtime.stringtoslicebyte", "string.go", 139, 149, 145)),
    STRINGTOSLICERUNE_17(f("runtime.stringtoslicerune", "string.go", 163, 188, 178)),
    INTSTRING_17(f("runtime.intstring", "string.go", 232, 246, 239)),

    // Go 1.19.8 string.go: concatstring2-5 59-73 (concatstrings at 60/64/68/72), concatstrings 25-57
    // (rawstringtmp 51), rawstringtmp 130-138 (rawstring 135), slicerunetostring 208-236 (226),
    // stringtoslicebyte 172-182 (rawbyteslice 178), stringtoslicerune 184-206 (rawruneslice 197),
    // intstring 253-266 (rawstring 259). slicebytetostring (81-120) calls mallocgc itself at 114: its
    // record starts at the user's line.
    CONCATSTRING2_19(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring2", "string.go", 59, 61, 60)),
    CONCATSTRING3_19(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring3", "string.go", 63, 65, 64)),
    CONCATSTRING4_19(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring4", "string.go", 67, 69, 68)),
    CONCATSTRING5_19(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring5", "string.go", 71, 73, 72)),
    CONCATSTRINGS_19(S19.RAWSTRINGTMP, S19.CONCATSTRINGS),
    SLICERUNETOSTRING_19(S19.RAWSTRINGTMP, f("runtime.slicerunetostring", "string.go", 208, 236, 226)),
    STRINGTOSLICEBYTE_19(f("runtime.stringtoslicebyte", "string.go", 172, 182, 178)),
    STRINGTOSLICERUNE_19(f("runtime.stringtoslicerune", "string.go", 184, 206, 197)),
    INTSTRING_19(f("runtime.intstring", "string.go", 253, 266, 259));

    /** Frames several paths share (a holder class: enum constants cannot read the enum's own statics). */
    private static final class S17 {
        static final Frame RAWSTRINGTMP = f("runtime.rawstringtmp", "string.go", 106, 114, 111);
        static final Frame CONCATSTRINGS = f("runtime.concatstrings", "string.go", 23, 56, 49);
    }

    private static final class S19 {
        static final Frame RAWSTRINGTMP = f("runtime.rawstringtmp", "string.go", 130, 138, 135);
        static final Frame CONCATSTRINGS = f("runtime.concatstrings", "string.go", 25, 57, 51);
    }

    /**
     * The path of a concatenation of n operands: walk.go's addstr (go1.7 walk.go:2745-2751, 1.19
     * walk/expr.go:473-479) calls concatstringN for 2 to 5 operands, concatstrings with a slice beyond.
     */
    public static AllocPath concat(int n, boolean go119) {
        if (n < 2) {
            throw new IllegalArgumentException("concatenation of " + n + " operands");
        }
        return switch (n) {
            case 2 -> go119 ? CONCATSTRING2_19 : CONCATSTRING2_17;
            case 3 -> go119 ? CONCATSTRING3_19 : CONCATSTRING3_17;
            case 4 -> go119 ? CONCATSTRING4_19 : CONCATSTRING4_17;
            case 5 -> go119 ? CONCATSTRING5_19 : CONCATSTRING5_17;
            default -> go119 ? CONCATSTRINGS_19 : CONCATSTRINGS_17;
        };
    }

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
