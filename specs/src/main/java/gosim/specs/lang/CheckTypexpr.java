package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Type expressions: models go/types typexpr.go (typ, funcType, array lengths). */
abstract class CheckTypexpr extends CheckBase {
    CheckTypexpr(Map<String, Package> packages, Prelude prelude) {
        super(packages, prelude);
    }

    Type typeOf(Expr e) {
        Type t = typeOrNull(e);
        if (t == null) {
            if (e.type != Types.INVALID) {
                error(e.pos, ExprString.of(e) + " is not a type");
            }
            return Types.INVALID;
        }
        e.isType = true;
        e.type = t;
        return t;
    }

    /** The type e denotes, or null if e is not a type expression. */
    Type typeOrNull(Expr e) {
        switch (e) {
            case TypeRef tr:
                return tr.t;
            case Ident id: {
                Obj o = scope.lookup(id.name);
                if (o == null) {
                    error(id.pos, "undefined: " + id.name);
                    e.type = Types.INVALID;
                    return Types.INVALID;
                }
                id.obj = o;
                if (o instanceof TypeName tn) {
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
                return null;
            }
            case Selector s when s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn: {
                pn.used = true;
                Obj o = pn.pkg.lookup(s.sel.name);
                if (o instanceof TypeName tn && Character.isUpperCase(s.sel.name.charAt(0))) {
                    if (generic.isGeneric(tn)) {
                        return generic.withoutInstantiation(s, generic.genericOf(s));
                    }
                    return tn.type;
                }
                if (o == null) {
                    error(s.sel.pos, "undefined: " + ExprString.of(s));
                    return Types.INVALID;
                }
                return null;
            }
            case Paren p:
                return typeOrNull(p.x);
            case Index ix when generic.genericOf(ix.x) != null:
                return generic.instantiate(ix, ix.x, List.of(ix.index));
            case IndexList il when generic.genericOf(il.x) != null:
                return generic.instantiate(il, il.x, il.indices);
            case Index ix when typeOrNull(ix.x) instanceof Type t:
                return notGeneric(ix.x, t);
            case IndexList il when typeOrNull(il.x) instanceof Type t:
                return notGeneric(il.x, t);
            case Union u: {
                Interface it = new Interface(Map.of());
                it.typeSet = generic.union(u);
                return it;
            }
            case Star s: {
                Type t = typeOrNull(s.x);
                return t == null ? null : t == Types.INVALID ? t : new Pointer(t);
            }
            case ArrayTypeExpr a: {
                Type elem = typeOf(a.elem);
                if (a.len == null) {
                    return new Slice(elem);
                }
                if (a.len instanceof Ellipsis) {
                    error(a.len.pos, "invalid use of [...] array (outside a composite literal)");
                    return Types.INVALID;
                }
                expr(a.len);
                // an untyped constant with an integer value counts, such as 1e1 (go/types arrayLength)
                Object lc = a.len.cv;
                if (lc != null && !(lc instanceof BigInteger) && a.len.type != null && Types.isUntyped(a.len.type)
                        && Constants.isNumber(lc) && Constants.integral(lc)) {
                    lc = Constants.toInt(lc);
                }
                if (!(lc instanceof BigInteger n) || n.signum() < 0) {
                    // go1.19 types2/typexpr.go arrayLength: a non-integer constant "must be integer"
                    error(a.len.pos, "array length " + ExprString.of(a.len) + " (" + describeKind(a.len)
                            + ") must be " + (lc != null && Constants.isNumber(lc) && !(lc instanceof BigInteger) ? "integer" : "constant"));
                    return Types.INVALID;
                }
                return new Array(n.longValueExact(), elem);
            }
            case MapTypeExpr m: {
                Type k = typeOf(m.key);
                Type v = typeOf(m.value);
                if (k != Types.INVALID && !Types.comparable(k)) {
                    error(m.key.pos, "invalid map key type " + k);
                }
                return new MapT(k, v);
            }
            case ChanTypeExpr c:
                return new Chan(c.dir, typeOf(c.elem));
            case StructTypeExpr st: {
                List<String> names = new ArrayList<>();
                List<Type> types = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                List<Boolean> embedded = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                for (int fi = 0; fi < st.fields.size(); fi++) {
                    Ast.Field f = st.fields.get(fi);
                    String tag = fi < st.tags.size() ? st.tags.get(fi) : "";
                    Type t = typeOf(f.type());
                    if (f.names().isEmpty()) {
                        // embedded field: named after its type name
                        Expr te = f.type() instanceof Star sx ? sx.x : f.type();
                        te = te instanceof Index ix ? ix.x : te instanceof IndexList il ? il.x : te;
                        String en = te instanceof Selector sel ? sel.sel.name : ((Ident) te).name;
                        if (!seen.add(en)) {
                            error(f.pos(), en + " redeclared");
                        }
                        names.add(en);
                        types.add(t);
                        embedded.add(true);
                        tags.add(tag);
                        continue;
                    }
                    for (Ident n : f.names()) {
                        embedded.add(false);
                        if (!n.name.equals("_") && !seen.add(n.name)) {
                            error(n.pos, n.name + " redeclared");
                        }
                        names.add(n.name);
                        types.add(t);
                        tags.add(tag);
                    }
                }
                Struct made = new Struct(names, types, embedded);
                made.tags = tags.stream().allMatch(String::isEmpty) ? null : List.copyOf(tags);
                return made;
            }
            case FuncTypeExpr ft:
                return signature(ft, null);
            case InterfaceTypeExpr it: {
                Map<String, Signature> ms = new LinkedHashMap<>();
                CheckGeneric.TypeSet set = null;
                for (Ast.Field f : it.methods) {
                    if (f.names().isEmpty()) {
                        CheckGeneric.TypeSet es = generic.element(f.type(), ms);
                        set = set == null ? es : set.and(es);
                    } else {
                        ms.put(f.names().get(0).name, signature((FuncTypeExpr) f.type(), null));
                    }
                }
                if (set != null) {
                    Interface ci = new Interface(ms);
                    ci.typeSet = set;
                    return ci;
                }
                return ms.isEmpty() ? Types.EMPTY_INTERFACE : new Interface(ms);
            }
            default:
                return null;
        }
    }

    /** T[int] for a type T that has no type parameters (types2 typexpr.go instantiatedType). */
    private Type notGeneric(Expr x, Type t) {
        if (t != Types.INVALID) {
            error(x.pos, ExprString.of(x) + " is not a generic type");
        }
        return Types.INVALID;
    }

    /** A function type; when fs is non-null, parameters and named results are declared into it. */
    Signature signature(FuncTypeExpr ft, FuncScope fs) {
        List<Type> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < ft.params.size(); i++) {
            Ast.Field f = ft.params.get(i);
            Expr te = f.type();
            Type t;
            if (te instanceof Ellipsis el) {
                if (i != ft.params.size() - 1 || f.names().size() > 1) {
                    error(te.pos, "can only use ... with final parameter in list");
                }
                variadic = true;
                t = new Slice(typeOf(el.elem));
                te.isType = true;
                te.type = t;
            } else {
                t = typeOf(te);
            }
            int n = Math.max(1, f.names().size());
            for (int k = 0; k < n; k++) {
                params.add(t);
            }
        }
        List<Type> results = new ArrayList<>();
        for (Ast.Field f : ft.results) {
            Type t = typeOf(f.type());
            int n = Math.max(1, f.names().size());
            for (int k = 0; k < n; k++) {
                results.add(t);
            }
        }
        Signature sig = new Signature(params, results, variadic);
        ft.type = sig;
        ft.isType = true;
        return sig;
    }
}
