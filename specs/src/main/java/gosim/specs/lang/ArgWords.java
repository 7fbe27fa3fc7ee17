package gosim.specs.lang;

import gosim.specs.lang.Types.Array;
import gosim.specs.lang.Types.Basic;
import gosim.specs.lang.Types.Interface;
import gosim.specs.lang.Types.Slice;
import gosim.specs.lang.Types.Struct;
import gosim.specs.lang.Values.Iface;
import gosim.specs.lang.Values.SliceVal;
import gosim.specs.lang.Values.StructVal;
import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * A frame's argument area as amd64 Go 1.7 lays it out on the stack (parameters, receiver first,
 * then the result slots, each aligned to its type), read back as 8-byte words: what traceback1
 * prints between a function's parentheses. Pointers, strings' data and slices' arrays print as
 * the host's deterministic addresses.
 */
final class ArgWords {
    private byte[] area = new byte[64];
    private long size;
    private final ToLongFunction<Object> addressOf;

    private ArgWords(ToLongFunction<Object> addressOf) {
        this.addressOf = addressOf;
    }

    /** The words of a call of fn with these parameter values; results are not written yet (zero). */
    static long[] of(Interp.Fn fn, Object[] params, ToLongFunction<Object> addressOf) {
        ArgWords a = new ArgWords(addressOf);
        for (int i = 0; i < fn.paramTypes.length; i++) {
            a.put(fn.paramTypes[i], params[i]);
        }
        for (Type t : fn.resultTypes) {
            a.put(t, null);
        }
        return a.words();
    }

    /** ABIInternal's integer and floating-point argument registers on amd64 (RAX..R11, X0..X14). */
    private static final int INT_REGS = 9;
    private static final int FLOAT_REGS = 15;
    /** printArgs' limits: components and nesting (1.19 traceback.go:593-594, ssagen/ssa.go:6770-6771). */
    private static final int LIMIT = 10;
    private static final int MAX_DEPTH = 5;

    /**
     * The Go 1.19 description of a call of fn's arguments (a {@link gosim.sim.ArgWords#INFO_19}
     * stream): the parameters, receiver first (results are not described, ssagen/ssa.go EmitArgInfo
     * visits InParams only), each leaf marked stale when the register ABI passes its argument in
     * registers (abi.go: an argument whose ints and floats fit in the registers left, arrays of more
     * than one element never), since the spill slot printArgs reads may not hold it. Which register
     * arguments the compiler keeps live in their spill slot is not known here: every register leaf
     * gets its "?" and prints the value passed (see ExpectedDifferences.ARGUMENT_WORDS).
     */
    static long[] info19(Interp.Fn fn, Object[] params, ToLongFunction<Object> addressOf) {
        Info19 out = new Info19();
        int ints = 0;
        int floats = 0;
        for (int i = 0; i < fn.paramTypes.length; i++) {
            Type t = fn.paramTypes[i];
            int[] need = registers(t);
            boolean reg = need != null && ints + need[0] <= INT_REGS && floats + need[1] <= FLOAT_REGS;
            if (reg) {
                ints += need[0];
                floats += need[1];
            }
            ArgWords a = new ArgWords(addressOf);
            a.write(0, t, params[i]);
            if (!out.visit(a, 0, t, 0, reg)) {
                break;
            }
        }
        return out.words();
    }

