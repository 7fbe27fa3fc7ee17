package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.List;

/** Type checking of the predeclared functions: models go/types/builtins.go (builtin). */
final class Builtins {
    /** t's underlying type, the array for a pointer to an array (len and cap take both). */
    private static Type arrayOf(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer p && p.elem.underlying() instanceof Array a ? a : u;
    }

    private Builtins() {
    }

    /**
     * Spreads a multi-value call given as a built-in's only argument over its parameters. go/types
     * builtins.go (Go 1.19) takes f()'s results as the arguments of every built-in but make, new and
     * unsafe.Offsetof; go1.7's typecheck.go does it for complex (OCOMPLEX) and append (OAPPEND) only.
     */
    private static void spread(CheckCall ck, Call c, String name) {
        if (c.args.size() != 1 || c.ellipsis || name.equals("make") || name.equals("new") || name.equals("Offsetof")
                || !(ck.prelude.atLeast(18) || name.equals("complex") || name.equals("append"))) {
            return;
        }
        Expr a = c.args.get(0);
        if (!(CheckBase.unparen(a) instanceof Call call)) {
            return;
        }
        Type t = ck.exprOrTuple(a, true);
        if (!(t instanceof Tuple tu) || tu.types.size() < 2) {
            ck.checkedArg = a; // checked once: the built-in's own check of it takes this type
            return;
        }
        List<Expr> elems = new java.util.ArrayList<>();
        TupleElem first = null;
        for (int i = 0; i < tu.types.size(); i++) {
            TupleElem te = new TupleElem(a, call, i, first);
            te.type = tu.types.get(i);
            first = first == null ? te : first;
            elems.add(te);
        }
        c.args.clear();
        c.args.addAll(elems);
    }

    static Type check(CheckCall ck, Call c, String name) {
        spread(ck, c, name);
        try {
            return checkSpread(ck, c, name);
        } finally {
            ck.checkedArg = null;
        }
    }

