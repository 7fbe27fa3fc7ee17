package gosim.specs.lang;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * One activation of a Go function: its local slots (scalars in {@code l}, references in {@code r}),
 * captured cells, the current line, deferred calls and the link to its caller. The frames of a
 * goroutine are the GC's stack roots.
 */
public final class Frame {
    final Interp.Fn fn;
    final long[] l;
    final Object[] r;
    final Object[] caps;
    Goroutine g;
    Frame caller;
    /**
     * Which activation this frame holds: a call site reuses the frame of its last call once that
     * call returned ({@link #recycle}), and each reuse counts up, so that a copy of the stack
     * (SimHost's shadow of the G's frames) tells two activations in one Frame apart.
     */
    int gen;
    /** How many frames are below this one in its goroutine (set when it is invoked). */
    int depth;
    /** Bytes of simulated Go stack this frame and its callers take (set when it is invoked). */
    long stackBytes;
    int line;
    /** Deferred calls, run last-first when the function returns or panics. */
    ArrayList<Interp.Deferred> defers;
    /** Set on a deferred call's frame while it runs for a panic: recover() may stop that panic. */
    Interp.GoPanic recoverable;
    /** Target statement of a labeled break or continue in flight. */
    Object label;
    /** Operands of an op-assignment's target between its load and its store. */
    Object pending;

    Frame(Interp.Fn fn, Object[] caps, Goroutine g) {
        this.fn = fn;
        this.l = fn.nl == 0 ? EMPTY_L : new long[fn.nl];
        this.r = fn.nr == 0 ? EMPTY_R : new Object[fn.nr];
        this.caps = caps;
        this.g = g;
        this.line = fn.info.startLine();
    }

    /**
     * Makes this frame, whose last activation returned normally, a fresh activation of the same
     * function for g: slots zero as in a new frame (results start at their zero value, and stale
     * references are no GC roots), no line, label or operands left from the last call.
     * Only frames of plain functions (no defers, no parameter cells, results zero) that nothing
     * kept are recycled: see Calls.Site.
     */
    void recycle(Goroutine g) {
        this.g = g;
        gen++;
        line = fn.info.startLine();
        label = null;
        pending = null;
        defers = null;
        recoverable = null;
        java.util.Arrays.fill(l, 0L);
        java.util.Arrays.fill(r, null);
    }

    /** Which activation of this Frame object is running (see {@link #gen}). */
    public int activation() {
        return gen;
    }

    private static final long[] EMPTY_L = new long[0];
    private static final Object[] EMPTY_R = new Object[0];

    /** The function this frame runs. */
    public FuncInfo func() {
        return fn.info;
    }

    /** What the host attached to this frame's function with {@link #setFuncTag}, or null. */
    public Object funcTag() {
        return fn.hostTag;
    }

    /** Attaches host data to this frame's function (shared by every call of it). */
    public void setFuncTag(Object tag) {
        fn.hostTag = tag;
    }

    /** The line being executed (for a caller: the line of the call in progress). */
    public int line() {
        return line;
    }

    public Frame caller() {
        return caller;
    }

    /**
     * The panic this frame, a deferred call, was run for by gopanic (it may have been recovered
     * since), or null: a deferred call run at a normal return or by Goexit.
     */
    public Interp.GoPanic deferredForPanic() {
        return recoverable;
    }

    /** How many callers this frame has (0 for a goroutine's first frame). */
    public int depth() {
        return depth;
    }

    /**
     * The argument words Go 1.7's traceback prints for this frame (parameters as passed, results
     * not yet written), as amd64 lays them out; pointers print as addressOf gives them.
     */
    public long[] argumentWords(java.util.function.ToLongFunction<Object> addressOf) {
        return argumentWords(addressOf, false);
    }

    /** argumentWords, or under Go 1.19 ({@code go119}) the typed description 1.19's printArgs prints ({@link ArgWords#info19}). */
    public long[] argumentWords(java.util.function.ToLongFunction<Object> addressOf, boolean go119) {
        Object[] params = new Object[fn.paramSlot.length];
        for (int i = 0; i < params.length; i++) {
            int s = fn.paramSlot[i];
            Object v = fn.paramScalar[i] ? Interp.toBoxed(l[s], fn.paramKind[i]) : r[s];
            if (v instanceof Values.Cell c && fn.boxParams != null
                    && java.util.Arrays.stream(fn.boxParams).anyMatch(b -> b == s)) {
                v = c.v; // a parameter moved to the heap at entry
            }
            params[i] = v;
        }
        return go119 ? ArgWords.info19(fn, params, addressOf) : ArgWords.of(fn, params, addressOf);
    }

    /**
     * The bytes this function's frame takes on a Go stack, approximated from gc's amd64 layout:
     * the arguments and results (each rounded up to a word), a word per other local slot, the
     * return address and the saved frame pointer (on by default since Go 1.7). Local arrays and
     * structs count one word: their size is not kept on the function. Worked out once per
     * function, at its first call ({@link #layoutBytes}).
     */
    public long frameBytes() {
        return fn.frameBytes;
    }

    static long layoutBytes(Interp.Fn fn) {
        long n = 16;
        for (Type t : fn.paramTypes) {
            n += (t.size() + 7) & ~7L;
        }
        for (Type t : fn.resultTypes) {
            n += (t.size() + 7) & ~7L;
        }
        return n + 8L * Math.max(0, fn.nl + fn.nr - fn.paramTypes.length - fn.resultTypes.length);
    }

    /** Every heap reference held by this frame (reference slots, captured cells, pending deferred calls). */
    public void forEachRoot(Consumer<Object> out) {
        for (Object o : r) {
            if (o != null) {
                out.accept(o);
            }
        }
        if (caps != null) {
            for (Object o : caps) {
                out.accept(o);
            }
        }
        if (defers != null) {
            for (Interp.Deferred d : defers) {
                d.forEachRoot(out);
            }
        }
    }
}
