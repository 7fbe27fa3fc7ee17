package gosim.specs.run;

import gosim.sim.GoRuntime;

/**
 * One goroutine's stack as Go sizes it (runtime/stack.go newstack): it starts at _StackMin (2048
 * bytes: go1.7 stack.go:71, 1.19 stack.go:75), doubles whenever the next frame plus _StackGuard
 * (720 in go1.7 stack.go:93, 928 in 1.19 stack.go:101) does not fit, and newstack throws "stack
 * overflow" when the doubled size would pass maxstacksize (go1.7 stack.go:1057-1061). So a stack
 * overflows once it needs more than 512 MiB. Frames are the interpreter's approximation of gc's
 * layout (Frame.frameBytes); frames pushed by natives count {@link #NATIVE_FRAME} bytes.
 *
 * <p>The interpreter runs Go calls on the carrier's Java stack, so depth is also bounded by that:
 * {@link #MAX_DEPTH} frames, independent of the program, reported as the same overflow (Go's own
 * limit lies deeper for small frames: 512 MiB of 32-byte frames is 16 million calls).
 */
final class GoStack {
    /**
     * Go calls one goroutine may nest (2^20 by default); the carrier's Java stack (Scenario) is
     * sized for them. The system property gosim.maxGoDepth lowers it (tests reach it quickly).
     */
    static final int MAX_DEPTH = 1 << 20;

    /** The depth cap of this run: MAX_DEPTH unless gosim.maxGoDepth is set lower. */
    static int maxDepth() {
        return Math.min(MAX_DEPTH, Integer.getInteger("gosim.maxGoDepth", MAX_DEPTH));
    }
    static final long STACK_MIN = 2048;
    /** What a frame pushed by a native (not traced) is counted as. */
    static final long NATIVE_FRAME = 32;
    /** Where every goroutine's stack ends: a placeholder in Go's arena (the copies move, so this is a shape). */
    private static final long STACK_HI = 0xc420100000L;

    private final long guard;
    private final int maxDepth;
    /** maxstacksize when the stack was made (runtime/debug.SetMaxStack moves it). */
    private final long maxStack;
    private long size = STACK_MIN;
    /** below[i]: bytes of stack in use under frame i included (outermost is 0). */
    private long[] below = new long[64];
    private int top;

    GoStack(boolean go119) {
        this(go119, MAX_DEPTH, GoRuntime.MAXSTACKSIZE);
    }

    GoStack(boolean go119, int maxDepth, long maxstacksize) {
        guard = go119 ? 928 : 720;
        this.maxDepth = maxDepth;
        this.maxStack = maxstacksize;
    }

    /**
     * Frame d (0 is the outermost) of the given size is entered; false when Go would throw stack
     * overflow for it (then it holds just its return address, as at morestack).
     */
    boolean push(int d, long bytes) {
        fill(d);
        long base = d == 0 ? 0 : below[d - 1];
        long need = base + bytes;
        boolean fits = d < maxDepth;
        while (fits && need + guard > size) {
            if (size * 2 > maxStack) {
                fits = false;
            } else {
                size *= 2;
            }
        }
        below[d] = fits ? need : base + 8;
        top = d + 1;
        return fits;
    }

    /**
     * The most bytes of frames a stack may hold: newstack doubles up to the largest power of two
     * not over maxstacksize, and a frame fits while it and the guard do.
     */
    static long limit(boolean go119, long maxstacksize) {
        long size = STACK_MIN;
        while (size * 2 <= maxstacksize) {
            size *= 2;
        }
        return size - (go119 ? 928 : 720);
    }

    /** Frame d is entered and overflows: it holds just its return address, as at morestack. */
    void overflow(int d) {
        fill(d);
        below[d] = (d == 0 ? 0 : below[d - 1]) + 8;
        top = d + 1;
    }

    /** The frames from depth on have returned. */
    void pop(int depth) {
        top = Math.min(top, depth);
    }

    private void fill(int d) {
        if (d >= below.length) {
            below = java.util.Arrays.copyOf(below, Math.max(d + 1, below.length * 2));
        }
        for (; top < d; top++) {
            below[top] = (top == 0 ? 0 : below[top - 1]) + NATIVE_FRAME;
        }
    }

    long hi() {
        return STACK_HI + size;
    }

    long lo() {
        return STACK_HI;
    }

    /** Each frame's stack pointer for the first depth frames, outermost first. */
    long[] sp(int depth) {
        fill(depth);
        long[] sp = new long[depth];
        for (int i = 0; i < depth; i++) {
            sp[i] = hi() - below[i];
        }
        return sp;
    }
}
