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
        if (x.cv != null && Types.kindOf(t) != null && Types.kindOf(t) != Kind.UNSAFE_POINTER) {
            // constant conversion
            Kind k = Types.kindOf(t);
            Object v = x.cv;
            if (k == Kind.STRING && v instanceof BigInteger bi && Types.isInteger(xt)) {
                long cp = bi.bitLength() < 32 ? bi.longValue() : -1;
                c.cv = Interp.runeToString(cp);
                return t;
            }
            if (k.isInteger() && (v instanceof Double || v instanceof Constants.Rat)) {
                if (!Constants.integral(v)) {
                    error(x.pos, "cannot convert " + describe(x) + " to type " + t);
                    return Types.INVALID;
                }
                v = Constants.toInt(v);
            }
            if (k.isFloat() && v instanceof BigInteger bi) {
                v = bi.doubleValue();
            }
            boolean kindsOk = (k.isNumeric() && Constants.isNumber(v))
                    || (k == Kind.STRING && v instanceof String) || (k == Kind.BOOL && v instanceof Boolean);
            if (!kindsOk) {
                error(x.pos, "cannot convert " + describe(x) + " to type " + t);
                return Types.INVALID;
            }
            Object r = Constants.represent(v, k);
            if (r == null) {
                error(x.pos, "cannot convert " + describe(x) + " to type " + t); // go1.19 types2: no cause
                return Types.INVALID;
            }
            c.cv = r;
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
        if (!convertibleTo(xt, t)) {
            error(x.pos, "cannot convert " + describe(x) + " to type " + t);
            return Types.INVALID;
        }
        return t;
    }

    /** Conversion rules of the spec (Conversions), for non-constant values. */
    static boolean convertibleTo(Type v, Type t) {
        if (assignable(v, t)) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (Types.identical(vu, tu)) {
            return true;
        }
        if (vu instanceof Pointer vp && tu instanceof Pointer tp
                && Types.identical(vp.elem.underlying(), tp.elem.underlying())) {
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
        if (Types.isString(tu)) {
            if (Types.isInteger(vu)) {
                return true;
            }
            if (vu instanceof Slice s && (Types.kindOf(s.elem) == Kind.UINT8 || Types.kindOf(s.elem) == Kind.INT32)) {
                return true;
            }
        }
        if (Types.isString(vu) && tu instanceof Slice s
                && (Types.kindOf(s.elem) == Kind.UINT8 || Types.kindOf(s.elem) == Kind.INT32)) {
            return true;
        }
        return false;
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
