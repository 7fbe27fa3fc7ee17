package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checker's state and error reporting: models go/types check.go (the Checker struct and its
 * error list) and the scope handling that every phase shares. The phases are layered on top, one
 * file each as in go/types: {@link CheckTypexpr} (typexpr.go), {@link CheckExpr} (expr.go,
 * operators, assignments.go), {@link CheckCall} (call.go, conversions.go), {@link CheckStmt}
 * (stmt.go, labels.go, return.go), {@link CheckDecl} (resolver.go, decl.go), {@link InitOrder}
 * (initorder.go) and {@link Checker} (the entry point, checkFiles).
 */
abstract class CheckBase implements Objects {
    static final Scope UNIVERSE = Universe.SCOPE;
    static final Const IOTA = Universe.IOTA;

    final List<GoCompileError.Diagnostic> errors = new ArrayList<>();
    /** Type parameters, instantiation and inference (one instance per checker, as go/types keeps its context). */
    final CheckGeneric generic = new CheckGeneric((CheckDecl) this);
    final Map<String, Package> packages;
    final Prelude prelude;
    Package pkg;
    FuncScope fn;
    Scope scope;
    int iota = -1;
    /** Objects the declaration being checked depends on (for initialization order). */
    Set<Object> deps;
    /** Package-level object (Var, Const, FuncObj, Method) -> the package-level objects it refers to. */
    final Map<Object, Set<Object>> depGraph = new LinkedHashMap<>();
    /** Package-level objects in source order (resolver.go's obj.order()); the init order's tie-break. */
    final Map<Object, Integer> declOrder = new LinkedHashMap<>();

    /** Records that the declaration being checked refers to o (check.go addDeclDep). */
    void addDeclDep(Object o) {
        if (deps != null) {
            deps.add(o);
        }
    }
    /** Enclosing breakable statements, innermost last, with their labels. */
    final List<Stmt> breakables = new ArrayList<>();
    final Map<Stmt, String> labelOf = new HashMap<>();
    Map<String, LabeledStmt> labels = new HashMap<>();
    Set<String> usedLabels = new HashSet<>();

    CheckBase(Map<String, Package> packages, Prelude prelude) {
        this.packages = packages;
        this.prelude = prelude;
    }

    void error(Pos p, String msg) {
        errorVerbatim(p, unqualified(msg));
    }

    /** An error whose text is kept as given (it names a source position, whose file name may hold "main."). */
    void errorVerbatim(Pos p, String msg) {
        for (GoCompileError.Diagnostic d : errors) {
            if (d.pos().line() == p.line() && d.pos().file().equals(p.file())) {
                return; // one error per line, as gc
            }
        }
        errors.add(new GoCompileError.Diagnostic(p, msg));
    }

    private static final java.util.regex.Pattern MAIN_QUALIFIER = java.util.regex.Pattern.compile("\\bmain\\.");

    /**
     * gc names types of the package being compiled without their package qualifier; quoted text
     * (a string literal such as "domain.com" or "main.go") keeps its bytes.
     */
    static String unqualified(String msg) {
        StringBuilder b = new StringBuilder(msg.length());
        String[] parts = msg.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('"');
            }
            b.append(i % 2 == 0 ? MAIN_QUALIFIER.matcher(parts[i]).replaceAll("") : parts[i]);
        }
        return b.toString();
    }

    void unsupported(Pos p, String what) {
        error(p, "unsupported: " + what);
    }

    /** Stub packages may declare functions without bodies (implemented natively). */
    boolean nativeOk;

    void declare(Scope s, Obj o, Pos p) {
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

    void openScope() {
        scope = new Scope(scope);
    }

    void closeScope() {
        scope = scope.parent;
    }

    Var newLocal(Ident id, Type t) {
        Var v = new Var(id.name, id.pos, t, fn);
        id.obj = v;
        fn.locals.add(v);
        declare(scope, v, id.pos);
        return v;
    }

    // accessors for Builtins
    void err(Pos p, String msg) {
        error(p, msg);
    }

    FuncScope currentFunc() {
        return fn;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x;
        }
        return e;
    }

    static String tupleString(List<Type> ts) {
        return "(" + String.join(", ", ts.stream().map(Object::toString).toList()) + ")";
    }

    String haveString(List<Expr> es) {
        List<String> parts = new ArrayList<>();
        for (Expr e : es) {
            parts.add(e.cv != null && e.type != null && Types.isUntyped(e.type) ? "number"
                    : String.valueOf(e.type));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    final Map<FuncScope, FuncTypeExpr> sigExprs = new HashMap<>();

    // ---------------------------------------------------------------- phases above this one
    // (go/types' Checker methods live in several files; these are the calls that reach upward)

    abstract Type expr(Expr e);

    abstract Type call(Call c);

    abstract Type typeOf(Expr e);

    abstract Type typeOrNull(Expr e);

    abstract void arguments(Call c, Signature sig, String fname, boolean checked);

    abstract String describeKind(Expr e);

    abstract void checkFuncBody(FuncScope fs, Block body, Object self);

    abstract void declareFunc(FuncDecl fd);

    abstract void initSpec(ValueSpec vs, boolean global);

    abstract void resolveConst(Const c);

    abstract void resolveGlobal(Var v);

    abstract void resolveTypeName(TypeName tn);
}