    private static Type checkSpread(CheckCall ck, Call c, String name) {
        List<Expr> args = c.args;
        int n = args.size();
        switch (name) {
            case "Sizeof", "Alignof": {
                if (n != 1) {
                    return argCount(ck, c, "invalid operation: ", "unsafe." + name, 1);
                }
                Type t = ck.expr(args.get(0));
                if (t == Types.INVALID) {
                    return t;
                }
                t = Types.defaultType(t);
                ck.convertUntyped(args.get(0), t);
                // gc's amd64 sizes (cmd/compile/internal/gc/align.go dowidth): Type.size and align
                c.cv = BigInteger.valueOf(name.equals("Sizeof") ? t.size() : t.align());
                return Types.UINTPTR;
            }
            case "Offsetof": {
                if (n != 1) {
                    return argCount(ck, c, "invalid operation: ", "unsafe." + name, 1);
                }
                return offsetof(ck, c, args.get(0));
            }
            case "len", "cap": {
                if (n != 1) {
                    return argCount(ck, c, name, 1);
                }
                Expr x = args.get(0);
                Type t = ck.expr(x);
                if (t == Types.INVALID) {
                    return t;
                }
                // a type parameter: every type of its type set must have a length (builtins.go underIs)
                boolean ok = CheckGeneric.every(t, e -> {
                    return switch (arrayOf(e)) {
                        case Basic b -> name.equals("len") && (b.kind == Kind.STRING || b.kind == Kind.UNTYPED_STRING);
                        case Slice s -> true;
                        case Array a -> true;
                        case MapT m -> name.equals("len");
                        case Chan ch -> true;
                        default -> false;
                    };
                });
                if (!ok) {
                    // go/types builtins.go:222 (Go 1.19): "%s for %s", the built-in's bare name
                    ck.err(x.pos, "invalid argument: " + ck.describe(x) + " for " + name);
                    return Types.INVALID;
                }
                if (x.cv instanceof String s) {
                    c.cv = BigInteger.valueOf(s.length());
                } else if (arrayOf(t) instanceof Array a && !containsCall(x)) {
                    c.cv = BigInteger.valueOf(a.len);
                }
                ck.convertUntyped(x, Types.STRING);
                return Types.INT;
            }
            case "append": {
                if (n == 0) {
                    ck.err(c.pos, "not enough arguments for append() (expected 1, found 0)");
                    return Types.INVALID;
                }
                Expr s = args.get(0);
                Type st = ck.expr(s);
                if (st == Types.INVALID) {
                    args.subList(1, n).forEach(ck::expr);
                    return st;
                }
                if (st == Types.UNTYPED_NIL) {
                    ck.err(s.pos, "first argument to append must be a typed slice; found untyped nil");
                    return Types.INVALID;
                }
                if (st instanceof Named tp && tp.bound != null && !(CheckGeneric.coreOf(st) instanceof Slice)) {
                    Type core = CheckGeneric.coreOf(st);
                    ck.err(s.pos, "first argument to append must be a slice; " + ck.describe(s)
                            + (core == null ? " has no core type" : " has core type " + core));
                    args.subList(1, n).forEach(ck::expr);
                    return Types.INVALID;
                }
                if (!(st.underlying() instanceof Slice sl)) {
                    ck.err(s.pos, "invalid argument: " + ck.describe(s) + " is not a slice");
                    args.subList(1, n).forEach(ck::expr);
                    return Types.INVALID;
                }
                if (c.ellipsis) {
                    if (n != 2) {
                        ck.err(c.pos, "can only use ... with final argument in list");
                        return Types.INVALID;
                    }
                    Expr y = args.get(1);
                    Type yt = ck.expr(y);
                    if (yt == Types.INVALID) {
                        return st;
                    }
                    if (Types.kindOf(sl.elem) == Kind.UINT8 && Types.isString(yt)) {
                        ck.convertUntyped(y, Types.STRING);
                        return st;
                    }
                    ck.assign(y, new Slice(sl.elem), "append");
                    if (!(yt.underlying() instanceof Slice) && yt != Types.UNTYPED_NIL) {
                        return Types.INVALID;
                    }
                    return st;
                }
                for (int i = 1; i < n; i++) {
                    ck.expr(args.get(i));
                    ck.assign(args.get(i), sl.elem, "argument to append");
                }
                return st;
            }
            case "copy": {
                if (n != 2) {
                    return argCount(ck, c, name, 2);
                }
                Type dt = ck.expr(args.get(0));
                Type st = ck.expr(args.get(1));
                if (dt == Types.INVALID || st == Types.INVALID) {
                    return Types.INT;
                }
                if (!(dt.underlying() instanceof Slice ds)) {
                    ck.err(c.pos, "invalid argument: copy expects slice arguments; found " + ck.describe(args.get(0))
                            + " and " + ck.describe(args.get(1)));
                    return Types.INT;
                }
                if (Types.isString(st) && Types.kindOf(ds.elem) == Kind.UINT8) {
                    ck.convertUntyped(args.get(1), Types.STRING);
                    return Types.INT;
                }
                if (!(st.underlying() instanceof Slice ss) || !Types.identical(ds.elem, ss.elem)) {
                    ck.err(c.pos, "invalid argument: arguments to copy " + ck.describe(args.get(0)) + " and "
                            + ck.describe(args.get(1)) + " have different element types");
                }
                return Types.INT;
            }
            case "delete": {
                if (n != 2) {
                    return argCount(ck, c, name, 2);
                }
                Type mt = ck.expr(args.get(0));
                ck.expr(args.get(1));
                if (mt == Types.INVALID) {
                    return noValue();
                }
                if (!(mt.underlying() instanceof MapT m)) {
                    ck.err(args.get(0).pos, "invalid argument: " + ck.describe(args.get(0)) + " is not a map");
                    return noValue();
                }
                ck.assign(args.get(1), m.key, "argument to delete");
                return noValue();
            }
            case "close": {
                if (n != 1) {
                    return argCount(ck, c, name, 1);
                }
                Type t = ck.expr(args.get(0));
                if (t == Types.INVALID) {
                    return noValue();
                }
                if (!(t.underlying() instanceof Chan ch)) {
                    ck.err(args.get(0).pos, "invalid operation: non-chan argument " + ck.describe(args.get(0)));
                } else if (ch.dir == ChanDir.RECV) {
                    ck.err(args.get(0).pos, "invalid operation: cannot close receive-only channel "
                            + ck.describe(args.get(0)));
                }
                return noValue();
            }
            case "make": {
                if (n == 0) {
                    ck.err(c.pos, "not enough arguments for make() (expected 1, found 0)");
                    return Types.INVALID;
                }
                Type t = ck.typeOf(args.get(0));
                if (t == Types.INVALID) {
                    return t;
                }
                if (CheckGeneric.noCoreType(t)) {
                    ck.err(args.get(0).pos, "invalid argument: cannot make " + ExprString.of(args.get(0)) + ": no core type");
                    return Types.INVALID;
                }
                int min;
                int max;
                switch (t.underlying()) {
                    case Slice s -> {
                        min = 2;
                        max = 3;
                    }
                    case MapT m -> {
                        min = 1;
                        max = 2;
                    }
                    case Chan ch -> {
                        min = 1;
                        max = 2;
                    }
                    default -> {
                        ck.err(args.get(0).pos, "invalid argument: cannot make " + ExprString.of(args.get(0))
                                + "; type must be slice, map, or channel");
                        return Types.INVALID;
                    }
                }
                if (n < min || n > max) {
                    ck.err(c.pos, "invalid operation: " + ExprString.of(c) + " expects " + min + " or " + max
                            + " arguments; found " + n);
                    return Types.INVALID;
                }
                BigInteger[] sizes = new BigInteger[2];
                for (int i = 1; i < n; i++) {
                    Expr a = args.get(i);
                    Type at = ck.expr(a);
                    if (at == Types.INVALID) {
                        continue;
                    }
                    // an integer type parameter is a valid size too (index.go isValidIndex: allInteger)
                    if (!CheckGeneric.every(at, Types::isInteger) && !(Constants.isNumber(a.cv) && Constants.integral(a.cv))) {
                        ck.err(a.pos, "cannot convert " + ck.describe(a) + " to type int");
                        continue;
                    }
                    ck.convertUntyped(a, Types.INT);
                    if (a.cv instanceof BigInteger bi) {
                        if (bi.signum() < 0) {
                            ck.err(a.pos, "invalid argument: index " + ExprString.of(a)
                                    + " (constant of type int) must not be negative");
                        }
                        sizes[i - 1] = bi;
                    }
                }
                if (sizes[0] != null && sizes[1] != null && sizes[0].compareTo(sizes[1]) > 0) {
                    ck.err(args.get(1).pos, "invalid argument: length and capacity swapped");
                }
                return t;
            }
            case "complex":
                return n != 2 ? argCount(ck, c, "invalid operation: ", name, 2) : complexArgs(ck, c, args.get(0), args.get(1));
            case "real", "imag":
                return n != 1 ? argCount(ck, c, "invalid operation: ", name, 1) : part(ck, c, args.get(0), name.equals("imag"));
            case "new": {
                if (n != 1) {
                    return argCount(ck, c, name, 1);
                }
                Type t = ck.typeOf(args.get(0));
                return t == Types.INVALID ? t : new Pointer(t);
            }
            case "panic": {
                if (n != 1) {
                    return argCount(ck, c, name, 1);
                }
                Type t = ck.expr(args.get(0));
                if (t == Types.UNTYPED_NIL) {
                    args.get(0).type = Types.EMPTY_INTERFACE;
                } else if (t != Types.INVALID) {
                    ck.assign(args.get(0), Types.EMPTY_INTERFACE, "argument to panic");
                }
                return noValue();
            }
            case "recover": {
                if (n != 0) {
                    return argCount(ck, c, name, 0);
                }
                return Types.EMPTY_INTERFACE;
            }
            case "print", "println": {
                for (Expr a : args) {
                    Type t = ck.expr(a);
                    if (t == Types.UNTYPED_NIL) {
                        ck.err(a.pos, "use of untyped nil in argument to built-in " + name);
                    } else if (t != Types.INVALID) {
                        ck.convertUntyped(a, Types.defaultType(t));
                    }
                }
                return noValue();
            }
            default:
                ck.err(c.fun.pos, "unsupported: built-in " + name);
                return Types.INVALID;
        }
    }

