package gosim.specs.lang;

import gosim.specs.lang.Ast.Expr;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;

/**
 * Interface conversions and type assertions: models runtime/iface.go (convT2E, convT2I, assertE2T,
 * assertE2I) and, for Go 1.19, the compiler's choice among iface.go's convT16/32/64, convTstring,
 * convTslice, convT and convTnoptr (walk/convert.go dataWord, dataWordFuncName).
 */
final class TypeOps {
    private TypeOps() {
    }

    /** go1.7 convT2E and convT2I allocate the value's box with newobject(t) (iface.go:155-174, 176-194). */
    private static final gosim.sim.internal.AllocPath CONVT2E_17 = gosim.sim.internal.AllocPath.of(java.util.List.of(
            gosim.sim.internal.AllocPath.f("runtime.convT2E", "iface.go", 155, 174, 166)));
    private static final gosim.sim.internal.AllocPath CONVT2I_17 = gosim.sim.internal.AllocPath.of(java.util.List.of(
            gosim.sim.internal.AllocPath.f("runtime.convT2I", "iface.go", 176, 194, 188)));

    /**
     * The runtime frames of an escaping conversion's box in release v: go1.7's convT2E (to an empty
     * interface) or convT2I; none in 1.19, whose convT* call mallocgc themselves (1.19 iface.go:388-466),
     * so the record starts at the user's line.
     */
    static gosim.sim.internal.AllocPath boxPath(Type target, gosim.sim.GoVersion v) {
        if (v.atLeast(11)) {
            return null;
        }
        return target.underlying() instanceof Interface it && it.methods.isEmpty() ? CONVT2E_17 : CONVT2I_17;
    }

    /**
     * Whether a conversion of an expression of type t to an interface is boxed without any call in
     * Go 1.19 (walk/convert.go dataWord, :114-158): a bool or one-byte integer points into
     * staticuint64s, a constant is read-only static data (walk/order.go:1210-1215 and addrTemp,
     * 242-255; a composite literal of constants is copied to a temporary and boxed by convT like any
     * value). go1.7 has neither (walk.go:1010-1079: every escaping non-pointer value goes to
     * convT2E/convT2I, whose newobject allocates).
     */
    static boolean boxedAtCompileTime(Expr e, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b && (b.kind == Types.Kind.BOOL || b.kind.isInteger() && t.size() == 1)) {
            return true;
        }
        return Exprs.unparen(e).cv != null;
    }

    /**
     * Whether Go 1.19's convT* allocates for value v of type t (iface.go:388-466): convT16, convT32 and
     * convT64 (2, 4 and 8 bytes, aligned, no pointers) not for values below 256, which point into
     * staticuint64s; convTstring not for "" and convTslice not for a nil slice (zeroVal); convT and
     * convTnoptr always. Values of other shapes whose bits are not simple here count as allocating.
     */
    static boolean convTAllocates(Object v, Type t) {
        Type sole = soleComponent(t);
        if (Types.isString(sole)) {
            return !"".equals(sole == t ? v : soleValue(v, t));
        }
        if (sole.underlying() instanceof Slice) {
            return (sole == t ? v : soleValue(v, t)) != null;
        }
        long size = t.size();
        if ((size == 2 || size == 4 || size == 8) && t.align() == size && !Types.hasPointers(t)) {
            Object x = sole == t ? v : soleValue(v, t);
            long bits;
            if (x instanceof Long l) {
                bits = size == 8 ? l : l & ((1L << (8 * size)) - 1);
            } else if (x instanceof Double d) {
                bits = size == 8 ? Double.doubleToRawLongBits(d) : Float.floatToRawIntBits((float) (double) d) & 0xffffffffL;
            } else {
                return true;
            }
            return Long.compareUnsigned(bits, 256) >= 0;
        }
        return true;
    }

    /** types.Type.SoleComponent: a one-field struct or one-element array is its component, recursively. */
    private static Type soleComponent(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct st && st.fields.size() == 1) {
            return soleComponent(st.fields.get(0).type());
        }
        if (u instanceof Array a && a.len == 1) {
            return soleComponent(a.elem);
        }
        return t;
    }

    private static Object soleValue(Object v, Type t) {
        Type u = t.underlying();
        if (u instanceof Struct && v instanceof StructVal sv) {
            return soleValue(sv.f[0], ((Struct) u).fields.get(0).type());
        }
        if (u instanceof Array a && v instanceof ArrayVal av) {
            return soleValue(av.a[0], a.elem);
        }
        return v;
    }

    /** Whether the dynamic type of v satisfies t (identity for concrete t, method sets for interfaces). */
    static boolean matches(Iface v, Type t) {
        if (t.underlying() instanceof Interface it) {
            return Types.missingMethod(v.type(), it) == null;
        }
        return Types.identical(v.type(), t);
    }

    /** A value of static type src stored into a location of type dst (boxes into an interface if needed). */
    static Object convertForAssign(Object v, Type src, Type dst) {
        if (dst == null || src == null) {
            return v;
        }
        if (Types.isInterface(dst) && !Types.isInterface(src) && src != Types.UNTYPED_NIL) {
            return toIface(v, Types.defaultType(src));
        }
        return v;
    }

    static Iface toIface(Object v, Type t) {
        if (v instanceof StructVal || v instanceof ArrayVal) {
            if (t.underlying() instanceof Struct || t.underlying() instanceof Array) {
                v = Values.copyAgg(v);
            }
        }
        return new Iface(t, v);
    }
}
