package gosim.sim.internal;

import java.util.List;

/**
 * Internal: the runtime frames a heap record keeps above the user's frame when the runtime allocates
 * on the program's behalf. mProf_Malloc's callers(4) (go1.7 mprof.go:236, 1.19 mprof.go:420) skips
 * mProf_Malloc, profilealloc, mallocgc and mallocgc's caller (newobject, newarray), so a record starts
 * at the function that called newobject/newarray, or at the user's line when that function called
 * mallocgc itself (growslice, rawstring, an unpointered makechan). Each constant is one release's
 * path (a class, not an enum: map paths are composed at the allocation, see of), innermost frame first: the 1.7 lines are go1.7's hashmap.go and chan.go, the 1.19 ones
 * Go 1.19.8's map*.go and chan.go (as its runtime.MemProfile reports them).
 */
public final class AllocPath {
    // go1.7 hashmap.go: makemap 190-265 (newobject 254), mapassign1 442-556 (newobject 537/542);
    // chan.go makechan 56-97. (Bucket, growth and overflow paths are composed in specs' Hashmap.)
    public static final AllocPath MAKEMAP_HMAP_17 = new AllocPath(f("runtime.makemap", "hashmap.go", 190, 265, 254));
    public static final AllocPath MAPASSIGN1_KEY_17 = new AllocPath(f("runtime.mapassign1", "hashmap.go", 442, 556, 537));
    public static final AllocPath MAPASSIGN1_VALUE_17 = new AllocPath(f("runtime.mapassign1", "hashmap.go", 442, 556, 542));
    public static final AllocPath MAKECHAN_HCHAN_17 = new AllocPath(f("runtime.makechan", "chan.go", 56, 97, 86));
    public static final AllocPath MAKECHAN_BUF_17 = new AllocPath(f("runtime.makechan", "chan.go", 56, 97, 87));

    // Go 1.19.8 map.go: makemap_small 293-297 (new(hmap) 294), makemap 304-337 (new(hmap) 312),
    // mapassign 578-693 (indirect key and value newobject 672, 677).
    public static final AllocPath MAKEMAP_SMALL_19 = new AllocPath(f("runtime.makemap_small", "map.go", 293, 297, 294));
    public static final AllocPath MAKEMAP_HMAP_19 = new AllocPath(f("runtime.makemap", "map.go", 304, 337, 312));
    public static final AllocPath MAPASSIGN_KEY_19 = new AllocPath(f("runtime.mapassign", "map.go", 578, 693, 672));
    public static final AllocPath MAPASSIGN_VALUE_19 = new AllocPath(f("runtime.mapassign", "map.go", 578, 693, 677));
    // chan.go makechan 72-119: new(hchan) at 106 when the element has pointers (the buffer is
    // mallocgc'd by makechan itself at 107, so that record starts at the user's line).
    public static final AllocPath MAKECHAN_HCHAN_19 = new AllocPath(f("runtime.makechan", "chan.go", 72, 119, 106));

