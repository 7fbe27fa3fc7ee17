package gosim.specs.lang;

import gosim.sim.GoVersion;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The run-time core of the interpreter: function activation with defer/panic/recover (models
 * runtime/panic.go: gopanic, gorecover, deferreturn), run-time errors with their per-release
 * messages (runtime/error.go, runtime/panic.go's panicindex/panicslice), slice growth
 * (runtime/slice.go growslice, with msize.go's size classes), and string/rune conversions
 * (runtime/string.go, runtime/rune.go). The compiled code itself is produced by {@link Compiler}.
 */
public final class Interp {
    final Host host;
    final GoVersion version;
    final boolean traceCalls;
    /**
     * Host.goDepthLimit, read once, and Host.goStackLimit, read again when runtime/debug.SetMaxStack
     * moves it (Loops' compiled calls read the field too).
     */
    long stackLimit;
    private final int depthLimit;
    final boolean traceStatements;
    /** The compiled code of the program's methods (gc's method tables), set by the compiler; looked up, never iterated. */
    final java.util.Map<Method, Fn> methodFns = new java.util.IdentityHashMap<>();
    /** The methods of runtime types implemented in Java ({@link #nativeMethod}), shared by every program. */
    private static final java.util.Map<Method, Fn> RUNTIME_METHODS = new java.util.concurrent.ConcurrentHashMap<>();

    Interp(Host host, GoVersion version) {
        this.host = host;
        this.version = version;
        this.traceCalls = host.traceCalls();
        this.stackLimit = host.goStackLimit();
        this.depthLimit = host.goDepthLimit();
        this.traceStatements = host.traceStatements();
    }

    /** Host.goDepthLimit as read at start (Loops inlines Interp.inline's test). */
    int depthLimit() {
        return depthLimit;
    }

    /** The host's stack limit changed (SetMaxStack): calls from now on are held to the new one. */
    void readStackLimit() {
        stackLimit = host.goStackLimit();
    }

    // ---------------------------------------------------------------- compiled functions

    /** One compiled function: its code, frame layout and symbol. */
    public static final class Fn {
        final FuncInfo info;
        final Signature sig;
        /** Free for the host: what it keeps per function (resolved once, read on every call). */
        Object hostTag;
        /** Types of the parameters (receiver first) and results, for argument words in tracebacks. */
        Type[] paramTypes = new Type[0];
        Type[] resultTypes = new Type[0];
        int nl;
        int nr;
        /** Per parameter (receiver first for methods): slot and whether it lives in l (scalar) or r. */
        int[] paramSlot;
        boolean[] paramScalar;
        byte[] paramKind;
        /** Parameters that must be moved into cells at entry (captured or address taken). */
        int[] boxParams;
        /** For each boxed parameter: its type when the cell escapes to the heap, else null. */
        Type[] boxParamHeap;
        Pos[] boxParamPos;
        java.util.List<Checker.Var> boxedParamVars;
        int[] resultSlot;
        boolean[] resultScalar;
        byte[] resultKind;
        boolean[] resultBoxed;
        Compiler.St body;
        /** For body-less functions: the native implementation. */
        Host.Native nativeImpl;
        /**
         * A native that only calls on to Go code (reflect's methodValueCall and makeFuncStub): when
         * it is deferred, a recover() in the function it calls stops the panic, as if deferred itself.
         */
        boolean wrapper;
        Object[] resultZeros;
        /** The body contains a defer statement. */
        boolean hasDefer;
        /** Set once compiled: Go code without defer, boxed parameters or non-trivial result zeros. */
        boolean plain;
        /**
         * For a plain function whose body is one statement, return of an int expression: that
         * expression and the statement's line (invokeInt evaluates it without the body's nodes).
         */
        Compiler.Ev retInt;
        int retLine;
        /** retInt as a method of the int parameters, when it reads nothing else (Bytecode.pure), or null. */
        Bytecode.Pure pure;
        /** Whether a frame of this function was ever invoked (Host.onFirstCall). */
        boolean called;
        /** Bytes of Go stack a frame of this function takes (Frame.frameBytes), set at its first call. */
        long frameBytes;

        Fn(FuncInfo info, Signature sig) {
            this.info = info;
            this.sig = sig;
        }

        /** The function's name, file and lines (a goroutine's start function when it is go'd). */
        public FuncInfo info() {
            return info;
        }

        @Override
        public String toString() {
            return info.name();
        }
    }

    /** Scalar kinds of slot values. */
    static final byte K_INT = 0;
    static final byte K_BOOL = 1;
    static final byte K_FLOAT = 2;
    static final byte K_REF = 3;

    static byte kindOfSlot(Type t) {
        if (t.underlying() instanceof Basic b) {
            if (b.kind.isInteger()) {
                return K_INT;
            }
            if (b.kind == Kind.BOOL || b.kind == Kind.UNTYPED_BOOL) {
                return K_BOOL;
            }
            if (b.kind.isFloat()) {
                return K_FLOAT;
            }
        }
        return K_REF;
    }

    /** Whether values of t are structs or arrays (held by reference, copied on assignment). */
    static boolean isAggregate(Type t) {
        Type u = t.underlying();
        return u instanceof Struct || u instanceof Array;
    }

    static Object toBoxed(long v, byte kind) {
        return switch (kind) {
            case K_INT -> v;
            case K_BOOL -> v != 0;
            case K_FLOAT -> Double.longBitsToDouble(v);
            default -> throw new IllegalStateException("not a scalar kind");
        };
    }

    static long fromBoxed(Object v, byte kind) {
        return switch (kind) {
            case K_INT -> (Long) v;
            case K_BOOL -> ((Boolean) v) ? 1 : 0;
            case K_FLOAT -> Double.doubleToRawLongBits((Double) v);
            default -> throw new IllegalStateException("not a scalar kind");
        };
    }

    /** Reads result i of a finished frame as a boxed value. */
    static Object result(Frame cf, int i) {
        Fn fn = cf.fn;
        int s = fn.resultSlot[i];
        if (fn.resultBoxed[i]) {
            return ((Cell) cf.r[s]).v;
        }
        return fn.resultScalar[i] ? toBoxed(cf.l[s], fn.resultKind[i]) : cf.r[s];
    }

    // ---------------------------------------------------------------- panics

    /**
     * A Go panic in flight (runtime._panic): the value (an interface value: Iface or null), whether it
     * was recovered or aborted by a later panic, and the older panic it interrupted.
     */
    public static final class GoPanic extends gosim.sim.GoPanic {
        boolean aborted;
        /** The frame that panicked (its caller chain is the stack at the panic). */
        Frame at;

        GoPanic(Object value, Frame at) {
            super(value);
            this.at = at;
        }

        /** The panic this one interrupted while its deferred calls ran, or null. */
        @Override
        public GoPanic link() {
            return (GoPanic) super.link();
        }

        /** The innermost frame at the moment of the panic. */
        public Frame frame() {
            return at;
        }

        /** printpanicval's text of the value, once describe has run (else sim's default). */
        private String text;

        /**
         * A fatal panic's report text: format (Program.Linked.panicMessage, which may call the value's
         * Error or String method) applied to each panic of the chain, oldest first.
         */
        public void describe(java.util.function.Function<Object, String> format) {
            if (link() != null) {
                link().describe(format);
            }
            text = format.apply(value());
        }

        @Override
        public String printValue() {
            return text != null ? text : super.printValue();
        }

        @Override
        public String getMessage() {
            return "panic: " + Fmt.panicValue(value(), o -> 0);
        }
    }

    /** The type of run-time error values: Go 1.7's runtime.errorString (a string with an Error method). */
    static final Named RUNTIME_ERROR = new Named("runtime", "errorString", Types.STRING);

    static {
        nativeMethod(RUNTIME_ERROR, "Error", false, Types.STRING, "runtime.errorString.Error",
                (g, args) -> "runtime error: " + args[0]);
        nativeMethod(RUNTIME_ERROR, "RuntimeError", false, null, "runtime.errorString.RuntimeError", (g, args) -> null);
    }

    /** Declares a method of a runtime type implemented in Java (runtime/error.go's Error and RuntimeError). */
    static void nativeMethod(Named t, String name, boolean ptrRecv, Type result, String symbol, Host.Native impl) {
        Method m = new Method(name, new Signature(java.util.List.of(), result == null ? java.util.List.of()
                : java.util.List.of(result), false), ptrRecv, t);
        t.methods.put(name, m);
        Fn fn = new Fn(new FuncInfo(symbol, "$GOROOT/src/runtime/error.go", 1, 1), m.sig);
        fn.nativeImpl = impl;
        fn.paramSlot = new int[]{0};
        fn.paramScalar = new boolean[]{false};
        fn.paramKind = new byte[]{K_REF};
        RUNTIME_METHODS.put(m, fn);
    }

    /** The compiled code of method m: the program's or the runtime's (null if neither has it). */
    Fn methodFn(Method m) {
        Fn fn = methodFns.get(m);
        return fn != null ? fn : RUNTIME_METHODS.get(m);
    }

    /**
     * The pointers converted to uintptr, by the simulated address they got (the one %p prints), so
     * unsafe.Pointer(uintptr(p)) is p again; keyed by number, never iterated.
     */
    private final java.util.Map<Long, Object> uintptrs = new java.util.HashMap<>();

    /** uintptr(p) of an unsafe.Pointer: its simulated address, 0 for nil. */
    long uintptrOf(Object p) {
        if (p == null) {
            return 0;
        }
        long a = host.addressOf(p);
        uintptrs.put(a, p);
        return a;
    }

    /** unsafe.Pointer(u): the pointer u came from; other numbers (pointer arithmetic) are not simulated. */
    Object pointerAt(Frame f, long u) {
        if (u == 0) {
            return null;
        }
        Object p = uintptrs.get(u);
        if (p == null) {
            throw runtimePanic(f, "unsafe.Pointer(0x" + Long.toHexString(u)
                    + "): not the address of a pointer (gosim does not simulate pointer arithmetic)");
        }
        return p;
    }

    static Iface runtimeError(String msg) {
        return new Iface(RUNTIME_ERROR, msg);
    }

    GoPanic panic(Frame f, Object value) {
        GoPanic p = new GoPanic(value, f);
        if (f != null) {
            p.setLink(f.g.panic);
            f.g.panic = p;
        }
        return p;
    }

    GoPanic runtimePanic(Frame f, String msg) {
        return panic(f, runtimeError(msg));
    }

    /**
     * An index out of range: from Go 1.13 a runtime.boundsError naming the index and length (1.19
     * runtime/error.go:110-190); before, the errorString "index out of range" (go1.7 panic.go:24,
     * still so in the Go 1.12 tree of December 2018, panic.go:24 at commit d54d9f215a).
     */
    GoPanic indexOutOfRange(Frame f, int lbrack, long i, long len, Ast.Expr index) {
        atBracket(f, lbrack);
        if (!version.atLeast(13)) {
            return runtimePanic(f, "index out of range");
        }
        return boundsError(f, "index out of range [%x] with length %y", "index out of range [%x]", i, index, len);
    }

    /**
     * A slice expression's failed bounds check, in the compiler's order (1.19 ssagen/ssa.go slice):
     * a 3-index slice checks max against the capacity, then high against max, then low against high;
     * a 2-index one high against the capacity (the length of a string or array: "with length"), then
     * low against high. Before Go 1.13 one text says it all.
     */
    GoPanic sliceOutOfRange(Frame f, int lbrack, Ast.SliceExpr se, boolean byLength, long l, long h, long m, long cap) {
        atBracket(f, lbrack);
        if (!version.atLeast(13)) {
            return runtimePanic(f, "slice bounds out of range");
        }
        String with = byLength ? " with length %y" : " with capacity %y";
        if (se.max != null) {
            if (m < 0 || m > cap) {
                return boundsError(f, "slice bounds out of range [::%x]" + with, "slice bounds out of range [::%x]", m, se.max, cap);
            }
            if (h < 0 || h > m) {
                return boundsError(f, "slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]", h, se.hi, m);
            }
            return boundsError(f, "slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]", l, se.lo, h);
        }
        if (h < 0 || h > cap) {
            return boundsError(f, "slice bounds out of range [:%x]" + with, "slice bounds out of range [:%x]", h, se.hi, cap);
        }
        return boundsError(f, "slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]", l, se.lo, h);
    }

    /**
     * Go 1.13's boundsError.Error (1.19 runtime/error.go:110-190): the format of its code, or the one
     * without y when x is negative and signed; x prints unsigned when the bound's expression is of an
     * unsigned type (an omitted bound is an int).
     */
    private GoPanic boundsError(Frame f, String format, String negFormat, long x, Ast.Expr xe, long y) {
        boolean signed = xe == null || !Types.isUnsigned(xe.type);
        String text = (signed && x < 0 ? negFormat : format)
                .replace("%x", signed ? Long.toString(x) : Long.toUnsignedString(x)).replace("%y", Long.toString(y));
        return panic(f, new Iface(BOUNDS_ERROR, text));
    }

    /**
     * A bounds check fails at the line of its '[' (gc's OINDEX/OSLICE position, as types2 gives it
     * syntax.IndexExpr's), which differs from the statement's when the expression spans lines or a
     * line directive sits before it (test/fixedbugs/issue29504.go). 0: the frame's line stands.
     */
    private static void atBracket(Frame f, int lbrack) {
        if (lbrack != 0) {
            f.line = lbrack;
        }
    }

    /** The line of an index or slice expression's '[' for {@link #indexOutOfRange}, or 0 if it was not parsed as one. */
    static int lbrackLine(Pos lbrack) {
        return lbrack == null ? 0 : lbrack.line();
    }

    /** Go 1.13's runtime.boundsError (%T prints it), a runtime.Error whose text is errorString's. */
    static final Named BOUNDS_ERROR = new Named("runtime", "boundsError", Types.STRING);

    static {
        nativeMethod(BOUNDS_ERROR, "Error", false, Types.STRING, "runtime.boundsError.Error",
                (g, args) -> "runtime error: " + args[0]);
        nativeMethod(BOUNDS_ERROR, "RuntimeError", false, null, "runtime.boundsError.RuntimeError", (g, args) -> null);
    }

    GoPanic divideByZero(Frame f) {
        return runtimePanic(f, "integer divide by zero");
    }

    GoPanic nilDeref(Frame f) {
        return runtimePanic(f, "invalid memory address or nil pointer dereference");
    }

    /** runtime.panicwrap (go1.7 runtime/error.go:95-97): a value method reached through a nil *T. */
    GoPanic panicwrap(Frame f, Named t, String method) {
        return panic(f, new Iface(PLAIN_ERROR, "value method " + t.pkg + "." + t.name + "." + method
                + " called using nil *" + t.name + " pointer"));
    }

    GoPanic nilMapWrite(Frame f) {
        return panic(f, plainError("assignment to entry in nil map"));
    }

    /**
     * A run-time error whose text has no "runtime error: " prefix: go1.7's runtime.plainError
     * (runtime/error.go:53-62, raised at hashmap.go:444, chan.go:174/305/311, select.go:597), a
     * runtime.Error like errorString (Go 1.6 panicked with a bare string there).
     */
    Iface plainError(String msg) {
        return new Iface(PLAIN_ERROR, msg);
    }

    static final Named PLAIN_ERROR = new Named("runtime", "plainError", Types.STRING);

    static {
        nativeMethod(PLAIN_ERROR, "Error", false, Types.STRING, "runtime.plainError.Error", (g, args) -> args[0]);
        nativeMethod(PLAIN_ERROR, "RuntimeError", false, null, "runtime.plainError.RuntimeError", (g, args) -> null);
    }

    // ---------------------------------------------------------------- calls, defer, recover

    /** A deferred call: either a prepared Go frame or a native/builtin action with evaluated arguments. */
    abstract static class Deferred {
        abstract void run(Interp in, Frame deferrer, GoPanic recoverable);

        void forEachRoot(Consumer<Object> out) {
        }
    }

    static final class DeferredFrame extends Deferred {
        final Frame frame;

        DeferredFrame(Frame frame) {
            this.frame = frame;
        }

        @Override
        void run(Interp in, Frame deferrer, GoPanic recoverable) {
            frame.recoverable = recoverable;
            in.invoke(deferrer, frame);
        }

        @Override
        void forEachRoot(Consumer<Object> out) {
            frame.forEachRoot(out);
        }
    }

    /**
     * The statement hook (when the host traces statements): counts the goroutine's allowance down
     * and calls the host when it is used up, so that a host with a budget is not called for every
     * statement. f.line must be the statement's line.
     */
    void statement(Frame f, int line) {
        Goroutine g = f.g;
        if (--g.ticks < 0) {
            g.ticks = 0;
            host.onStatement(g, f, line);
        }
    }

    /** Runs a Go function whose frame (arguments filled in) is cf, called from caller (may be null). */
    void invoke(Frame caller, Frame cf) {
        Fn f0 = cf.fn;
        if (!f0.called) {
            firstCall(cf);
        }
        if (f0.plain && !traceCalls) {
            // no deferred calls, cells or result zeroing: just run the body
            Goroutine g = cf.g;
            link(caller, cf);
            try {
                f0.body.exec(cf);
            } finally {
                g.top = caller;
            }
            return;
        }
        invokeFull(caller, cf);
    }

    /**
     * invoke for a call of a function with one int result, which it returns: a function that is
     * only {@code return x} (Fn.retInt) runs as its statement would, the hook at the statement's
     * line, then x, without the block and return nodes and the result slot.
     */
    long invokeInt(Frame caller, Frame cf) {
        Fn fn = cf.fn;
        Compiler.Ev x = fn.retInt;
        if (x == null || traceCalls || !fn.called) {
            invoke(caller, cf);
            return cf.l[fn.resultSlot[0]];
        }
        Goroutine g = cf.g;
        link(caller, cf);
        try {
            int line = fn.retLine;
            cf.line = line;
            statement(cf, line);
            return x.evI(cf);
        } finally {
            g.top = caller;
        }
    }

    /**
     * Whether a call of fn (which has a Bytecode.pure body) from caller can run without a frame, as
     * gc inlines a leaf function: nothing could see the frame (its first call is over, its
     * statement is not the one the host's allowance stops at, the stack has room), so the call
     * only counts its statement. Else the caller makes the frame and invokes it.
     */
    boolean inline(Frame caller, Fn fn) {
        Goroutine g = caller.g;
        if (g.ticks <= 0 || !fn.called || caller.depth + 1 >= depthLimit
                || caller.stackBytes + fn.frameBytes > stackLimit) {
            return false;
        }
        g.ticks--;
        return true;
    }

    private void firstCall(Frame cf) {
        cf.fn.called = true;
        cf.fn.frameBytes = Frame.layoutBytes(cf.fn);
        host.onFirstCall(cf);
    }

    /**
     * Makes cf the goroutine's top frame above caller and grows the simulated stack by it, as a
     * function prologue does; past the host's limits that is Go's stack overflow (newstack).
     */
    private void link(Frame caller, Frame cf) {
        Goroutine g = cf.g;
        cf.caller = caller;
        if (caller == null) {
            cf.depth = 0;
            cf.stackBytes = cf.fn.frameBytes;
        } else {
            cf.depth = caller.depth + 1;
            cf.stackBytes = caller.stackBytes + cf.fn.frameBytes;
        }
        g.top = cf;
        if (cf.stackBytes > stackLimit || cf.depth >= depthLimit) {
            try {
                host.onStackOverflow(g, cf);
            } finally {
                g.top = caller;
            }
        }
    }

    /** invoke's general case: host call tracing, parameters moved to the heap, results zeroed, defer. */
    private void invokeFull(Frame caller, Frame cf) {
        Goroutine g = cf.g;
        link(caller, cf);
        Fn fn = cf.fn;
        if (traceCalls) {
            host.onCall(g, cf);
        }
        try {
            if (fn.nativeImpl != null) {
                throw new IllegalStateException("native " + fn.info.name() + " invoked as Go code");
            }
            if (fn.boxParams != null) {
                for (int i = 0; i < fn.boxParams.length; i++) {
                    int s = fn.boxParams[i];
                    Cell c = new Cell(cf.r[s]);
                    cf.r[s] = c;
                    Type t = fn.boxParamHeap[i];
                    if (t != null) {
                        host.onAlloc(g, c, t.size(), t, fn.boxParamPos[i], host.paramPath(fn.info));
                    }
                }
            }
            if (fn.resultZeros != null) {
                initResults(cf);
            }
            int how;
            try {
                how = fn.body.exec(cf);
            } catch (GoPanic p) {
                if (cf.defers == null || cf.defers.isEmpty()) {
                    throw p;
                }
                adopt(cf, p);
                unwindPanic(cf, p);
                how = Compiler.RETURN;
            } catch (gosim.sim.GoexitSignal e) {
                if (cf.defers != null) {
                    runDefers(cf, null);
                }
                throw e;
            }
            if (cf.defers != null && !cf.defers.isEmpty()) {
                if (how != Compiler.RETURN) {
                    // falling off the end: gc's deferreturn call has the closing brace's line
                    // (test/fixedbugs/issue14646.go, in go1.7's test/ too)
                    cf.line = fn.info.endLine();
                }
                runDefers(cf, null);
            }
        } finally {
            if (traceCalls) {
                host.onReturn(g, cf);
            }
            g.top = caller;
        }
    }

    private void initResults(Frame cf) {
        Fn fn = cf.fn;
        for (int i = 0; i < fn.resultSlot.length; i++) {
            Object z = fn.resultZeros[i];
            int s = fn.resultSlot[i];
            Object v = z instanceof StructVal || z instanceof ArrayVal ? Values.copyAgg(z) : z;
            if (fn.resultBoxed[i]) {
                cf.r[s] = new Cell(v);
            } else if (fn.resultScalar[i]) {
                cf.l[s] = fromBoxed(v, fn.resultKind[i]);
            } else {
                cf.r[s] = v;
            }
        }
    }

    /**
     * deferreturn's loop: the deferred calls of a function returning normally (or after a recover).
     * One that panics starts gopanic, which runs the frame's remaining deferred calls for that panic,
     * so one of them may recover it (go1.7 panic.go:428 gopanic: "for { d := gp._defer ...").
     */
    private void runDefers(Frame cf, GoPanic recoverable) {
        ArrayList<Deferred> ds = cf.defers;
        while (!ds.isEmpty()) {
            Deferred d = ds.remove(ds.size() - 1);
            try {
                d.run(this, cf, recoverable);
            } catch (GoPanic p) {
                if (ds.isEmpty()) {
                    throw p;
                }
                adopt(cf, p);
                unwindPanic(cf, p);
                return;
            }
        }
    }

    /** A panic raised where no frame was at hand (map hashing, ==) becomes g's panic at cf. */
    private static void adopt(Frame cf, GoPanic p) {
        Goroutine g = cf.g;
        if (p.at == null && g.panic != p) {
            p.at = cf;
            p.setLink(g.panic);
            g.panic = p;
        }
    }

    /**
     * gopanic's loop for one frame: run its deferred calls; a recover() in one of them stops the panic
     * and the function returns normally; a new panic in one of them replaces the current one.
     */
    private void unwindPanic(Frame cf, GoPanic p) {
        Goroutine g = cf.g;
        ArrayList<Deferred> ds = cf.defers;
        while (!ds.isEmpty()) {
            Deferred d = ds.remove(ds.size() - 1);
            try {
                d.run(this, cf, p);
            } catch (GoPanic q) {
                if (q != p) {
                    p.aborted = true;
                    p = q;
                }
                continue;
            }
            if (p.recovered()) {
                GoPanic next = p.link();
                while (next != null && next.aborted) {
                    next = next.link();
                }
                g.panic = next;
                if (!ds.isEmpty()) {
                    runDefers(cf, null);
                }
                return;
            }
        }
        throw p;
    }

    /** gorecover: the panic value if called directly by a deferred call run for an active panic, else nil. */
    static Object recover(Frame f) {
        GoPanic p = f.recoverable;
        if (p != null && !p.recovered() && f.g.panic == p) {
            p.markRecovered();
            return p.value();
        }
        return null;
    }

    // ---------------------------------------------------------------- integers

    /** Truncates v to a bits-wide integer, sign- or zero-extended (Go's wraparound). */
    static long wrap(long v, int shift, boolean unsigned) {
        return unsigned ? (v << shift) >>> shift : (v << shift) >> shift;
    }

    static double uintToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return ((v >>> 1) | (v & 1)) * 2.0;
    }

    static long doubleToUint(double d) {
        // ssagen/ssa.go:6254-6260 (go1.19): below 2^63 plain CVTTSD2SQ, else CVTTSD2SQ(d - 2^63) | 1<<63
        if (d < 9.223372036854775807E18) {
            return cvttsd2sq(d);
        }
        return cvttsd2sq(d - 9.223372036854775807E18) | Long.MIN_VALUE;
    }

    /** amd64 CVTTSD2SQ: truncation, and the "integer indefinite" 1<<63 for NaN and out-of-range values. */
    static long cvttsd2sq(double d) {
        return d >= -9.223372036854775808E18 && d < 9.223372036854775808E18 ? (long) d : Long.MIN_VALUE;
    }

    /** amd64 CVTTSD2SL: truncation to int32, and the "integer indefinite" -1<<31 for NaN and out of range. */
    static long cvttsd2sl(double d) {
        return d > -2147483649.0 && d < 2147483648.0 ? (long) d : Integer.MIN_VALUE;
    }

    // ---------------------------------------------------------------- strings and runes

    /** UTF-8 encoding of one rune as a byte string; invalid runes become U+FFFD (runtime.intstring). */
    static String runeToString(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) {
            r = 0xFFFD;
        }
        if (r < 0x80) {
            return String.valueOf((char) r);
        }
        return Lexer.utf8(new String(Character.toChars((int) r)));
    }

    /** Decodes the rune at i of byte string s: returns rune << 8 | width (utf8.DecodeRuneInString). */
    static long decodeRune(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return ((long) b0 << 8) | 1;
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            r = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            r = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            r = b0 & 0x07;
            min = 0x10000;
        } else {
            return (0xFFFDL << 8) | 1;
        }
        if (i + need >= n + 0 && i + need > n - 1 + 1) {
            return (0xFFFDL << 8) | 1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                return (0xFFFDL << 8) | 1;
            }
            int b = s.charAt(i + k);
            if ((b & 0xC0) != 0x80) {
                return (0xFFFDL << 8) | 1;
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) {
            return (0xFFFDL << 8) | 1;
        }
        return ((long) r << 8) | (need + 1);
    }

    static String bytesToString(SliceVal s) {
        if (s == null) {
            return "";
        }
        char[] cs = new char[s.len];
        for (int i = 0; i < s.len; i++) {
            cs[i] = (char) (((Long) s.a[s.off + i]) & 0xFF);
        }
        return new String(cs);
    }

    static SliceVal stringToBytes(String s) {
        Object[] a = new Object[s.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (long) s.charAt(i);
        }
        return new SliceVal(a, 0, a.length, a.length);
    }

    static String runesToString(SliceVal s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.len; i++) {
            sb.append(runeToString((Long) s.a[s.off + i]));
        }
        return sb.toString();
    }

    static SliceVal stringToRunes(String s) {
        ArrayList<Object> rs = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            long d = decodeRune(s, i);
            rs.add(d >> 8);
            i += (int) (d & 0xFF);
        }
        Object[] a = rs.toArray();
        return new SliceVal(a, 0, a.length, a.length);
    }

    // ---------------------------------------------------------------- slices

    /** Size classes up to Go 1.7: the heap model's table (msize.go's initSizes). */
    static final int[] CLASS_TO_SIZE_GO17 = java.util.stream.IntStream
            .range(0, gosim.sim.heap.SizeClasses.NUM_SIZE_CLASSES)
            .map(gosim.sim.heap.SizeClasses::classToSize).toArray();
    static final int PAGE_SIZE = gosim.sim.heap.SizeClasses.PAGE_SIZE;

    /** runtime.roundupsize with the size classes of this interpreter's Go release (the heap's). */
    long roundupsize(long size) {
        return gosim.sim.heap.SizeClasses.forVersion(version).roundUp(size);
    }

    /**
     * growslice's new capacity for a slice of len oldLen and cap oldCap that must hold want elements:
     * go1.7 slice.go:89-101 doubles while old.len &lt; 1024, then grows by 1/4; go1.19 slice.go:200-222
     * doubles while old.cap &lt; 256, then adds (newcap + 3*256)/4 per step. Both round the bytes with
     * roundupsize.
     */
    int growCap(int oldLen, int oldCap, int want, long elemSize) {
        return growCap(version, oldLen, oldCap, want, elemSize);
    }

    /** growCap in release v. */
    static int growCap(GoVersion version, int oldLen, int oldCap, int want, long elemSize) {
        int newcap = oldCap;
        int doublecap = newcap + newcap;
        if (want > doublecap) {
            newcap = want;
        } else if (version.atLeast(18)) {
            final int threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < want) {
                    newcap += (newcap + 3 * threshold) / 4;
                }
                if (newcap <= 0) {
                    newcap = want;
                }
            }
        } else if (oldLen < 1024) {
            newcap = doublecap;
        } else {
            while (newcap < want) {
                newcap += newcap / 4;
            }
        }
        if (elemSize == 0) {
            return newcap;
        }
        long mem = gosim.sim.heap.SizeClasses.forVersion(version).roundUp(newcap * elemSize);
        return (int) (mem / elemSize);
    }

    /**
     * Every live goroutine's frames and the globals are the roots; this walks one goroutine's: its frames'
     * reference slots, captured cells and pending deferred calls, and the values of its active panics.
     */
    public static void forEachStackRoot(Goroutine g, Consumer<Object> out) {
        for (Frame f = g.top; f != null; f = f.caller) {
            f.forEachRoot(out);
        }
        for (GoPanic p = g.panic; p != null; p = p.link()) {
            if (p.value() != null) {
                out.accept(p.value());
            }
        }
    }
}
