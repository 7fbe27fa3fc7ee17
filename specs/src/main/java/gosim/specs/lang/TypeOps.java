package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;

/** Interface conversions and type assertions: models runtime/iface.go (convT2E, assertE2T, assertE2I). */
final class TypeOps {
    private TypeOps() {
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