    // go1.7 string.go: concatstring2-5 58-72 call concatstrings (23-56) at 59/63/67/71, which calls
    // rawstringtmp (106-114) at 49; rawstringtmp's rawstring (111) mallocgc's itself, so it is skipped.
    // slicebytetostring 76-96 (rawstringtmp 93), slicerunetostring 190-215 (205); stringtoslicebyte
    // 139-149, stringtoslicerune 163-188 and intstring 232-246 call rawbyteslice (145),
    // rawruneslice (178) and rawstring (239), which mallocgc themselves.
    public static final AllocPath CONCATSTRING2_17 = new AllocPath(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring2", "string.go", 58, 60, 59));
    public static final AllocPath CONCATSTRING3_17 = new AllocPath(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring3", "string.go", 62, 64, 63));
    public static final AllocPath CONCATSTRING4_17 = new AllocPath(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring4", "string.go", 66, 68, 67));
    public static final AllocPath CONCATSTRING5_17 = new AllocPath(S17.RAWSTRINGTMP, S17.CONCATSTRINGS, f("runtime.concatstring5", "string.go", 70, 72, 71));
    public static final AllocPath CONCATSTRINGS_17 = new AllocPath(S17.RAWSTRINGTMP, S17.CONCATSTRINGS);
    public static final AllocPath SLICEBYTETOSTRING_17 = new AllocPath(S17.RAWSTRINGTMP, f("runtime.slicebytetostring", "string.go", 76, 96, 93));
    public static final AllocPath SLICERUNETOSTRING_17 = new AllocPath(S17.RAWSTRINGTMP, f("runtime.slicerunetostring", "string.go", 190, 215, 205));
    public static final AllocPath STRINGTOSLICEBYTE_17 = new AllocPath(f("runtime.stringtoslicebyte", "string.go", 139, 149, 145));
    public static final AllocPath STRINGTOSLICERUNE_17 = new AllocPath(f("runtime.stringtoslicerune", "string.go", 163, 188, 178));
    public static final AllocPath INTSTRING_17 = new AllocPath(f("runtime.intstring", "string.go", 232, 246, 239));

    // Go 1.19.8 string.go: concatstring2-5 59-73 (concatstrings at 60/64/68/72), concatstrings 25-57
    // (rawstringtmp 51), rawstringtmp 130-138 (rawstring 135), slicerunetostring 208-236 (226),
    // stringtoslicebyte 172-182 (rawbyteslice 178), stringtoslicerune 184-206 (rawruneslice 197),
    // intstring 253-266 (rawstring 259). slicebytetostring (81-120) calls mallocgc itself at 114: its
    // record starts at the user's line.
    public static final AllocPath CONCATSTRING2_19 = new AllocPath(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring2", "string.go", 59, 61, 60));
    public static final AllocPath CONCATSTRING3_19 = new AllocPath(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring3", "string.go", 63, 65, 64));
    public static final AllocPath CONCATSTRING4_19 = new AllocPath(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring4", "string.go", 67, 69, 68));
    public static final AllocPath CONCATSTRING5_19 = new AllocPath(S19.RAWSTRINGTMP, S19.CONCATSTRINGS, f("runtime.concatstring5", "string.go", 71, 73, 72));
    public static final AllocPath CONCATSTRINGS_19 = new AllocPath(S19.RAWSTRINGTMP, S19.CONCATSTRINGS);
    public static final AllocPath SLICERUNETOSTRING_19 = new AllocPath(S19.RAWSTRINGTMP, f("runtime.slicerunetostring", "string.go", 208, 236, 226));
    public static final AllocPath STRINGTOSLICEBYTE_19 = new AllocPath(f("runtime.stringtoslicebyte", "string.go", 172, 182, 178));
    public static final AllocPath STRINGTOSLICERUNE_19 = new AllocPath(f("runtime.stringtoslicerune", "string.go", 184, 206, 197));
    public static final AllocPath INTSTRING_19 = new AllocPath(f("runtime.intstring", "string.go", 253, 266, 259));

    /** Frames several paths share (a holder class, initialized before the constants that use it). */
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

    /**
     * Go 1.19's make+copy of pointer-free elements (walk/order.go:411-441 orderMakeSliceCopy, then
     * walk/builtin.go:443-470 walkMakeSliceCopy): the compiler calls mallocgc itself, with no
     * makeslice between, so callers(4)'s fourth skipped frame is the calling function's own and the
     * record starts at its caller's line.
     */
    public static final AllocPath MALLOCGC_BY_CALLER_19 = new AllocPath(List.of(), 1);

    /** One runtime frame: function, file under GOROOT/src, its lines in that release, and the call's line. */
    public record Frame(String name, String file, int start, int end, int line) {}

    private final List<Frame> frames;
    /** How many of the goroutine's innermost frames the record leaves out (mallocgc called by user code). */
    private final int dropped;

    private AllocPath(Frame... frames) {
        this(List.of(frames), 0);
    }

    private AllocPath(List<Frame> frames, int dropped) {
        this.frames = List.copyOf(frames);
        this.dropped = dropped;
    }

    /** A path made of these frames, innermost first (a runtime call chain built at the allocation). */
    public static AllocPath of(List<Frame> frames) {
        return new AllocPath(frames, 0);
    }

    /**
     * These frames in place of the goroutine's {@code dropped} innermost ones: a library stub whose
     * native body Go writes in the stub's function itself, at lines the stub's one call cannot have.
     */
    public static AllocPath of(List<Frame> frames, int dropped) {
        return new AllocPath(frames, dropped);
    }

    /** How many of the goroutine's innermost frames the record leaves out. */
    public int dropped() {
        return dropped;
    }

    /** The frames innermost first. */
    public List<Frame> frames() {
        return frames;
    }

    /** A library function's frame (fmt, sync): file is under GOROOT/src ("fmt/print.go"). */
    public static Frame lib(String name, String file, int start, int end, int line) {
        return new Frame(name, file, start, end, line);
    }

    /** The frame of a call at {@code line} in function name (lines start-end of GOROOT/src/runtime/file). */
    public static Frame f(String name, String file, int start, int end, int line) {
        return new Frame(name, "runtime/" + file, start, end, line);
    }

}
