package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls and conversions: models go/types call.go (arguments, variadics) and conversions.go. */
abstract class CheckCall extends CheckExpr {
    CheckCall(Map<String, Package> packages, Prelude prelude) {
        super(packages, prelude);
    }

    Type call(Call c) {
        Expr f = unparen(c.fun);
        if (f instanceof Ident id && scope.lookup(id.name) instanceof Builtin b) {
            id.obj = b;
            c.builtin = b.name;
            return Builtins.check(this, c, b.name);
        }
        if (f instanceof Selector s && s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn
                && pn.pkg.lookup(s.sel.name) instanceof Builtin b) {
            pn.used = true; // unsafe.Sizeof and friends
            pid.obj = pn;
            s.sel.obj = b;
            c.builtin = b.name;
            return Builtins.check(this, c, b.name);
        }
        CheckGeneric.Generic g = generic.genericCallee(f);
        if (g != null) {
            return generic.call(c, g);
        }
        Type ft = exprOrType(c.fun);
        if (ft == Types.INVALID) {
            for (Expr a : c.args) {
                exprOrTuple(a, true);
            }
            return Types.INVALID;
        }
        if (c.fun.isType) {
            return conversion(c, ft);
        }
        if (!(ft.underlying() instanceof Signature sig)) {
            error(c.pos, "invalid operation: cannot call non-function " + describe(c.fun));
            for (Expr a : c.args) {
                exprOrTuple(a, true);
            }
            return Types.INVALID;
        }
        arguments(c, sig, ExprString.of(c.fun));
        if (sig.results.size() == 1) {
            return sig.results.get(0);
        }
        return new Tuple(sig.results);
    }

    /** Checks a call's arguments against sig (variadic packing, f(g()) spreading). */
    void arguments(Call c, Signature sig, String fname) {
        arguments(c, sig, fname, false);
    }