    /**
     * complex(x, y) as go1.19 go/types builtins.go _Complex types it: an untyped argument takes the
     * other's type, two untyped constants are untyped floats when real; float32 gives complex64,
     * float64 complex128, untyped float an untyped complex constant.
     */
    private static Type complexArgs(CheckCall ck, Call c, Expr x, Expr y) {
        Type xt = ck.expr(x);
        Type yt = ck.expr(y);
        if (xt == Types.INVALID || yt == Types.INVALID) {
            return Types.INVALID;
        }
        boolean ux = Types.isUntyped(xt);
        boolean uy = Types.isUntyped(yt);
        // gc reports an untyped constant that does not fit the other's type as an operand: "X overflows T"
        if (ux && !uy && x.cv != null && Types.kindOf(yt) != null && ck.representableOr(x, x.cv, yt, null, true) == null
                || uy && !ux && y.cv != null && Types.kindOf(xt) != null
                        && ck.representableOr(y, y.cv, xt, null, true) == null) {
            return Types.INVALID;
        }
        if (ux && !uy) {
            ck.convertUntyped(x, yt);
            xt = x.type;
        } else if (uy && !ux) {
            ck.convertUntyped(y, xt);
            yt = y.type;
        } else if (ux) {
            if (x.cv != null && y.cv != null) {
                xt = realConst(x, xt);
                yt = realConst(y, yt);
            } else {
                ck.convertUntyped(x, Types.FLOAT64);
                ck.convertUntyped(y, Types.FLOAT64);
                xt = x.type;
                yt = y.type;
            }
        }
        if (xt == Types.INVALID || yt == Types.INVALID) {
            return Types.INVALID;
        }
        if (!Types.identical(xt, yt)) {
            ck.err(x.pos, "invalid operation: " + ExprString.of(c) + " (mismatched types " + xt + " and " + yt + ")");
            return Types.INVALID;
        }
        Kind k = Types.kindOf(xt);
        Type res = k == Kind.FLOAT32 ? Types.COMPLEX64 : k == Kind.FLOAT64 ? Types.COMPLEX128
                : k == Kind.UNTYPED_FLOAT ? Types.UNTYPED_COMPLEX : null;
        if (res == null) {
            ck.err(x.pos, "invalid argument: arguments have type " + xt + ", expected floating-point");
            return Types.INVALID;
        }
        if (x.cv != null && y.cv != null) {
            Constants.Cplx v = new Constants.Cplx(Constants.rat(x.cv), Constants.rat(y.cv));
            c.cv = Constants.represent(v, Types.kindOf(res));
        }
        return res;
    }

