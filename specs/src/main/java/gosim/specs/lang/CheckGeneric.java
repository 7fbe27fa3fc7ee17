package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Objects.Package;
import gosim.specs.lang.Types.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type parameters: models go/types (Go 1.19) typeparam.go and typeset.go (constraint type sets),
 * instantiate.go (instantiation and {@code implements}, the constraint check), infer.go (function
 * argument type inference: typed arguments first, then untyped constants by their default type,
 * then core types of constraints) and the generic parts of typexpr.go and call.go.
 *
 * <p>Strategy: each instantiation is a fresh copy of the generic declaration, parsed again from its
 * source ({@link Parser#reparseFunc}), whose type parameters are names bound to the type arguments.
 * The copy is checked as ordinary code, so the compiler and the interpreter see plain functions and
 * types (the stenciling gc does, one copy per type-argument list instead of per GC shape). Names
 * follow gc 1.19: the type {@code main.List[int]} (reflect's string, arguments joined by ","),
 * the function {@code main.F[...]} and the method {@code main.(*List[...]).Push} in tracebacks.
 * Before any instance, each generic function's body is also checked once on its own, its type
 * parameters as types ({@link #checkBodies}), for the rules of operators, comparison and
 * assignability that go/types applies to type parameters; other errors in a body are found in its
 * instances, with concrete types.
 */
final class CheckGeneric {
    /** One term of a type set: {@code ~int} or {@code string}. */
    record Term(boolean tilde, Type type) {
        @Override
        public String toString() {
            return (tilde ? "~" : "") + type;
        }
    }

    /** What a constraint interface adds to its methods: its terms (null: all types) and comparable. */
    static final class TypeSet {
        final List<Term> terms;
        final boolean comparable;

        TypeSet(List<Term> terms, boolean comparable) {
            this.terms = terms;
            this.comparable = comparable;
        }

        boolean includes(Type t) {
            if (terms == null) {
                return true;
            }
            for (Term term : terms) {
                if (term.tilde ? Types.identical(t.underlying(), term.type.underlying()) : Types.identical(t, term.type)) {
                    return true;
                }
            }
            return false;
        }

        /** The intersection with another set (typeset.go intersectTermLists, for the terms we build). */
        TypeSet and(TypeSet o) {
            if (o == null) {
                return this;
            }
            List<Term> ts = terms;
            if (o.terms != null) {
                if (terms == null) {
                    ts = o.terms;
                } else {
                    ts = new ArrayList<>();
                    for (Term a : terms) {
                        if (o.includesTerm(a)) {
                            ts.add(a);
                        } else if (a.tilde) {
                            for (Term b : o.terms) {
                                if (!b.tilde && Types.identical(b.type.underlying(), a.type.underlying())) {
                                    ts.add(b);
                                }
                            }
                        }
                    }
                }
            }
            boolean comp = comparable || o.comparable;
            if (comp && ts != null) {
                // typeset.go intersectTermLists: a comparable set keeps only comparable terms, and then needs no flag
                ts = ts.stream().filter(t -> Types.comparable(t.type)).toList();
                comp = false;
            }
            return new TypeSet(ts, comp);
        }

        private boolean includesTerm(Term a) {
            for (Term b : terms) {
                if (b.tilde ? Types.identical(a.type.underlying(), b.type.underlying())
                        : !a.tilde && Types.identical(a.type, b.type)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return String.join(" | ", terms.stream().map(Term::toString).toList());
        }
    }

    /** A generic function or type and its instances, by type arguments (identical types, not printed names). */
    static final class Generic {
        final Obj obj;
        final String name;
        final Lexer.Mark mark;
        final List<Ident> params = new ArrayList<>();
        final List<Expr> constraints = new ArrayList<>();
        final Package pkg;
        final File file;
        /** The declaration's file scope (set before any declaration is checked). */
        Scope scope;
        /**
         * Instances, bucketed by printed type arguments and told apart by type identity, as go/types'
         * Context is (go/types/context.go:87 lookup: a hash, then identicalInstance): two local types
         * both printed main.T are different types and get different instances.
         */
        private final Map<String, List<Made>> instances = new HashMap<>();
        /** For a function: the declaration as written (its signature drives inference). */
        FuncDecl decl;
        /** For a type: its type as written (unified with type literals). */
        Expr typeExpr;

        /** One instance and its type arguments; body is the body pass it belongs to (-1: the package's). */
        private record Made(int body, List<Type> targs, Object instance) {}

        /** The instance made for targs (identical types) in body, or null. */
        Object instance(int body, List<Type> targs) {
            for (Made m : instances.getOrDefault(typeList(targs), List.of())) {
                if (m.body == body && Types.sameList(m.targs, targs)) {
                    return m.instance;
                }
            }
            return null;
        }

        void add(int body, List<Type> targs, Object instance) {
            instances.computeIfAbsent(typeList(targs), k -> new ArrayList<>()).add(new Made(body, List.copyOf(targs), instance));
        }

        Generic(Obj obj, String name, Lexer.Mark mark, List<Ast.Field> tparams, Package pkg, File file) {
            this.obj = obj;
            this.name = name;
            this.mark = mark;
            this.pkg = pkg;
            this.file = file;
            for (Ast.Field f : tparams) {
                for (Ident id : f.names()) {
                    params.add(id);
                    constraints.add(f.type());
                }
            }
        }

        int index(String n) {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).name.equals(n)) {
                    return i;
                }
            }
            return -1;
        }

        /** go/types' TypeString of the type parameter list: {@code List[T any]}. */
        String declString() {
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                ps.add(params.get(i).name + " " + ExprString.of(constraints.get(i)));
            }
            return pkg.name + "." + name + "[" + String.join(", ", ps) + "]"; // main. is dropped in main's errors
        }
    }

    /**
     * A type parameter's constraint (typeparam.go TypeParam.bound), as the generic body sees it: the
     * parameter is a Named type whose underlying type is the constraint's core type if it has one
     * (range, index, len and operators then work as on it) and the constraint interface otherwise; the
     * constraint's methods are its methods.
     */
    record Bound(String constraint, TypeSet set, Interface iface) {
    }

    /** Names of another generic declaration bound to expressions of the caller's (for unify). */
    private record Env(Map<String, Expr> names, Env parent) {
    }

    /** A generic type's instance: which generic, with which type arguments. */
    record Instance(Generic generic, List<Type> targs) {
    }

    /** The universe of dialects with generics (Go 1.18+): comparable is predeclared. */
    static final Scope UNIVERSE18 = new Scope(Universe.SCOPE);
    /** The predeclared constraint comparable: no methods, strictly comparable types. */
    static final Interface COMPARABLE = new Interface(Map.of());

    static {
        COMPARABLE.typeSet = new TypeSet(null, true);
        UNIVERSE18.names.put("comparable", new TypeName("comparable", null, COMPARABLE));
    }

    /** More instances than this in one package is taken for an instantiation cycle (F[T] calling F[*T]). */
    static final int MAX_INSTANCES = 2000;

    /**
     * What every package's checker of one program shares, so that a generic of an imported package
     * (sync/atomic's Pointer[T]) is instantiated from the importer: the generics by object, the methods
     * of generic types by package path and type name, and each instance type's origin.
     */
    private record Registry(Map<Obj, Generic> generics, Map<String, List<FuncDecl>> methodsByType,
            Map<Named, Instance> instanceOf) {
        Registry() {
            this(new IdentityHashMap<>(), new HashMap<>(), new IdentityHashMap<>());
        }

        List<FuncDecl> methods(Generic g) {
            return methodsByType.getOrDefault(g.pkg.path + "." + g.name, List.of());
        }
    }

    private final CheckDecl ck;
    private Registry reg = new Registry();
    /** Instance bodies to check once every package-level declaration is known (worklist). */
    private final ArrayDeque<Runnable> pendingBodies = new ArrayDeque<>();
    private final List<Generic> all = new ArrayList<>();
    private int instances;
    /** The instance whose methods are being declared (their receiver types name it). */
    private Named receiver;
    /** The names bound to type arguments in instances (a type parameter, as the body sees it). */
    private final java.util.Set<Obj> typeParams = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    CheckGeneric(CheckDecl ck) {
        this.ck = ck;
    }

    /** Makes an imported package's checker share the importer's generics (one registry per program). */
    void shareWith(CheckGeneric importer) {
        reg = importer.reg;
    }

    /** The universe scope of the dialect. */
    Scope universe() {
        return ck.prelude.generics() ? UNIVERSE18 : Universe.SCOPE;
    }

    /** The symbol name gc 1.19 gives a method's receiver type: List[...] for an instance. */
    static String symbolName(Named n) {
        int b = n.name.indexOf('[');
        return b < 0 ? n.name : n.name.substring(0, b) + "[...]";
    }

    // ---------------------------------------------------------------- declarations (resolver.go)

    void collectType(TypeName tn, TypeSpec ts, File f) {
        Generic g = new Generic(tn, ts.name.name, ts.mark, ts.typeParams, ck.pkg, f);
        g.typeExpr = ts.type;
        reg.generics.put(tn, g);
        all.add(g);
    }

    void collectFunc(FuncObj fo, FuncDecl fd, File f) {
        Generic g = new Generic(fo, fd.name.name, fd.mark, fd.typeParams, ck.pkg, f);
        g.decl = fd;
        reg.generics.put(fo, g);
        all.add(g);
    }

    /** A method of a generic type: instantiated with each instance of its receiver's base type. */
    void collectMethod(FuncDecl fd) {
        Expr rt = fd.recv.type() instanceof Star s ? s.x : fd.recv.type();
        Expr base = rt instanceof Index ix ? ix.x : ((IndexList) rt).x;
        if (base instanceof Ident id) {
            reg.methodsByType.computeIfAbsent(ck.pkg.path + "." + id.name, k -> new ArrayList<>()).add(fd);
        } else {
            ck.error(base.pos, "invalid receiver type " + ExprString.of(fd.recv.type()));
        }
    }

    void fileScope(File f, Scope s) {
        for (Generic g : all) {
            if (g.file == f) {
                g.scope = s;
            }
        }
        for (Decl d : f.decls()) {
            if (d instanceof FuncDecl fd && isGenericDecl(fd)) {
                markImports(fd, s);
            }
        }
    }

    boolean isGeneric(Obj o) {
        return o != null && reg.generics.containsKey(o);
    }

    static boolean isGenericDecl(FuncDecl fd) {
        return fd.mark != null;
    }

    /** The generic function or type e names (an identifier or pkg.Name), or null. */
    Generic genericOf(Expr e) {
        e = CheckBase.unparen(e);
        Obj o = null;
        if (e instanceof Ident id) {
            o = ck.scope.lookup(id.name);
        } else if (e instanceof Selector s && s.x instanceof Ident pid && ck.scope.lookup(pid.name) instanceof PkgName pn) {
            o = pn.pkg.lookup(s.sel.name);
            pn.used |= reg.generics.containsKey(o);
        }
        return o == null ? null : reg.generics.get(o);
    }

    /** The callee of a call, when it is a generic function (F, F[int] or F[int, string]). */
    Generic genericCallee(Expr f) {
        Expr x = f instanceof Index ix ? ix.x : f instanceof IndexList il ? il.x : f;
        Generic g = genericOf(x);
        return g != null && g.obj instanceof FuncObj ? g : null;
    }

    /** Go 1.19: "cannot use generic type List[T any] without instantiation" (and for functions). */
    Type withoutInstantiation(Expr at, Generic g) {
        ck.error(at.pos, "cannot use generic " + (g.obj instanceof TypeName ? "type " + g.declString()
                : "function " + g.pkg.name + "." + g.name) + " without instantiation");
        at.type = Types.INVALID;
        return Types.INVALID;
    }

    /**
     * Marks the imports a generic declaration's body names as used, instantiated or not: go/types
     * checks a generic body once by itself, so its imports count even without an instance (a
     * package name followed by '.', found in the declaration's tokens).
     */
    void markImports(FuncDecl fd, Scope fileScope) {
        if (fd.body == null || fd.mark == null) {
            return;
        }
        Lexer lx = new Lexer(fd.mark);
        Pos end = fd.body.rbrace;
        Lexer.Token prev = null;
        for (Lexer.Token t = lx.next(); t.kind() != Tok.EOF && t.pos().compareTo(end) < 0; t = lx.next()) {
            if (t.kind() == Tok.PERIOD && prev != null && prev.kind() == Tok.IDENT
                    && fileScope.lookup(prev.text()) instanceof PkgName pn) {
                pn.used = true;
            }
            prev = t;
        }
    }

    /** Checks the instance bodies queued so far, and those their checking queues. */
    void drain() {
        while (!pendingBodies.isEmpty()) {
            pendingBodies.poll().run();
        }
    }

    // ---------------------------------------------------------------- generic bodies on their own

    /** Whether a generic body is being checked with its type parameters as types (checkBodies). */
    private boolean bodyPass;
    private int bodySerial;
    /** While a generic type's methods are declared for the body pass: their bodies, to check. */
    private List<Runnable> ownBodies;
    /** The type parameter names of the body being checked (errors naming them are kept). */
    private final java.util.Set<String> bodyParams = new java.util.HashSet<>();

    /**
     * Checks each generic function once, its type parameters bound to type-parameter types, as
     * go/types does before (and without) any instantiation. Only the errors that come from the type
     * parameters' rules are kept (operators outside the type set, comparison of types that are not
     * comparable, assignment of another type to a type parameter); other errors of this pass are
     * dropped, as the rules it does not model (conversions, untyped constants, type switches) would
     * give false ones, and the instances are checked with concrete types anyway.
     */
    void checkBodies() {
        for (Generic g : List.copyOf(all)) {
            // decl.go collectTypeParams: every type parameter list is checked, used or not, with all its errors
            checkBody(g, () -> boundScope(g, null), msg -> true);
        }
        if (!ck.errors.isEmpty()) {
            return; // a constraint naming something undefined would make false errors here
        }
        for (Generic g : List.copyOf(all)) {
            if (g.obj instanceof FuncObj && g.decl != null && g.decl.body != null) {
                checkBody(g, () -> {
                    FuncDecl fd = Parser.reparseFunc(g.mark);
                    FuncObj fo = new FuncObj(fd.name.name, fd.name.pos, fd, g.pkg);
                    fo.symbol = g.pkg.path + "." + g.name + "[...]";
                    fd.name.obj = fo;
                    ck.scope = boundScope(g, null);
                    ck.declareFunc(fd);
                    bodyOnce(fd, ck.scope).run();
                });
            } else if (g.obj instanceof TypeName && !reg.methods(g).isEmpty()) {
                checkBody(g, () -> {
                    List<Type> tps = new ArrayList<>();
                    ck.scope = boundScope(g, tps);
                    List<Runnable> methods = new ArrayList<>();
                    ownBodies = methods;
                    try {
                        instType(g, tps); // declares the methods, with receivers of type g[T...]
                    } finally {
                        ownBodies = null;
                    }
                    methods.forEach(Runnable::run);
                });
            }
        }
    }

    /** Checks body in the body pass, keeping only the errors typeParamError admits. */
    private void checkBody(Generic g, Runnable body) {
        checkBody(g, body, this::typeParamError);
    }

    /** Checks body in the body pass, keeping only the errors keep admits. */
    private void checkBody(Generic g, Runnable body, java.util.function.Predicate<String> keep) {
        bodySerial++;
        int mark = ck.errors.size();
        int funcs = g.pkg.funcs.size();
        Scope saved = ck.scope;
        Set<Object> savedDeps = ck.deps;
        bodyPass = true;
        ck.deps = null;
        try {
            body.run();
        } finally {
            ck.scope = saved;
            ck.deps = savedDeps;
            bodyPass = false;
            g.pkg.funcs.subList(funcs, g.pkg.funcs.size()).clear(); // nothing of this pass is compiled
        }
        List<GoCompileError.Diagnostic> found = new ArrayList<>(ck.errors.subList(mark, ck.errors.size()));
        ck.errors.subList(mark, ck.errors.size()).clear();
        for (GoCompileError.Diagnostic d : found) {
            if (keep.test(d.message())) {
                ck.errorVerbatim(d.pos(), d.message());
            }
        }
        bodyParams.clear();
    }

    /** The check of a declared function's body in scope s (its signature is known only here). */
    private Runnable bodyOnce(FuncDecl fd, Scope s) {
        return () -> {
            Scope sv = ck.scope;
            ck.scope = s;
            ck.sigExprs.put(fd.scope, fd.sig);
            try {
                ck.checkFuncBody(fd.scope, fd.body, null);
            } finally {
                ck.sigExprs.remove(fd.scope);
                ck.scope = sv;
            }
        };
    }

    private static final java.util.regex.Pattern NOT_IMPLEMENTS = java.util.regex.Pattern.compile("^(\\w+) does not implement ");
    private static final java.util.regex.Pattern CONVERT = java.util.regex.Pattern.compile(
            "^cannot convert .* \\(untyped \\w+ constant\\) to (\\w+)$");
    private static final java.util.regex.Pattern MAKE = java.util.regex.Pattern.compile(
            "^invalid (?:argument: cannot make (\\w+); type must be slice, map, or channel|operation: make\\((\\w+)\\) expects .*)$");
    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile(
            "^cannot convert (.*) to type (\\w+)(?::\n\t[\\s\\S]*)?$");
    private static final java.util.regex.Pattern MISMATCHED = java.util.regex.Pattern.compile(
            " \\(mismatched types (?:untyped \\w+ and (\\w+)|(\\w+) and untyped \\w+)\\)$");
    private static final java.util.regex.Pattern UNDEFINED = java.util.regex.Pattern.compile(
            " undefined \\(type (\\w+) has no field or method \\w+\\)$");
    private static final java.util.regex.Pattern USE_AS = java.util.regex.Pattern.compile(
            "^cannot use .* as (\\w+) value in (return statement|assignment|variable declaration|argument to .*)$");

    /** Whether a message of the body pass is one of the type-parameter rules this pass models. */
    private boolean typeParamError(String msg) {
        if (msg.startsWith("invalid operation: operator ") && msg.contains(" constrained by ")
                || msg.contains(" no core type") // range, make, send, receive, slice, append (core types)
                || msg.startsWith("invalid composite literal type ") && bodyParams.contains(msg.substring(31))
                || msg.startsWith("invalid operation: cannot index ") && msg.contains(" constrained by ")
                || MAKE.matcher(msg).find() && bodyParams.contains(MAKE.matcher(msg).replaceFirst("$1$2"))
                || msg.endsWith("(incomparable types in type set)") || msg.contains(" (type parameter ")
                || msg.startsWith("cannot use type switch on type parameter value ")
                || msg.startsWith("invalid operation: cannot use type assertion on type parameter value ")
                || msg.startsWith("invalid argument: ") && msg.contains(" constrained by ")
                && (msg.endsWith(" for len") || msg.endsWith(" for cap"))) {
            return true;
        }
        var ni = NOT_IMPLEMENTS.matcher(msg);
        if (ni.find() && bodyParams.contains(ni.group(1))) {
            return true; // a type parameter as a type argument, outside the constraint
        }
        var c = CONVERT.matcher(msg);
        if (c.find() && bodyParams.contains(c.group(1))) {
            return true;
        }
        var cv = CONVERSION.matcher(msg);
        if (cv.find() && (bodyParams.contains(cv.group(2)) || cv.group(1).contains(" constrained by "))) {
            return true; // T(x) or int(x) with a type parameter on either side (conversions.go)
        }
        var mt = MISMATCHED.matcher(msg);
        if (mt.find() && (bodyParams.contains(mt.group(1)) || bodyParams.contains(mt.group(2)))) {
            return true;
        }
        var u = UNDEFINED.matcher(msg);
        if (u.find() && bodyParams.contains(u.group(1))) {
            return true; // a method the constraint does not have
        }
        var m = USE_AS.matcher(msg);
        return m.matches() && bodyParams.contains(m.group(1)) && !msg.contains(" constrained by ");
    }

    /** The scope binding g's type parameters to type-parameter types (their constraints may name each other). */
    private Scope boundScope(Generic g, List<Type> out) {
        Scope s = new Scope(g.scope);
        List<Named> tps = new ArrayList<>();
        for (Ident n : g.params) {
            Named tp = new Named("", n.name, Types.INVALID);
            tps.add(tp);
            if (out != null) {
                out.add(tp);
            }
            if (!n.name.equals("_")) {
                s.names.put(n.name, new TypeName(n.name, n.pos, tp));
                bodyParams.add(n.name);
            }
        }
        Scope saved = ck.scope;
        ck.scope = s;
        try {
            for (int i = 0; i < tps.size(); i++) {
                Named tp = tps.get(i);
                Expr ce = g.constraints.get(i);
                Type ct = ck.typeOf(ce);
                Interface iface = ct.underlying() instanceof Interface it ? it : null;
                TypeSet set = iface != null ? iface.typeSet : ct == Types.INVALID ? null
                        : new TypeSet(List.of(new Term(false, ct)), false);
                if (iface == null) {
                    iface = new Interface(Map.of());
                    iface.typeSet = set;
                }
                tp.bound = new Bound(ExprString.of(ce).replace(" | ", "|"), set, iface);
                Type core = coreType(set);
                // a Named pointer type has no methods of its own (lookup.go): PT interface{ *T; Set() } keeps its interface
                boolean methodsLost = core instanceof Pointer && !iface.methods.isEmpty();
                tp.underlying = core != null && !methodsLost ? core : iface;
                for (var e : iface.methods.entrySet()) {
                    tp.methods.put(e.getKey(), new Method(e.getKey(), e.getValue(), false, tp));
                }
            }
        } finally {
            ck.scope = saved;
        }
        return s;
    }

    /**
     * typeset.go's core type: the one underlying type of every term, if there is one; channels may
     * differ in direction only where one is bidirectional, and then the directed one is the core
     * (typeset.go match).
     */
    private static Type coreType(TypeSet set) {
        if (set == null || set.terms == null || set.terms.isEmpty()) {
            return null;
        }
        Type u = null;
        for (Term t : set.terms) {
            Type x = t.type.underlying();
            if (x instanceof Interface) {
                return null;
            }
            if (u != null && !Types.identical(u, x)) {
                if (!(u instanceof Chan a && x instanceof Chan b && Types.identical(a.elem, b.elem)
                        && (a.dir == ChanDir.BOTH || b.dir == ChanDir.BOTH))) {
                    return null;
                }
                x = a.dir == ChanDir.BOTH ? b : a;
            }
            u = x;
        }
        return u;
    }

    /** Whether t is a type parameter whose constraint has no core type (range, make, send, ... reject it). */
    static boolean noCoreType(Type t) {
        return t instanceof Named n && n.bound != null && coreType(n.bound.set()) == null;
    }

    /** A type parameter's core type (typeset.go coreType), or null; for another type, its underlying type. */
    static Type coreOf(Type t) {
        return t instanceof Named n && n.bound != null ? coreType(n.bound.set()) : t.underlying();
    }

    /**
     * The key (null unless every type is a map) and element type of indexing type parameter t with no
     * core type (index.go, case *Interface): every type of its set must be indexable with identical
     * keys and elements; null if not.
     */
    static Type[] indexTypeParam(Named t) {
        TypeSet ts = t.bound.set();
        if (ts == null || ts.terms == null || ts.terms.isEmpty()) {
            return null;
        }
        Type key = null;
        Type elem = null;
        for (int i = 0; i < ts.terms.size(); i++) {
            Type u = ts.terms.get(i).type.underlying();
            Type k = null;
            Type e = switch (u) {
                case Basic b when Types.isString(b) -> Types.BYTE;
                case Array a -> a.elem;
                case Pointer p when p.elem.underlying() instanceof Array a -> a.elem;
                case Slice s -> s.elem;
                case MapT m -> {
                    k = m.key;
                    yield m.value;
                }
                default -> null;
            };
            if (e == null || i > 0 && (!(key == null ? k == null : k != null && Types.identical(key, k)) || !Types.identical(elem, e))) {
                return null;
            }
            key = k;
            elem = e;
        }
        return new Type[] {key, elem};
    }

    /** The constraint a type parameter's operand is described with ("T constrained by any"), or null. */
    static String constraintOf(Type t) {
        return t instanceof Named n && n.bound != null ? n.bound.constraint() : null;
    }

    /**
     * Whether an operator's predicate holds for t: for a type parameter, for every type of its type
     * set (expr.go allBasic / typeset.go underIs; no terms means any type, so none holds).
     */
    static boolean every(Type t, java.util.function.Predicate<Type> p) {
        if (t instanceof Named n && n.bound != null) {
            TypeSet ts = n.bound.set();
            return ts != null && ts.terms != null && !ts.terms.isEmpty() && ts.terms.stream().allMatch(x -> p.test(x.type));
        }
        return p.test(t);
    }

    /**
     * Whether constant v is representable as t; for a type parameter, as every type of its type set
     * (operand.go assignableTo, Go 1.19); other types answer true here (checked where they are assigned).
     */
    static boolean representsAll(Object v, Type t) {
        if (!(t instanceof Named n) || n.bound == null) {
            return true;
        }
        return every(t, x -> Types.kindOf(x) != null && Constants.represent(v, Types.kindOf(x)) != null);
    }

    /**
     * An untyped constant operand beside a type parameter t: null if it becomes a t, "" if it cannot
     * be converted (no terms, or a type of the set does not hold its value), "mismatched" if its kind
     * fits no type of the set.
     */
    static String untypedOperand(Type k, Object v, Type t) {
        TypeSet ts = ((Named) t).bound.set();
        if (ts == null || ts.terms == null || ts.terms.isEmpty()) {
            return "";
        }
        boolean kinds = every(t, x -> CheckExpr.assignable(k, x));
        return !kinds ? "mismatched" : representsAll(v, t) ? null : "";
    }

    /** predicates.go comparable for a type parameter: comparable constraint, or only comparable terms. */
    static boolean comparableTypeParam(Named n) {
        TypeSet ts = n.bound.set();
        return ts != null && (ts.comparable || ts.terms != null && ts.terms.stream().allMatch(x -> Types.comparable(x.type)));
    }

    /**
     * operand.go assignableTo's type-parameter rules (Go 1.19); null when neither type is a type
     * parameter. A type parameter takes only itself, or an unnamed type assignable to each type of
     * its type set; its values go to an interface it implements or an unnamed type each type of its
     * set is assignable to.
     */
    static Boolean assignableTypeParam(Type v, Type t) {
        boolean vp = v instanceof Named vn && vn.bound != null;
        boolean tp = t instanceof Named tn && tn.bound != null;
        if (!vp && !tp || Types.identical(v, t)) {
            return vp || tp ? Boolean.TRUE : null;
        }
        if (tp) {
            TypeSet ts = ((Named) t).bound.set();
            if (vp || named(v) || ts == null || ts.terms == null || ts.terms.isEmpty()) {
                return false;
            }
            return ts.terms.stream().allMatch(x -> CheckExpr.assignable(v, x.type));
        }
        if (Types.isInterface(t) && !(t instanceof Named tn2 && tn2.bound != null)) {
            return Types.missingMethod(v, (Interface) t.underlying()) == null;
        }
        TypeSet vs = ((Named) v).bound.set();
        if (named(t) || vs == null || vs.terms == null || vs.terms.isEmpty()) {
            return false;
        }
        return vs.terms.stream().allMatch(x -> CheckExpr.assignable(x.type, t));
    }

    /** Whether t has a name in Go's sense: a defined or predeclared type (untyped constants' types have none). */
    private static boolean named(Type t) {
        return t instanceof Named || t instanceof Basic && !Types.isUntyped(t);
    }

    // ---------------------------------------------------------------- instantiation (instantiate.go)

    /** x[args] in an expression or a type: an instance of the generic function or type x names. */
    Type instantiate(Expr node, Expr x, List<Expr> args) {
        Generic g = genericOf(x);
        List<Type> targs = new ArrayList<>();
        for (Expr a : args) {
            targs.add(ck.typeOf(a));
        }
        if (targs.contains(Types.INVALID)) {
            return Types.INVALID;
        }
        if (targs.size() > g.params.size()) {
            ck.error(args.get(g.params.size()).pos, "got " + targs.size() + " type arguments but want " + g.params.size());
            return Types.INVALID;
        }
        if (g.obj instanceof TypeName) {
            if (targs.size() < g.params.size()) {
                ck.error(node.pos, "not enough type arguments for type " + g.name + ": have " + targs.size()
                        + ", want " + g.params.size());
                return Types.INVALID;
            }
            if (!verify(g, targs, args, null)) {
                return Types.INVALID;
            }
            Named n = instType(g, targs);
            markType(x, n);
            node.isType = true;
            return n;
        }
        if (targs.size() < g.params.size()) {
            ck.errorVerbatim(node.pos, "cannot infer " + g.params.get(targs.size()).name + " (" + g.params.get(targs.size()).pos + ")");
            return Types.INVALID;
        }
        if (!verify(g, targs, args, null)) {
            return Types.INVALID;
        }
        FuncObj inst = instFunc(g, targs);
        Ident id = instIdent(x, inst);
        if (node instanceof Index ix) {
            ix.inst = id;
        } else if (node instanceof IndexList il) {
            il.inst = id;
        }
        return inst.sig;
    }

    private static void markType(Expr x, Type t) {
        x.isType = true;
        x.type = t;
    }

    private Ident instIdent(Expr x, FuncObj inst) {
        Ident id = new Ident(x.pos, inst.name);
        id.obj = inst;
        id.type = inst.sig;
        x.type = inst.sig;
        ck.addDeclDep(inst);
        return id;
    }

    /** The scope binding g's type parameters to targs. */
    private Scope paramScope(Generic g, List<Ident> names, List<Type> targs) {
        Scope s = new Scope(g.scope);
        for (int i = 0; i < names.size() && i < targs.size(); i++) {
            Ident n = names.get(i);
            if (!n.name.equals("_")) {
                TypeName tn = new TypeName(n.name, n.pos, targs.get(i));
                typeParams.add(tn);
                s.names.put(n.name, tn);
            }
        }
        return s;
    }

    /** Whether every type argument satisfies its constraint; reports the first failure at its argument (or at). */
    private boolean verify(Generic g, List<Type> targs, List<Expr> argExprs, Pos at) {
        Scope saved = ck.scope;
        ck.scope = paramScope(g, g.params, targs);
        try {
            for (int i = 0; i < targs.size(); i++) {
                Expr ce = g.constraints.get(i);
                Type ct = ck.typeOf(ce);
                if (ct == Types.INVALID) {
                    return false;
                }
                String why = implementsWhy(targs.get(i), ct, constraintString(ce, ct));
                if (why != null) {
                    ck.error(at != null ? at : argExprs.get(i).pos, why);
                    return false;
                }
            }
            return true;
        } finally {
            ck.scope = saved;
        }
    }

    /**
     * A constraint as types2's typestring.go writes it in "does not implement" (with the type
     * arguments substituted, as verify checks the substituted bound): a named one by its type, a
     * union as {@code ~int|string}, an interface literal as {@code interface{M(); ~int|string}}
     * (methods sorted by name, then the embedded elements; no spaces).
     */
    static String constraintString(Expr ce, Type ct) {
        return switch (ce) {
            case Paren p -> constraintString(p.x, ct);
            case Union u -> {
                List<String> ts = new ArrayList<>();
                for (int i = 0; i < u.terms.size(); i++) {
                    Expr t = u.terms.get(i);
                    ts.add((u.tilde.get(i) ? "~" : "") + (t.type != null ? t.type.toString() : ExprString.of(t)));
                }
                yield String.join("|", ts);
            }
            case InterfaceTypeExpr it -> {
                java.util.TreeMap<String, String> methods = new java.util.TreeMap<>();
                List<String> embedded = new ArrayList<>();
                for (Ast.Field f : it.methods) {
                    if (f.names().isEmpty()) {
                        embedded.add(constraintString(f.type(), f.type().type));
                    } else {
                        Type sig = f.type().type;
                        methods.put(f.names().get(0).name, sig != null ? sig.toString().substring(4) : "(…)");
                    }
                }
                List<String> parts = new ArrayList<>();
                methods.forEach((n, sig) -> parts.add(n + sig));
                parts.addAll(embedded);
                yield "interface{" + String.join("; ", parts) + "}";
            }
            default -> ct instanceof Named ? ct.toString() : ExprString.of(ce);
        };
    }

    /**
     * instantiate.go implements (Go 1.19): null if t satisfies constraint c (written cs), else types2's
     * message. In its order: the methods, then the type set (a type parameter's or an interface's own
     * type set must be a subset, and types2 then names no term), and only then comparable.
     */
    static String implementsWhy(Type t, Type c, String cs) {
        Interface iface = c.underlying() instanceof Interface it ? it : null;
        TypeSet ts = iface != null ? iface.typeSet : new TypeSet(List.of(new Term(false, c)), false); // [T int]
        if (iface != null && iface.methods.isEmpty() && (ts == null || ts.terms == null && !ts.comparable)) {
            return null; // any
        }
        Named tp = t instanceof Named n && n.bound != null ? n : null;
        boolean isIface = tp != null || t.underlying() instanceof Interface;
        TypeSet own = tp != null ? tp.bound.set() : isIface ? ((Interface) t.underlying()).typeSet : null;
        if (own != null && own.terms != null && own.terms.isEmpty()) {
            return null; // an empty type set satisfies every constraint
        }
        if (ts != null && ts.terms != null && ts.terms.isEmpty()) {
            return "cannot implement " + cs + " (empty type set)";
        }
        if (iface != null) {
            String miss = Types.missingMethod(t, iface);
            if (miss != null) {
                return t + " does not implement " + cs + " " + missingMethodReason(t, miss, iface);
            }
        }
        String pending = ts != null && ts.comparable && !(tp != null ? comparableTypeParam(tp) : strictlyComparable(t))
                ? t + " does not implement comparable" : null;
        if (ts == null || ts.terms == null) {
            return pending;
        }
        if (isIface) {
            boolean subset = own != null && own.terms != null && own.terms.stream().allMatch(ts::includesTerm);
            return subset ? pending : t + " does not implement " + cs;
        }
        if (!ts.includes(t)) {
            for (Term term : ts.terms) {
                if (!term.tilde && term.type.underlying() == term.type && Types.identical(t.underlying(), term.type)) {
                    return t + " does not implement " + cs + " (possibly missing ~ for " + term.type + " in constraint " + cs + ")";
                }
            }
            return t + " does not implement " + cs + " (" + t + " missing in " + ts + ")";
        }
        return pending;
    }

    /** lookup.go missingMethodReason, in the compiler's words ("String method"). */
    private static String missingMethodReason(Type t, String name, Interface iface) {
        if (t instanceof Pointer p && p.elem.underlying() instanceof Interface) {
            return "(type " + t + " is pointer to interface, not interface)";
        }
        Types.Lookup l = Types.lookupFieldOrMethod(t, name);
        Signature have = l.method() != null ? l.method().sig : l.ifaceSig();
        Signature want = iface.methods.get(name);
        if (have == null) {
            return "(missing " + name + " method)";
        }
        if (Types.identical(have, want)) {
            return "(" + name + " method has pointer receiver)";
        }
        return "(wrong type for " + name + " method)\n\t\thave " + name + have.toString().substring(4)
                + "\n\t\twant " + name + want.toString().substring(4);
    }

    /** Go 1.19's comparable admits no interface, nor a struct or array holding one (predicates.go comparable). */
    static boolean strictlyComparable(Type t) {
        return switch (t.underlying()) {
            case Interface i -> false;
            case Struct s -> s.fields.stream().allMatch(f -> strictlyComparable(f.type()));
            case Array a -> strictlyComparable(a.elem);
            default -> Types.comparable(t);
        };
    }

    private void countInstance(Pos at) {
        if (++instances == MAX_INSTANCES) {
            ck.error(at, "instantiation cycle");
        }
    }

    /** The instance of generic function g for targs (checked constraints), made on first use. */
    FuncObj instFunc(Generic g, List<Type> targs) {
        FuncObj inst = (FuncObj) g.instance(bodyKey(), targs);
        if (inst != null || instances >= MAX_INSTANCES) {
            return inst != null ? inst : (FuncObj) g.obj;
        }
        countInstance(g.decl.pos);
        FuncDecl fd = Parser.reparseFunc(g.mark);
        inst = new FuncObj(fd.name.name, fd.name.pos, fd, g.pkg);
        inst.symbol = g.pkg.path + "." + g.name + "[...]";
        fd.name.obj = inst;
        g.add(bodyKey(), targs, inst);
        Scope s = paramScope(g, g.params, targs);
        declareInstance(g, fd, inst, s, ((Integer) ck.declOrder.getOrDefault(g.obj, ck.declOrder.size())));
        return inst;
    }

    /** Declares an instance's signature now and queues its body (the package's other declarations come first). */
    private void declareInstance(Generic g, FuncDecl fd, Object node, Scope s, int order) {
        inPackage(g, () -> {
            Scope saved = ck.scope;
            ck.scope = s;
            try {
                ck.declareFunc(fd);
            } finally {
                ck.scope = saved;
            }
        });
        if (fd.scope == null || bodyPass) {
            if (fd.scope != null && ownBodies != null) {
                ownBodies.add(bodyOnce(fd, s)); // a generic type's own methods, checked on their own
            }
            return; // another instance made by a body checked on its own: its signature is all it needs
        }
        Object self = node instanceof FuncObj ? node : ck.funcNodes.get(fd);
        ck.sigExprs.put(fd.scope, fd.sig);
        ck.declOrder.putIfAbsent(self, order);
        g.pkg.instances.add(fd);
        pendingBodies.add(() -> inPackage(g, () -> {
            Scope sv = ck.scope;
            ck.scope = s;
            try {
                ck.checkFuncBody(fd.scope, fd.body, self);
            } finally {
                ck.scope = sv;
            }
        }));
    }

    /**
     * Runs part of an instance's check as code of the generic's own package (instantiate.go: an
     * instance belongs to its origin's package): its symbols, closures and receiver types are that
     * package's, whichever package instantiated it.
     */
    private void inPackage(Generic g, Runnable r) {
        Package saved = ck.pkg;
        ck.pkg = g.pkg;
        try {
            r.run();
        } finally {
            ck.pkg = saved;
        }
    }

    /** The instance of generic type g for targs: a Named type with its own methods. */
    Named instType(Generic g, List<Type> targs) {
        Named n = (Named) g.instance(bodyKey(), targs);
        if (n != null) {
            return n;
        }
        Named origin = (Named) ((TypeName) g.obj).type;
        n = new Named(origin.pkg, g.name + "[" + typeList(targs) + "]", null);
        n.underlying = Types.INVALID; // until resolved: a recursive reference sees it unfinished
        g.add(bodyKey(), targs, n);
        reg.instanceOf.put(n, new Instance(g, List.copyOf(targs)));
        if (instances >= MAX_INSTANCES) {
            return n;
        }
        countInstance(((TypeName) g.obj).pos);
        TypeSpec ts = Parser.reparseType(g.mark);
        Named made = n;
        inPackage(g, () -> {
            Scope saved = ck.scope;
            ck.scope = paramScope(g, g.params, targs);
            try {
                made.underlying = ck.typeOf(ts.type).underlying();
            } finally {
                ck.scope = saved;
            }
        });
        for (FuncDecl m : reg.methods(g)) {
            FuncDecl fd = Parser.reparseFunc(m.mark);
            Expr rt = fd.recv.type() instanceof Star s ? s.x : fd.recv.type();
            List<Expr> rargs = rt instanceof Index ix ? List.of(ix.index) : ((IndexList) rt).indices;
            List<Ident> names = new ArrayList<>();
            for (Expr a : rargs) {
                if (!(a instanceof Ident id)) {
                    ck.error(a.pos, "receiver type parameter " + ExprString.of(a) + " must be an identifier");
                    return n;
                }
                names.add(id);
            }
            if (names.size() != g.params.size()) {
                ck.error(rt.pos, "got " + names.size() + " type parameters, but receiver base type declares "
                        + g.params.size());
                continue;
            }
            receiver = n;
            try {
                declareInstance(g, fd, null, paramScope(g, names, targs), ck.declOrder.size());
            } finally {
                receiver = null;
            }
        }
        return n;
    }

    /** A receiver's base type List[T] (the receiver's type parameters are bound in the current scope). */
    Type recvType(Expr rt) {
        if (receiver != null) {
            return receiver;
        }
        if ((rt instanceof Index || rt instanceof IndexList) && ck.typeOrNull(rt) instanceof Named n) {
            return n;
        }
        return null;
    }

    /** Which instances a lookup may share: those made while a body is checked on its own are that body's alone (-1: the package's). */
    private int bodyKey() {
        return bodyPass ? bodySerial : -1;
    }

    /** reflect's spelling of a type-argument list: types joined by "," (main.Pair[string,main.Point]). */
    static String typeList(List<Type> ts) {
        return String.join(",", ts.stream().map(Object::toString).toList());
    }

    /** Whether type expression e names a type parameter (checks that need it to be concrete are left to run time). */
    boolean mentionsTypeParam(Expr e) {
        return switch (e) {
            case null -> false;
            case Ident id -> typeParams.contains(id.obj);
            case Paren p -> mentionsTypeParam(p.x);
            case Star s -> mentionsTypeParam(s.x);
            case ArrayTypeExpr a -> mentionsTypeParam(a.elem);
            case MapTypeExpr m -> mentionsTypeParam(m.key) || mentionsTypeParam(m.value);
            case ChanTypeExpr c -> mentionsTypeParam(c.elem);
            case Index ix -> mentionsTypeParam(ix.index);
            case IndexList il -> il.indices.stream().anyMatch(this::mentionsTypeParam);
            default -> false;
        };
    }

    // ---------------------------------------------------------------- calls and inference (infer.go)

    /** A call of a generic function: infers the missing type arguments, instantiates, checks the call. */
    Type call(Call c, Generic g) {
        Expr f = CheckBase.unparen(c.fun);
        List<Expr> targExprs = f instanceof Index ix ? List.of(ix.index) : f instanceof IndexList il ? il.indices : List.of();
        Expr x = f instanceof Index ix ? ix.x : f instanceof IndexList il ? il.x : f;
        Type[] targs = new Type[g.params.size()];
        for (int i = 0; i < targExprs.size(); i++) {
            Type t = ck.typeOf(targExprs.get(i));
            if (i >= targs.length) {
                ck.error(targExprs.get(i).pos, "got " + targExprs.size() + " type arguments but want " + targs.length);
                return checkArgsInvalid(c);
            }
            if (t == Types.INVALID) {
                return checkArgsInvalid(c);
            }
            targs[i] = t;
        }
        List<Expr> argExprs = new ArrayList<>();
        List<Type> argTypes = new ArrayList<>();
        if (c.args.size() == 1 && !c.ellipsis) {
            // f(g()) passes g's results (call.go: a single multi-value argument)
            Expr a = c.args.get(0);
            Type t = ck.exprOrTuple(a, true);
            for (Type e : t instanceof Tuple tu ? tu.types : List.of(t)) {
                argExprs.add(a);
                argTypes.add(e);
            }
        } else {
            for (Expr a : c.args) {
                argExprs.add(a);
                argTypes.add(ck.expr(a));
            }
        }
        if (argTypes.contains(Types.INVALID)) {
            return Types.INVALID;
        }
        if (!infer(g, targs, c, argExprs, argTypes)) {
            return Types.INVALID;
        }
        List<Type> tl = List.of(targs);
        if (!verify(g, tl, targExprs.size() == targs.length ? targExprs : null, targExprs.size() == targs.length ? null : c.lparen)) {
            return Types.INVALID;
        }
        FuncObj inst = instFunc(g, tl);
        if (inst.sig == null) {
            return Types.INVALID;
        }
        c.fun = instIdent(x, inst);
        if (f != x) {
            f.type = inst.sig;
        }
        ck.arguments(c, inst.sig, g.name, true);
        Signature sig = inst.sig;
        return sig.results.size() == 1 ? sig.results.get(0) : new Tuple(sig.results);
    }

    private Type checkArgsInvalid(Call c) {
        for (Expr a : c.args) {
            ck.expr(a);
        }
        return Types.INVALID;
    }

    /** Fills the missing type arguments from the call's arguments; false after reporting an error. */
    private boolean infer(Generic g, Type[] targs, Call c, List<Expr> args, List<Type> types) {
        boolean complete = true;
        for (Type t : targs) {
            complete &= t != null;
        }
        if (complete) {
            return true;
        }
        List<Ast.Field> params = g.decl.sig.params;
        List<Expr> ptypes = new ArrayList<>();
        for (Ast.Field pf : params) {
            for (int k = 0; k < Math.max(1, pf.names().size()); k++) {
                ptypes.add(pf.type());
            }
        }
        // typed arguments first (infer.go: "Unify parameter and argument types for generic parameters with typed arguments")
        for (int i = 0; i < args.size(); i++) {
            Expr pe = paramTypeAt(ptypes, i, c.ellipsis);
            Expr a = args.get(i);
            Type at = types.get(i);
            if (pe == null || Types.isUntyped(at)) {
                continue;
            }
            String conflict = unify(g, targs, pe, at, null);
            if (conflict != null) {
                ck.error(a.pos, "type " + at + " of " + ExprString.of(a) + " does not match " + conflict);
                return false;
            }
        }
        coreTypes(g, targs); // infer.go: constraint type inference comes before the untyped defaults
        // then untyped constants, for parameters whose type is a bare type parameter
        boolean[] fromUntyped = new boolean[targs.length];
        for (int i = 0; i < args.size(); i++) {
            Expr pe = paramTypeAt(ptypes, i, c.ellipsis);
            Expr a = args.get(i);
            if (!(pe instanceof Ident pid) || !Types.isUntyped(a.type) || a.type == Types.UNTYPED_NIL) {
                continue;
            }
            int k = g.index(pid.name);
            if (k < 0) {
                continue;
            }
            Type d = Types.defaultType(a.type);
            if (targs[k] == null) {
                targs[k] = d;
                fromUntyped[k] = true;
            } else if (fromUntyped[k] && !Types.identical(targs[k], d)) {
                ck.error(a.pos, "default type " + d + " of " + ExprString.of(a) + " does not match inferred type "
                        + targs[k] + " for " + pid.name);
                return false;
            }
        }
        coreTypes(g, targs);
        for (int i = 0; i < targs.length; i++) {
            if (targs[i] == null) {
                ck.errorVerbatim(c.lparen, "cannot infer " + g.params.get(i).name + " (" + g.params.get(i).pos + ")");
                return false;
            }
        }
        return true;
    }

    /** The declared type of the parameter argument i is passed to (the variadic element past the end). */
    private static Expr paramTypeAt(List<Expr> ptypes, int i, boolean spread) {
        if (ptypes.isEmpty()) {
            return null;
        }
        Expr last = ptypes.get(ptypes.size() - 1);
        if (last instanceof Ellipsis el && i >= ptypes.size() - 1) {
            return spread ? new ArrayTypeExpr(el.pos, null, el.elem) : el.elem;
        }
        return i < ptypes.size() ? ptypes.get(i) : null;
    }

    /**
     * Constraint type inference (infer.go inferB, for constraints with one term): a bound parameter
     * {@code S ~[]E} gives E from S's underlying type; an unbound one whose core type is known is that type.
     */
    private void coreTypes(Generic g, Type[] targs) {
        for (boolean changed = true; changed;) {
            changed = false;
            for (int i = 0; i < targs.length; i++) {
                Core ce = coreTerm(g, g.constraints.get(i), null);
                if (ce == null) {
                    continue;
                }
                boolean tilde = ce.term() instanceof Union;
                Expr core = ce.term() instanceof Union u ? u.terms.get(0) : ce.term();
                if (targs[i] != null) {
                    int before = bound(targs);
                    unify(g, targs, core, tilde ? targs[i].underlying() : targs[i], ce.env());
                    changed |= bound(targs) != before;
                }
            }
            for (int i = 0; i < targs.length && !changed; i++) {
                if (targs[i] == null && mentionsOnlyBound(g, targs, g.constraints.get(i))) {
                    Type ct = constraintWith(g, targs, g.constraints.get(i));
                    TypeSet ts = ct.underlying() instanceof Interface it ? it.typeSet : null;
                    if (ts != null && ts.terms != null && ts.terms.size() == 1 && !ts.terms.get(0).tilde()) {
                        targs[i] = ts.terms.get(0).type(); // infer.go: a single specific type without ~ is the argument
                        changed = true;
                    } else if (!(ct.underlying() instanceof Interface) && ct != Types.INVALID) {
                        targs[i] = ct;
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * A constraint's single specific type, as written: {@code ~[]E} (a one-term Union), {@code *T}, or
     * the one such element of an interface ({@code interface{ *T; Set(string) }}); null if none.
     */
    private Core coreTerm(Generic g, Expr ce, Env env) {
        if (ce instanceof Paren p) {
            return coreTerm(g, p.x, env);
        }
        if (ce instanceof Ident id && env != null && env.names.get(id.name) instanceof Expr bound) {
            return coreTerm(g, bound, env.parent);
        }
        if (ce instanceof Union u) {
            return u.terms.size() == 1 ? new Core(u, env) : null;
        }
        if (ce instanceof InterfaceTypeExpr it) {
            Expr only = null;
            for (Ast.Field f : it.methods) {
                if (f.names().isEmpty()) {
                    if (only != null) {
                        return null;
                    }
                    only = f.type();
                }
            }
            return only == null ? null : coreTerm(g, only, env);
        }
        if (ce instanceof Index || ce instanceof IndexList) {
            // an instantiated constraint (numericAbs[T]): its interface, its parameters bound to the arguments
            Expr base = ce instanceof Index ix ? ix.x : ((IndexList) ce).x;
            List<Expr> cargs = ce instanceof Index ix ? List.of(ix.index) : ((IndexList) ce).indices;
            Generic other = genericIn(g, base);
            if (other == null || other.typeExpr == null || cargs.size() != other.params.size()) {
                return null;
            }
            Map<String, Expr> names = new HashMap<>();
            for (int i = 0; i < cargs.size(); i++) {
                names.put(other.params.get(i).name, cargs.get(i));
            }
            return coreTerm(other, other.typeExpr, new Env(names, env));
        }
        return ce instanceof Ident || ce instanceof Selector ? null : new Core(ce, env);
    }

    /** A constraint's core term as written, with the names it uses bound (a generic constraint's parameters). */
    private record Core(Expr term, Env env) {
    }

    /** The generic that e names in g's declaration (its file scope, whoever instantiates g). */
    private Generic genericIn(Generic g, Expr e) {
        Scope saved = ck.scope;
        ck.scope = g.scope;
        try {
            return genericOf(e);
        } finally {
            ck.scope = saved;
        }
    }

    /** Constraint ce with the type parameters bound so far (its own are all among them). */
    private Type constraintWith(Generic g, Type[] targs, Expr ce) {
        List<Type> ts = new ArrayList<>();
        for (Type t : targs) {
            ts.add(t == null ? Types.INVALID : t);
        }
        Scope saved = ck.scope;
        ck.scope = paramScope(g, g.params, ts);
        try {
            return ck.typeOf(ce);
        } finally {
            ck.scope = saved;
        }
    }

    private static int bound(Type[] targs) {
        int n = 0;
        for (Type t : targs) {
            n += t != null ? 1 : 0;
        }
        return n;
    }

    private boolean mentionsOnlyBound(Generic g, Type[] targs, Expr e) {
        return switch (e) {
            case Ident id -> g.index(id.name) < 0 || targs[g.index(id.name)] != null;
            case Star s -> mentionsOnlyBound(g, targs, s.x);
            case ArrayTypeExpr a -> mentionsOnlyBound(g, targs, a.elem);
            case MapTypeExpr m -> mentionsOnlyBound(g, targs, m.key) && mentionsOnlyBound(g, targs, m.value);
            case ChanTypeExpr ch -> mentionsOnlyBound(g, targs, ch.elem);
            case Index ix -> mentionsOnlyBound(g, targs, ix.x) && mentionsOnlyBound(g, targs, ix.index);
            case IndexList il -> mentionsOnlyBound(g, targs, il.x)
                    && il.indices.stream().allMatch(x -> mentionsOnlyBound(g, targs, x));
            case Union u -> u.terms.stream().allMatch(x -> mentionsOnlyBound(g, targs, x));
            case InterfaceTypeExpr it -> it.methods.stream().allMatch(f -> !f.names().isEmpty()
                    || mentionsOnlyBound(g, targs, f.type()));
            case Selector s -> true;
            default -> false;
        };
    }

    /**
     * Unifies a parameter's declared type (syntax of the generic declaration) with an argument's type,
     * binding type parameters (unify.go, inexact: a defined type matches a type literal by its
     * underlying type). Returns null, or what the mismatch is for the error message.
     */
    private String unify(Generic g, Type[] targs, Expr pe, Type at, Env env) {
        if (pe instanceof Paren p) {
            return unify(g, targs, p.x, at, env);
        }
        if (pe instanceof Ident id && env != null && env.names.get(id.name) instanceof Expr bound) {
            return unify(g, targs, bound, at, env.parent);
        }
        if (pe instanceof Ident id) {
            if (env != null) {
                return null; // a name of the other declaration that is not its type parameter
            }
            int k = g.index(id.name);
            if (k < 0) {
                return null;
            }
            if (targs[k] == null) {
                targs[k] = at;
                return null;
            }
            return Types.identical(targs[k], at) ? null : "inferred type " + targs[k] + " for " + id.name;
        }
        if ((pe instanceof Index || pe instanceof IndexList) && at instanceof Named n && reg.instanceOf.get(n) instanceof Instance in) {
            Expr base = pe instanceof Index ix ? ix.x : ((IndexList) pe).x;
            List<Expr> pargs = pe instanceof Index ix ? List.of(ix.index) : ((IndexList) pe).indices;
            if (genericOf(base) != in.generic() || pargs.size() != in.targs().size()) {
                return null;
            }
            for (int i = 0; i < pargs.size(); i++) {
                String r = unify(g, targs, pargs.get(i), in.targs().get(i), env);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if ((pe instanceof Index || pe instanceof IndexList) && !(at instanceof Named)) {
            // a generic defined type against a type literal: unify its underlying type (inexact unification)
            Expr base = pe instanceof Index ix ? ix.x : ((IndexList) pe).x;
            List<Expr> pargs = pe instanceof Index ix ? List.of(ix.index) : ((IndexList) pe).indices;
            Generic other = genericOf(base);
            if (other == null || other.typeExpr == null || pargs.size() != other.params.size()) {
                return null;
            }
            Map<String, Expr> names = new HashMap<>();
            for (int i = 0; i < pargs.size(); i++) {
                names.put(other.params.get(i).name, pargs.get(i));
            }
            return unify(g, targs, other.typeExpr, at, new Env(names, env));
        }
        Type u = at instanceof Named ? at.underlying() : at;
        String mismatch = ExprString.of(pe);
        switch (pe) {
            case Star s -> {
                return u instanceof Pointer p ? unify(g, targs, s.x, p.elem, env) : mismatch;
            }
            case ArrayTypeExpr a -> {
                if (a.len == null) {
                    return u instanceof Slice sl ? unify(g, targs, a.elem, sl.elem, env) : mismatch;
                }
                return u instanceof Array ar ? unify(g, targs, a.elem, ar.elem, env) : mismatch;
            }
            case MapTypeExpr m -> {
                if (!(u instanceof MapT mt)) {
                    return mismatch;
                }
                String r = unify(g, targs, m.key, mt.key, env);
                return r != null ? r : unify(g, targs, m.value, mt.value, env);
            }
            case ChanTypeExpr ch -> {
                return u instanceof Chan c ? unify(g, targs, ch.elem, c.elem, env) : mismatch;
            }
            case StructTypeExpr st -> {
                List<Expr> fs = flatten(st.fields);
                if (!(u instanceof Struct su) || su.fields.size() != fs.size()) {
                    return mismatch;
                }
                for (int i = 0; i < fs.size(); i++) {
                    String r = unify(g, targs, fs.get(i), su.fields.get(i).type(), env);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            case FuncTypeExpr ft -> {
                if (!(u instanceof Signature sig)) {
                    return mismatch;
                }
                List<Expr> ps = flatten(ft.params);
                List<Expr> rs = flatten(ft.results);
                if (ps.size() != sig.params.size() || rs.size() != sig.results.size()) {
                    return mismatch;
                }
                for (int i = 0; i < ps.size(); i++) {
                    Expr p = ps.get(i) instanceof Ellipsis el ? new ArrayTypeExpr(el.pos, null, el.elem) : ps.get(i);
                    String r = unify(g, targs, p, sig.params.get(i), env);
                    if (r != null) {
                        return r;
                    }
                }
                for (int i = 0; i < rs.size(); i++) {
                    String r = unify(g, targs, rs.get(i), sig.results.get(i), env);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static List<Expr> flatten(List<Ast.Field> fs) {
        List<Expr> out = new ArrayList<>();
        for (Ast.Field f : fs) {
            for (int k = 0; k < Math.max(1, f.names().size()); k++) {
                out.add(f.type());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- constraint interfaces (typeset.go)

    /**
     * The type set a union element denotes: its terms (an interface term contributes its own terms),
     * after union.go parseUnion's validity checks, each reported at its term (its ~ if it has one).
     */
    TypeSet union(Union u) {
        List<Term> terms = new ArrayList<>();
        List<Term> written = new ArrayList<>(); // the non-interface terms so far, for the overlap rule
        boolean all = false;
        for (int i = 0; i < u.terms.size(); i++) {
            Type t = ck.typeOf(u.terms.get(i));
            if (t == Types.INVALID) {
                continue;
            }
            boolean tilde = u.tilde.get(i);
            Pos at = u.at.get(i);
            Interface it = t.underlying() instanceof Interface x ? x : null;
            if (tilde && it != null) {
                ck.error(at, "invalid use of ~ (" + t + " is an interface)");
                continue;
            }
            if (tilde && t.underlying() != t) {
                ck.error(at, "invalid use of ~ (underlying type of " + t + " is " + t.underlying() + ")");
                continue;
            }
            if (it != null) {
                TypeSet its = it.typeSet;
                // types2 prints the term qualified here (main.I), unlike its other messages
                if (!it.methods.isEmpty()) {
                    ck.errorVerbatim(at, "cannot use " + t + " in union (" + t + " contains methods)");
                } else if (it == COMPARABLE) {
                    ck.error(at, "cannot use comparable in union");
                } else if (its != null && its.comparable) {
                    ck.errorVerbatim(at, "cannot use " + t + " in union (" + t + " embeds comparable)");
                } else if (its == null || its.terms == null) {
                    all = true; // any: the union is every type
                } else {
                    terms.addAll(its.terms);
                }
                continue; // interface terms are not subject to the no-overlap rule
            }
            Term term = new Term(tilde, t);
            for (Term x : written) {
                Type ux = x.type();
                Type uy = t;
                if (tilde) {
                    ux = ux.underlying();
                }
                if (x.tilde()) {
                    uy = uy.underlying();
                }
                if (Types.identical(ux, uy)) { // term.go disjoint
                    ck.error(at, "overlapping terms " + term + " and " + x);
                    break;
                }
            }
            written.add(term);
            terms.add(term);
        }
        return new TypeSet(all ? null : terms, false);
    }

    /** An interface element that is not a method: a union, a non-interface type, or an embedded interface. */
    TypeSet element(Expr e, Map<String, Signature> methods) {
        if (e instanceof Union u) {
            return union(u);
        }
        Type t = ck.typeOf(e);
        if (t == Types.INVALID) {
            return null;
        }
        if (t.underlying() instanceof Interface it) {
            methods.putAll(it.methods);
            return it.typeSet;
        }
        return new TypeSet(List.of(new Term(false, t)), false);
    }
}