    /** checked: the arguments are checked already (a generic call inferred its type arguments from them). */
    void arguments(Call c, Signature sig, String fname, boolean checked) {
        List<Type> params = sig.params;
        if (c.args.size() == 1 && params.size() > 1 || c.args.size() == 1 && sig.variadic) {
            Type t = checked ? c.args.get(0).type : exprOrTuple(c.args.get(0), true);
            if (t instanceof Tuple tu && tu.types.size() > 1) {
                if (c.ellipsis) {
                    error(c.args.get(0).pos, "cannot use ... with multiple-value " + ExprString.of(c.args.get(0)));
                    return;
                }
                List<Type> have = tu.types;
                int min = sig.variadic ? params.size() - 1 : params.size();
                if (have.size() < min || (!sig.variadic && have.size() > params.size())) {
                    error(have.size() < min ? c.pos : c.args.get(0).pos, (have.size() < min ? "not enough" : "too many")
                            + " arguments in call to " + fname + "\n\thave " + tupleString(have) + "\n\twant "
                            + paramString(sig));
                    return;
                }
                for (int i = 0; i < have.size(); i++) {
                    Type pt = sig.variadic && i >= params.size() - 1 ? ((Slice) params.get(params.size() - 1)).elem
                            : params.get(i);
                    if (!assignable(have.get(i), pt)) {
                        error(c.args.get(0).pos, "cannot use " + ExprString.of(c.args.get(0)) + " (value of type "
                                + have.get(i) + ") as " + pt + " value in argument to " + fname);
                    }
                }
                return;
            }
            if (t instanceof Tuple tu && tu.types.isEmpty()) {
                error(c.args.get(0).pos, ExprString.of(c.args.get(0)) + " (no value) used as value");
                return;
            }
        } else if (!checked) {
            for (Expr a : c.args) {
                expr(a);
            }
        }
        int n = c.args.size();
        if (c.ellipsis) {
            if (!sig.variadic) {
                error(c.args.get(n - 1).pos, "have (...) but function is not variadic: " + fname);
                return;
            }
            if (n != params.size()) {
                error(c.pos, (n < params.size() ? "not enough" : "too many") + " arguments in call to " + fname);
                return;
            }
            for (int i = 0; i < n; i++) {
                assign(c.args.get(i), params.get(i), "argument to " + fname);
            }
            return;
        }
        int fixed = sig.variadic ? params.size() - 1 : params.size();
        if (n < fixed || (!sig.variadic && n > fixed)) {
            List<Type> have = new ArrayList<>();
            for (Expr a : c.args) {
                have.add(a.type);
            }
            Pos p = n < fixed ? c.pos : c.args.get(fixed).pos;
            error(p, (n < fixed ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave "
                    + haveString(c.args) + "\n\twant " + paramString(sig));
            return;
        }
        for (int i = 0; i < n; i++) {
            Type pt = i < fixed ? params.get(i) : ((Slice) params.get(fixed)).elem;
            assign(c.args.get(i), pt, "argument to " + fname);
        }
    }

    static String paramString(Signature sig) {
        String s = sig.toString();
        int close = s.indexOf(')');
        return s.substring(4, close + 1);
    }

    Type conversion(Call c, Type t) {
        c.conversion = true;
        if (c.args.size() != 1) {
            error(c.pos, c.args.isEmpty() ? "missing argument in conversion to " + t
                    : "too many arguments in conversion to " + t);
            return Types.INVALID;
        }
        Expr x = c.args.get(0);
        Type xt = expr(x);
        if (xt == Types.INVALID) {
            return Types.INVALID;
        }
        Named tparam = typeParam(t);
        if (x.cv != null && tparam != null) {
            // conversions.go: a constant converts to a type parameter if it does to each specific type of its set
            String cause = constToTypeParam(x, xt, tparam);
            if (cause != null) {
                // types2 has made x a value by now (conversions.go: x.mode = value inside the term loop)
                String value = Types.isUntyped(xt) ? xt + " value" : "value of type " + xt;
                error(x.pos, "cannot convert " + ExprString.of(x) + " (" + value + ") to type " + t + ":\n\t" + cause);
                return Types.INVALID;
            }
            if (Types.isUntyped(xt)) {
                convertUntyped(x, Types.defaultType(xt)); // type parameters are not constants
            }
            return t;
        }
        if (x.cv != null && Types.kindOf(t) != null && Types.kindOf(t) != Kind.UNSAFE_POINTER) {
            // constant conversion
            Kind k = Types.kindOf(t);
            Object r = constConversion(x.cv, xt, k);
            if (r == null) {
                error(x.pos, "cannot convert " + describe(x) + " to type " + t); // go1.19 types2: no cause
                return Types.INVALID;
            }
            c.cv = r;
            if (k == Kind.STRING && x.cv instanceof BigInteger && Types.isInteger(xt)) {
                return t;
            }
            Object v = k.isInteger() && (x.cv instanceof Double || x.cv instanceof Constants.Rat || x.cv instanceof Constants.Huge)
                    ? Constants.toInt(x.cv)
                    : k.isFloat() && x.cv instanceof BigInteger bi ? bi.doubleValue() : x.cv;
            x.type = Types.isUntyped(xt) ? Types.defaultType(xt) : xt;
            if (Types.isUntyped(xt)) {
                x.cv = Constants.isNumber(v) && Types.isFloat(x.type) ? Constants.toDouble(v) : x.cv;
            }
            return t;
        }
        if (xt == Types.UNTYPED_NIL) {
            if (!Types.nillable(t)) {
                error(x.pos, "cannot convert nil to type " + t);
                return Types.INVALID;
            }
            x.type = t;
            return t;
        }
        if (Types.isUntyped(xt)) {
            convertUntyped(x, Types.defaultType(xt));
            xt = x.type;
        }
        if (xt.underlying() instanceof Slice xs && t.underlying() instanceof Pointer tp
                && tp.elem.underlying() instanceof Array ta && Types.identical(xs.elem, ta.elem)) {
            // go1.19 types2 conversions.go:191-208: a slice converts to a pointer to an array of its
            // element type from Go 1.17 on; before, the cause says so
            if (!prelude.atLeast(17)) {
                error(x.pos, "cannot convert " + describe(x) + " to type " + t + ":\n\tconversion of slices to array"
                        + " pointers requires go1.17 or later (-lang was set to go1.7; check go.mod)");
            } else {
                // the pointer would alias the slice's backing array from its offset, which the
                // interpreter's arrays (each its own Java array) cannot
                unsupported(x.pos, "conversion of a slice to an array pointer");
            }
            return Types.INVALID;
        }
        String[] cause = {""};
        if (!convertibleTo(xt, t, cause)) {
            error(x.pos, "cannot convert " + describe(x) + " to type " + t + (cause[0].isEmpty() ? "" : ":\n\t" + cause[0]));
            return Types.INVALID;
        }
        return t;
    }

    /** The constant v (of type xt) converted to kind k (conversions.go constConvertibleTo), or null. */
    static Object constConversion(Object v, Type xt, Kind k) {
        if (k == Kind.STRING && v instanceof BigInteger bi && Types.isInteger(xt)) {
            long cp = bi.bitLength() < 32 ? bi.longValue() : -1;
            return Interp.runeToString(cp);
        }
        if (k.isInteger() && (v instanceof Double || v instanceof Constants.Rat || v instanceof Constants.Huge)) {
            if (!Constants.integral(v)) {
                return null;
            }
            v = Constants.toInt(v);
        }
        if (k.isFloat() && v instanceof BigInteger bi) {
            v = bi.doubleValue();
        }
        boolean kindsOk = (k.isNumeric() && Constants.isNumber(v))
                || (k == Kind.STRING && v instanceof String) || (k == Kind.BOOL && v instanceof Boolean);
        return kindsOk ? Constants.represent(v, k) : null;
    }

    /** Why constant x does not convert to type parameter t (each specific type of its set must take it), or null. */
    private String constToTypeParam(Expr x, Type xt, Named t) {
        CheckGeneric.TypeSet ts = t.bound.set();
        if (ts == null || ts.terms == null || ts.terms.isEmpty()) {
            return t + " does not contain specific types";
        }
        for (CheckGeneric.Term term : ts.terms) {
            Type u = term.type().underlying();
            Kind k = Types.kindOf(u);
            if (x.cv instanceof String && isBytesOrRunes(u)) {
                continue;
            }
            if (k == null || k == Kind.UNSAFE_POINTER || constConversion(x.cv, xt, k) == null) {
                return "cannot convert " + describe(x) + " to " + term.type() + " (in " + t + ")";
            }
        }
        return null;
    }

    private static boolean isBytesOrRunes(Type u) {
        return u.underlying() instanceof Slice s && (Types.kindOf(s.elem) == Kind.UINT8 || Types.kindOf(s.elem) == Kind.INT32);
    }

    /** t if it is a type parameter (of a generic body checked on its own), else null. */
    static Named typeParam(Type t) {
        return t instanceof Named n && n.bound != null ? n : null;
    }

    /**
     * Conversion rules of the spec (Conversions), for non-constant values: go/types conversion.go
     * convertibleTo (Go 1.19). A type parameter converts term by term (every specific type of its set
     * to the other side, or to every one of the other's); cause[0] then says which term failed.
     */
    static boolean convertibleTo(Type v, Type t, String[] cause) {
        if (assignable(v, t)) {
            return true;
        }
        Named vp = typeParam(v);
        Named tp = typeParam(t);
        if (vp != null || tp != null) {
            return convertibleTerms(v, vp, t, tp, cause);
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (Types.identical(vu, tu)) {
            return true;
        }
        if (v instanceof Pointer vptr && t instanceof Pointer tptr && typeParam(vptr.elem) == null && typeParam(tptr.elem) == null
                && Types.identical(vptr.elem.underlying(), tptr.elem.underlying())) {
            return true;
        }
        // go/types conversion.go convertibleTo: *T or uintptr to unsafe.Pointer and back
        Kind vk = Types.kindOf(vu);
        Kind tk = Types.kindOf(tu);
        if ((vu instanceof Pointer || vk == Kind.UINTPTR) && tk == Kind.UNSAFE_POINTER
                || vk == Kind.UNSAFE_POINTER && (tu instanceof Pointer || tk == Kind.UINTPTR)) {
            return true;
        }
        if (Types.isNumeric(vu) && Types.isNumeric(tu)) {
            return Types.isComplex(vu) == Types.isComplex(tu); // spec Conversions: complex only to complex
        }
        if (Types.isString(tu) && (Types.isInteger(vu) || isBytesOrRunes(vu))) {
            return true;
        }
        return Types.isString(vu) && isBytesOrRunes(tu);
    }

    /** conversion.go's generic cases: the specific types of vp's and tp's sets, pairwise. */
    private static boolean convertibleTerms(Type v, Named vp, Type t, Named tp, String[] cause) {
        List<CheckGeneric.Term> vs = vp != null ? specificTerms(vp) : null;
        List<CheckGeneric.Term> ts = tp != null ? specificTerms(tp) : null;
        if (vp != null && vs == null || tp != null && ts == null) {
            return false; // no specific types
        }
        for (CheckGeneric.Term vt : vp != null ? vs : List.of(new CheckGeneric.Term(false, v))) {
            for (CheckGeneric.Term tt : tp != null ? ts : List.of(new CheckGeneric.Term(false, t))) {
                if (!convertibleTo(vt.type(), tt.type(), cause)) {
                    String msg = "cannot convert " + vt.type() + (vp != null ? " (in " + vp + ")" : "") + " to "
                            + tt.type() + (tp != null ? " (in " + tp + ")" : "");
                    cause[0] = cause[0].isEmpty() ? msg : msg + "\n\t" + cause[0];
                    return false;
                }
            }
        }
        return true;
    }

    private static List<CheckGeneric.Term> specificTerms(Named p) {
        CheckGeneric.TypeSet ts = p.bound.set();
        return ts == null || ts.terms == null || ts.terms.isEmpty() ? null : ts.terms;
    }

    /** The value types of the right side of an n-to-1 assignment: a call's results or a comma-ok form. */
    Type multiRhs(Expr e, int n) {
        Expr u = unparen(e);
        boolean commaOk = u instanceof TypeAssert || u instanceof Unary un && un.op == Tok.ARROW
                || u instanceof Index;
        Type t = exprOrTuple(e, true);
        if (n == 2 && commaOk && t != Types.INVALID && !(t instanceof Tuple)
                && (!(u instanceof Index ix) || ix.x.type != null && ix.x.type.underlying() instanceof MapT)) {
            return new Tuple(List.of(t, Types.BOOL));
        }
        return t;
    }

    String returnsWhat(Expr e, int n) {
        if (e instanceof Call) {
            return ExprString.of(e) + " returns " + n + " value" + (n == 1 ? "" : "s");
        }
        return n + " value" + (n == 1 ? "" : "s");
    }
}
