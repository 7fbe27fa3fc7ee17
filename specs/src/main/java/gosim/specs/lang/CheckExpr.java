package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Expressions: models go/types expr.go (operands, unary and binary operators, shifts, comparisons,
 * untyped conversion, representability), index.go, literals and selectors (lookup.go), and
 * assignments.go (assignability).
 */
abstract class CheckExpr extends CheckTypexpr {
    CheckExpr(Map<String, Package> packages, Prelude prelude) {
        super(packages, prelude);
    }

    /** Describes an operand as gc does: "x (variable of type int)", "3 (untyped int constant)". */
    String describe(Expr e) {
        if (e.type == Types.UNTYPED_NIL) {
            return "nil"; // go/types operand.go:104 (Go 1.19): "special-case nil"
        }
        return ExprString.of(e) + " (" + describeKind(e) + ")";
    }

    String describeKind(Expr e) {
        Type t = e.type;
        if (t == Types.UNTYPED_NIL) {
            return "untyped nil";
        }
        if (e.cv != null) {
            // go/types operand.String: the value follows when it reads differently from the expression
            String val = Constants.format(e.cv);
            String lit = val.equals(ExprString.of(e)) ? "" : " " + val;
            if (Types.isUntyped(t)) {
                return t + " constant" + lit;
            }
            return "constant" + lit + " of type " + t;
        }
        if (e.isType) {
            return "type";
        }
        Expr u = unparen(e);
        String constrained = CheckGeneric.constraintOf(t) == null ? "" : " constrained by " + CheckGeneric.constraintOf(t);
        if (u instanceof Ident id && id.obj instanceof Var) {
            return "variable of type " + t + constrained;
        }
        if (u instanceof Selector s && s.selection != null && s.selection.kind() == SelKind.FIELD) {
            return "variable of type " + t + constrained;
        }
        if (u instanceof Ident id && id.obj instanceof Builtin) {
            return "built-in";
        }
        if (t instanceof Tuple tu && tu.types.isEmpty()) {
            return "no value";
        }
        return "value of type " + t + constrained;
    }

    /**
     * Reports literal b when its form is missing from the dialect: Go 1.13 added digit separators, 0b, 0o and hexadecimal
     * floats. go1.7's lexer (cmd/compile/internal/gc/lex.go number) has no message of its own for them (it
     * splits 0b101 into 0 and b101); Go 1.19 built with -lang=go1.7 says this (types2/version.go langCompat,
     * which checks only the package being compiled, so the standard library is exempt).
     */
    private void langCompat(BasicLit b) {
        String s = b.text;
        if (s.length() <= 2 || b.kind == Tok.CHAR || b.kind == Tok.STRING || prelude.atLeast(13)
                || pkg == null || !pkg.path.equals("main")) {
            return;
        }
        String what = s.contains("_") ? "underscores in numeric literals"
                : s.charAt(0) != '0' ? null
                : s.charAt(1) == 'b' || s.charAt(1) == 'B' ? "binary literals"
                : s.charAt(1) == 'o' || s.charAt(1) == 'O' ? "0o/0O-style octal literals"
                : b.kind != Tok.INT && (s.charAt(1) == 'x' || s.charAt(1) == 'X') ? "hexadecimal floating-point literals"
                : null;
        if (what != null) {
            error(b.pos, what + " requires go1.13 or later (-lang was set to go1.7; check go.mod)");
        }
    }

    /** An expression already checked (a built-in's argument in Builtins.spread, a switch case): the next check of it returns its type. */
    Expr checkedArg;

    /** Checks e as a single value (or a type); returns its type (INVALID after an error). */
    Type expr(Expr e) {
        Type t = exprOrTuple(e, false);
        if (t instanceof Tuple tu) {
            if (tu.types.isEmpty()) {
                error(e.pos, ExprString.of(e) + " (no value) used as value");
            } else {
                error(e.pos, "multiple-value " + ExprString.of(e) + " (value of type " + t + ") in single-value context");
            }
            e.type = Types.INVALID;
            return Types.INVALID;
        }
        return t;
    }

    /** Checks e, allowing a multi-value call (a Tuple type) when tupleOk. */
    Type exprOrTuple(Expr e, boolean tupleOk) {
        if (e == checkedArg) {
            checkedArg = null;
            return e.type;
        }
        Type t = exprRaw(e);
        if (t == null) {
            t = Types.INVALID;
        }
        e.type = t;
        return t;
    }

