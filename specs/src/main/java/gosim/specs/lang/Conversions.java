package gosim.specs.lang;

import gosim.sim.internal.AllocPath;
import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.FEv;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;

/**
 * Conversions T(x): models the SSA conversion ops (sign/zero extension, truncation, Cvt64Fto64,
 * Cvt64to64F) and runtime/string.go (intstring, slicebytetostring, stringtoslicebyte,
 * slicerunetostring, stringtoslicerune), reporting the new string or slice as an allocation.
 */
final class Conversions {
    private Conversions() {
    }

    static Ev compile(Compiler c, Call call) {
        Type t = call.type;
        Expr x = call.args.get(0);
        Type xt = x.type;
        Host host = c.host;
        Pos pos = call.pos;
        boolean heap = c.escapes.heap(call);
        if (Types.isInterface(t)) {
            return c.value(x, t);
        }
        Ev xv = c.expr(x);
        Type tu = t.underlying();
        Type xu = xt.underlying();
        Kind tk = Types.kindOf(tu);
        Kind xk = Types.kindOf(xu);
        if (xk == Kind.UNSAFE_POINTER && tk == Kind.UINTPTR) {
            Interp in = c.in;
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return in.uintptrOf(xv.ev(f));
                }
            };
        }
        if (xk == Kind.UNSAFE_POINTER && tu instanceof Pointer tp) {
            Type elem = tp.elem;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    Object p = xv.ev(f);
                    if (p != null && !holds(p, elem)) {
                        throw c.in.runtimePanic(f, "unsafe.Pointer converted to " + t
                                + " points at a value of another type (gosim does not reinterpret memory)");
                    }
                    return p;
                }
            };
        }
        if (xk == Kind.UINTPTR && tk == Kind.UNSAFE_POINTER) {
            Interp in = c.in;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return in.pointerAt(f, xv.evI(f));
                }
            };
        }
        if (tk != null && tk.isComplex() && xk != null && xk.isComplex()) {
            return Complex.convert(xv, tk == Kind.COMPLEX64);
        }
        if (tk != null && tk.isInteger() && xk != null && xk.isInteger()) {
            int shift = 64 - tk.bits();
            boolean uns = tk.isUnsigned();
            if (shift == 0) {
                return xv;
            }
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return Interp.wrap(xv.evI(f), shift, uns);
                }
            };
        }
        if (tk != null && tk.isInteger() && xk != null && xk.isFloat()) {
            int shift = 64 - tk.bits();
            boolean uns = tk.isUnsigned();
            boolean u64 = uns && shift == 0;
            // as amd64 gc converts (go1.19 ssagen/ssa.go:2370-2397, AMD64.rules:166-167): int8..int32,
            // uint8 and uint16 through CVTTSD2SL, int64 and uint32 through CVTTSD2SQ, then truncated
            boolean via32 = tk.bits() < 32 || tk.bits() == 32 && !uns;
            return new IEv() {
                @Override
                long evI(Frame f) {
                    double d = xv.evF(f);
                    long v = u64 ? Interp.doubleToUint(d) : via32 ? Interp.cvttsd2sl(d) : Interp.cvttsd2sq(d);
                    return Interp.wrap(v, shift, uns);
                }
            };
        }
        if (tk == Kind.FLOAT32 && xk != null && xk.isInteger()) {
            boolean u64 = xk.isUnsigned() && xk.bits() == 64;
            return new FEv() {
                @Override
                double evF(Frame f) {
                    long v = xv.evI(f);
                    // halving keeps the sticky bit, so the one rounding to float32 stays correct
                    return u64 && v < 0 ? (float) (v >>> 1 | v & 1) * 2f : (float) v;
                }
            };
        }
        if (tk == Kind.FLOAT32 && xk == Kind.FLOAT64) {
            return new FEv() {
                @Override
                double evF(Frame f) {
                    return (float) xv.evF(f);
                }
            };
        }
        if (tk == Kind.FLOAT64 && xk != null && xk.isInteger()) {
            boolean u64 = xk.isUnsigned() && xk.bits() == 64;
            return new FEv() {
                @Override
                double evF(Frame f) {
                    long v = xv.evI(f);
                    return u64 ? Interp.uintToDouble(v) : (double) v;
                }
            };
        }
        boolean go119 = c.in.version.atLeast(19);
        Interp in = c.in;
        if (tk == Kind.STRING && xk != null && xk.isInteger()) {
            // intstring: the result's 4 bytes are rawstring(4) unless it does not escape (string.go:232-246)
            AllocPath path = go119 ? AllocPath.INTSTRING_19 : AllocPath.INTSTRING_17;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    long r = xv.evI(f);
                    if (xk.isUnsigned() && r < 0) {
                        r = -1;
                    }
                    String str = Interp.runeToString(r);
                    if (heap) {
                        host.onAlloc(f.g, str, 4, Types.STRING, pos, path);
                    }
                    return str;
                }
            };
        }
        boolean tmp = c.escapes.tmp(call) || go119 && c.escapes.tmp119(call);
        if (tk == Kind.STRING && xu instanceof Slice s && Types.kindOf(s.elem) == Kind.UINT8) {
            // slicebytetostring (go1.7 string.go:76-96, 1.19 string.go:81-120); a temporary
            // (slicebytetostringtmp) aliases the bytes; 1.19 points a 1-byte string into staticuint64s
            AllocPath path = go119 ? null : AllocPath.SLICEBYTETOSTRING_17;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal sv = (SliceVal) xv.ev(f);
                    String str = Interp.bytesToString(sv);
                    int n = str.length();
                    if (!tmp && n > (go119 ? 1 : 0) && (heap || n > Escape.TMP_BUF)) {
                        host.onAlloc(f.g, str, n, Types.STRING, pos, path);
                    }
                    return str;
                }
            };
        }
        if (tk == Kind.STRING && xu instanceof Slice) {
            // slicerunetostring: rawstringtmp(buf, size1+3), the encoded size plus 3 (go1.7 string.go:205)
            AllocPath path = go119 ? AllocPath.SLICERUNETOSTRING_19 : AllocPath.SLICERUNETOSTRING_17;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    String str = Interp.runesToString((SliceVal) xv.ev(f));
                    long size = str.length() + 3L;
                    if (heap || size > Escape.TMP_BUF) {
                        host.onAlloc(f.g, str, size, Types.STRING, pos, path);
                    }
                    return str;
                }
            };
        }
        if (tu instanceof Slice s && Types.isString(xu) && Types.kindOf(s.elem) == Kind.UINT8) {
            if (go119 && x.cv instanceof String k) {
                // 1.19 walk/convert.go:262-291: a constant is copied into a new [n]byte (newobject) or a stack array
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        SliceVal sv = Interp.stringToBytes(k);
                        if (heap && sv.len > 0) {
                            host.onAlloc(f.g, sv.a, sv.len, t, pos);
                        }
                        return sv;
                    }
                };
            }
            // stringtoslicebyte: a 32-byte stack buffer, else rawbyteslice's roundupsize(len) bytes,
            // all of them the slice's capacity (go1.7 string.go:139-149, 305-314)
            AllocPath path = go119 ? AllocPath.STRINGTOSLICEBYTE_19 : AllocPath.STRINGTOSLICEBYTE_17;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal sv = Interp.stringToBytes((String) xv.ev(f));
                    if (tmp) {
                        return sv; // stringtoslicebytetmp: the string's own bytes (for range []byte(s))
                    }
                    int n = sv.len;
                    if (!heap && n <= Escape.TMP_BUF) {
                        return withCap(sv, Escape.TMP_BUF, 0L);
                    }
                    if (n == 0) {
                        return sv; // mallocgc(0) is zerobase: nothing profiled
                    }
                    SliceVal out = withCap(sv, (int) in.roundupsize(n), 0L);
                    host.onAlloc(f.g, out.a, out.cap, t, pos, path);
                    return out;
                }
            };
        }
        if (tu instanceof Slice && Types.isString(xu) && x.cv instanceof String k) {
            // []rune of a constant is the slice literal []rune{...} (go1.7 typecheck.go:1707-1709
            // stringtoarraylit, 1.19 typecheck/expr.go:417-420): new([n]rune) when it escapes
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal sv = Interp.stringToRunes(k);
                    if (heap && sv.len > 0) {
                        host.onAlloc(f.g, sv.a, sv.len * 4L, t, pos);
                    }
                    return sv;
                }
            };
        }
        boolean runeCount = go119 && c.escapes.tmp119(call);
        if (tu instanceof Slice && Types.isString(xu)) {
            // stringtoslicerune: a stack buffer of 32 runes, else rawruneslice's roundupsize(n*4) bytes (string.go:163-188, 317-330)
            AllocPath path = go119 ? AllocPath.STRINGTOSLICERUNE_19 : AllocPath.STRINGTOSLICERUNE_17;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal sv = Interp.stringToRunes((String) xv.ev(f));
                    int n = sv.len;
                    if (runeCount) {
                        return sv; // len([]rune(s)) is countrunes (1.19 walk/builtin.go:742-746)
                    }
                    if (!heap && n <= Escape.TMP_BUF) {
                        return withCap(sv, Escape.TMP_BUF, 0L);
                    }
                    if (n == 0) {
                        return sv;
                    }
                    SliceVal out = withCap(sv, (int) (in.roundupsize(n * 4L) / 4), 0L);
                    host.onAlloc(f.g, out.a, out.cap * 4L, t, pos, path);
                    return out;
                }
            };
        }
        // identical underlying types, pointers, float to float, string to string: representation unchanged
        return xv;
    }

    /** Whether pointer p (a Ptr, StructVal or ArrayVal) points at a value represented as elem is. */
    private static boolean holds(Object p, Type elem) {
        Type u = elem.underlying();
        if (u instanceof Struct st) {
            return p instanceof StructVal sv && Types.identical(sv.type, st);
        }
        if (u instanceof Array a) {
            return p instanceof ArrayVal av && av.a.length == a.len && (a.len == 0 || sameRep(av.a[0], a.elem));
        }
        return p instanceof Values.Ptr ptr && sameRep(ptr.load(), elem);
    }

    /** Whether v has the Java representation of a value of type t (scalars by class, aggregates shallowly). */
    private static boolean sameRep(Object v, Type t) {
        Object z = Compiler.zero(t);
        if (z == null) {
            return !(v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean
                    || v instanceof StructVal || v instanceof ArrayVal);
        }
        if (z instanceof StructVal zs) {
            return v instanceof StructVal sv && Types.identical(sv.type, zs.type);
        }
        return v != null && v.getClass() == z.getClass();
    }

    /** sv with capacity cap, the elements past its length zero. */
    private static SliceVal withCap(SliceVal sv, int cap, Object zero) {
        if (cap <= sv.len) {
            return sv;
        }
        Object[] a = new Object[cap];
        System.arraycopy(sv.a, sv.off, a, 0, sv.len);
        java.util.Arrays.fill(a, sv.len, cap, zero);
        return new SliceVal(a, 0, sv.len, cap);
    }
}
