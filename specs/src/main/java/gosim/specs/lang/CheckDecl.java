package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level declarations: models go/types resolver.go (collectObjects) and decl.go (objDecl,
 * constDecl, varDecl, typeDecl, funcDecl), resolving package objects lazily in dependency order.
 */
abstract class CheckDecl extends CheckStmt {
    CheckDecl(Map<String, Package> packages, Prelude prelude) {
        super(packages, prelude);
    }

    void collect(File f, Scope pkgScope, Scope fileScope) {
        for (Decl d : f.decls()) {
            if (d instanceof GenDecl gd) {
                for (Spec s : gd.specs) {
                    switch (s) {
                        case ValueSpec vs when gd.tok == Tok.CONST -> {
                            for (int i = 0; i < vs.names.size(); i++) {
                                Ident id = vs.names.get(i);
                                Const c = new Const(id.name, id.pos, null, null);
                                c.spec = vs;
                                c.index = i;
                                id.obj = c;
                                declOrder.put(c, order(id.pos));
                                declare(pkgScope, c, id.pos);
                                pkg.scope.put(id.name, c);
                            }
                        }
                        case ValueSpec vs -> {
                            for (Ident id : vs.names) {
                                Var v = new Var(id.name, id.pos, null, null);
                                v.spec = vs;
                                v.pkg = pkg;
                                v.used = true;
                                id.obj = v;
                                declOrder.put(v, order(id.pos));
                                pkg.globals.add(v);
                                declare(pkgScope, v, id.pos);
                                pkg.scope.put(id.name, v);
                            }
                        }
                        case TypeSpec ts -> {
                            TypeName tn = new TypeName(ts.name.name, ts.name.pos, null);
                            tn.spec = ts;
                            tn.pkg = pkg;
                            if (!ts.alias) {
                                tn.type = new Named(pkg.path.equals("main") ? "main" : pkg.name, ts.name.name, null);
                            }
                            ts.name.obj = tn;
                            declare(pkgScope, tn, ts.name.pos);
                            pkg.scope.put(ts.name.name, tn);
                            if (ts.typeParams != null) {
                                generic.collectType(tn, ts, f);
                            }
                        }
                        default -> {
                        }
                    }
                }
            } else if (d instanceof FuncDecl fd && fd.recv != null && CheckGeneric.isGenericDecl(fd)) {
                generic.collectMethod(fd);
            } else if (d instanceof FuncDecl fd && fd.recv != null) {
                declOrder.put(fd, order(fd.pos)); // the Method replaces it in declareFunc
            } else if (d instanceof FuncDecl fd) {
                FuncObj fo = new FuncObj(fd.name.name, fd.name.pos, fd, pkg);
                fo.symbol = pkg.path + "." + fd.name.name;
                fd.name.obj = fo;
                if (fd.name.name.equals("init")) {
                    // not declared (init cannot be referred to); gc 1.7 renames them init.1, init.2, ...
                    // (go1.7 gc/init.go:28-31 renameinit) and main.init calls them in order; 1.19
                    // counts from 0: init.0, init.1, ... (noder/noder.go:443-448)
                    fo.symbol = pkg.path + ".init." + (pkg.inits.size() + (prelude.atLeast(19) ? 0 : 1));
                    pkg.inits.add(fd);
                    continue;
                }
                declOrder.put(fo, order(fd.pos));
                declare(pkgScope, fo, fd.name.pos);
                pkg.scope.put(fd.name.name, fo);
                if (CheckGeneric.isGenericDecl(fd)) {
                    generic.collectFunc(fo, fd, f);
                    continue;
                }
                funcNodes.put(fd, fo);
            }
        }
    }

    /**
     * The files of a library package whose declarations load out of source order (Checker.Library),
     * by rank, or null: there a declaration's order (resolver.go's obj.order(), which breaks ties in
     * the initialization order) is its position, else the order in which it was collected.
     */
    Map<String, Integer> fileRank;

    int order(Pos p) {
        return fileRank == null ? declOrder.size() : fileRank.get(p.file()) << 28 | p.line() << 12 | p.col();
    }

    /** gc's limit on a type's size on amd64 (cmd/compile types.MaxWidth = 1<<50). */
    static final BigInteger MAX_WIDTH = BigInteger.ONE.shiftLeft(50);

