package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type checker: models go/types (resolver.go, decl.go, expr.go, call.go, stmt.go, assignments.go,
 * conversions.go, builtins.go, labels.go, return.go). It resolves every identifier to an object,
 * annotates expressions with types and constant values, marks variables captured by closures or
 * whose address is taken, names closures as gc does (main.main.func1), and reports errors in gc's
 * words at gc's positions.
 */
final class Checker {

    // ---------------------------------------------------------------- objects

    abstract static class Obj {
        final String name;
        final Pos pos;

        Obj(String name, Pos pos) {
            this.name = name;
            this.pos = pos;
        }
    }

    /** A variable: package-level (global) or local to one function. */
    static final class Var extends Obj {
        Type type;
        final FuncScope owner;
        boolean used;
        /** Referenced from a closure: lives in a heap cell shared by reference. */
        boolean captured;
        /** Its address is taken (&x or a pointer-method call on it). */
        boolean addrTaken;
        /** Frame slot (assigned by the compiler) or global index. */
        int slot = -1;
        /** For globals: the spec that declares and initializes it. */
        ValueSpec spec;
        /** Whether a boxed variable is moved to the heap (set by {@link Escape}). */
        boolean heap = true;
        Package pkg;
        boolean resolving;

        Var(String name, Pos pos, Type type, FuncScope owner) {
            super(name, pos);
            this.type = type;
            this.owner = owner;
        }

        boolean isGlobal() {
            return owner == null;
        }

        /** Whether the variable must live in a cell (shared by closures or pointed to). */
        boolean boxed() {
            return captured || (addrTaken && !Interp.isAggregate(type));
        }
    }

    static final class Const extends Obj {
        Type type;
        Object value;
        ValueSpec spec;
        int index;
        boolean resolving;

        Const(String name, Pos pos, Type type, Object value) {
            super(name, pos);
            this.type = type;
            this.value = value;
        }
    }

    static final class TypeName extends Obj {
        Type type;
        TypeSpec spec;
        Package pkg;

        TypeName(String name, Pos pos, Type type) {
            super(name, pos);
            this.type = type;
        }
    }

    static final class FuncObj extends Obj {
        final FuncDecl decl;
        Signature sig;
        final Package pkg;
        String symbol;
        /** Compiled code (set by the interpreter). */
        Interp.Fn fn;

        FuncObj(String name, Pos pos, FuncDecl decl, Package pkg) {
            super(name, pos);
            this.decl = decl;
            this.pkg = pkg;
        }
    }

    static final class PkgName extends Obj {
        final Package pkg;
        boolean used;

        PkgName(String name, Pos pos, Package pkg) {
            super(name, pos);
            this.pkg = pkg;
        }
    }

    static final class Builtin extends Obj {
        Builtin(String name) {
            super(name, null);
        }
    }

    static final class NilObj extends Obj {
        NilObj() {
            super("nil", null);
        }
    }

    /** A checked package: its scope, functions in declaration order and globals in initialization order. */
    static final class Package {
        final String path;
        final String name;
        final Map<String, Obj> scope = new LinkedHashMap<>();
        final List<FuncScope> funcs = new ArrayList<>();
        final List<Var> globals = new ArrayList<>();
        final List<Var> initOrder = new ArrayList<>();
        final List<File> files = new ArrayList<>();
        boolean checked;

        Package(String path, String name) {
            this.path = path;
            this.name = name;
        }
    }

    /** One function body (declared function, method or function literal) and what it captures. */
    static final class FuncScope {
        final FuncScope parent;
        final String symbol;
        final Signature sig;
        final List<Var> params = new ArrayList<>();
        final List<Var> results = new ArrayList<>();
        final LinkedHashSet<Var> captures = new LinkedHashSet<>();
        final List<Var> locals = new ArrayList<>();
        final Pos start;
        final int endLine;
        final Block body;
        final Package pkg;
        int closures;
        /** The receiver, for methods. */
        Var recv;

        FuncScope(FuncScope parent, String symbol, Signature sig, Pos start, int endLine, Block body, Package pkg) {
            this.parent = parent;
            this.symbol = symbol;
            this.sig = sig;
            this.start = start;
            this.endLine = endLine;
            this.body = body;
            this.pkg = pkg;
        }

        int captureIndex(Var v) {
            int i = 0;
            for (Var c : captures) {
                if (c == v) {
                    return i;
                }
                i++;
            }
            return -1;
        }
    }

    enum SelKind { FIELD, METHOD, IFACE_METHOD, QUALIFIED }

    /** What x.f denotes. */
    record Selection(SelKind kind, int field, Method method, boolean deref, boolean addr, Obj qualified) {
    }

    static final class Scope {
        final Scope parent;
        final Map<String, Obj> names = new HashMap<>();

        Scope(Scope parent) {
            this.parent = parent;
        }

        Obj lookup(String n) {
            for (Scope s = this; s != null; s = s.parent) {
                Obj o = s.names.get(n);
                if (o != null) {
                    return o;
                }
            }
            return null;
        }
    }

    // ---------------------------------------------------------------- universe

    static final Const IOTA = new Const("iota", null, Types.UNTYPED_INT, null);
    static final Scope UNIVERSE = new Scope(null);

    static {
        Object[][] types = {{"bool", Types.BOOL}, {"int", Types.INT}, {"int8", Types.INT8}, {"int16", Types.INT16},
            {"int32", Types.INT32}, {"int64", Types.INT64}, {"uint", Types.UINT}, {"uint8", Types.UINT8},
            {"uint16", Types.UINT16}, {"uint32", Types.UINT32}, {"uint64", Types.UINT64},
            {"uintptr", Types.UINTPTR}, {"float64", Types.FLOAT64}, {"string", Types.STRING},
            {"byte", Types.BYTE}, {"rune", Types.RUNE}, {"error", Types.ERROR},
            {"any", Types.EMPTY_INTERFACE}};
        for (Object[] t : types) {
            UNIVERSE.names.put((String) t[0], new TypeName((String) t[0], null, (Type) t[1]));
        }
        for (String b : List.of("append", "cap", "close", "copy", "delete", "len", "make", "new", "panic", "print",
                "println", "recover")) {
            UNIVERSE.names.put(b, new Builtin(b));
        }
        UNIVERSE.names.put("true", new Const("true", null, Types.UNTYPED_BOOL, Boolean.TRUE));
        UNIVERSE.names.put("false", new Const("false", null, Types.UNTYPED_BOOL, Boolean.FALSE));
        UNIVERSE.names.put("nil", new NilObj());
        UNIVERSE.names.put("iota", IOTA);
        for (String t : List.of("float32", "complex64", "complex128")) {
            UNIVERSE.names.put(t, new TypeName(t, null, null));
        }
        for (String b : List.of("complex", "real", "imag", "min", "max", "clear")) {
            UNIVERSE.names.put(b, new Builtin(b));
        }
    }

    // ---------------------------------------------------------------- state

    private final List<GoCompileError.Diagnostic> errors = new ArrayList<>();
    private final Map<String, Package> packages;
    private final Prelude prelude;
    private Package pkg;
    private FuncScope fn;
    private Scope scope;
    private int iota = -1;
    /** Objects the declaration being checked depends on (for initialization order). */
    private Set<Obj> deps;
    private final Map<Obj, Set<Obj>> depGraph = new HashMap<>();
    /** Enclosing breakable statements, innermost last, with their labels. */
    private final List<Stmt> breakables = new ArrayList<>();
    private final Map<Stmt, String> labelOf = new HashMap<>();
    private Map<String, LabeledStmt> labels = new HashMap<>();
    private Set<String> usedLabels = new HashSet<>();

    Checker(Map<String, Package> packages, Prelude prelude) {
        this.packages = packages;
        this.prelude = prelude;
    }

    private void error(Pos p, String msg) {
        // gc names types of the package being compiled without their package qualifier
        msg = msg.replace("main.", "");
        for (GoCompileError.Diagnostic d : errors) {
            if (d.pos().line() == p.line() && d.pos().file().equals(p.file())) {
                return; // one error per line, as gc
            }
        }
        errors.add(new GoCompileError.Diagnostic(p, msg));
    }

    private void unsupported(Pos p, String what) {
        error(p, "unsupported: " + what);
    }