    /** The integer and float registers an argument of type t takes, or null when it goes on the stack (abi.go regAssign). */
    private static int[] registers(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Basic b when b.kind == Types.Kind.FLOAT32 || b.kind == Types.Kind.FLOAT64 -> new int[] {0, 1};
            case Basic b when b.kind == Types.Kind.COMPLEX64 || b.kind == Types.Kind.COMPLEX128 -> new int[] {0, 2};
            case Basic b when b.kind == Types.Kind.STRING -> new int[] {2, 0};
            case Slice sl -> new int[] {3, 0};
            case Interface in -> new int[] {2, 0};
            case Array arr when arr.len == 0 -> new int[] {0, 0};
            case Array arr when arr.len == 1 -> registers(arr.elem);
            case Array arr -> null;
            case Struct st -> {
                int[] sum = {0, 0};
                for (Types.Field f : st.fields) {
                    int[] r = registers(f.type());
                    if (r == null) {
                        yield null;
                    }
                    sum[0] += r[0];
                    sum[1] += r[1];
                }
                yield sum;
            }
            default -> new int[] {1, 0};
        };
    }

    /** ssagen/ssa.go EmitArgInfo's visitType (6798-6849), with the values read at once. */
    private static final class Info19 {
        private long[] w = new long[32];
        private int len = 1;
        private int n;

        Info19() {
            w[0] = gosim.sim.ArgWords.INFO_19;
        }

        private void emit(long op, long v) {
            if (len + 2 > w.length) {
                w = Arrays.copyOf(w, w.length * 2);
            }
            w[len++] = op;
            w[len++] = v;
        }

        boolean visit(ArgWords a, long off, Type t, int depth, boolean reg) {
            if (n >= LIMIT) {
                emit(gosim.sim.ArgWords.DOTDOTDOT, 0);
                return false;
            }
            Type u = t.underlying();
            boolean string = u instanceof Basic b && b.kind == Types.Kind.STRING;
            boolean complex = u instanceof Basic b && (b.kind == Types.Kind.COMPLEX64 || b.kind == Types.Kind.COMPLEX128);
            if (!(u instanceof Struct || u instanceof Array || u instanceof Interface || u instanceof Slice || string || complex)) {
                emit(reg ? gosim.sim.ArgWords.LEAF_STALE : gosim.sim.ArgWords.LEAF, a.read(off, (int) t.size()));
                n++;
                return true;
            }
            emit(gosim.sim.ArgWords.START_AGG, 0);
            depth++;
            if (depth >= MAX_DEPTH) {
                emit(gosim.sim.ArgWords.DOTDOTDOT, 0);
                emit(gosim.sim.ArgWords.END_AGG, 0);
                n++;
                return true;
            }
            switch (u) {
                case Slice sl -> {
                    boolean ok = visit(a, off, Types.UINTPTR, depth, reg) && visit(a, off + 8, Types.UINTPTR, depth, reg);
                    if (ok) {
                        visit(a, off + 16, Types.UINTPTR, depth, reg);
                    }
                }
                case Array arr -> {
                    if (arr.len == 0) {
                        n++;
                    }
                    for (long i = 0; i < arr.len; i++) {
                        if (!visit(a, off + i * arr.elem.size(), arr.elem, depth, reg)) {
                            break;
                        }
                    }
                }
                case Struct st -> {
                    if (st.fields.isEmpty()) {
                        n++;
                    }
                    for (Types.Field f : st.fields) {
                        if (!visit(a, off + f.offset(), f.type(), depth, reg)) {
                            break;
                        }
                    }
                }
                default -> {
                    // strings and interfaces: two words; complex: two floats of half the size
                    Type half = complex ? (t.size() == 8 ? Types.FLOAT32 : Types.FLOAT64) : Types.UINTPTR;
                    if (visit(a, off, half, depth, reg)) {
                        visit(a, off + half.size(), half, depth, reg);
                    }
                }
            }
            emit(gosim.sim.ArgWords.END_AGG, 0);
            return true;
        }

        long[] words() {
            return Arrays.copyOf(w, len);
        }
    }

    /** The little-endian value of n bytes at {@code at}. */
    private long read(long at, int n) {
        long x = 0;
        for (int i = n - 1; i >= 0; i--) {
            long idx = at + i;
            x = (x << 8) | (idx < area.length ? area[(int) idx] & 0xff : 0);
        }
        return x;
    }

    private void put(Type t, Object v) {
        long at = align(size, t.align());
        write(at, t, v);
        size = at + t.size();
    }

    private static long align(long n, long a) {
        return (n + a - 1) / a * a;
    }

    private void write(long at, Type t, Object v) {
        Type u = t.underlying();
        if (v == null) {
            return; // zero bytes
        }
        switch (u) {
            case Basic b when b.kind == Types.Kind.STRING -> {
                String s = (String) v;
                if (!s.isEmpty()) {
                    word(at, addressOf.applyAsLong(s));
                }
                word(at + 8, s.length());
            }
            case Basic b when b.kind == Types.Kind.BOOL -> bytes(at, (Boolean) v ? 1 : 0, 1);
            case Basic b when b.kind == Types.Kind.FLOAT64 -> word(at, Double.doubleToRawLongBits((Double) v));
            case Basic b when b.kind == Types.Kind.FLOAT32 -> bytes(at, Float.floatToRawIntBits((float) (double) (Double) v), 4);
            case Basic b when b.kind == Types.Kind.COMPLEX128 -> {
                word(at, Double.doubleToRawLongBits(((Complex) v).re()));
                word(at + 8, Double.doubleToRawLongBits(((Complex) v).im()));
            }
            case Basic b when b.kind == Types.Kind.COMPLEX64 -> {
                bytes(at, Float.floatToRawIntBits((float) ((Complex) v).re()), 4);
                bytes(at + 4, Float.floatToRawIntBits((float) ((Complex) v).im()), 4);
            }
            case Basic b when b.kind == Types.Kind.UNSAFE_POINTER -> word(at, v == null ? 0 : addressOf.applyAsLong(v));
            case Basic b -> bytes(at, (Long) v, (int) b.size());
            case Slice s -> {
                SliceVal sv = (SliceVal) v;
                word(at, addressOf.applyAsLong(sv.a) + sv.off * s.elem.size());
                word(at + 8, sv.len);
                word(at + 16, sv.cap);
            }
            case Interface i -> {
                if (!(v instanceof Iface iv)) {
                    // an unboxed value in an interface slot is a simulator bug (issue16870.go's ok once
                    // was one); the traceback still prints, its type word 0, rather than a Java trace
                    word(at + 8, addressOf.applyAsLong(v));
                    return;
                }
                word(at, addressOf.applyAsLong(iv.type()));
                word(at + 8, iv.val() == null ? 0 : addressOf.applyAsLong(iv.val()));
            }
            case Struct st -> {
                StructVal sv = (StructVal) v;
                for (int i = 0; i < st.fields.size(); i++) {
                    write(at + st.fields.get(i).offset(), st.fields.get(i).type(), sv.f[i]);
                }
            }
            case Array arr -> {
                Object[] elems = ((Values.ArrayVal) v).a;
                for (int i = 0; i < elems.length; i++) {
                    write(at + i * arr.elem.size(), arr.elem, elems[i]);
                }
            }
            default -> word(at, addressOf.applyAsLong(v)); // pointers, maps, channels, funcs
        }
    }

    private void word(long at, long v) {
        bytes(at, v, 8);
    }

    private void bytes(long at, long v, int n) {
        ensure(at + n);
        for (int i = 0; i < n; i++) {
            area[(int) at + i] = (byte) (v >>> (8 * i));
        }
    }

    private void ensure(long n) {
        if (n > area.length) {
            area = Arrays.copyOf(area, (int) Math.max(n, area.length * 2L));
        }
    }

    private long[] words() {
        ensure(size);
        long[] w = new long[(int) ((size + 7) / 8)];
        for (int i = 0; i < w.length; i++) {
            long x = 0;
            for (int k = 7; k >= 0; k--) {
                int idx = i * 8 + k;
                x = (x << 8) | (idx < area.length ? area[idx] & 0xff : 0);
            }
            w[i] = x;
        }
        return w;
    }
}