    /** go/types _Complex's toFloat: an untyped numeric constant with no imaginary part is an untyped float. */
    private static Type realConst(Expr e, Type t) {
        if (Types.isNumeric(t) && (!(e.cv instanceof Constants.Cplx z) || z.im().num().signum() == 0)) {
            e.type = Types.UNTYPED_FLOAT;
            return Types.UNTYPED_FLOAT;
        }
        return t;
    }

    /** real(x), imag(x) (go/types _Real, _Imag): an untyped constant number counts as an untyped complex. */
    private static Type part(CheckCall ck, Call c, Expr x, boolean imag) {
        Type t = ck.expr(x);
        if (t == Types.INVALID) {
            return t;
        }
        if (Types.isUntyped(t)) {
            if (x.cv != null && Types.isNumeric(t)) {
                t = Types.UNTYPED_COMPLEX;
                x.type = t;
            } else if (x.cv == null) {
                ck.convertUntyped(x, Types.COMPLEX128);
                t = x.type;
            }
        }
        Kind k = Types.kindOf(t);
        Type res = k == Kind.COMPLEX64 ? Types.FLOAT32 : k == Kind.COMPLEX128 ? Types.FLOAT64
                : k == Kind.UNTYPED_COMPLEX ? Types.UNTYPED_FLOAT : null;
        if (res == null) {
            ck.err(x.pos, "invalid argument: argument has type " + t + ", expected complex type");
            return Types.INVALID;
        }
        if (x.cv != null) {
            Constants.Cplx v = Constants.cplx(x.cv);
            c.cv = imag ? v.im() : v.re();
            if (res != Types.UNTYPED_FLOAT) {
                c.cv = Constants.represent(c.cv, Types.kindOf(res));
            }
        }
        return res;
    }