    /** Checks a package made of the given files; throws GoCompileError listing every error found (sorted). */
    Package checkPackage(String path, List<File> files) {
        Package saved = pkg;
        String name = files.get(0).pkg().name;
        pkg = new Package(path, name);
        pkg.files.addAll(files);
        packages.put(path, pkg);
        Map<File, Scope> fileScopes = new HashMap<>();
        for (File f : files) {
            Scope fs = new Scope(UNIVERSE);
            fileScopes.put(f, fs);
            for (ImportSpec im : f.imports()) {
                Package ip = importPackage(im);
                if (ip == null) {
                    continue;
                }
                String local = im.name != null ? im.name.name : ip.name;
                if (local.equals("_")) {
                    continue;
                }
                fs.names.put(local, new PkgName(local, im.pos, ip));
            }
        }
        Scope pkgScope = new Scope(UNIVERSE);
        for (File f : files) {
            collect(f, pkgScope, fileScopes.get(f));
        }
        // Package scope objects are visible from file scopes: file scope's parent is the package scope.
        for (File f : files) {
            Scope fs = fileScopes.get(f);
            Scope combined = new Scope(pkgScope);
            combined.names.putAll(fs.names);
            fileScopes.put(f, combined);
        }
        for (File f : files) {
            scope = fileScopes.get(f);
            checkDecls(f);
            for (Obj o : fs(fileScopes, f).names.values()) {
                if (o instanceof PkgName pn && !pn.used) {
                    error(pn.pos, "\"" + pn.pkg.path + "\" imported but not used");
                }
            }
        }
        computeInitOrder();
        if (path.equals("main") && !(pkg.scope.get("main") instanceof FuncObj)) {
            error(new Pos(files.get(0).name(), 1, 1), "function main is undeclared in the main package");
        }
        pkg.checked = true;
        Package done = pkg;
        // re-insert so that the map lists packages in completion (dependency) order
        packages.remove(path);
        packages.put(path, done);
        pkg = saved;
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.pos().compareTo(b.pos()));
            throw new GoCompileError(errors);
        }
        return done;
    }

    private static Scope fs(Map<File, Scope> m, File f) {
        return m.get(f);
    }

    private Package importPackage(ImportSpec im) {
        Package p = packages.get(im.path);
        if (p != null) {
            if (!p.checked) {
                error(im.pos, "import cycle not allowed");
                return null;
            }
            return p;
        }
        String src = prelude.source(im.path);
        if (src == null) {
            unsupported(im.pos, "package \"" + im.path + "\" (not in the supported subset)");
            return null;
        }
        File f = Parser.parse("$GOROOT/src/" + im.path + "/stub.go", src);
        Checker sub = new Checker(packages, prelude);
        sub.nativeOk = true;
        return sub.checkPackage(im.path, List.of(f));
    }

    /** Stub packages may declare functions without bodies (implemented natively). */
    boolean nativeOk;

    private void declare(Scope s, Obj o, Pos p) {
        if (o.name.equals("_")) {
            return;
        }
        Obj prev = s.names.get(o.name);
        if (prev != null) {
            error(p, o.name + " redeclared in this block");
            return;
        }
        s.names.put(o.name, o);
    }

    // ---------------------------------------------------------------- package-level collection

    private void collect(File f, Scope pkgScope, Scope fileScope) {
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
                                v.slot = pkg.globals.size();
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
                        }
                        default -> {
                        }
                    }
                }
            } else if (d instanceof FuncDecl fd && fd.recv == null) {
                FuncObj fo = new FuncObj(fd.name.name, fd.name.pos, fd, pkg);
                fo.symbol = pkg.path + "." + fd.name.name;
                fd.name.obj = fo;
                if (fd.name.name.equals("init")) {
                    unsupported(fd.name.pos, "func init");
                    continue;
                }
                declare(pkgScope, fo, fd.name.pos);
                pkg.scope.put(fd.name.name, fo);
            }
        }
    }

    private void checkDecls(File f) {
        // Types first (so that methods can attach), then signatures, then values and bodies.
        for (Decl d : f.decls()) {
            if (d instanceof GenDecl gd && gd.tok == Tok.TYPE) {
                for (Spec s : gd.specs) {
                    resolveTypeName((TypeName) ((TypeSpec) s).name.obj);
                }
            }
        }
        for (Decl d : f.decls()) {
            if (d instanceof FuncDecl fd) {
                declareFunc(fd);
            }
        }
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
                checkFuncBody(fd.scope, fd.body, fd.name.obj);
            }
        }
    }

    private void resolveTypeName(TypeName tn) {
        if (tn.type != null && !(tn.type instanceof Named)) {
            return;
        }
        if (tn.type instanceof Named n) {
            if (n.underlying != null) {
                return;
            }
            n.underlying = Types.INVALID; // guards against invalid recursive types
            Type u = typeOf(tn.spec.type);
            if (u == n || u.underlying() == Types.INVALID && u instanceof Named) {
                error(tn.spec.name.pos, "invalid recursive type " + tn.name);
            }
            n.underlying = u.underlying();
        } else {
            tn.type = typeOf(tn.spec.type);
        }
    }

    private void declareFunc(FuncDecl fd) {
        Scope saved = scope;
        Signature sig = signature(fd.sig, null);
        String symbol;
        Named recvType = null;
        boolean ptr = false;
        if (fd.recv != null) {
            Expr rt = fd.recv.type();
            if (rt instanceof Star st) {
                ptr = true;
                rt = st.x;
            }
            Type t = rt instanceof Ident id ? lookupTypeName(id) : null;
            if (!(t instanceof Named nt) || !nt.pkg.equals(pkg.path.equals("main") ? "main" : pkg.name)) {
                error(fd.recv.type().pos, "invalid receiver type " + ExprString.of(fd.recv.type()));
                return;
            }
            recvType = nt;
            if (nt.underlying() instanceof Pointer || nt.underlying() instanceof Interface) {
                error(fd.recv.type().pos, "invalid receiver type " + nt);
                return;
            }
            symbol = pkg.path + "." + (ptr ? "(*" + nt.name + ")" : nt.name) + "." + fd.name.name;
            if (nt.methods.containsKey(fd.name.name)) {
                error(fd.name.pos, "method " + nt.name + "." + fd.name.name + " already declared");
                return;
            }
            if (nt.underlying() instanceof Struct s && s.fieldIndex(fd.name.name) >= 0) {
                error(fd.name.pos, "field and method with the same name " + fd.name.name);
                return;
            }
            Method m = new Method(fd.name.name, sig, ptr, nt);
            nt.methods.put(fd.name.name, m);
        } else {
            symbol = pkg.path + "." + fd.name.name;
            if (fd.name.obj instanceof FuncObj fo) {
                fo.sig = sig;
            }
            if (fd.name.name.equals("main") && pkg.path.equals("main")
                    && (!sig.params.isEmpty() || !sig.results.isEmpty())) {
                error(fd.name.pos, "func main must have no arguments and no return values");
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
            recvType.methods.get(fd.name.name).fnScope = fs;
        }
        scope = saved;
    }

    private Type lookupTypeName(Ident id) {
        Obj o = scope.lookup(id.name);
        if (o instanceof TypeName tn) {
            resolveTypeName(tn);
            return tn.type;
        }
        return null;
    }

    // ---------------------------------------------------------------- constants and globals

    private void resolveConst(Const c) {
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
        Set<Obj> savedDeps = deps;
        deps = new HashSet<>();
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

    private void resolveGlobal(Var v) {
        if (v.type != null) {
            return;
        }
        if (v.resolving) {
            error(v.pos, "initialization cycle: " + v.name + " refers to itself");
            v.type = Types.INVALID;
            return;
        }
        v.resolving = true;
        ValueSpec vs = v.spec;
        Set<Obj> savedDeps = deps;
        FuncScope savedFn = fn;
        fn = null;
        deps = new HashSet<>();
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
    private void initSpec(ValueSpec vs, boolean global) {
        Type declared = vs.type != null ? typeOf(vs.type) : null;
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
                convertUntyped(e, dt);
                vars.get(i).type = dt;
            }
        }
    }

    /** The value types of the right side of an n-to-1 assignment: a call's results or a comma-ok form. */
    private Type multiRhs(Expr e, int n) {
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

    private String returnsWhat(Expr e, int n) {
        if (e instanceof Call) {
            return ExprString.of(e) + " returns " + n + " value" + (n == 1 ? "" : "s");
        }
        return n + " value" + (n == 1 ? "" : "s");
    }

    /** Package initialization order: declaration order, dependencies first (Go spec: Package initialization). */
    private void computeInitOrder() {
        Set<Obj> done = new HashSet<>();
        for (Var v : pkg.globals) {
            visitInit(v, done, new HashSet<>());
        }
    }

    private void visitInit(Obj o, Set<Obj> done, Set<Obj> onPath) {
        if (done.contains(o) || onPath.contains(o)) {
            return;
        }
        onPath.add(o);
        for (Obj d : depGraph.getOrDefault(o, Set.of())) {
            visitInit(d, done, onPath);
        }
        done.add(o);
        if (o instanceof Var v && v.isGlobal() && v.pkg == pkg && !pkg.initOrder.contains(v)) {
            // all variables of a multi-variable spec initialize together
            for (Ident id : v.spec.names) {
                if (id.obj instanceof Var sv && !pkg.initOrder.contains(sv)) {
                    pkg.initOrder.add(sv);
                    done.add(sv);
                }
            }
        }
    }

    // ---------------------------------------------------------------- types

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
    private Type typeOrNull(Expr e) {
        switch (e) {
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
                    resolveTypeName(tn);
                    return tn.type;
                }
                return null;
            }
            case Selector s when s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn: {
                pn.used = true;
                Obj o = pn.pkg.scope.get(s.sel.name);
                if (o instanceof TypeName tn && Character.isUpperCase(s.sel.name.charAt(0))) {
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
                if (!(a.len.cv instanceof BigInteger n) || n.signum() < 0) {
                    error(a.len.pos, "array length " + ExprString.of(a.len) + " (" + describeKind(a.len)
                            + ") must be constant");
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
                for (Ast.Field f : st.fields) {
                    Type t = typeOf(f.type());
                    for (Ident n : f.names()) {
                        if (!n.name.equals("_") && !seen.add(n.name)) {
                            error(n.pos, n.name + " redeclared");
                        }
                        names.add(n.name);
                        types.add(t);
                    }
                }
                return new Struct(names, types);
            }
            case FuncTypeExpr ft:
                return signature(ft, null);
            case InterfaceTypeExpr it: {
                Map<String, Signature> ms = new LinkedHashMap<>();
                for (Ast.Field f : it.methods) {
                    if (f.names().isEmpty()) {
                        Type emb = typeOf(f.type());
                        if (emb.underlying() instanceof Interface ei) {
                            ms.putAll(ei.methods);
                        } else if (emb != Types.INVALID) {
                            unsupported(f.pos(), "interface type constraint");
                        }
                    } else {
                        ms.put(f.names().get(0).name, signature((FuncTypeExpr) f.type(), null));
                    }
                }
                return ms.isEmpty() ? Types.EMPTY_INTERFACE : new Interface(ms);
            }
            default:
                return null;
        }
    }

    /** A function type; when fs is non-null, parameters and named results are declared into it. */
    private Signature signature(FuncTypeExpr ft, FuncScope fs) {
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

    // ---------------------------------------------------------------- function bodies

    private void checkFuncBody(FuncScope fs, Block body, Obj self) {
        if (body == null) {
            return;
        }
        FuncScope savedFn = fn;
        Scope savedScope = scope;
        Set<Obj> savedDeps = deps;
        var savedLabels = labels;
        var savedUsed = usedLabels;
        List<Stmt> savedBreakables = new ArrayList<>(breakables);
        breakables.clear();
        labels = new HashMap<>();
        usedLabels = new HashSet<>();
        fn = fs;
        deps = new HashSet<>();
        if (self != null) {
            depGraph.put(self, deps);
        }
        scope = new Scope(scope);
        try {
            if (fs.recv != null) {
                declare(scope, fs.recv, fs.recv.pos);
            }
            FuncTypeExpr ft = sigExprOf(fs);
            declareParams(ft, fs);
            collectLabels(body.list);
            stmts(body.list);
            if (!fs.sig.results.isEmpty() && !terminates(body)) {
                error(body.rbrace, "missing return");
            }
            for (var e : labels.entrySet()) {
                if (!usedLabels.contains(e.getKey())) {
                    error(e.getValue().pos, "label " + e.getKey() + " defined and not used");
                }
            }
            for (Var v : fs.locals) {
                if (!v.used && !v.name.equals("_")) {
                    error(v.pos, v.name + " declared but not used");
                }
            }
        } finally {
            fn = savedFn;
            scope = savedScope;
            deps = savedDeps;
            labels = savedLabels;
            usedLabels = savedUsed;
            breakables.clear();
            breakables.addAll(savedBreakables);
        }
    }

    private final Map<FuncScope, FuncTypeExpr> sigExprs = new HashMap<>();

    private FuncTypeExpr sigExprOf(FuncScope fs) {
        FuncTypeExpr ft = sigExprs.get(fs);
        if (ft != null) {
            return ft;
        }
        for (File f : pkg.files) {
            for (Decl d : f.decls()) {
                if (d instanceof FuncDecl fd && fd.scope == fs) {
                    return fd.sig;
                }
            }
        }
        throw new IllegalStateException("no signature for " + fs.symbol);
    }

    private void declareParams(FuncTypeExpr ft, FuncScope fs) {
        int i = 0;
        for (Ast.Field f : ft.params) {
            for (Ident n : f.names()) {
                Var v = new Var(n.name, n.pos, fs.sig.params.get(i++), fs);
                v.used = true;
                n.obj = v;
                fs.params.add(v);
                declare(scope, v, n.pos);
            }
            if (f.names().isEmpty()) {
                Var v = new Var("_", f.pos(), fs.sig.params.get(i++), fs);
                v.used = true;
                fs.params.add(v);
            }
        }
        i = 0;
        for (Ast.Field f : ft.results) {
            for (Ident n : f.names()) {
                Var v = new Var(n.name, n.pos, fs.sig.results.get(i++), fs);
                v.used = true;
                n.obj = v;
                fs.results.add(v);
                declare(scope, v, n.pos);
            }
            if (f.names().isEmpty()) {
                Var v = new Var("~r" + i, f.pos(), fs.sig.results.get(i++), fs);
                v.used = true;
                fs.results.add(v);
            }
        }
    }

    private void collectLabels(List<Stmt> list) {
        for (Stmt s : list) {
            if (s instanceof LabeledStmt ls) {
                if (labels.containsKey(ls.label.name)) {
                    error(ls.label.pos, "label " + ls.label.name + " already defined");
                }
                labels.put(ls.label.name, ls);
            }
        }
    }

    private void openScope() {
        scope = new Scope(scope);
    }

    private void closeScope() {
        scope = scope.parent;
    }

    private Var newLocal(Ident id, Type t) {
        Var v = new Var(id.name, id.pos, t, fn);
        id.obj = v;
        fn.locals.add(v);
        declare(scope, v, id.pos);
        return v;
    }

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case DeclStmt ds -> {
                if (ds.decl.tok == Tok.TYPE) {
                    for (Spec sp : ds.decl.specs) {
                        TypeSpec ts = (TypeSpec) sp;
                        TypeName tn = new TypeName(ts.name.name, ts.name.pos, null);
                        tn.spec = ts;
                        tn.pkg = pkg;
                        if (!ts.alias) {
                            tn.type = new Named("main", ts.name.name, null);
                        }
                        ts.name.obj = tn;
                        declare(scope, tn, ts.name.pos);
                        resolveTypeName(tn);
                    }
                } else if (ds.decl.tok == Tok.CONST) {
                    for (Spec sp : ds.decl.specs) {
                        ValueSpec vs = (ValueSpec) sp;
                        List<Const> cs = new ArrayList<>();
                        for (int i = 0; i < vs.names.size(); i++) {
                            Ident id = vs.names.get(i);
                            Const c = new Const(id.name, id.pos, null, null);
                            c.spec = vs;
                            c.index = i;
                            id.obj = c;
                            resolveConst(c);
                            cs.add(c);
                        }
                        for (Const c : cs) {
                            declare(scope, c, c.pos);
                        }
                    }
                } else {
                    for (Spec sp : ds.decl.specs) {
                        ValueSpec vs = (ValueSpec) sp;
                        List<Var> vars = new ArrayList<>();
                        for (Ident id : vs.names) {
                            Var v = new Var(id.name, id.pos, null, fn);
                            id.obj = v;
                            vars.add(v);
                        }
                        initSpec(vs, false);
                        for (Var v : vars) {
                            fn.locals.add(v);
                            declare(scope, v, v.pos);
                        }
                    }
                }
            }
            case EmptyStmt es -> {
            }
            case LabeledStmt ls -> {
                labelOf.put(ls.stmt, ls.label.name);
                stmt(ls.stmt);
            }
            case ExprStmt es -> {
                Type t = exprOrTuple(es.x, true);
                Expr x = unparen(es.x);
                boolean ok = x instanceof Call c && !c.conversion
                        && (c.builtin == null || List.of("panic", "print", "println", "copy", "close", "delete",
                                "recover").contains(c.builtin))
                        || x instanceof Unary u && u.op == Tok.ARROW;
                if (!ok && t != Types.INVALID) {
                    error(es.x.pos, describe(es.x) + " is not used");
                }
            }
            case SendStmt ss -> {
                Type ct = expr(ss.chan);
                Type vt = expr(ss.value);
                if (ct == Types.INVALID || vt == Types.INVALID) {
                    return;
                }
                if (!(ct.underlying() instanceof Chan c)) {
                    error(ss.pos, "invalid operation: cannot send to non-channel " + describe(ss.chan));
                    return;
                }
                if (c.dir == ChanDir.RECV) {
                    error(ss.pos, "invalid operation: cannot send to receive-only channel " + describe(ss.chan));
                    return;
                }
                assign(ss.value, c.elem, "send");
            }
            case IncDecStmt ids -> {
                Type t = expr(ids.x);
                if (t == Types.INVALID) {
                    return;
                }
                if (!Types.isNumeric(t)) {
                    error(ids.x.pos, "invalid operation: " + ExprString.of(ids.x) + (ids.inc ? "++" : "--")
                            + " (non-numeric type " + t + ")");
                    return;
                }
                checkAssignable(ids.x);
            }
            case AssignStmt as -> assignStmt(as);
            case GoStmt gs -> callStmt(gs.call, "go");
            case DeferStmt ds -> callStmt(ds.call, "defer");
            case ReturnStmt rs -> returnStmt(rs);
            case BranchStmt bs -> branch(bs);
            case Block b -> {
                openScope();
                stmts(b.list);
                closeScope();
            }
            case IfStmt is -> {
                openScope();
                if (is.init != null) {
                    stmt(is.init);
                }
                condition(is.cond, "if statement");
                openScope();
                stmts(is.then.list);
                closeScope();
                if (is.els != null) {
                    stmt(is.els);
                }
                closeScope();
            }
            case SwitchStmt ss -> switchStmt(ss);
            case TypeSwitchStmt ts -> typeSwitch(ts);
            case SelectStmt ss -> selectStmt(ss);
            case ForStmt fs -> {
                openScope();
                if (fs.init != null) {
                    stmt(fs.init);
                }
                if (fs.cond != null) {
                    condition(fs.cond, "for loop");
                }
                if (fs.post != null) {
                    stmt(fs.post);
                }
                breakables.add(fs);
                openScope();
                stmts(fs.body.list);
                closeScope();
                breakables.remove(breakables.size() - 1);
                closeScope();
            }
            case RangeStmt rs -> rangeStmt(rs);
            default -> unsupported(s.pos, s.getClass().getSimpleName());
        }
    }

    private void condition(Expr cond, String where) {
        Type t = expr(cond);
        if (t != Types.INVALID && !Types.isBoolean(t)) {
            error(cond.pos, "non-boolean condition in " + where);
        }
        convertUntyped(cond, Types.BOOL);
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x;
        }
        return e;
    }

    private void callStmt(Call call, String what) {
        Type t = exprOrTuple(call, true);
        if (call.conversion) {
            error(call.pos, what + " requires function call, not conversion");
        } else if (call.builtin != null && !List.of("panic", "print", "println", "copy", "close", "delete", "recover")
                .contains(call.builtin)) {
            error(call.pos, what + " discards result of " + ExprString.of(call));
        }
    }

    private void assignStmt(AssignStmt as) {
        if (as.tok == Tok.DEFINE) {
            shortVarDecl(as);
            return;
        }
        if (as.tok != Tok.ASSIGN) {
            // op-assign: x op= y
            if (as.lhs.size() != 1 || as.rhs.size() != 1) {
                error(as.pos, "assignment operation " + as.tok.text + " requires single-valued expressions");
                return;
            }
            Expr l = as.lhs.get(0);
            Type lt = expr(l);
            Type rt = expr(as.rhs.get(0));
            if (lt == Types.INVALID || rt == Types.INVALID) {
                return;
            }
            Binary b = new Binary(l.pos, as.tok.assignOp(), l, as.rhs.get(0), as.pos);
            Type bt = binary(b, l, as.rhs.get(0), true);
            if (bt != Types.INVALID) {
                checkAssignable(l);
            }
            return;
        }
        if (as.rhs.size() == 1 && as.lhs.size() > 1) {
            Type t = multiRhs(as.rhs.get(0), as.lhs.size());
            if (t == Types.INVALID) {
                for (Expr l : as.lhs) {
                    lhsType(l);
                }
                return;
            }
            List<Type> ts = t instanceof Tuple tu ? tu.types : List.of(t);
            if (ts.size() != as.lhs.size()) {
                error(as.lhs.get(0).pos, "assignment mismatch: " + as.lhs.size() + " variables but "
                        + returnsWhat(as.rhs.get(0), ts.size()));
                return;
            }
            for (int i = 0; i < ts.size(); i++) {
                Type lt = lhsType(as.lhs.get(i));
                if (lt != null && lt != Types.INVALID && !assignable(ts.get(i), lt)) {
                    error(as.rhs.get(0).pos, "cannot use " + ts.get(i) + " value as " + lt + " value in assignment");
                }
            }
            return;
        }
        if (as.lhs.size() != as.rhs.size()) {
            error(as.lhs.get(0).pos, "assignment mismatch: " + as.lhs.size() + " variable"
                    + (as.lhs.size() > 1 ? "s" : "") + " but " + as.rhs.size() + " value" + (as.rhs.size() > 1 ? "s" : ""));
            return;
        }
        for (int i = 0; i < as.lhs.size(); i++) {
            Type lt = lhsType(as.lhs.get(i));
            Type rt = expr(as.rhs.get(i));
            if (rt == Types.INVALID) {
                continue;
            }
            if (lt == null) {
                // blank identifier
                if (rt == Types.UNTYPED_NIL) {
                    error(as.rhs.get(i).pos, "use of untyped nil in assignment");
                }
                convertUntyped(as.rhs.get(i), Types.defaultType(rt));
                continue;
            }
            if (lt != Types.INVALID) {
                assign(as.rhs.get(i), lt, "assignment");
            }
        }
    }

    /** Type of an assignment target; null for the blank identifier. Reports non-assignable targets. */
    private Type lhsType(Expr l) {
        if (l instanceof Ident id && id.name.equals("_")) {
            id.obj = null;
            return null;
        }
        if (l instanceof Ident id && scope.lookup(id.name) instanceof Var v) {
            // assigning is not a use
            boolean wasUsed = v.used;
            Type t = expr(l);
            v.used = wasUsed;
            return t;
        }
        Type t = expr(l);
        if (t == Types.INVALID) {
            return t;
        }
        checkAssignable(l);
        return t;
    }

    private void checkAssignable(Expr l) {
        Expr x = unparen(l);
        if (x instanceof Index ix && ix.x.type != null && ix.x.type.underlying() instanceof MapT) {
            return;
        }
        if (x instanceof Selector s && s.selection != null && s.selection.kind() == SelKind.FIELD
                && !s.selection.deref() && unparen(s.x) instanceof Index ix && ix.x.type.underlying() instanceof MapT) {
            error(l.pos, "cannot assign to struct field " + ExprString.of(l) + " in map");
            return;
        }
        if (!addressable(x)) {
            if (x instanceof Index ix && Types.isString(ix.x.type)) {
                error(l.pos, "cannot assign to " + ExprString.of(l) + " (neither addressable nor a map index expression)");
            } else {
                error(l.pos, "cannot assign to " + describe(l));
            }
        }
    }

    private boolean addressable(Expr e) {
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

    private void shortVarDecl(AssignStmt as) {
        List<Type> rtypes = new ArrayList<>();
        if (as.rhs.size() == 1 && as.lhs.size() > 1) {
            Type t = multiRhs(as.rhs.get(0), as.lhs.size());
            List<Type> ts = t instanceof Tuple tu ? tu.types : List.of(t);
            if (t == Types.INVALID) {
                ts = java.util.Collections.nCopies(as.lhs.size(), Types.INVALID);
            } else if (ts.size() != as.lhs.size()) {
                error(as.lhs.get(0).pos, "assignment mismatch: " + as.lhs.size() + " variables but "
                        + returnsWhat(as.rhs.get(0), ts.size()));
                ts = java.util.Collections.nCopies(as.lhs.size(), Types.INVALID);
            }
            rtypes.addAll(ts);
        } else if (as.lhs.size() != as.rhs.size()) {
            error(as.lhs.get(0).pos, "assignment mismatch: " + as.lhs.size() + " variable"
                    + (as.lhs.size() > 1 ? "s" : "") + " but " + as.rhs.size() + " value" + (as.rhs.size() > 1 ? "s" : ""));
            for (Expr e : as.rhs) {
                expr(e);
            }
            rtypes.addAll(java.util.Collections.nCopies(as.lhs.size(), Types.INVALID));
        } else {
            for (Expr e : as.rhs) {
                Type t = exprOrTuple(e, false);
                if (t == Types.UNTYPED_NIL) {
                    error(e.pos, "use of untyped nil in assignment");
                    t = Types.INVALID;
                }
                rtypes.add(t);
            }
        }
        as.isNew = new boolean[as.lhs.size()];
        boolean anyNew = false;
        List<Runnable> declares = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < as.lhs.size(); i++) {
            Expr l = as.lhs.get(i);
            if (!(l instanceof Ident id)) {
                error(l.pos, "non-name " + ExprString.of(l) + " on left side of :=");
                continue;
            }
            if (!seen.add(id.name) && !id.name.equals("_")) {
                error(id.pos, id.name + " repeated on left side of :=");
                continue;
            }
            Type rt = rtypes.get(i);
            Obj existing = scope.names.get(id.name);
            if (id.name.equals("_")) {
                if (as.rhs.size() == as.lhs.size()) {
                    convertUntyped(as.rhs.get(i), Types.defaultType(rt));
                }
                continue;
            }
            if (existing instanceof Var v) {
                id.obj = v;
                if (rt != Types.INVALID && v.type != Types.INVALID) {
                    if (as.rhs.size() == as.lhs.size()) {
                        assign(as.rhs.get(i), v.type, "assignment");
                    } else if (!assignable(rt, v.type)) {
                        error(as.rhs.get(0).pos, "cannot use " + rt + " value as " + v.type + " value in assignment");
                    }
                }
                continue;
            }
            anyNew = true;
            as.isNew[i] = true;
            Type vt = Types.defaultType(rt);
            if (as.rhs.size() == as.lhs.size()) {
                convertUntyped(as.rhs.get(i), vt);
            }
            final Type ft = vt;
            declares.add(() -> newLocal(id, ft));
        }
        declares.forEach(Runnable::run);
        if (!anyNew && as.lhs.stream().allMatch(e -> e instanceof Ident)) {
            error(as.pos, "no new variables on left side of :=");
        }
    }

    private void returnStmt(ReturnStmt rs) {
        List<Type> want = fn.sig.results;
        if (rs.results.isEmpty()) {
            if (!want.isEmpty() && fn.results.stream().anyMatch(v -> v.name.startsWith("~r"))) {
                error(rs.pos, "not enough return values\n\thave ()\n\twant " + tupleString(want));
            }
            return;
        }
        if (want.isEmpty()) {
            for (Expr e : rs.results) {
                exprOrTuple(e, true);
            }
            error(rs.results.get(0).pos, "too many return values\n\thave " + haveString(rs.results) + "\n\twant ()");
            return;
        }
        if (rs.results.size() == 1 && want.size() > 1) {
            Type t = exprOrTuple(rs.results.get(0), true);
            if (t == Types.INVALID) {
                return;
            }
            List<Type> ts = t instanceof Tuple tu ? tu.types : List.of(t);
            if (ts.size() != want.size()) {
                error(rs.results.get(0).pos, "not enough return values\n\thave "
                        + (t instanceof Tuple ? tupleString(ts) : haveString(rs.results)) + "\n\twant "
                        + tupleString(want));
                return;
            }
            for (int i = 0; i < ts.size(); i++) {
                if (!assignable(ts.get(i), want.get(i))) {
                    error(rs.results.get(0).pos, "cannot use " + ts.get(i) + " value as " + want.get(i)
                            + " value in return statement");
                }
            }
            return;
        }
        for (Expr e : rs.results) {
            expr(e);
        }
        if (rs.results.size() != want.size()) {
            error(rs.results.get(0).pos, (rs.results.size() < want.size() ? "not enough" : "too many")
                    + " return values\n\thave " + haveString(rs.results) + "\n\twant " + tupleString(want));
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            assign(rs.results.get(i), want.get(i), "return statement");
        }
    }

    private static String tupleString(List<Type> ts) {
        return "(" + String.join(", ", ts.stream().map(Object::toString).toList()) + ")";
    }

    private String haveString(List<Expr> es) {
        List<String> parts = new ArrayList<>();
        for (Expr e : es) {
            parts.add(e.cv != null && e.type != null && Types.isUntyped(e.type) ? "number"
                    : String.valueOf(e.type));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private void branch(BranchStmt bs) {
        switch (bs.tok) {
            case BREAK, CONTINUE -> {
                if (bs.label != null) {
                    LabeledStmt ls = labels.get(bs.label.name);
                    if (ls == null) {
                        error(bs.label.pos, (bs.tok == Tok.BREAK ? "break" : "continue") + " label not defined: "
                                + bs.label.name);
                        return;
                    }
                    usedLabels.add(bs.label.name);
                    if (!breakables.contains(ls.stmt)) {
                        error(bs.label.pos, "invalid " + bs.tok.text + " label " + bs.label.name);
                        return;
                    }
                    if (bs.tok == Tok.CONTINUE && !(ls.stmt instanceof ForStmt || ls.stmt instanceof RangeStmt)) {
                        error(bs.label.pos, "invalid continue label " + bs.label.name);
                        return;
                    }
                    bs.target = ls.stmt;
                    return;
                }
                for (int i = breakables.size() - 1; i >= 0; i--) {
                    Stmt t = breakables.get(i);
                    if (bs.tok == Tok.BREAK || t instanceof ForStmt || t instanceof RangeStmt) {
                        bs.target = t;
                        return;
                    }
                }
                error(bs.pos, bs.tok == Tok.BREAK ? "break is not in a loop, switch, or select"
                        : "continue is not in a loop");
            }
            case FALLTHROUGH -> {
                // validity is checked by the enclosing switch
                if (!fallthroughOk.contains(bs)) {
                    error(bs.pos, "fallthrough statement out of place");
                }
            }
            default -> unsupported(bs.pos, bs.tok.text);
        }
    }

    private final Set<BranchStmt> fallthroughOk = new HashSet<>();

    private void switchStmt(SwitchStmt ss) {
        openScope();
        if (ss.init != null) {
            stmt(ss.init);
        }
        Type tag = Types.BOOL;
        if (ss.tag != null) {
            tag = expr(ss.tag);
            if (tag instanceof Tuple) {
                error(ss.tag.pos, describe(ss.tag) + " used as value");
                tag = Types.INVALID;
            }
            tag = Types.defaultType(tag);
            convertUntyped(ss.tag, tag);
        }
        breakables.add(ss);
        boolean seenDefault = false;
        for (int i = 0; i < ss.clauses.size(); i++) {
            CaseClause cc = ss.clauses.get(i);
            if (cc.list == null) {
                if (seenDefault) {
                    error(cc.pos, "multiple defaults in switch");
                }
                seenDefault = true;
            } else {
                for (Expr e : cc.list) {
                    Type t = expr(e);
                    if (t == Types.INVALID || tag == Types.INVALID) {
                        continue;
                    }
                    if (ss.tag == null) {
                        if (!Types.isBoolean(t)) {
                            error(e.pos, "invalid case " + ExprString.of(e) + " in switch (mismatched types "
                                    + t + " and bool)");
                        }
                        convertUntyped(e, Types.BOOL);
                    } else {
                        if (Types.isUntyped(t)) {
                            assign(e, tag, "switch case");
                        } else if (!assignable(t, tag) && !assignable(tag, t)) {
                            error(e.pos, "invalid case " + ExprString.of(e) + " in switch on " + ExprString.of(ss.tag)
                                    + " (mismatched types " + t + " and " + tag + ")");
                        }
                    }
                }
            }
            if (!cc.body.isEmpty() && cc.body.get(cc.body.size() - 1) instanceof BranchStmt bs
                    && bs.tok == Tok.FALLTHROUGH) {
                if (i == ss.clauses.size() - 1) {
                    error(bs.pos, "cannot fallthrough final case in switch");
                } else {
                    fallthroughOk.add(bs);
                }
            }
            openScope();
            collectLabels(cc.body);
            stmts(cc.body);
            closeScope();
        }
        breakables.remove(breakables.size() - 1);
        closeScope();
    }

    private void typeSwitch(TypeSwitchStmt ts) {
        openScope();
        if (ts.init != null) {
            stmt(ts.init);
        }
        Type xt = expr(ts.x);
        if (xt != Types.INVALID && !Types.isInterface(xt)) {
            error(ts.x.pos, ExprString.of(ts.x) + " (" + describeKind(ts.x) + ") is not an interface");
            xt = Types.INVALID;
        }
        breakables.add(ts);
        List<Var> implicits = new ArrayList<>();
        for (CaseClause cc : ts.clauses) {
            Type single = null;
            if (cc.list != null) {
                for (Expr e : cc.list) {
                    if (e instanceof Ident id && id.name.equals("nil")) {
                        e.type = Types.UNTYPED_NIL;
                        id.obj = scope.lookup("nil");
                        continue;
                    }
                    Type t = typeOf(e);
                    if (t != Types.INVALID && xt != Types.INVALID && !Types.isInterface(t)) {
                        String miss = Types.missingMethod(t, (Interface) xt.underlying());
                        if (miss != null) {
                            error(e.pos, "impossible type switch case: " + ExprString.of(ts.x) + " (" + describeKind(ts.x)
                                    + ") cannot have dynamic type " + t + " (missing method " + miss + ")");
                        }
                    }
                    if (cc.list.size() == 1) {
                        single = t;
                    }
                }
            }
            openScope();
            if (ts.bind != null) {
                Type vt = single != null ? single : xt;
                Var v = new Var(ts.bind.name, ts.bind.pos, vt, fn);
                v.used = false;
                cc.implicit = v;
                declare(scope, v, ts.bind.pos);
                implicits.add(v);
            }
            stmts(cc.body);
            closeScope();
        }
        if (ts.bind != null) {
            boolean used = implicits.stream().anyMatch(v -> v.used);
            if (!used) {
                error(ts.bind.pos, ts.bind.name + " declared but not used");
            }
            implicits.forEach(v -> v.used = true);
            fn.locals.addAll(implicits);
        }
        breakables.remove(breakables.size() - 1);
        closeScope();
    }

    private void selectStmt(SelectStmt ss) {
        breakables.add(ss);
        for (CommClause cc : ss.clauses) {
            openScope();
            if (cc.comm != null) {
                boolean ok = switch (cc.comm) {
                    case SendStmt s -> true;
                    case ExprStmt es -> unparen(es.x) instanceof Unary u && u.op == Tok.ARROW;
                    case AssignStmt as -> as.rhs.size() == 1 && unparen(as.rhs.get(0)) instanceof Unary u
                            && u.op == Tok.ARROW && as.lhs.size() <= 2 && (as.tok == Tok.DEFINE || as.tok == Tok.ASSIGN);
                    default -> false;
                };
                if (!ok) {
                    error(cc.comm.pos, "select case must be receive, send or assign recv");
                } else {
                    stmt(cc.comm);
                }
            }
            stmts(cc.body);
            closeScope();
        }
        breakables.remove(breakables.size() - 1);
    }

    private void rangeStmt(RangeStmt rs) {
        openScope();
        Type xt = expr(rs.x);
        Type kt = Types.INVALID;
        Type vt = null;
        if (xt != Types.INVALID) {
            Type u = xt.underlying();
            if (u instanceof Pointer p && p.elem.underlying() instanceof Array) {
                u = p.elem.underlying();
            }
            switch (u) {
                case Basic b when b.kind == Kind.STRING || b.kind == Kind.UNTYPED_STRING -> {
                    kt = Types.INT;
                    vt = Types.RUNE;
                    convertUntyped(rs.x, Types.STRING);
                }
                case Basic b when b.kind.isInteger() -> {
                    kt = Types.isUntyped(xt) ? Types.INT : xt;
                    convertUntyped(rs.x, kt);
                    if (rs.value != null) {
                        error(rs.value.pos, "range over " + describe(rs.x) + " permits only one iteration variable");
                    }
                }
                case Slice s -> {
                    kt = Types.INT;
                    vt = s.elem;
                }
                case Array a -> {
                    kt = Types.INT;
                    vt = a.elem;
                }
                case MapT m -> {
                    kt = m.key;
                    vt = m.value;
                }
                case Chan c -> {
                    kt = c.elem;
                    if (c.dir == ChanDir.SEND) {
                        error(rs.x.pos, "invalid operation: range " + ExprString.of(rs.x)
                                + " receive from send-only channel " + xt);
                    }
                    if (rs.value != null) {
                        error(rs.value.pos, "range over " + describe(rs.x) + " permits only one iteration variable");
                    }
                }
                default -> error(rs.x.pos, "cannot range over " + describe(rs.x));
            }
        }
        if (rs.tok == Tok.DEFINE) {
            List<Ident> news = new ArrayList<>();
            Expr[] ls = {rs.key, rs.value};
            Type[] ts = {kt, vt};
            for (int i = 0; i < 2; i++) {
                if (ls[i] == null) {
                    continue;
                }
                if (!(ls[i] instanceof Ident id)) {
                    error(ls[i].pos, "non-name " + ExprString.of(ls[i]) + " on left side of :=");
                    continue;
                }
                if (!id.name.equals("_")) {
                    Var v = new Var(id.name, id.pos, ts[i] == null ? Types.INVALID : ts[i], fn);
                    id.obj = v;
                    fn.locals.add(v);
                    declare(scope, v, id.pos);
                }
            }
        } else if (rs.tok == Tok.ASSIGN) {
            Expr[] ls = {rs.key, rs.value};
            Type[] ts = {kt, vt};
            for (int i = 0; i < 2; i++) {
                if (ls[i] == null) {
                    continue;
                }
                Type lt = lhsType(ls[i]);
                if (lt != null && lt != Types.INVALID && ts[i] != null && ts[i] != Types.INVALID
                        && !assignable(ts[i], lt)) {
                    error(ls[i].pos, "cannot use " + ExprString.of(ls[i]) + " (value of type " + ts[i] + ") as "
                            + lt + " value in range");
                }
            }
        }
        breakables.add(rs);
        openScope();
        stmts(rs.body.list);
        closeScope();
        breakables.remove(breakables.size() - 1);
        closeScope();
    }

    // ---------------------------------------------------------------- terminating statements (spec)

    private boolean terminates(Stmt s) {
        return switch (s) {
            case ReturnStmt r -> true;
            case BranchStmt b -> false;
            case ExprStmt es -> unparen(es.x) instanceof Call c && "panic".equals(c.builtin);
            case Block b -> !b.list.isEmpty() && terminates(b.list.get(b.list.size() - 1));
            case IfStmt is -> is.els != null && terminates(is.then) && terminates(is.els);
            case LabeledStmt ls -> terminates(ls.stmt);
            case ForStmt fs -> fs.cond == null && !hasBreak(fs.body, fs, true);
            case SwitchStmt ss -> ss.clauses.stream().anyMatch(c -> c.list == null)
                    && ss.clauses.stream().allMatch(c -> clauseTerminates(c.body, ss));
            case TypeSwitchStmt ts -> ts.clauses.stream().anyMatch(c -> c.list == null)
                    && ts.clauses.stream().allMatch(c -> clauseTerminates(c.body, ts));
            case SelectStmt ss -> ss.clauses.stream().allMatch(c -> clauseTerminates(c.body, ss));
            case GoStmt g -> false;
            default -> false;
        };
    }

    private boolean clauseTerminates(List<Stmt> body, Stmt owner) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        if (last instanceof BranchStmt b && b.tok == Tok.FALLTHROUGH) {
            return true;
        }
        for (Stmt s : body) {
            if (hasBreak(s, owner, true)) {
                return false;
            }
        }
        return terminates(last);
    }

    /** Whether s contains a break that targets owner. */
    private boolean hasBreak(Stmt s, Stmt owner, boolean top) {
        return switch (s) {
            case BranchStmt b -> b.tok == Tok.BREAK && b.target == owner;
            case Block b -> b.list.stream().anyMatch(x -> hasBreak(x, owner, false));
            case IfStmt is -> hasBreak(is.then, owner, false) || is.els != null && hasBreak(is.els, owner, false);
            case LabeledStmt ls -> hasBreak(ls.stmt, owner, false);
            case ForStmt fs -> hasBreak(fs.body, owner, false);
            case RangeStmt rs -> hasBreak(rs.body, owner, false);
            case SwitchStmt ss -> ss.clauses.stream().flatMap(c -> c.body.stream()).anyMatch(x -> hasBreak(x, owner, false));
            case TypeSwitchStmt ts -> ts.clauses.stream().flatMap(c -> c.body.stream()).anyMatch(x -> hasBreak(x, owner, false));
            case SelectStmt ss -> ss.clauses.stream().flatMap(c -> c.body.stream()).anyMatch(x -> hasBreak(x, owner, false));
            default -> false;
        };
    }

    // ---------------------------------------------------------------- expressions

    /** Describes an operand as gc does: "x (variable of type int)", "3 (untyped int constant)". */
    String describe(Expr e) {
        return ExprString.of(e) + " (" + describeKind(e) + ")";
    }

    private String describeKind(Expr e) {
        Type t = e.type;
        if (t == Types.UNTYPED_NIL) {
            return "untyped nil";
        }
        if (e.cv != null) {
            if (Types.isUntyped(t)) {
                return t + " constant";
            }
            String lit = unparen(e) instanceof BasicLit ? "" : " " + Constants.format(e.cv);
            return "constant" + lit + " of type " + t;
        }
        if (e.isType) {
            return "type";
        }
        Expr u = unparen(e);
        if (u instanceof Ident id && id.obj instanceof Var) {
            return "variable of type " + t;
        }
        if (u instanceof Selector s && s.selection != null && s.selection.kind() == SelKind.FIELD) {
            return "variable of type " + t;
        }
        if (u instanceof Ident id && id.obj instanceof Builtin) {
            return "built-in";
        }
        if (t instanceof Tuple tu && tu.types.isEmpty()) {
            return "no value";
        }
        return "value of type " + t;
    }

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
        Type t = exprRaw(e);
        if (t == null) {
            t = Types.INVALID;
        }
        e.type = t;
        return t;
    }

    private Type exprRaw(Expr e) {
        switch (e) {
            case Ident id:
                return ident(id);
            case BasicLit b: {
                switch (b.kind) {
                    case INT:
                        e.cv = b.value;
                        return Types.UNTYPED_INT;
                    case FLOAT:
                        e.cv = ((java.math.BigDecimal) b.value).doubleValue();
                        return Types.UNTYPED_FLOAT;
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
                if (!Types.isInterface(xt)) {
                    error(ta.x.pos, "invalid operation: " + ExprString.of(ta.x) + " (" + describeKind(ta.x)
                            + ") is not an interface");
                    return Types.INVALID;
                }
                if (!Types.isInterface(t)) {
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
    private Type exprOrType(Expr e) {
        Type t = typeOrNullQuiet(e);
        if (t != null) {
            e.isType = true;
            e.type = t;
            return t;
        }
        return expr(e);
    }

    private Type typeOrNullQuiet(Expr e) {
        Expr u = unparen(e);
        if (u instanceof Ident id) {
            Obj o = scope.lookup(id.name);
            if (!(o instanceof TypeName)) {
                return null;
            }
        } else if (u instanceof Selector s) {
            if (!(s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn
                    && pn.pkg.scope.get(s.sel.name) instanceof TypeName)) {
                return null;
            }
        } else if (u instanceof Star st) {
            Type inner = typeOrNullQuiet(st.x);
            return inner == null ? null : new Pointer(inner);
        } else if (!(u instanceof ArrayTypeExpr || u instanceof MapTypeExpr || u instanceof ChanTypeExpr
                || u instanceof StructTypeExpr || u instanceof FuncTypeExpr || u instanceof InterfaceTypeExpr)) {
            return null;
        }
        return typeOf(e);
    }

    private Type ident(Ident id) {
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
                    if (deps != null) {
                        deps.add(v);
                    }
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
                id.cv = c.value;
                return c.type == null ? Types.INVALID : c.type;
            }
            case TypeName tn: {
                id.isType = true;
                if (tn.type == null && tn.spec == null) {
                    unsupported(id.pos, "type " + id.name);
                    return Types.INVALID;
                }
                resolveTypeName(tn);
                return tn.type;
            }
            case FuncObj f: {
                if (deps != null) {
                    deps.add(f);
                }
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
    private void capture(Var v) {
        v.captured = true;
        for (FuncScope f = fn; f != null && f != v.owner; f = f.parent) {
            f.captures.add(v);
        }
    }

    private Type funcLit(FuncLit fl) {
        FuncScope outer = fn;
        String symbol;
        if (outer == null) {
            symbol = pkg.path + ".glob." + "func" + (++globClosures);
        } else if (outer.parent == null) {
            symbol = outer.symbol + ".func" + (++outer.closures);
        } else {
            symbol = outer.symbol + "." + (++outer.closures);
        }
        Signature sig = signature(fl.sig, null);
        FuncScope fs = new FuncScope(outer, symbol, sig, fl.pos, fl.body.rbrace.line(), fl.body, pkg);
        fl.scope = fs;
        pkg.funcs.add(fs);
        sigExprs.put(fs, fl.sig);
        checkFuncBody(fs, fl.body, null);
        return sig;
    }

    private int globClosures;

    private Type compositeLit(CompositeLit cl, Type elided) {
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

    private void indexedElts(CompositeLit cl, Type elem, long len, String what) {
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

    private void elementExpr(Expr v, Type elem, String what) {
        if (v instanceof CompositeLit cl && cl.typeExpr == null) {
            Type t = compositeLit(cl, elem);
            cl.type = elem;
            return;
        }
        expr(v);
        assign(v, elem, what);
    }

    private Type selector(Selector s) {
        if (s.x instanceof Ident pid && scope.lookup(pid.name) instanceof PkgName pn) {
            pn.used = true;
            pid.obj = pn;
            Obj o = pn.pkg.scope.get(s.sel.name);
            if (o == null || !Character.isUpperCase(s.sel.name.charAt(0))) {
                error(s.sel.pos, o == null ? "undefined: " + ExprString.of(s)
                        : "name " + s.sel.name + " not exported by package " + pn.name);
                return Types.INVALID;
            }
            s.sel.obj = o;
            s.selection = new Selection(SelKind.QUALIFIED, -1, null, false, false, o);
            if (deps != null && (o instanceof Var || o instanceof FuncObj)) {
                deps.add(o);
            }
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
            unsupported(s.pos, "method expression " + ExprString.of(s));
            return Types.INVALID;
        }
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
        if (xt.underlying() instanceof Pointer p && p.elem.underlying() instanceof Pointer) {
            error(s.sel.pos, ExprString.of(s) + " undefined (type " + xt + " has no field or method " + name + ")");
            return Types.INVALID;
        }
        error(s.sel.pos, ExprString.of(s) + " undefined (type " + xt + " has no field or method " + name + ")");
        return Types.INVALID;
    }

    private void markAddrTaken(Expr x) {
        x = unparen(x);
        if (x instanceof Ident id && id.obj instanceof Var v) {
            v.addrTaken = true;
        }
    }

    private Type index(Index ix) {
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
    private void checkIndex(Expr e, long len, String what) {
        Type t = expr(e);
        if (t == Types.INVALID) {
            return;
        }
        if (!Types.isInteger(t) && !(e.cv instanceof Double d && d == Math.rint(d))) {
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

    private Type sliceExpr(SliceExpr se) {
        Type xt = expr(se.x);
        if (xt == Types.INVALID) {
            return xt;
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
        for (Expr b : new Expr[]{se.lo, se.hi, se.max}) {
            if (b != null) {
                checkIndex(b, -1, "index");
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- operators

    private Type unary(Unary u) {
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
        boolean ok = switch (u.op) {
            case ADD, SUB -> Types.isNumeric(t);
            case XOR -> Types.isInteger(t);
            case NOT -> Types.isBoolean(t);
            default -> false;
        };
        if (!ok) {
            error(u.pos, "invalid operation: operator " + u.op.text + " not defined on " + describe(u.x));
            return Types.INVALID;
        }
        if (u.x.cv != null) {
            Object v = Constants.unary(u.op, u.x.cv, t);
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
    private Type binary(Binary b, Expr x, Expr y, boolean opAssign) {
        Type xt = opAssign ? x.type : expr(x);
        Type yt = opAssign ? y.type : expr(y);
        if (xt == Types.INVALID || yt == Types.INVALID) {
            return Types.INVALID;
        }
        Tok op = b.op;
        if (op == Tok.SHL || op == Tok.SHR) {
            return shift(b, x, y, xt, yt);
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
        boolean isCmp = op == Tok.EQL || op == Tok.NEQ || op == Tok.LSS || op == Tok.LEQ || op == Tok.GTR
                || op == Tok.GEQ;
        if (isCmp) {
            return comparison(b, x, y, xt, yt);
        }
        if (!Types.identical(xt, yt)) {
            error(opAssign ? b.opPos : b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types " + xt
                    + " and " + yt + ")");
            return Types.INVALID;
        }
        boolean ok = switch (op) {
            case ADD -> Types.isNumeric(xt) || Types.isString(xt);
            case SUB, MUL, QUO -> Types.isNumeric(xt);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(xt);
            case LAND, LOR -> Types.isBoolean(xt);
            default -> false;
        };
        if (!ok) {
            error(b.pos, "invalid operation: operator " + op.text + " not defined on " + describe(x));
            return Types.INVALID;
        }
        if ((op == Tok.QUO || op == Tok.REM) && y.cv != null && Constants.isZero(y.cv) && Types.isNumeric(xt)) {
            error(y.pos, "invalid operation: division by zero");
            return Types.INVALID;
        }
        if (x.cv != null && y.cv != null) {
            Object v = Constants.binary(op, x.cv, y.cv, xt);
            b.cv = Types.isUntyped(xt) ? v : representable(b, v, xt);
        }
        return xt;
    }

    private static int rank(Type t) {
        return switch (((Basic) t).kind) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            default -> 0;
        };
    }

    private Type shift(Binary b, Expr x, Expr y, Type xt, Type yt) {
        if (!Types.isInteger(yt) && !(y.cv instanceof Double d && d == Math.rint(d))) {
            error(y.pos, "invalid operation: shift count " + describe(y) + " must be integer");
            return Types.INVALID;
        }
        if (y.cv instanceof BigInteger bi && bi.signum() < 0) {
            error(y.pos, "invalid operation: negative shift count " + describe(y));
            return Types.INVALID;
        }
        if (Types.isUntyped(yt)) {
            convertUntyped(y, Types.UINT);
        }
        if (x.cv != null && y.cv != null) {
            if (Types.isUntyped(xt)) {
                if (x.cv instanceof Double d && d == Math.rint(d)) {
                    x.cv = java.math.BigDecimal.valueOf(d).toBigInteger();
                    xt = Types.UNTYPED_INT;
                }
            }
            if (!Types.isInteger(xt)) {
                error(x.pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
                return Types.INVALID;
            }
            Object v = Constants.binary(b.op, x.cv, y.cv, xt);
            b.cv = Types.isUntyped(xt) ? v : representable(b, v, xt);
            return xt;
        }
        if (Types.isUntyped(xt)) {
            // non-constant shift: the untyped operand takes the type it would have without the shift
            xt = Types.INT;
            convertUntyped(x, xt);
        }
        if (!Types.isInteger(xt)) {
            error(x.pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
            return Types.INVALID;
        }
        return xt;
    }

    private Type comparison(Binary b, Expr x, Expr y, Type xt, Type yt) {
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
            boolean ordered = Types.isNumeric(xt) || Types.isString(xt);
            if (!ordered) {
                error(b.pos, "invalid operation: " + ExprString.of(b) + " (operator " + op.text + " not defined on "
                        + describeKind(x).replaceFirst(" of type .*", "") + ")");
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
    private boolean convertible(Expr x, Type t, Binary b) {
        if (x.type == Types.UNTYPED_NIL) {
            if (!Types.nillable(t)) {
                error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types untyped nil and " + t + ")");
                return false;
            }
            x.type = t;
            return true;
        }
        if (Types.isInterface(t)) {
            convertUntyped(x, Types.defaultType(x.type));
            return true;
        }
        boolean kindOk = switch (Types.kindOf(x.type)) {
            case UNTYPED_BOOL -> Types.isBoolean(t);
            case UNTYPED_STRING -> Types.isString(t);
            case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> Types.isNumeric(t);
            default -> false;
        };
        if (!kindOk) {
            error(b.pos, "invalid operation: " + ExprString.of(b) + " (mismatched types " + x.type + " and " + t + ")");
            return false;
        }
        if (x.cv != null) {
            Object v = representableOr(x, x.cv, t, "cannot use " + ExprString.of(x) + " (" + describeKind(x)
                    + ") as " + t + " value in " + "operation");
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
        if (u instanceof Binary b && b.cv == null) {
            // non-constant untyped expression (a comparison): operands keep their own types
            if (Types.isUntyped(b.x.type) && b.op != Tok.SHL && b.op != Tok.SHR) {
                convertUntyped(b.x, t);
            }
            if (Types.isUntyped(b.y.type) && b.op != Tok.SHL && b.op != Tok.SHR) {
                convertUntyped(b.y, t);
            }
        }
    }

    private Object representable(Expr e, Object v, Type t) {
        Object r = representableOr(e, v, t, null);
        return r == null ? v : r;
    }

    /** The constant v as a value of type t, or null after reporting (msg overrides the default message). */
    private Object representableOr(Expr e, Object v, Type t, String msg) {
        Kind k = Types.kindOf(t);
        if (k == null) {
            error(e.pos, msg != null ? msg : "cannot use " + describe(e) + " as " + t + " value");
            return null;
        }
        Object r = Constants.represent(v, k);
        if (r == null) {
            String text = Constants.format(v);
            if (v instanceof BigInteger && k.isInteger() || v instanceof Double d && k.isInteger() && d == Math.rint(d)) {
                error(e.pos, (Types.isUntyped(e.type) ? "cannot use " + ExprString.of(e) + " (" + describeKind(e)
                        + ") as " + t + " value in " + ctx + " (overflows)" : "constant " + text + " overflows " + t));
            } else if (v instanceof Double && k.isInteger()) {
                error(e.pos, (msg != null ? msg : "cannot use " + describe(e) + " as " + t + " value in " + ctx
                        + " (truncated)"));
            } else {
                error(e.pos, msg != null ? msg : "cannot use " + describe(e) + " as " + t + " value in " + ctx);
            }
            return null;
        }
        return r;
    }

    private String ctx = "assignment";

    /** Whether a value of type v may be assigned to type t (spec: Assignability). */
    static boolean assignable(Type v, Type t) {
        if (v == Types.INVALID || t == Types.INVALID) {
            return true;
        }
        if (Types.identical(v, t)) {
            return true;
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
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> k.isNumeric();
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
                    Method pm = v instanceof Named nt ? nt.methods.get(miss) : null;
                    why = pm != null && pm.ptrRecv ? ":\n\t" + v + " does not implement " + t + " (method " + miss
                            + " has pointer receiver)" : ":\n\t" + v + " does not implement " + t
                            + " (missing method " + miss + ")";
                }
            }
            error(e.pos, "cannot use " + describe(e) + " as " + t + " value in " + context + why);
            return;
        }
        convertUntyped(e, t);
    }

    // ---------------------------------------------------------------- calls

    private Type call(Call c) {
        Expr f = unparen(c.fun);
        if (f instanceof Ident id && scope.lookup(id.name) instanceof Builtin b) {
            id.obj = b;
            c.builtin = b.name;
            return Builtins.check(this, c, b.name);
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
        List<Type> params = sig.params;
        if (c.args.size() == 1 && params.size() > 1 || c.args.size() == 1 && sig.variadic) {
            Type t = exprOrTuple(c.args.get(0), true);
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
        } else {
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

    private static String paramString(Signature sig) {
        String s = sig.toString();
        int close = s.indexOf(')');
        return s.substring(4, close + 1);
    }

    private Type conversion(Call c, Type t) {
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
            if (k.isInteger() && v instanceof Double d) {
                if (d != Math.rint(d)) {
                    error(x.pos, "cannot convert " + describe(x) + " to type " + t + " (truncated)");
                    return Types.INVALID;
                }
                v = java.math.BigDecimal.valueOf(d).toBigInteger();
            }
            if (k == Kind.FLOAT64 && v instanceof BigInteger bi) {
                v = bi.doubleValue();
            }
            boolean kindsOk = (k.isNumeric() && (v instanceof BigInteger || v instanceof Double))
                    || (k == Kind.STRING && v instanceof String) || (k == Kind.BOOL && v instanceof Boolean);
            if (!kindsOk) {
                error(x.pos, "cannot convert " + describe(x) + " to type " + t);
                return Types.INVALID;
            }
            Object r = Constants.represent(v, k);
            if (r == null) {
                error(x.pos, "cannot convert " + describe(x) + " to type " + t + " (overflows)");
                return Types.INVALID;
            }
            c.cv = r;
            x.type = Types.isUntyped(xt) ? Types.defaultType(xt) : xt;
            if (Types.isUntyped(xt)) {
                x.cv = v instanceof BigInteger && Types.kindOf(x.type) == Kind.FLOAT64 ? ((BigInteger) v).doubleValue() : x.cv;
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
        if (Types.isNumeric(vu) && Types.isNumeric(tu)) {
            return true;
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

    // accessors for Builtins
    void err(Pos p, String msg) {
        error(p, msg);
    }

    FuncScope currentFunc() {
        return fn;
    }
}