    /** A type's size in bytes, alignment ignored (enough to find types larger than the address space). */
    static BigInteger width(Type t) {
        return switch (t.underlying()) {
            case Array a -> BigInteger.valueOf(a.len).multiply(width(a.elem));
            case Struct s -> s.fields.stream().map(f -> width(f.type())).reduce(BigInteger.ZERO, BigInteger::add);
            case Slice s -> BigInteger.valueOf(24);
            case Interface i -> BigInteger.valueOf(16);
            case Basic b -> BigInteger.valueOf(switch (b.kind) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32 -> 4;
                case STRING -> 16;
                default -> 8;
            });
            default -> BigInteger.valueOf(8);
        };
    }

    /** Each declared function's or method's node in the dependency graph (FuncObj or Method). */
    final Map<FuncDecl, Object> funcNodes = new HashMap<>();

    /**
     * A file's types and then its function and method signatures. Every file of a package goes
     * through this before any file's values and bodies (go/types' collectObjects, then
     * packageObjects), so a body can call a method declared in a later file.
     */
    void declareTypesAndFuncs(File f) {
        for (Decl d : f.decls()) {
            if (d instanceof GenDecl gd && gd.tok == Tok.TYPE) {
                for (Spec s : gd.specs) {
                    resolveTypeName((TypeName) ((TypeSpec) s).name.obj);
                }
            }
        }
        for (Decl d : f.decls()) {
            if (d instanceof FuncDecl fd && !CheckGeneric.isGenericDecl(fd)) {
                declareFunc(fd);
            }
        }
    }

    /** A file's constants, variables and function bodies, once every file's signatures are known. */
    void checkValuesAndBodies(File f) {
        for (Decl d : f.decls()) {
            if (d instanceof GenDecl gd && gd.tok != Tok.TYPE) {
                for (Spec s : gd.specs) {
                    for (Ident id : ((ValueSpec) s).names) {
                        if (id.obj instanceof Const c) {
                            resolveConst(c);
                        } else if (id.obj instanceof Var v) {
                            resolveGlobal(v);
                        }
                    }
                }
            }
        }
        for (Decl d : f.decls()) {
            if (d instanceof FuncDecl fd && fd.scope != null) {
                checkFuncBody(fd.scope, fd.body, funcNodes.get(fd));
            }
        }
    }

    void resolveTypeName(TypeName tn) {
        if (tn.type != null && !(tn.type instanceof Named) || generic.isGeneric(tn)) {
            return;
        }
        if (tn.type instanceof Named n) {
            if (n.underlying != null) {
                return;
            }
            n.underlying = Types.INVALID; // guards against invalid recursive types
            resolving.add(tn);
            Type u;
            try {
                u = typeOf(tn.spec.type);
            } finally {
                resolving.remove(resolving.size() - 1);
            }
            if (u instanceof Named un && un != n && un.underlying == Types.INVALID && waitsValidly(un)) {
                // type T2 T1 met while T1 struct{ Next *T2 } is being resolved: T2 takes T1's
                // underlying once T1 has it (test/fixedbugs/bug336.go); a cycle only through names
                // (type A B; type B A) is the invalid one
                pendingUnder.computeIfAbsent(un, k -> new ArrayList<>()).add(n);
                return;
            }
            if (u == n || u.underlying() == Types.INVALID && u instanceof Named) {
                error(tn.spec.name.pos, "invalid recursive type " + tn.name);
            }
            setUnderlying(n, u.underlying());
        } else {
            tn.type = typeOf(tn.spec.type);
        }
    }

    /** The type names whose declarations are being resolved, outermost first. */
    private final List<TypeName> resolving = new ArrayList<>();
    /** Named types whose underlying is that of a named type still being resolved (insertion order). */
    private final Map<Named, List<Named>> pendingUnder = new java.util.LinkedHashMap<>();

    /**
     * Whether un, met with no underlying yet, is legitimately unfinished: it waits itself, or its
     * declaration is on the resolving stack and some declaration from it to here is not a bare type
     * name (so the path goes through a struct, pointer or other literal type).
     */
    private boolean waitsValidly(Named un) {
        for (List<Named> w : pendingUnder.values()) {
            if (w.contains(un)) {
                return true;
            }
        }
        for (int i = 0; i < resolving.size(); i++) {
            if (resolving.get(i).type == un) {
                for (int j = i; j < resolving.size(); j++) {
                    if (!(Exprs.unparen(resolving.get(j).spec.type) instanceof Ident)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** n's underlying is u; the named types waiting for n's get it too. */
    private void setUnderlying(Named n, Type u) {
        n.underlying = u;
        List<Named> waiting = pendingUnder.remove(n);
        if (waiting != null) {
            for (Named w : waiting) {
                setUnderlying(w, u);
            }
        }
    }

    void declareFunc(FuncDecl fd) {
        Scope saved = scope;
        Signature sig = signature(fd.sig, null);
        String symbol;
        Named recvType = null;
        Method method = null;
        boolean ptr = false;
        if (fd.recv != null) {
            Expr rt = fd.recv.type();
            if (rt instanceof Star st) {
                ptr = true;
                rt = st.x;
            }
            Type t = rt instanceof Ident id ? lookupTypeName(id) : generic.recvType(rt);
            if (!(t instanceof Named nt) || !nt.pkg.equals(pkg.path.equals("main") ? "main" : pkg.name)) {
                error(fd.recv.type().pos, "invalid receiver type " + ExprString.of(fd.recv.type()));
                return;
            }
            recvType = nt;
            if (nt.underlying() instanceof Pointer || nt.underlying() instanceof Interface) {
                error(fd.recv.type().pos, "invalid receiver type " + nt);
                return;
            }
            String rn = CheckGeneric.symbolName(nt);
            symbol = pkg.path + "." + (ptr ? "(*" + rn + ")" : rn) + "." + fd.name.name;
            // a blank method is checked but joins no method set, so it clashes with nothing (go/types)
            boolean blank = fd.name.name.equals("_");
            if (!blank && nt.methods.containsKey(fd.name.name)) {
                error(fd.name.pos, "method " + nt.name + "." + fd.name.name + " already declared");
                return;
            }
            if (!blank && nt.underlying() instanceof Struct s && s.fieldIndex(fd.name.name) >= 0) {
                error(fd.name.pos, "field and method with the same name " + fd.name.name);
                return;
            }
            Method m = new Method(fd.name.name, sig, ptr, nt);
            method = m;
            if (!blank) {
                nt.methods.put(fd.name.name, m);
            }
            funcNodes.put(fd, m);
            Integer order = declOrder.remove(fd);
            if (order != null) {
                declOrder.put(m, order);
            }
        } else {
            symbol = pkg.path + "." + fd.name.name;
            if (fd.name.obj instanceof FuncObj fo) {
                fo.sig = sig;
                symbol = fo.symbol;
            }
            if ((fd.name.name.equals("main") && pkg.path.equals("main") || fd.name.name.equals("init"))
                    && (!sig.params.isEmpty() || !sig.results.isEmpty())) {
                error(fd.name.pos, "func " + fd.name.name + " must have no arguments and no return values");
            }
        }
        if (fd.body == null && !nativeOk) {
            error(fd.name.pos, "missing function body");
        }
        int end = fd.body != null ? fd.body.rbrace.line() : fd.pos.line();
        FuncScope fs = new FuncScope(null, symbol, sig, fd.pos, end, fd.body, pkg);
        fd.scope = fs;
        pkg.funcs.add(fs);
        if (recvType != null) {
            Type rtype = ptr ? new Pointer(recvType) : recvType;
            String rn = fd.recv.names().isEmpty() ? "_" : fd.recv.names().get(0).name;
            Var rv = new Var(rn, fd.recv.pos(), rtype, fs);
            rv.used = true;
            fs.recv = rv;
            method.fnScope = fs;
        }
        scope = saved;
    }

    Type lookupTypeName(Ident id) {
        Obj o = scope.lookup(id.name);
        if (o instanceof TypeName tn) {
            resolveTypeName(tn);
            return tn.type;
        }
        return null;
    }

    // ---------------------------------------------------------------- constants and globals

    void resolveConst(Const c) {
        if (c.value != null || c.type == Types.INVALID) {
            return;
        }
        if (c.resolving) {
            error(c.pos, "initialization cycle or invalid recursive constant " + c.name);
            c.type = Types.INVALID;
            return;
        }
        c.resolving = true;
        ValueSpec vs = c.spec;
        int savedIota = iota;
        Set<Object> savedDeps = deps;
        deps = new LinkedHashSet<>();
        depGraph.put(c, deps);
        iota = vs.iota;
        try {
            if (c.index >= vs.values.size()) {
                error(c.pos, vs.values.isEmpty() ? "missing init expr for const declaration"
                        : "missing init expr for const declaration");
                c.type = Types.INVALID;
                return;
            }
            if (vs.values.size() > vs.names.size() && c.index == vs.names.size() - 1) {
                error(vs.values.get(vs.names.size()).pos, "extra init expr");
            }
            Expr e = vs.values.get(c.index);
            Type t = expr(e);
            if (t == Types.INVALID) {
                c.type = Types.INVALID;
                return;
            }
            if (e.cv == null) {
                error(e.pos, describe(e) + " is not constant");
                c.type = Types.INVALID;
                return;
            }
            Type target = vs.type != null ? typeOf(vs.type) : t;
            if (vs.type != null) {
                assign(e, target, "constant declaration");
            }
            c.type = target;
            c.value = e.cv;
        } finally {
            iota = savedIota;
            deps = savedDeps;
            c.resolving = false;
        }
    }

    void resolveGlobal(Var v) {
        if (v.type != null) {
            return;
        }
        if (v.resolving) {
            error(v.pos, "initialization loop for " + v.name); // gc 1.19 (go vet: "initialization cycle for")
            v.type = Types.INVALID;
            return;
        }
        v.resolving = true;
        ValueSpec vs = v.spec;
        Set<Object> savedDeps = deps;
        FuncScope savedFn = fn;
        fn = null;
        deps = new LinkedHashSet<>();
        try {
            initSpec(vs, true);
            for (Ident id : vs.names) {
                if (id.obj instanceof Var gv) {
                    depGraph.put(gv, deps);
                }
            }
        } finally {
            deps = savedDeps;
            fn = savedFn;
            v.resolving = false;
        }
    }

    /** Checks a var spec's type and initializers and sets its variables' types. */
    void initSpec(ValueSpec vs, boolean global) {
        Type declared = vs.type != null ? typeOf(vs.type) : null;
        if (declared != null && width(declared).compareTo(MAX_WIDTH) >= 0) {
            String ts = declared.toString();
            if (ExprString.of(vs.type).endsWith("byte") && ts.endsWith("uint8")) {
                ts = ts.substring(0, ts.length() - 5) + "byte"; // our byte is uint8; gc keeps the alias's name
            }
            error(vs.names.get(0).pos, "type " + ts + " larger than address space");
            declared = Types.INVALID;
        }
        List<Var> vars = new ArrayList<>();
        for (Ident id : vs.names) {
            vars.add((Var) id.obj);
        }
        if (vs.values.isEmpty()) {
            for (Var v : vars) {
                v.type = declared;
            }
            return;
        }
        if (vs.values.size() == 1 && vs.names.size() > 1) {
            Type t = multiRhs(vs.values.get(0), vs.names.size());
            List<Type> ts = t instanceof Tuple tu ? tu.types : List.of(t);
            if (t == Types.INVALID) {
                vars.forEach(v -> v.type = Types.INVALID);
                return;
            }
            if (ts.size() != vars.size()) {
                error(vs.names.get(0).pos, "assignment mismatch: " + vars.size() + " variables but "
                        + returnsWhat(vs.values.get(0), ts.size()));
                vars.forEach(v -> v.type = Types.INVALID);
                return;
            }
            for (int i = 0; i < vars.size(); i++) {
                Type vt = declared != null ? declared : ts.get(i);
                if (declared != null && !assignable(ts.get(i), declared)) {
                    error(vs.values.get(0).pos, "cannot use " + ts.get(i) + " value as " + declared
                            + " value in assignment");
                }
                vars.get(i).type = vt;
            }
            return;
        }
        if (vs.values.size() != vs.names.size()) {
            error(vs.names.get(0).pos, "assignment mismatch: " + vs.names.size() + " variable"
                    + (vs.names.size() > 1 ? "s" : "") + " but " + vs.values.size() + " value"
                    + (vs.values.size() > 1 ? "s" : ""));
            vars.forEach(v -> v.type = Types.INVALID);
            return;
        }
        for (int i = 0; i < vars.size(); i++) {
            Expr e = vs.values.get(i);
            Type t = expr(e);
            if (declared != null) {
                assign(e, declared, "variable declaration");
                vars.get(i).type = declared;
            } else {
                if (t == Types.UNTYPED_NIL) {
                    error(e.pos, "use of untyped nil in variable declaration");
                    t = Types.INVALID;
                } else if (t instanceof Tuple tu) {
                    error(e.pos, tu.types.isEmpty() ? describe(e) + " (no value) used as value"
                            : "multiple-value " + ExprString.of(e) + " (value of type " + t + ") in single-value context");
                    t = Types.INVALID;
                }
                Type dt = Types.defaultType(t);
                String saved = ctx;
                ctx = "variable declaration";
                convertUntyped(e, dt);
                ctx = saved;
                vars.get(i).type = dt;
            }
        }
    }

}
