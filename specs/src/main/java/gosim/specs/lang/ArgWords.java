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
            case Basic b -> bytes(at, (Long) v, (int) b.size());
            case Slice s -> {
                SliceVal sv = (SliceVal) v;
                word(at, addressOf.applyAsLong(sv.a) + sv.off * s.elem.size());
                word(at + 8, sv.len);
                word(at + 16, sv.cap);
            }
            case Interface i -> {
                Iface iv = (Iface) v;
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