    Type exprRaw(Expr e) {
        switch (e) {
            case Ident id:
                return ident(id);
            case TupleElem te:
                return te.type; // typed when the built-in's argument was spread (Builtins.spread)
            case BasicLit b: {
                langCompat(b);
                switch (b.kind) {
                    case INT:
                        e.cv = b.value;
                        return Types.UNTYPED_INT;
                    case FLOAT:
                        java.math.BigDecimal bd = (java.math.BigDecimal) b.value;
                        // go/constant reads literals into a big.Float, whose binary exponent is an
                        // int32: beyond 10^646456992 MakeFromLiteral fails (Go 1.19 prints this)
                        if (bd.signum() != 0 && bd.precision() - bd.scale() - 1 > 646456992) {
                            error(b.pos, "malformed constant: " + b.text);
                            return Types.INVALID;
                        }
                        if (bd.signum() != 0 && Math.abs(bd.precision() - bd.scale() - 1) > Constants.MAX_LITERAL_EXP) {
                            e.cv = new Constants.Huge(bd.round(Constants.Huge.MC)); // too large or small for a rational
                            return Types.UNTYPED_FLOAT;
                        }
                        e.cv = Constants.Rat.of(bd);
                        return Types.UNTYPED_FLOAT;
                    case IMAG:
                        e.cv = new Constants.Cplx(Constants.Cplx.ZERO, Constants.Rat.of((java.math.BigDecimal) b.value));
                        return Types.UNTYPED_COMPLEX;
                    case CHAR:
                        e.cv = BigInteger.valueOf((Long) b.value);
                        return Types.UNTYPED_RUNE;
                    case STRING:
                        e.cv = b.value;
                        return Types.UNTYPED_STRING;
                    default:
                        unsupported(b.pos, "literal " + b.text);
                        return Types.INVALID;
                }
            }
            case Paren p: {
                Type t = exprOrTuple(p.x, false);
                e.cv = p.x.cv;
                e.isType = p.x.isType;
                return t;
            }
            case FuncLit fl:
                return funcLit(fl);
            case CompositeLit cl:
                return compositeLit(cl, null);
            case Selector s:
                return selector(s);
            case Index ix:
                return index(ix);
            case IndexList il when generic.genericOf(il.x) != null:
                return generic.instantiate(il, il.x, il.indices);
            case SliceExpr se:
                return sliceExpr(se);
            case TypeAssert ta: {
                Type xt = expr(ta.x);
                if (ta.typeExpr == null) {
                    error(ta.pos, "use of .(type) outside type switch");
                    return Types.INVALID;
                }
                Type t = typeOf(ta.typeExpr);
                if (xt == Types.INVALID || t == Types.INVALID) {
                    return Types.INVALID;
                }
                if (xt instanceof Named n && n.bound != null) {
                    // go/types expr.go (Go 1.19), TypeAssertExpr: isTypeParam(x.typ)
                    error(ta.x.pos, "invalid operation: cannot use type assertion on type parameter value "
                            + ExprString.of(ta.x) + " (" + describeKind(ta.x) + ")");
                    return Types.INVALID;
                }
                if (!Types.isInterface(xt)) {
                    error(ta.x.pos, "invalid operation: " + ExprString.of(ta.x) + " (" + describeKind(ta.x)
                            + ") is not an interface");
                    return Types.INVALID;
                }
                if (!Types.isInterface(t) && !generic.mentionsTypeParam(ta.typeExpr)) {
                    String miss = Types.missingMethod(t, (Interface) xt.underlying());
                    if (miss != null) {
                        error(ta.typeExpr.pos, "impossible type assertion: " + ExprString.of(ta) + "\n\t" + t
                                + " does not implement " + xt + " (missing method " + miss + ")");
                    }
                }
                return t;
            }
            case Call c:
                return call(c);
            case Star s: {
                Type t = exprOrType(s.x);
                if (t == Types.INVALID) {
                    return t;
                }
                if (s.x.isType) {
                    e.isType = true;
                    return new Pointer(t);
                }
                if (t == Types.UNTYPED_NIL) {
                    error(s.pos, "invalid operation: cannot indirect nil");
                    return Types.INVALID;
                }
                if (!(t.underlying() instanceof Pointer p)) {
                    error(s.pos, "invalid operation: cannot indirect " + describe(s.x));
                    return Types.INVALID;
                }
                return p.elem;
            }
            case Unary u:
                return unary(u);
            case Binary b:
                return binary(b, b.x, b.y, false);
            case KeyValue kv:
                error(kv.pos, "unexpected key:value expression");
                return Types.INVALID;
            case ArrayTypeExpr _, MapTypeExpr _, ChanTypeExpr _, StructTypeExpr _, FuncTypeExpr _,
                 InterfaceTypeExpr _: {
                Type t = typeOf(e);
                e.isType = true;
                return t;
            }
            case Ellipsis el:
                error(el.pos, "invalid use of ...");
                return Types.INVALID;
            default:
                unsupported(e.pos, e.getClass().getSimpleName());
                return Types.INVALID;
        }
    }

    /** Checks an expression that may denote a type (sets isType). */
    Type exprOrType(Expr e) {
        Type t = typeOrNullQuiet(e);
        if (t != null) {
            e.isType = true;
            e.type = t;
            return t;
        }
        return expr(e);
    }

    Type typeOrNullQuiet(Expr e) {
        Expr u = unparen(e);
        if (u instanceof Ident id) {
            Obj o = scope.lookup(id.name);
            if (!(o instanceof TypeName)) {
                return null;
            }
        } else if (u instanceof Selector s) {
            if (!(s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn
                    && pn.pkg.lookup(s.sel.name) instanceof TypeName)) {
                return null;
            }
        } else if (u instanceof Star st) {
            Type inner = typeOrNullQuiet(st.x);
            return inner == null ? null : new Pointer(inner);
        } else if (u instanceof Index || u instanceof IndexList) {
            CheckGeneric.Generic g = generic.genericOf(u instanceof Index ix ? ix.x : ((IndexList) u).x);
            if (g == null || !(g.obj instanceof TypeName)) {
                return null;
            }
        } else if (!(u instanceof ArrayTypeExpr || u instanceof MapTypeExpr || u instanceof ChanTypeExpr
                || u instanceof StructTypeExpr || u instanceof FuncTypeExpr || u instanceof InterfaceTypeExpr)) {
            return null;
        }
        return typeOf(e);
    }

    Type ident(Ident id) {
        if (id.name.equals("_")) {
            error(id.pos, "cannot use _ as value");
            return Types.INVALID;
        }
        Obj o = scope.lookup(id.name);
        if (o == null) {
            error(id.pos, "undefined: " + id.name);
            return Types.INVALID;
        }
        id.obj = o;
        switch (o) {
            case Var v: {
                if (v.isGlobal()) {
                    resolveGlobal(v);
                    addDeclDep(v);
                } else {
                    v.used = true;
                    if (v.owner != fn) {
                        capture(v);
                    }
                }
                return v.type == null ? Types.INVALID : v.type;
            }
            case Const c: {
                if (c == IOTA) {
                    if (iota < 0) {
                        error(id.pos, "cannot use iota outside constant declaration");
                        return Types.INVALID;
                    }
                    id.cv = BigInteger.valueOf(iota);
                    return Types.UNTYPED_INT;
                }
                resolveConst(c);
                addDeclDep(c);
                id.cv = c.value;
                return c.type == null ? Types.INVALID : c.type;
            }
            case TypeName tn: {
                id.isType = true;
                if (tn.type == null && tn.spec == null) {
                    unsupported(id.pos, "type " + id.name);
                    return Types.INVALID;
                }
                if (generic.isGeneric(tn)) {
                    return generic.withoutInstantiation(id, generic.genericOf(id));
                }
                resolveTypeName(tn);
                return tn.type;
            }
            case FuncObj f when generic.isGeneric(f):
                return generic.withoutInstantiation(id, generic.genericOf(id));
            case FuncObj f: {
                addDeclDep(f);
                if (f.sig == null) {
                    declareFunc(f.decl);
                }
                return f.sig;
            }
            case PkgName pn: {
                error(id.pos, "use of package " + pn.name + " without selector");
                pn.used = true;
                return Types.INVALID;
            }
            case Builtin b: {
                error(id.pos, b.name + " (built-in function " + b.name + ") must be called");
                return Types.INVALID;
            }
            case NilObj n:
                return Types.UNTYPED_NIL;
            default:
                return Types.INVALID;
        }
    }

    /** Marks v as captured by every function literal between the current function and v's owner. */
    void capture(Var v) {
        v.captured = true;
        for (FuncScope f = fn; f != null && f != v.owner; f = f.parent) {
            f.captures.add(v);
        }
    }

