package gosim.specs.lang;

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
            return new IEv() {
                @Override
                long evI(Frame f) {
                    double d = xv.evF(f);
                    long v = u64 ? Interp.doubleToUint(d) : (long) d;
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
        if (tk == Kind.STRING && xk != null && xk.isInteger()) {
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    long r = xv.evI(f);
                    if (xk.isUnsigned() && r < 0) {
                        r = -1;
                    }
                    return Interp.runeToString(r);
                }
            };
        }
        if (tk == Kind.STRING && xu instanceof Slice s) {
            boolean bytes = Types.kindOf(s.elem) == Kind.UINT8;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal sv = (SliceVal) xv.ev(f);
                    String str = bytes ? Interp.bytesToString(sv) : Interp.runesToString(sv);
                    if (!str.isEmpty() && (heap || str.length() > Escape.TMP_BUF)) {
                        host.onAlloc(f.g, str, str.length(), Types.STRING, pos);
                    }
                    return str;
                }
            };
        }
        if (tu instanceof Slice s && Types.isString(xu)) {
            boolean bytes = Types.kindOf(s.elem) == Kind.UINT8;
            long esize = s.elem.size();
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    String str = (String) xv.ev(f);
                    SliceVal sv = bytes ? Interp.stringToBytes(str) : Interp.stringToRunes(str);
                    if (sv.len > 0 && (heap || sv.len * esize > Escape.TMP_BUF)) {
                        host.onAlloc(f.g, sv.a, sv.len * esize, t, pos);
                    }
                    return sv;
                }
            };
        }
        // identical underlying types, pointers, float to float, string to string: representation unchanged
        return xv;
    }
}
