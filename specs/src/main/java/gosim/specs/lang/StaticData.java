package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.Var;
import gosim.specs.lang.Types.*;
import java.util.Set;

/**
 * Package-level variables of the standard library's data files (unicode's tables.go, see
 * Checker.lazyFile) whose initializers are static data: models gc's
 * static initialization (go1.7 cmd/compile/internal/gc/sinit.go staticassign: constants, composite
 * literals of them, their addresses, and other variables initialized so), which the linker lays out
 * in the data segment, so the program neither allocates them nor runs code for them. unicode's
 * tables are the case that matters: hundreds of tables that every program importing strings links.
 * They are built when the program is linked, with no heap record, no statement and no goroutine.
 *
 * Departure: gc initializes a map literal with code in init (sinit.go maplit), and Go 1.7 and 1.19
 * build unicode's Categories, Scripts and Properties maps that way; here a library map of static
 * data is static too (not modelled, like the runtime's own start-up allocations). User packages
 * keep Go's init-time evaluation of every initializer (their literals still allocate: not modelled
 * either), and so do the library's main files (time's month names: gc makes them static as well;
 * changing that moves existing goldens, so it is left for a change of its own).
 */
final class StaticData {
    private StaticData() {
    }

    /**
     * Whether a standard-library variable's initializer is static data that would otherwise
     * allocate (a pointer, slice or map literal) or copy such a variable: {@code statics} holds the
     * variables already found static (initialization order puts them first).
     */
    static boolean applies(Expr e, Set<Var> statics) {
        return is(e, statics) && (allocates(e) || ident(e) != null);
    }

    private static Var ident(Expr e) {
        return Exprs.unparen(e) instanceof Ident id && id.obj instanceof Var v ? v : null;
    }

    private static boolean is(Expr e, Set<Var> statics) {
        e = Exprs.unparen(e);
        if (e.cv != null) {
            return true;
        }
        if (e instanceof Unary u && u.op == Tok.AND && Exprs.unparen(u.x) instanceof CompositeLit) {
            return is(u.x, statics);
        }
        if (e instanceof CompositeLit cl) {
            boolean struct = cl.type.underlying() instanceof Struct
                    || cl.type.underlying() instanceof Pointer p && p.elem.underlying() instanceof Struct;
            for (Expr el : cl.elts) {
                Expr v = el;
                if (el instanceof KeyValue kv) {
                    if (!struct && kv.key.cv == null) {
                        return false;
                    }
                    v = kv.value;
                }
                if (!is(v, statics)) {
                    return false;
                }
            }
            return true;
        }
        Var v = ident(e);
        return v != null && statics.contains(v);
    }

    private static boolean allocates(Expr e) {
        e = Exprs.unparen(e);
        if (e instanceof Unary u) {
            return true;
        }
        if (e instanceof CompositeLit cl) {
            Type t = cl.type.underlying();
            if (t instanceof Slice || t instanceof MapT || t instanceof Pointer) {
                return true;
            }
            for (Expr el : cl.elts) {
                if (allocates(el instanceof KeyValue kv ? kv.value : el)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Marks every allocation site of a static initializer as static data (no heap, see Escape). */
    static void mark(Expr e, Escape.Result escapes) {
        e = Exprs.unparen(e);
        if (e instanceof Unary u) {
            escapes.markStatic(u);
            mark(u.x, escapes);
        } else if (e instanceof CompositeLit cl) {
            escapes.markStatic(cl);
            for (Expr el : cl.elts) {
                mark(el instanceof KeyValue kv ? kv.value : el, escapes);
            }
        }
    }
}