    private static Type noValue() {
        return new Tuple(List.of());
    }

    /** unsafe.Offsetof(x.f): f's offset within x's struct, through embedded structs but not pointers (go/types builtins.go _Offsetof). */
    private static Type offsetof(CheckCall ck, Call c, Expr arg) {
        Expr a = CheckBase.unparen(arg);
        if (!(a instanceof Selector s)) {
            ck.err(arg.pos, "invalid argument: " + ExprString.of(arg) + " is not a selector expression");
            ck.expr(arg);
            return Types.INVALID;
        }
        Type bt = ck.expr(s.x);
        if (bt == Types.INVALID) {
            return bt;
        }
        Types.Lookup l = Types.lookupFieldOrMethod(bt, s.sel.name);
        if (l.field() < 0) {
            Type t = ck.expr(a);
            if (t != Types.INVALID) {
                ck.err(arg.pos, "invalid argument: " + ExprString.of(arg) + " is a method value");
            }
            return Types.INVALID;
        }
        ck.expr(a);
        Type ct = bt.underlying() instanceof Pointer p ? p.elem : bt;
        long off = 0;
        for (int idx : l.path()) {
            Types.Field fd = ((Struct) ct.underlying()).fields.get(idx);
            off += fd.offset();
            ct = fd.type();
            if (ct.underlying() instanceof Pointer) {
                ck.err(arg.pos, "invalid argument: field " + s.sel.name + " is embedded via a pointer in "
                        + (bt.underlying() instanceof Pointer p ? p.elem : bt));
                return Types.INVALID;
            }
        }
        off += ((Struct) ct.underlying()).fields.get(l.field()).offset();
        c.cv = BigInteger.valueOf(off);
        return Types.UINTPTR;
    }

    private static Type argCount(CheckCall ck, Call c, String name, int want) {
        return argCount(ck, c, "", name, want);
    }

    /** prefix: gc says "invalid operation: " before unsafe's (go1.19 go build), not before the universe's. */
    private static Type argCount(CheckCall ck, Call c, String prefix, String name, int want) {
        for (Expr a : c.args) {
            ck.exprOrTuple(a, true);
        }
        ck.err(c.pos, prefix + (c.args.size() < want ? "not enough" : "too many") + " arguments for " + ExprString.of(c)
                + " (expected " + want + ", found " + c.args.size() + ")");
        return Types.INVALID;
    }

    /** Whether evaluating e calls a function or receives (a conversion counts: harmless). */
    static boolean containsCall(Expr e) {
        return switch (e) {
            case Call c -> true;
            case Binary b -> containsCall(b.x) || containsCall(b.y);
            case Unary u -> u.op == Tok.ARROW || containsCall(u.x);
            case Paren p -> containsCall(p.x);
            case Selector s -> containsCall(s.x);
            case Index i -> containsCall(i.x) || containsCall(i.index);
            case Star s -> containsCall(s.x);
            default -> false;
        };
    }
}