    Type funcLit(FuncLit fl) {
        FuncScope outer = fn;
        String symbol;
        if (fl.wrapperSymbol != null) {
            symbol = fl.wrapperSymbol;
        } else if (outer == null) {
            // gc's closurename: "%s.%s%d" of outer "glob." and prefix "func" (go1.7 closure.go:167-173,
            // 200; 1.19 ir/func.go:335-356), so main.glob..func1
            symbol = pkg.path + ".glob..func" + (++globClosures);
        } else if (outer.parent == null && !outer.literal) {
            symbol = outer.symbol + ".func" + (++outer.closures); // in a named function (174-189)
        } else {
            symbol = outer.symbol + "." + (++outer.closures); // nested in a closure, a global one too (190-196)
        }
        Signature sig = signature(fl.sig, null);
        FuncScope fs = new FuncScope(outer, symbol, sig, fl.pos, fl.body.rbrace.line(), fl.body, pkg);
        fs.wrapper = fl.wrapperSymbol != null;
        fs.literal = !fs.wrapper;
        fl.scope = fs;
        pkg.funcs.add(fs);
        sigExprs.put(fs, fl.sig);
        checkFuncBody(fs, fl.body, null);
        return sig;
    }

    int globClosures;

    Type compositeLit(CompositeLit cl, Type elided) {
        Type t;
        if (cl.typeExpr == null) {
            if (elided == null) {
                error(cl.pos, "invalid composite literal type: missing type");
                return Types.INVALID;
            }
            t = elided;
        } else if (cl.typeExpr instanceof ArrayTypeExpr at && at.len instanceof Ellipsis) {
            Type elem = typeOf(at.elem);
            long n = 0;
            long idx = 0;
            for (Expr el : cl.elts) {
                if (el instanceof KeyValue kv) {
                    expr(kv.key);
                    if (kv.key.cv instanceof BigInteger bi) {
                        idx = bi.longValue();
                    }
                }
                idx++;
                n = Math.max(n, idx);
            }
            t = new Array(n, elem);
            cl.typeExpr.type = t;
            cl.typeExpr.isType = true;
        } else {
            t = typeOf(cl.typeExpr);
        }
        if (t == Types.INVALID) {
            return t;
        }
        Type u = t.underlying();
        boolean ptrElided = false;
        if (cl.typeExpr == null && u instanceof Pointer p) {
            // &T elided in element position
            u = p.elem.underlying();
            ptrElided = true;
        }
        switch (u) {
            case Struct st -> {
                if (cl.elts.isEmpty()) {
                    break;
                }
                if (cl.elts.get(0) instanceof KeyValue) {
                    Set<String> seen = new HashSet<>();
                    for (Expr el : cl.elts) {
                        if (!(el instanceof KeyValue kv) || !(kv.key instanceof Ident key)) {
                            error(el.pos, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        int fi = st.fieldIndex(key.name);
                        if (fi < 0) {
                            error(kv.key.pos, "unknown field " + key.name + " in struct literal of type " + t);
                            expr(kv.value);
                            continue;
                        }
                        if (!seen.add(key.name)) {
                            error(kv.key.pos, "duplicate field name " + key.name + " in struct literal");
                        }
                        elementExpr(kv.value, st.fields.get(fi).type(), "struct literal");
                    }
                } else {
                    for (int i = 0; i < cl.elts.size(); i++) {
                        Expr el = cl.elts.get(i);
                        if (el instanceof KeyValue) {
                            error(el.pos, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        if (i >= st.fields.size()) {
                            error(el.pos, "too many values in struct literal of type " + t);
                            break;
                        }
                        elementExpr(el, st.fields.get(i).type(), "struct literal");
                    }
                    if (cl.elts.size() < st.fields.size()) {
                        error(cl.rbrace, "too few values in struct literal of type " + t);
                    }
                }
            }
            case Array a -> indexedElts(cl, a.elem, a.len, "array or slice literal");
            case Slice s -> indexedElts(cl, s.elem, -1, "array or slice literal");
            case MapT m -> {
                for (Expr el : cl.elts) {
                    if (!(el instanceof KeyValue kv)) {
                        error(el.pos, "missing key in map literal");
                        expr(el);
                        continue;
                    }
                    elementExpr(kv.key, m.key, "map literal");
                    elementExpr(kv.value, m.value, "map literal");
                }
            }
            default -> {
                error(cl.pos, "invalid composite literal type " + t);
                return Types.INVALID;
            }
        }
        if (ptrElided) {
            cl.type = t;
        }
        return t;
    }

    void indexedElts(CompositeLit cl, Type elem, long len, String what) {
        long idx = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr el : cl.elts) {
            Expr v = el;
            if (el instanceof KeyValue kv) {
                Type kt = expr(kv.key);
                if (!(kv.key.cv instanceof BigInteger bi) || !Types.isInteger(kt) && kt != Types.UNTYPED_FLOAT) {
                    if (kt != Types.INVALID) {
                        error(kv.key.pos, "index " + ExprString.of(kv.key) + " must be integer constant");
                    }
                } else {
                    idx = bi.longValue();
                    convertUntyped(kv.key, Types.INT);
                }
                v = kv.value;
            }
            if (len >= 0 && idx >= len) {
                error(v.pos, "index " + idx + " out of bounds [0:" + len + "]");
            }
            if (!seen.add(idx)) {
                error(el.pos, "duplicate index " + idx + " in array or slice literal");
            }
            elementExpr(v, elem, what);
            idx++;
        }
    }

    void elementExpr(Expr v, Type elem, String what) {
        if (v instanceof CompositeLit cl && cl.typeExpr == null) {
            Type t = compositeLit(cl, elem);
            cl.type = elem;
            return;
        }
        expr(v);
        assign(v, elem, what);
    }

    Type selector(Selector s) {
        if (s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn) {
            pn.used = true;
            pid.obj = pn;
            Obj o = pn.pkg.lookup(s.sel.name);
            if (o == null || !Character.isUpperCase(s.sel.name.charAt(0))) {
                error(s.sel.pos, o == null ? "undefined: " + ExprString.of(s)
                        : "name " + s.sel.name + " not exported by package " + pn.name);
                return Types.INVALID;
            }
            s.sel.obj = o;
            s.selection = new Selection(SelKind.QUALIFIED, -1, null, false, false, o);
            addDeclDep(o);
            switch (o) {
                case Const c -> {
                    s.cv = c.value;
                    return c.type;
                }
                case TypeName tn -> {
                    s.isType = true;
                    return tn.type;
                }
                case Var v -> {
                    return v.type;
                }
                case FuncObj f -> {
                    return f.sig;
                }
                default -> {
                    return Types.INVALID;
                }
            }
        }
        Type xt = exprOrType(s.x);
        if (xt == Types.INVALID) {
            return xt;
        }
        if (s.x.isType) {
            return methodExpr(s, xt);
        }
        if (xt instanceof Named n && n.bound != null && !n.methods.containsKey(s.sel.name)) {
            // Go 1.19 looks up only a type parameter's methods, never the fields of its core type
            // (go/types lookup.go lookupFieldOrMethod: a type parameter has no fields)
            error(s.sel.pos, ExprString.of(s) + " undefined (type " + xt + " has no field or method " + s.sel.name + ")");
            return Types.INVALID;
        }
        Type r = selectDirect(s, xt);
        if (r != null) {
            return r;
        }
        String name = s.sel.name;
        Types.Lookup l = Types.lookupFieldOrMethod(xt, name);
        if (l.ambiguous()) {
            error(s.sel.pos, "ambiguous selector " + ExprString.of(s));
            return Types.INVALID;
        }
        if (l.found() && l.path().length > 0) {
            // promoted: x.f becomes x.E1.E2.f, with the implicit embedded fields as checked selectors
            Expr cur = s.x;
            Type ct = xt;
            for (int idx : l.path()) {
                boolean deref = ct.underlying() instanceof Pointer;
                Type bt = deref ? ((Pointer) ct.underlying()).elem : ct;
                Types.Field f = ((Struct) bt.underlying()).fields.get(idx);
                Selector ns = new Selector(s.x.pos, cur, new Ident(s.sel.pos, f.name()));
                ns.selection = new Selection(SelKind.FIELD, idx, null, deref, false, null);
                ns.type = f.type();
                cur = ns;
                ct = f.type();
            }
            s.x = cur;
            r = selectDirect(s, ct);
            if (r != null) {
                return r;
            }
        }
        error(s.sel.pos, ExprString.of(s) + " undefined (type " + xt + " has no field or method " + name + ")");
        return Types.INVALID;
    }

    /**
     * A method expression T.M or (*T).M or I.M: a function whose first parameter is the receiver.
     * Checked and compiled as the literal func(r T, p0 P0, ...) R { return r.M(p0, ...) }, which
     * plays Go's autogenerated wrapper (the receiver is copied, dereferenced or dispatched as a call
     * through it would be).
     */
    private Type methodExpr(Selector s, Type t) {
        String name = s.sel.name;
        Signature sig = Types.methodSetSig(t, name);
        if (sig == null) {
            Method m = Types.lookupFieldOrMethod(t, name).method();
            if (m != null && m.ptrRecv) {
                error(s.sel.pos, "cannot call pointer method " + name + " on " + t);
            } else {
                error(s.sel.pos, ExprString.of(s) + " undefined (type " + t + " has no field or method " + name + ")");
            }
            return Types.INVALID;
        }
        Method direct = directMethod(t, name);
        if (direct != null) {
            // gc takes the method's own function: its receiver is already the first parameter
            s.selection = new Selection(SelKind.METHOD_EXPR, -1, direct, false, false, null);
            addDeclDep(direct); // go/types selector: a method expression uses the method (fixedbugs/bug446.go)
            List<Type> ps = new ArrayList<>();
            ps.add(t);
            ps.addAll(sig.params);
            return new Signature(ps, sig.results, sig.variadic);
        }
        Pos p = s.pos;
        List<Ast.Field> params = new ArrayList<>();
        params.add(new Ast.Field(List.of(new Ident(p, "recv")), new TypeRef(p, t), p));
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < sig.params.size(); i++) {
            Type pt = sig.params.get(i);
            boolean dots = sig.variadic && i == sig.params.size() - 1;
            Expr te = dots ? new Ellipsis(p, new TypeRef(p, ((Slice) pt).elem)) : new TypeRef(p, pt);
            params.add(new Ast.Field(List.of(new Ident(p, "p" + i)), te, p));
            args.add(new Ident(p, "p" + i));
        }
        List<Ast.Field> results = new ArrayList<>();
        for (Type rt : sig.results) {
            results.add(new Ast.Field(List.of(), new TypeRef(p, rt), p));
        }
        Call call = new Call(p, new Selector(p, new Ident(p, "recv"), new Ident(s.sel.pos, name)), args, sig.variadic, p);
        Stmt body = results.isEmpty() ? new ExprStmt(p, call) : new ReturnStmt(p, List.of(call));
        FuncLit lit = new FuncLit(p, new FuncTypeExpr(p, params, results), new Block(p, List.of(body), p));
        lit.wrapperSymbol = wrapperSymbol(t, name);
        Type ft = expr(lit);
        s.methodExpr = lit;
        s.selection = new Selection(SelKind.METHOD_EXPR, -1, null, false, false, null);
        return ft;
    }

    /** The method T.M or (*T).M declared with exactly that receiver type, or null (then a wrapper is needed). */
    private static Method directMethod(Type t, String name) {
        boolean ptr = t instanceof Pointer;
        Type base = t instanceof Pointer pt ? pt.elem : t;
        Method m = base instanceof Named n ? n.methods.get(name) : null;
        return m != null && m.ptrRecv == ptr ? m : null;
    }

    /**
     * The symbol gc gives the wrapper of a method expression (genwrapper's methodSym): the method's
     * name qualified by the receiver type, main.(*T).M or main.E.M or main.I.M, never a closure
     * number (closures after it keep theirs).
     */
    private String wrapperSymbol(Type t, String name) {
        if (t instanceof Pointer pt && pt.elem instanceof Named n) {
            return n.pkg + ".(*" + n.name + ")." + name;
        }
        if (t instanceof Named n) {
            return n.pkg + "." + n.name + "." + name;
        }
        return pkg.path + "." + t + "." + name;
    }

    /** x.name as a method of x's type, a method of its interface, or a field of its struct; null if none. */
    private Type selectDirect(Selector s, Type xt) {
        String name = s.sel.name;
        Type base = xt;
        boolean deref = false;
        if (xt.underlying() instanceof Pointer p) {
            base = p.elem;
            deref = true;
        }
        // methods
        if (base instanceof Named nt) {
            Method m = nt.methods.get(name);
            if (m != null) {
                boolean addr = false;
                if (m.ptrRecv && !deref) {
                    if (!addressable(s.x)) {
                        error(s.pos, "cannot call pointer method " + name + " on " + xt);
                        return Types.INVALID;
                    }
                    addr = true;
                    markAddrTaken(s.x);
                }
                if (deref && xt instanceof Named) {
                    // a named pointer type has no methods
                    m = null;
                } else {
                    s.selection = new Selection(SelKind.METHOD, -1, m, deref, addr, null);
                    addDeclDep(m);
                    return m.sig;
                }
            }
        }
        if (xt.underlying() instanceof Interface it) {
            Signature sig = it.methods.get(name);
            if (sig != null) {
                s.selection = new Selection(SelKind.IFACE_METHOD, -1, null, false, false, null);
                return sig;
            }
        }
        if (base.underlying() instanceof Struct st) {
            int fi = st.fieldIndex(name);
            if (fi >= 0) {
                s.selection = new Selection(SelKind.FIELD, fi, null, deref, false, null);
                return st.fields.get(fi).type();
            }
        }
        return null;
    }

    void markAddrTaken(Expr x) {
        x = unparen(x);
        if (x instanceof Ident id && id.obj instanceof Var v) {
            v.addrTaken = true;
        }
    }

    Type index(Index ix) {
        if (generic.genericOf(ix.x) != null) {
            return generic.instantiate(ix, ix.x, List.of(ix.index));
        }
        Type xt = exprOrType(ix.x);
        if (xt == Types.INVALID) {
            expr(ix.index);
            return xt;
        }
        if (ix.x.isType) {
            unsupported(ix.pos, "generic type instantiation");
            return Types.INVALID;
        }
        Type u = xt.underlying();
        if (u instanceof Pointer p && p.elem.underlying() instanceof Array a) {
            u = a;
        }
        if (u instanceof Signature) {
            unsupported(ix.pos, "generic function instantiation");
            return Types.INVALID;
        }
        if (CheckGeneric.noCoreType(xt)) {
            Type[] ke = CheckGeneric.indexTypeParam((Named) xt);
            if (ke == null) {
                error(ix.lbrack != null ? ix.lbrack : ix.pos, "invalid operation: cannot index " + describe(ix.x));
                expr(ix.index);
                return Types.INVALID;
            }
            if (ke[0] != null && expr(ix.index) != Types.INVALID) {
                assign(ix.index, ke[0], "map index");
            } else if (ke[0] == null) {
                checkIndex(ix.index, -1, "index");
            }
            return ke[1];
        }
        if (u instanceof MapT m) {
            Type kt = expr(ix.index);
            if (kt != Types.INVALID) {
                assign(ix.index, m.key, "map index");
            }
            return m.value;
        }
        long len = -1;
        Type elem;
        switch (u) {
            case Basic b when b.kind == Kind.STRING || b.kind == Kind.UNTYPED_STRING -> {
                elem = Types.BYTE;
                if (ix.x.cv instanceof String str) {
                    len = str.length();
                }
                convertUntyped(ix.x, Types.STRING);
            }
            case Slice s -> elem = s.elem;
            case Array a -> {
                elem = a.elem;
                len = a.len;
            }
            default -> {
                error(ix.pos, "invalid operation: cannot index " + describe(ix.x));
                expr(ix.index);
                return Types.INVALID;
            }
        }
        checkIndex(ix.index, len, "index");
        return elem;
    }

    /** Checks an index or slice bound: integer, non-negative constant, within len when known. */
    void checkIndex(Expr e, long len, String what) {
        Type t = expr(e);
        if (t == Types.INVALID) {
            return;
        }
        if (!CheckGeneric.every(t, Types::isInteger) && !(Constants.isNumber(e.cv) && Constants.integral(e.cv))) {
            error(e.pos, "invalid argument: " + what + " " + describe(e) + " must be integer");
            return;
        }
        if (Types.isUntyped(t)) {
            convertUntyped(e, Types.INT);
        }
        if (e.cv instanceof BigInteger bi) {
            if (bi.signum() < 0) {
                error(e.pos, "invalid argument: " + what + " " + ExprString.of(e) + " (constant of type int) must not be negative");
            } else if (len >= 0 && bi.compareTo(BigInteger.valueOf(len)) >= 0 && what.equals("index")) {
                error(e.pos, "invalid argument: index " + bi + " out of bounds [0:" + len + "]");
            }
        }
    }

    Type sliceExpr(SliceExpr se) {
        Type xt = expr(se.x);
        if (xt == Types.INVALID) {
            return xt;
        }
        if (CheckGeneric.noCoreType(xt)) {
            error(se.x.pos, "invalid operation: cannot slice " + describe(se.x) + ": " + xt + " has no core type");
            return Types.INVALID;
        }
        Type u = xt.underlying();
        Type result;
        if (u instanceof Pointer p && p.elem.underlying() instanceof Array a) {
            result = new Slice(a.elem);
        } else if (u instanceof Array a) {
            if (!addressable(se.x)) {
                error(se.pos, "invalid operation: " + ExprString.of(se) + " (slice of unaddressable value)");
                return Types.INVALID;
            }
            markAddrTaken(se.x);
            result = new Slice(a.elem);
        } else if (u instanceof Slice) {
            result = xt;
        } else if (Types.isString(u)) {
            if (se.max != null) {
                error(se.pos, "invalid operation: 3-index slice of string");
                return Types.INVALID;
            }
            result = Types.isUntyped(xt) ? Types.STRING : xt;
            convertUntyped(se.x, Types.STRING);
        } else {
            error(se.pos, "cannot slice " + describe(se.x));
            return Types.INVALID;
        }
        // go1.19 types2 index.go:233-322: the length is known for a constant string, an array or a pointer
        // to one; a bound may reach it (max length+1), an omitted low is 0 and an omitted high the length,
        // and constant bounds must not decrease (the first pair that does is the one error)
        long length = se.x.cv instanceof String str ? str.length() : u instanceof Array a ? a.len
                : u instanceof Pointer p && p.elem.underlying() instanceof Array a ? a.len : -1;
        Expr[] bounds = {se.lo, se.hi, se.max};
        long[] ind = new long[3];
        for (int i = 0; i < 3; i++) {
            ind[i] = i == 0 ? 0 : length;
            if (bounds[i] != null) {
                checkIndex(bounds[i], length >= 0 ? length + 1 : -1, "index");
                // a bound in error counts as unknown (types2's check.index answers -1 for it)
                ind[i] = bounds[i].cv instanceof BigInteger bi && bi.signum() >= 0 && bi.bitLength() < 63
                        && (length < 0 || bi.longValue() <= length) ? bi.longValue() : -1;
            }
        }
        for (int i = 0; i < 2; i++) {
            for (int j = i + 1; ind[i] > 0 && j < 3; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    error(bounds[j].pos, "invalid slice indices: " + ind[j] + " < " + ind[i]);
                    return result;
                }
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- operators

    Type unary(Unary u) {
        if (u.op == Tok.AND) {
            Expr x = unparen(u.x);
            if (x instanceof CompositeLit cl) {
                Type t = expr(u.x);
                return t == Types.INVALID ? t : new Pointer(t);
            }
            Type t = expr(u.x);
            if (t == Types.INVALID) {
                return t;
            }
            if (!addressable(x)) {
                error(u.pos, "invalid operation: cannot take address of " + describe(u.x));
                return Types.INVALID;
            }
            markAddrTaken(x);
            return new Pointer(t);
        }
        if (u.op == Tok.ARROW) {
            Type t = expr(u.x);
            if (t == Types.INVALID) {
                return t;
            }
            if (CheckGeneric.noCoreType(t)) {
                error(u.x.pos, "invalid operation: cannot receive from " + describe(u.x) + ": no core type");
                return Types.INVALID;
            }
            if (!(t.underlying() instanceof Chan c)) {
                error(u.pos, "invalid operation: cannot receive from non-channel " + describe(u.x));
                return Types.INVALID;
            }
            if (c.dir == ChanDir.SEND) {
                error(u.pos, "invalid operation: cannot receive from send-only channel " + describe(u.x));
                return Types.INVALID;
            }
            return c.elem;
        }
        Type t = expr(u.x);
        if (t == Types.INVALID) {
            return t;
        }
        boolean ok = CheckGeneric.every(t, e -> switch (u.op) {
            case ADD, SUB -> Types.isNumeric(e);
            case XOR -> Types.isInteger(e);
            case NOT -> Types.isBoolean(e);
            default -> false;
        });
        if (!ok) {
            error(u.x.pos, "invalid operation: operator " + u.op.text + " not defined on " + describe(u.x)); // expr.go unary: at the operand
            return Types.INVALID;
        }
        if (u.x.cv != null) {
            Object v = Constants.unary(u.op, u.x.cv, t);
            if (overflows(v, t, u.op, true, u.pos)) {
                return Types.INVALID;
            }
            if (!Types.isUntyped(t)) {
                v = representable(u, v, t);
            }
            u.cv = v;
        }
        return t;
    }

    /**
     * Checks a binary operation (also used for op-assign, where x keeps its type). Untyped operands are
     * converted to the other operand's type; constant operands are folded.
     */
    Type binary(Binary b, Expr x, Expr y, boolean opAssign) {
        Type xt = opAssign ? x.type : expr(x);
        Type yt = opAssign ? y.type : expr(y);
        if (xt == Types.INVALID || yt == Types.INVALID) {
            return Types.INVALID;
        }
        Tok op = b.op;
        if (op == Tok.SHL || op == Tok.SHR) {
            return shift(b, x, y, xt, yt);
        }
        boolean isCmp = op == Tok.EQL || op == Tok.NEQ || op == Tok.LSS || op == Tok.LEQ || op == Tok.GTR
                || op == Tok.GEQ;
        if (isCmp && (xt == Types.UNTYPED_NIL) != (yt == Types.UNTYPED_NIL)) {
            return comparison(b, x, y, xt, yt); // x == nil: nil takes x's type there
        }
        // match untyped operands
        if (Types.isUntyped(xt) && !Types.isUntyped(yt)) {
            if (!convertible(x, yt, b)) {
                return Types.INVALID;
            }
            xt = yt;
        } else if (Types.isUntyped(yt) && !Types.isUntyped(xt)) {
            if (!convertible(y, xt, b)) {
                return Types.INVALID;
            }
            yt = xt;
        } else if (Types.isUntyped(xt) && Types.isUntyped(yt)) {
            if (xt == Types.UNTYPED_NIL || yt == Types.UNTYPED_NIL) {
                if (xt == yt && (op == Tok.EQL || op == Tok.NEQ)) {
                    error(b.pos, "invalid operation: " + ExprString.of(b) + " (operator " + op.text
                            + " not defined on nil)");
                    return Types.INVALID;
                }
            } else if (Types.isNumeric(xt) && Types.isNumeric(yt)) {
                Type larger = rank(xt) >= rank(yt) ? xt : yt;
                xt = larger;
                yt = larger;
                x.type = larger;
                y.type = larger;
            }
        }
        if (isCmp) {
            return comparison(b, x, y, xt, yt);
        }
        if (!Types.identical(xt, yt)) {
            error(opAssign ? b.opPos : b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types " + xt
                    + " and " + yt + ")");
            return Types.INVALID;
        }
        boolean ok = CheckGeneric.every(xt, e -> switch (op) {
            case ADD -> Types.isNumeric(e) || Types.isString(e);
            case SUB, MUL, QUO -> Types.isNumeric(e);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(e);
            case LAND, LOR -> Types.isBoolean(e);
            default -> false;
        });
        if (!ok) {
            error(b.pos, "invalid operation: operator " + op.text + " not defined on " + describe(x));
            return Types.INVALID;
        }
        // spec (Arithmetic operators): a constant integer divisor, or a constant division, must not be
        // zero; a float variable divided by a constant 0 is +-Inf or NaN at run time
        if ((op == Tok.QUO || op == Tok.REM) && y.cv != null && Constants.isZero(y.cv) && Types.isNumeric(xt)
                && (Types.isInteger(xt) || x.cv != null)) {
            error(y.pos, "invalid operation: division by zero");
            return Types.INVALID;
        }
        if (x.cv != null && y.cv != null) {
            Object v = Constants.binary(op, x.cv, y.cv, xt);
            if (overflows(v, xt, op, false, b.opPos)) {
                return Types.INVALID;
            }
            b.cv = Types.isUntyped(xt) ? v : representable(b, v, xt);
        }
        return xt;
    }

    /** go/types expr.go overflow's precision for untyped integer constants (bits of magnitude). */
    static final int CONST_PREC = 512;

    /**
     * Whether an untyped integer result outgrows the constant precision (reported as go/types'
     * overflow does, "constant multiplication overflow", at the operator).
     */
    private boolean overflows(Object v, Type t, Tok op, boolean unary, Pos at) {
        if (!Types.isUntyped(t) || !(v instanceof BigInteger bi) || bi.abs().bitLength() <= CONST_PREC) {
            return false;
        }
        String name = unary ? (op == Tok.XOR ? "bitwise complement " : "") : switch (op) {
            case ADD -> "addition ";
            case SUB -> "subtraction ";
            case XOR -> "bitwise XOR ";
            case MUL -> "multiplication ";
            case SHL -> "shift ";
            default -> "";
        };
        error(at, "constant " + name + "overflow");
        return true;
    }

    static int rank(Type t) {
        return switch (((Basic) t).kind) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }

    Type shift(Binary b, Expr x, Expr y, Type xt, Type yt) {
        if (!Types.isInteger(yt) && !(Constants.isNumber(y.cv) && Constants.integral(y.cv))) {
            error(y.pos, "invalid operation: shift count " + describe(y) + " must be integer");
            return Types.INVALID;
        }
        if (y.cv instanceof BigInteger bi && bi.signum() < 0) {
            error(y.pos, "invalid operation: negative shift count " + describe(y));
            return Types.INVALID;
        }
        String yDesc = describe(y);
        if (Types.isUntyped(yt)) {
            convertUntyped(y, Types.UINT);
        }
        if (x.cv != null && y.cv != null) {
            if (Types.isUntyped(xt)) {
                if (Constants.isNumber(x.cv) && Constants.integral(x.cv)) {
                    x.cv = Constants.toInt(x.cv);
                    xt = Types.UNTYPED_INT;
                }
            }
            if (!Types.isInteger(xt)) {
                error(x.pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
                return Types.INVALID;
            }
            // go/types shift: shiftBound = 1023 - 1 + 52, so the smallest float64 stays expressible
            if (Types.isUntyped(xt) && y.cv instanceof BigInteger s && s.compareTo(BigInteger.valueOf(1074)) > 0) {
                error(y.pos, "invalid operation: invalid shift count " + yDesc);
                return Types.INVALID;
            }
            Object v = Constants.binary(b.op, x.cv, y.cv, xt);
            if (overflows(v, xt, b.op, false, b.opPos)) {
                return Types.INVALID;
            }
            b.cv = Types.isUntyped(xt) ? v : representable(b, v, xt);
            return xt;
        }
        if (Types.isUntyped(xt)) {
            // spec (Operators): a non-constant shift's untyped operand takes the type it would have if
            // the shift were replaced by its left operand alone; the result stays untyped until its
            // context converts it (go/types expr.go shift: "delay operand checking", updateExprType)
            if (Constants.isNumber(x.cv) && Constants.integral(x.cv)) {
                x.cv = Constants.toInt(x.cv);
                x.type = Types.UNTYPED_INT;
                xt = Types.UNTYPED_INT;
            }
            if (xt == Types.UNTYPED_INT || xt == Types.UNTYPED_RUNE) {
                return xt;
            }
        }
        if (!Types.isInteger(xt)) {
            error(x.pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
            return Types.INVALID;
        }
        return xt;
    }

    Type comparison(Binary b, Expr x, Expr y, Type xt, Type yt) {
        Tok op = b.op;
        boolean ok = assignable(xt, yt) || assignable(yt, xt);
        if (!ok) {
            error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types " + xt + " and " + yt + ")");
            return Types.INVALID;
        }
        if (op == Tok.EQL || op == Tok.NEQ) {
            boolean xnil = xt == Types.UNTYPED_NIL;
            boolean ynil = yt == Types.UNTYPED_NIL;
            if (xnil || ynil) {
                Type other = xnil ? yt : xt;
                if (!Types.nillable(other)) {
                    error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types " + xt + " and " + yt + ")");
                    return Types.INVALID;
                }
                convertUntyped(xnil ? x : y, other);
            } else {
                Type t = Types.isInterface(xt) ? yt : xt;
                if (xt instanceof Named n && n.bound != null && !CheckGeneric.comparableTypeParam(n)) {
                    error(b.pos, "invalid operation: " + ExprString.of(b) + " (incomparable types in type set)");
                    return Types.INVALID;
                }
                if (!Types.comparable(t) || !Types.comparable(xt)) {
                    Type bad = !Types.comparable(xt) ? xt : yt;
                    String what = switch (bad.underlying()) {
                        case Slice s -> "slice can only be compared to nil";
                        case MapT m -> "map can only be compared to nil";
                        case Signature s -> "func can only be compared to nil";
                        default -> "operator " + op.text + " not defined on " + describe(x);
                    };
                    error(b.pos, "invalid operation: " + ExprString.of(b) + " (" + what + ")");
                    return Types.INVALID;
                }
            }
        } else {
            boolean ordered = CheckGeneric.every(xt, e -> Types.isNumeric(e) && !Types.isComplex(e) || Types.isString(e));
            if (!ordered && xt instanceof Named n && n.bound != null) {
                error(b.pos, "invalid operation: " + ExprString.of(b) + " (type parameter " + xt + " is not comparable with "
                        + op.text + ")");
                return Types.INVALID;
            }
            if (!ordered) {
                // go1.19 names a complex operand by its type: "operator < not defined on complex128"
                String on = Types.isComplex(xt) ? xt.toString() : describeKind(x).replaceFirst(" of type .*", "");
                error(b.pos, "invalid operation: " + ExprString.of(b) + " (operator " + op.text + " not defined on "
                        + on + ")");
                return Types.INVALID;
            }
        }
        if (x.cv != null && y.cv != null) {
            b.cv = Constants.compare(op, x.cv, y.cv, xt);
            return Types.UNTYPED_BOOL;
        }
        // default the operands
        if (Types.isUntyped(xt) && xt != Types.UNTYPED_NIL) {
            convertUntyped(x, Types.defaultType(xt));
        }
        if (Types.isUntyped(yt) && yt != Types.UNTYPED_NIL) {
            convertUntyped(y, Types.defaultType(yt));
        }
        return Types.BOOL;
    }

    /** Whether untyped operand x can take type t in binary operation b (reports otherwise). */
    boolean convertible(Expr x, Type t, Binary b) {
        if (x.type == Types.UNTYPED_NIL) {
            if (!Types.nillable(t)) {
                error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types untyped nil and " + t + ")");
                return false;
            }
            x.type = t;
            return true;
        }
        if (CheckGeneric.constraintOf(t) != null && x.cv != null) {
            // x + 1 with x a type parameter: 1 becomes a T if each type of T's set holds it (expr.go
            // implicitTypeAndValue, Go 1.19)
            String why = CheckGeneric.untypedOperand(x.type, x.cv, t);
            if (why == null) {
                x.type = t;
                return true;
            }
            if (why.isEmpty()) {
                error(x.pos, "cannot convert " + describe(x) + " to " + t);
            } else {
                error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types "
                        + (x == b.x ? x.type + " and " + t : t + " and " + x.type) + ")");
            }
            return false;
        }
        if (Types.isInterface(t)) {
            convertUntyped(x, Types.defaultType(x.type));
            return true;
        }
        boolean kindOk = switch (Types.kindOf(x.type)) {
            case UNTYPED_BOOL -> Types.isBoolean(t);
            case UNTYPED_STRING -> Types.isString(t);
            case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> Types.isNumeric(t);
            default -> false;
        };
        if (!kindOk) {
            error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types " + x.type + " and " + t + ")");
            return false;
        }
        if (x.cv != null) {
            Object v = representableOr(x, x.cv, t, "cannot use " + ExprString.of(x) + " (" + describeKind(x)
                    + ") as " + t + " value in " + "operation", true);
            if (v == null) {
                return false;
            }
            x.cv = v;
        }
        x.type = t;
        return true;
    }

    /** Converts an untyped expression to type t (recording it); constants must be representable. */
    void convertUntyped(Expr e, Type t) {
        if (e.type == null || !Types.isUntyped(e.type) || t == Types.INVALID || Types.isUntyped(t)) {
            return;
        }
        if (e.type == Types.UNTYPED_NIL) {
            e.type = t;
            return;
        }
        if (Types.isInterface(t)) {
            t = Types.defaultType(e.type);
        }
        if (e.cv != null) {
            Object v = representable(e, e.cv, t);
            e.cv = v;
        }
        e.type = t;
        Expr u = e;
        while (u instanceof Paren p) {
            u = p.x;
            u.type = t;
            u.cv = e.cv;
        }
        if (u instanceof Binary b && b.cv == null && (b.op == Tok.SHL || b.op == Tok.SHR)) {
            if (!Types.isInteger(t)) {
                error(b.x.pos, "invalid operation: shifted operand " + ExprString.of(b.x) + " (type " + t
                        + ") must be integer");
                return;
            }
            convertUntyped(b.x, t);
        } else if (u instanceof Binary b && b.cv == null) {
            // non-constant untyped expression (a comparison): operands keep their own types
            if (Types.isUntyped(b.x.type) && b.op != Tok.SHL && b.op != Tok.SHR) {
                convertUntyped(b.x, t);
            }
            if (Types.isUntyped(b.y.type) && b.op != Tok.SHL && b.op != Tok.SHR) {
                convertUntyped(b.y, t);
            }
        }
    }

    Object representable(Expr e, Object v, Type t) {
        Object r = representableOr(e, v, t, null);
        return r == null ? v : r;
    }

    /** The constant v as a value of type t, or null after reporting (msg overrides the default message). */
    Object representableOr(Expr e, Object v, Type t, String msg) {
        return representableOr(e, v, t, msg, false);
    }

    /**
     * operand: e is an operand converted implicitly (x + 1e39), reported as go/types'
     * invalidConversion does for typed constants too: "X overflows T", "X truncated to T".
     */
    Object representableOr(Expr e, Object v, Type t, String msg, boolean operand) {
        Kind k = Types.kindOf(t);
        if (k == null) {
            error(e.pos, msg != null ? msg : "cannot use " + describe(e) + " as " + t + " value");
            return null;
        }
        Object r = Constants.represent(v, k);
        if (r == null) {
            boolean numeric = Constants.isNumber(v);
            // go/types representation: a float constant for an integer type is "truncated", whole or not
            boolean truncated = numeric && k.isInteger() && (e.type != null && Types.isFloat(e.type)
                    || !Constants.integral(v));
            boolean overflows = numeric && k.isNumeric() && !truncated;
            if ((operand || !Types.isUntyped(e.type)) && (overflows || truncated)) {
                // a typed constant's operation is described by its result, before e records it
                String what = operand ? describe(e) : ExprString.of(e) + " (constant " + Constants.format(v)
                        + " of type " + t + ")";
                error(e.pos, what + (truncated ? " truncated to " : " overflows ") + t);
            } else if (overflows || truncated) {
                error(e.pos, "cannot use " + describe(e) + " as " + t + " value in " + ctx
                        + (truncated ? " (truncated)" : " (overflows)"));
            } else {
                error(e.pos, msg != null ? msg : "cannot use " + describe(e) + " as " + t + " value in " + ctx);
            }
            return null;
        }
        return r;
    }

    String ctx = "assignment";

    /** Whether a value of type v may be assigned to type t (spec: Assignability). */
    static boolean assignable(Type v, Type t) {
        if (v == Types.INVALID || t == Types.INVALID) {
            return true;
        }
        if (Types.identical(v, t)) {
            return true;
        }
        Boolean tp = CheckGeneric.assignableTypeParam(v, t);
        if (tp != null) {
            return tp;
        }
        if (v == Types.UNTYPED_NIL) {
            return Types.nillable(t);
        }
        if (Types.isUntyped(v)) {
            if (Types.isInterface(t)) {
                return ((Interface) t.underlying()).methods.isEmpty();
            }
            Kind k = Types.kindOf(t);
            if (k == null) {
                return false;
            }
            return switch (((Basic) v).kind) {
                case UNTYPED_BOOL -> k == Kind.BOOL;
                case UNTYPED_STRING -> k == Kind.STRING;
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> k.isNumeric();
                default -> false;
            };
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (Types.identical(vu, tu) && (!(v instanceof Named) || !(t instanceof Named))) {
            return true;
        }
        if (tu instanceof Interface it) {
            return Types.missingMethod(v, it) == null;
        }
        if (vu instanceof Chan vc && tu instanceof Chan tc && vc.dir == ChanDir.BOTH
                && Types.identical(vc.elem, tc.elem) && (!(v instanceof Named) || !(t instanceof Named))) {
            return true;
        }
        return false;
    }

    /** Checks that e (already checked) may be assigned to t, converting untyped constants. */
    void assign(Expr e, Type t, String context) {
        Type v = e.type;
        if (v == null || v == Types.INVALID || t == Types.INVALID) {
            return;
        }
        if (v instanceof Tuple tu) {
            error(e.pos, tu.types.isEmpty() ? ExprString.of(e) + " (no value) used as value"
                    : "multiple-value " + ExprString.of(e) + " (value of type " + v + ") in single-value context");
            return;
        }
        if (Types.isUntyped(v) && e.cv != null && !CheckGeneric.representsAll(e.cv, t)) {
            error(e.pos, "cannot use " + describe(e) + " as " + t + " value in " + context);
            return;
        }
        if (Types.isUntyped(v) && v != Types.UNTYPED_NIL && e.cv != null && !Types.isInterface(t)) {
            String saved = ctx;
            ctx = context;
            Kind k = Types.kindOf(t);
            boolean kindOk = assignable(v, t);
            if (!kindOk) {
                error(e.pos, "cannot use " + describe(e) + " as " + t + " value in " + context);
            } else {
                Object r = representableOr(e, e.cv, t, null);
                if (r != null) {
                    e.cv = r;
                    e.type = t;
                    Expr u = e;
                    while (u instanceof Paren p) {
                        u = p.x;
                        u.type = t;
                        u.cv = r;
                    }
                }
            }
            ctx = saved;
            return;
        }
        if (!assignable(v, t)) {
            String why = "";
            if (t.underlying() instanceof Interface it) {
                String miss = Types.missingMethod(v, it);
                if (miss != null) {
                    Method pm = v instanceof Named ? Types.lookupFieldOrMethod(v, miss).method() : null;
                    why = pm != null && pm.ptrRecv ? ":\n\t" + v + " does not implement " + t + " (method " + miss
                            + " has pointer receiver)" : ":\n\t" + v + " does not implement " + t
                            + " (missing method " + miss + ")";
                }
            }
            error(e.pos, "cannot use " + describe(e) + " as " + t + " value in " + context + why);
            return;
        }
        // an untyped constant bound to an interface takes its default type: a failure there names
        // the same context ("in argument to fmt.Println", go1.19 types2 assignment.go)
        String saved = ctx;
        ctx = context;
        convertUntyped(e, t);
        ctx = saved;
    }

    boolean addressable(Expr e) {
        e = unparen(e);
        return switch (e) {
            case Ident id -> id.obj instanceof Var;
            case Selector s -> s.selection != null && (s.selection.kind() == SelKind.FIELD
                    && (s.selection.deref() || addressable(s.x))
                    || s.selection.kind() == SelKind.QUALIFIED && s.selection.qualified() instanceof Var);
            case Index ix -> ix.x.type.underlying() instanceof Slice
                    || ix.x.type.underlying() instanceof Pointer
                    || ix.x.type.underlying() instanceof Array && addressable(ix.x);
            case Star st -> true;
            default -> false;
        };
    }
}
