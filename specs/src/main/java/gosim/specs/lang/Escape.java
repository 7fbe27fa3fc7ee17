package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.Var;
import gosim.specs.lang.Types.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conservative, intraprocedural escape analysis: models the outcome of cmd/compile/internal/gc/esc.go
 * for the patterns scenarios use. A value escapes when it is returned, sent on a channel, passed to a
 * function (method receivers excepted: methods are assumed not to retain them), stored in a
 * package-level variable or through a field, element, map entry or pointer, put in a composite literal
 * or appended as an element, captured by a closure that itself escapes (or is started by go), or
 * assigned to a local variable that escapes. A make whose size is not constant or is at least
 * {@link #MAX_STACK_MAKE} bytes always escapes; a string built by concatenation or conversion stays on
 * the stack only while it fits the runtime's 32-byte temporary buffer. What it decides goes to the
 * compiler's {@link Result}.
 */
final class Escape {
    /** cmd/compile's MaxImplicitStackVarSize for make([]T, n) in Go 1.7 (64 KB). */
    static final long MAX_STACK_MAKE = 64 * 1024;
    /** runtime.tmpStringBufSize: strings up to this size may use a stack buffer. */
    static final int TMP_BUF = 32;

    private final Set<Var> escaping = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Iterated by solve: insertion order, never identity-hash order (Var has no hashCode). */
    private final Map<Var, List<Var>> flows = new java.util.LinkedHashMap<>();
    /** A value converted to an interface and stored in a local variable: boxed on the heap if the variable escapes. */
    private final Map<Expr, Var> convDest = new java.util.LinkedHashMap<>();
    /** The result types of the functions being analyzed, innermost first. */
    private final java.util.ArrayDeque<List<Type>> results = new java.util.ArrayDeque<>();
    private final Map<Expr, Var> siteDest = new IdentityHashMap<>();
    private final List<Expr> sites = new ArrayList<>();
    private final List<Var> vars = new ArrayList<>();
    private final Map<FuncLit, List<Var>> closureCaptures = new IdentityHashMap<>();
    /** Variables assigned after their declaration (gc's Name.Assigned, set by typecheck.go checkassign). */
    private final Set<Var> assigned = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Marker contexts. */
    private static final Object ESCAPE = new Object();
    private static final Object NONE = new Object();

    /** The results of every function analyzed so far (the compiler's). */
    private final Result out;

    /** What the analysis decided, for the compiler: looked up by node or variable, never iterated. */
    static final class Result {
        private final Map<Var, Boolean> varHeap = new IdentityHashMap<>();
        private final Map<Expr, Boolean> siteHeap = new IdentityHashMap<>();
        private final Set<Expr> convHeap = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Var> byval = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Expr> tmp = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Expr> tmp119 = Collections.newSetFromMap(new IdentityHashMap<>());

        /** For an allocation site: whether the object escapes to the heap; those of unanalyzed code do. */
        boolean heap(Expr site) {
            return siteHeap.getOrDefault(site, true);
        }

        /** Converted to an interface in an escaping context: the value is boxed on the heap (convT2E). */
        boolean convHeap(Expr e) {
            return convHeap.contains(e);
        }

        /** Whether a boxed variable is moved to the heap; those of unanalyzed code are. */
        boolean heap(Var v) {
            return varHeap.getOrDefault(v, true);
        }

        /**
         * A string(b) or []byte(s) conversion that order.go turns into a temporary aliasing its operand
         * (OARRAYBYTESTRTMP, OSTRARRAYBYTETMP): no allocation. go1.7 order.go:552 and 1069 (a map
         * index read), 729 (range over []byte(s)), 1031-1036 (concatenation with a non-empty literal),
         * 1046-1050 (string comparison); the same in 1.19 walk/order.go.
         */
        boolean tmp(Expr conv) {
            return tmp.contains(conv);
        }

        /**
         * A conversion that allocates nothing in Go 1.19 only: string(b) as the tag of a switch whose
         * cases are all constants (walk/switch.go:50-60, Go 1.11's), []rune(s) under len, which is
         * countrunes (walk/builtin.go:742-746).
         */
        boolean tmp119(Expr conv) {
            return tmp119.contains(conv);
        }

        /** Captured by value: closures hold a copy, not a pointer (gc's capturevars). */
        boolean byval(Var v) {
            return byval.contains(v);
        }

        private final Set<Expr> statics = Collections.newSetFromMap(new IdentityHashMap<>());

        /** A site of static data (StaticData): not on the heap, and a map built without the runtime's calls. */
        void markStatic(Expr site) {
            siteHeap.put(site, false);
            statics.add(site);
        }

        boolean isStatic(Expr site) {
            return statics.contains(site);
        }
    }

    private Escape(Result out) {
        this.out = out;
    }

    /** Analyzes one top-level function body (with its closures) and annotates its allocation sites. */
    static void analyze(Block body, Result out) {
        analyze(body, null, out);
    }

    /** analyze with the function's signature, whose results a return converts to. */
    static void analyze(Block body, Signature sig, Result out) {
        Escape e = new Escape(out);
        e.results.push(sig == null ? List.of() : sig.results);
        e.stmts(body.list);
        e.solve();
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var en : flows.entrySet()) {
                if (escaping.contains(en.getKey())) {
                    continue;
                }
                for (Var u : en.getValue()) {
                    if (u == null || escaping.contains(u)) {
                        escaping.add(en.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
        for (Expr site : sites) {
            if (!out.heap(site)) {
                Var d = siteDest.get(site);
                if (d != null && escaping.contains(d)) {
                    out.siteHeap.put(site, true);
                }
            }
            if (site instanceof FuncLit fl && out.heap(site)) {
                for (Var v : closureCaptures.getOrDefault(fl, List.of())) {
                    escaping.add(v);
                }
            }
        }
        // a captured variable escapes with its closure; propagate once more through flows
        boolean again = true;
        while (again) {
            again = false;
            for (var en : flows.entrySet()) {
                if (!escaping.contains(en.getKey()) && en.getValue().stream().anyMatch(u -> u == null || escaping.contains(u))) {
                    escaping.add(en.getKey());
                    again = true;
                }
            }
        }
        for (Expr site : sites) {
            Var d = siteDest.get(site);
            if (d != null && escaping.contains(d)) {
                out.siteHeap.put(site, true);
            }
        }
        convDest.forEach((e, d) -> {
            if (escaping.contains(d)) {
                out.convHeap.add(e);
            }
        });
        for (Var v : vars) {
            boolean byval = byval(v);
            if (byval) {
                out.byval.add(v);
            }
            out.varHeap.put(v, escaping.contains(v) && !byval);
        }
    }

    /** gc's largest variable captured by value (go1.7 closure.go:275). */
    static final long MAX_BYVAL = 128;

    /**
     * go1.7 closure.go:275 capturevars: a captured variable is copied into the closure when it is not a
     * named result, its address is never taken and it is never assigned after its declaration, and it
     * is at most 128 bytes; otherwise the closure holds its address and the variable moves to the heap.
     */
    private boolean byval(Var v) {
        return v.captured && !v.addrTaken && !assigned.contains(v) && v.type.size() <= MAX_BYVAL
                && (v.owner == null || !v.owner.results.contains(v));
    }

    /**
     * typecheck.go:3124-3140 checkassign: the variable at the base of an assigned operand (through
     * field selections and array indexing, outervalue) is Assigned, unless this is its own declaration.
     */
    private void assigns(Expr l, boolean declaring) {
        Expr x = Exprs.unparen(l);
        while (true) {
            if (x instanceof Selector s && s.selection != null && s.selection.kind() == Checker.SelKind.FIELD
                    && !s.selection.deref()) {
                x = Exprs.unparen(s.x);
            } else if (x instanceof Index ix && ix.x.type != null && ix.x.type.underlying() instanceof Array) {
                x = Exprs.unparen(ix.x);
            } else {
                break;
            }
        }
        if (x instanceof Ident id && id.obj instanceof Var v && !v.isGlobal() && !(declaring && v.pos.equals(id.pos))) {
            assigned.add(v);
        }
    }

    private void flow(Var from, Object ctx) {
        if (ctx == ESCAPE) {
            escaping.add(from);
        } else if (ctx instanceof Var to) {
            flows.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
    }

    /** Records an allocation site evaluated in context ctx. */
    private void site(Expr e, Object ctx) {
        sites.add(e);
        if (ctx == ESCAPE) {
            out.siteHeap.put(e, true);
        } else {
            out.siteHeap.put(e, false);
            if (ctx instanceof Var v) {
                siteDest.put(e, v);
            }
        }
    }

    private static Var localVar(Expr e) {
        e = Exprs.unparen(e);
        if (e instanceof Ident id && id.obj instanceof Var v && !v.isGlobal()) {
            return v;
        }
        return null;
    }

    private void note(Var v) {
        if (v != null && !vars.contains(v)) {
            vars.add(v);
        }
    }

    // ---------------------------------------------------------------- statements

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void assignTo(Expr l, Expr r) {
        Var v = localVar(l);
        if (l instanceof Ident id && id.name.equals("_")) {
            expr(r, NONE);
            return;
        }
        Type lt = v != null ? v.type : l.type;
        if (v != null) {
            note(v);
            expr(r, v);
            if (lt != null && Types.isInterface(lt)) {
                convDest.put(r, v); // boxed on the heap if v escapes
            }
        } else {
            target(l);
            expr(r, ESCAPE);
            markConv(r, lt);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case DeclStmt ds -> {
                if (ds.decl.tok == Tok.VAR) {
                    for (Spec sp : ds.decl.specs) {
                        ValueSpec vs = (ValueSpec) sp;
                        for (Ident id : vs.names) {
                            if (id.obj instanceof Var v) {
                                note(v);
                            }
                        }
                        if (vs.values.size() == vs.names.size()) {
                            for (int i = 0; i < vs.names.size(); i++) {
                                assignTo(vs.names.get(i), vs.values.get(i));
                            }
                        } else {
                            vs.values.forEach(v -> expr(v, ESCAPE));
                        }
                    }
                }
            }
            case LabeledStmt ls -> stmt(ls.stmt);
            case ExprStmt es -> expr(es.x, NONE);
            case SendStmt ss -> {
                expr(ss.chan, NONE);
                expr(ss.value, ESCAPE);
                markConv(ss.value, ((Chan) ss.chan.type.underlying()).elem);
            }
            case IncDecStmt ids -> {
                assigns(ids.x, false);
                target(ids.x);
            }
            case AssignStmt as -> {
                for (Expr l : as.lhs) {
                    assigns(l, as.tok == Tok.DEFINE);
                }
                if (as.tok == Tok.ASSIGN || as.tok == Tok.DEFINE) {
                    if (as.lhs.size() == as.rhs.size()) {
                        for (int i = 0; i < as.lhs.size(); i++) {
                            assignTo(as.lhs.get(i), as.rhs.get(i));
                        }
                    } else {
                        for (Expr l : as.lhs) {
                            Var v = localVar(l);
                            note(v);
                            target(l);
                        }
                        expr(as.rhs.get(0), NONE);
                    }
                } else {
                    target(as.lhs.get(0));
                    expr(as.rhs.get(0), NONE);
                    // s += t: the new string is reported by the compiler (op-assignments always allocate)
                }
            }
            case GoStmt gs -> {
                Expr f = Exprs.unparen(gs.call.fun);
                if (f instanceof FuncLit fl) {
                    funcLit(fl, ESCAPE);
                } else {
                    expr(gs.call.fun, ESCAPE);
                }
                gs.call.args.forEach(a -> expr(a, ESCAPE));
            }
            case DeferStmt ds -> {
                Expr f = Exprs.unparen(ds.call.fun);
                if (f instanceof FuncLit fl) {
                    funcLit(fl, NONE);
                    ds.call.args.forEach(a -> expr(a, NONE));
                } else {
                    expr(ds.call, NONE);
                }
            }
            case ReturnStmt rs -> {
                List<Type> rt = results.peek();
                for (int i = 0; i < rs.results.size(); i++) {
                    expr(rs.results.get(i), ESCAPE);
                    if (rt != null && rt.size() == rs.results.size()) {
                        markConv(rs.results.get(i), rt.get(i));
                    }
                }
            }
            case Block b -> stmts(b.list);
            case IfStmt is -> {
                if (is.init != null) {
                    stmt(is.init);
                }
                expr(is.cond, NONE);
                stmts(is.then.list);
                if (is.els != null) {
                    stmt(is.els);
                }
            }
            case SwitchStmt ss -> {
                if (ss.init != null) {
                    stmt(ss.init);
                }
                if (ss.tag != null) {
                    expr(ss.tag, NONE);
                    if (bytesToString(ss.tag) && ss.clauses.stream()
                            .allMatch(cc -> cc.list == null || cc.list.stream().allMatch(e -> e.cv != null))) {
                        out.tmp119.add(Exprs.unparen(ss.tag));
                    }
                }
                for (CaseClause cc : ss.clauses) {
                    if (cc.list != null) {
                        cc.list.forEach(e -> expr(e, NONE));
                    }
                    stmts(cc.body);
                }
            }
            case TypeSwitchStmt ts -> {
                if (ts.init != null) {
                    stmt(ts.init);
                }
                expr(ts.x, NONE);
                for (CaseClause cc : ts.clauses) {
                    if (cc.implicit != null) {
                        note(cc.implicit);
                        flow(cc.implicit, ESCAPE);
                    }
                    stmts(cc.body);
                }
            }
            case SelectStmt ss -> {
                for (CommClause cc : ss.clauses) {
                    if (cc.comm != null) {
                        stmt(cc.comm);
                    }
                    stmts(cc.body);
                }
            }
            case ForStmt fs -> {
                if (fs.init != null) {
                    stmt(fs.init);
                }
                if (fs.cond != null) {
                    expr(fs.cond, NONE);
                }
                if (fs.post != null) {
                    stmt(fs.post);
                }
                stmts(fs.body.list);
            }
            case RangeStmt rs -> {
                // variables declared by a range are assigned on every iteration (typecheck.go:3125)
                for (Expr e : new Expr[]{rs.key, rs.value}) {
                    if (e != null) {
                        assigns(e, false);
                    }
                }
                expr(rs.x, NONE);
                if (stringToBytes(rs.x)) {
                    markTmp(rs.x);
                }
                for (Expr e : new Expr[]{rs.key, rs.value}) {
                    Var v = e == null ? null : localVar(e);
                    if (v != null) {
                        note(v);
                        // elements of a ranged container may be shared with it
                        flow(v, ESCAPE);
                    }
                }
                stmts(rs.body.list);
            }
            default -> {
            }
        }
    }

    /** A conversion string(b) of a byte slice (OARRAYBYTESTR). */
    static boolean bytesToString(Expr e) {
        return Exprs.unparen(e) instanceof Call c && c.conversion && Types.isString(c.type) && c.args.size() == 1
                && c.args.get(0).type != null && c.args.get(0).type.underlying() instanceof Slice s
                && Types.kindOf(s.elem) == Kind.UINT8;
    }

    /** A conversion []byte(s) of a string (OSTRARRAYBYTE). */
    static boolean stringToBytes(Expr e) {
        return Exprs.unparen(e) instanceof Call c && c.conversion && c.args.size() == 1 && c.args.get(0).type != null
                && Types.isString(c.args.get(0).type) && c.type.underlying() instanceof Slice s
                && Types.kindOf(s.elem) == Kind.UINT8;
    }

    private void markTmp(Expr e) {
        if (bytesToString(e) || stringToBytes(e)) {
            out.tmp.add(Exprs.unparen(e));
        }
    }

    /**
     * An assignment's target. m[k] = v stores k in the map, so k escapes (go1.7 esc.go's OINDEXMAP
     * assignment flows the key to the heap sink; 1.19 escape/assign.go the same): &x as a key moves x
     * to the heap, and m[string(b)] = v's key is no temporary.
     */
    private void target(Expr l) {
        if (Exprs.unparen(l) instanceof Index ix && ix.x.type != null && ix.x.type.underlying() instanceof MapT) {
            expr(ix.x, NONE);
            expr(ix.index, ESCAPE);
            return;
        }
        expr(l, NONE);
    }

    /**
     * Marks an expression converted to interface type t in an escaping context (runtime.convT2E):
     * constants too, which go1.7 boxes like any value (walk.go:1044-1066); 1.19's static boxes are
     * decided at the conversion ({@link TypeOps#boxedAtCompileTime}).
     */
    private void markConv(Expr e, Type t) {
        if (t == null || !Types.isInterface(t) || e.type == null || e.type == Types.UNTYPED_NIL) {
            return;
        }
        Type dyn = Types.defaultType(e.type);
        if (!Types.isInterface(dyn) && !pointerShaped(dyn) && dyn.size() > 0) {
            out.convHeap.add(e);
        }
    }

    /** Types stored directly in an interface's data word (no boxing allocation). */
    static boolean pointerShaped(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof MapT || u instanceof Chan || u instanceof Signature
                || u == Types.UNTYPED_NIL || u instanceof Basic b && b.kind == Kind.UNSAFE_POINTER
                || u instanceof Struct s && s.fields.size() == 1 && pointerShaped(s.fields.get(0).type())
                || u instanceof Array a && a.len == 1 && pointerShaped(a.elem);
    }

    // ---------------------------------------------------------------- expressions

    private void funcLit(FuncLit fl, Object ctx) {
        site(fl, ctx);
        List<Var> caps = new ArrayList<>(fl.scope.captures);
        closureCaptures.put(fl, caps);
        for (Var v : caps) {
            note(v);
            if (ctx == ESCAPE) {
                escaping.add(v);
            } else if (ctx instanceof Var d) {
                // the captured variable lives as long as the closure held in d
                flows.computeIfAbsent(v, k -> new ArrayList<>()).add(d);
            }
        }
        results.push(fl.type instanceof Signature sig ? sig.results : List.of());
        stmts(fl.body.list);
        results.pop();
    }

    private void expr(Expr e, Object ctx) {
        if (e == null || e.cv != null || e.isType) {
            return;
        }
        switch (e) {
            case Paren p -> expr(p.x, ctx);
            case Ident id -> {
                if (id.obj instanceof Var v && !v.isGlobal()) {
                    note(v);
                    if (!pointerFree(v.type)) {
                        flow(v, ctx);
                    }
                }
            }
            case FuncLit fl -> funcLit(fl, ctx);
            case CompositeLit cl -> {
                Type t = cl.type.underlying();
                if (t instanceof Slice || t instanceof MapT || t instanceof Pointer) {
                    site(cl, ctx);
                }
                for (Expr el : cl.elts) {
                    Expr v = el instanceof KeyValue kv ? kv.value : el;
                    if (el instanceof KeyValue kv && t instanceof MapT) {
                        expr(kv.key, ESCAPE);
                    }
                    expr(v, t instanceof Slice || t instanceof MapT || t instanceof Pointer ? ESCAPE : ctx);
                }
            }
            case Unary u when u.op == Tok.AND -> {
                Expr x = Exprs.unparen(u.x);
                if (x instanceof CompositeLit cl) {
                    site(u, ctx);
                    for (Expr el : cl.elts) {
                        expr(el instanceof KeyValue kv ? kv.value : el, ESCAPE);
                    }
                    return;
                }
                Var v = localVar(x);
                if (v != null) {
                    note(v);
                    flow(v, ctx);
                } else {
                    // &s.f, &a[i]: the address keeps the container alive
                    addrBase(x, ctx);
                }
            }
            case Unary u -> expr(u.x, NONE);
            case Binary b -> {
                expr(b.x, NONE);
                expr(b.y, NONE);
                if (Concat.isAddString(b)) {
                    site(b, ctx);
                    List<Expr> ops = Concat.operands(b);
                    if (ops.stream().anyMatch(o -> o.cv instanceof String k && !k.isEmpty())) {
                        ops.stream().filter(Escape::bytesToString).forEach(this::markTmp);
                    }
                }
                if (Types.isString(b.x.type) && switch (b.op) {
                    case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
                    default -> false;
                }) {
                    if (bytesToString(b.x)) {
                        markTmp(b.x);
                    }
                    if (bytesToString(b.y)) {
                        markTmp(b.y);
                    }
                }
            }
            case Selector s when s.methodExpr != null -> expr(s.methodExpr, ctx);
            case Selector s -> expr(s.x, NONE);
            case Index ix -> {
                expr(ix.x, NONE);
                expr(ix.index, NONE);
                if (ix.x.type != null && ix.x.type.underlying() instanceof MapT && bytesToString(ix.index)) {
                    markTmp(ix.index); // a read; target() unmarks a stored key
                }
            }
            case SliceExpr se -> {
                expr(se.x, ctx == NONE ? NONE : ctx);
                for (Expr b : new Expr[]{se.lo, se.hi, se.max}) {
                    expr(b, NONE);
                }
            }
            case TypeAssert ta -> expr(ta.x, ctx);
            case Star st -> expr(st.x, NONE);
            case KeyValue kv -> expr(kv.value, ctx);
            case Call c -> call(c, ctx);
            case TupleElem te when te.first == null -> call(te.call, ctx); // complex(f()): the call, once
            default -> {
            }
        }
    }

    private void addrBase(Expr x, Object ctx) {
        switch (x) {
            case Selector s -> {
                Var v = localVar(s.x);
                if (v != null && !s.selection.deref()) {
                    note(v);
                    flow(v, ctx);
                } else {
                    expr(s.x, ctx);
                }
            }
            case Index ix -> {
                Var v = localVar(ix.x);
                if (v != null && ix.x.type.underlying() instanceof Array) {
                    note(v);
                    flow(v, ctx);
                } else {
                    expr(ix.x, ctx);
                }
                expr(ix.index, NONE);
            }
            default -> expr(x, ctx);
        }
    }

    /** Values of these types hold no pointers: letting them flow anywhere cannot leak an allocation. */
    static boolean pointerFree(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return b.kind != Kind.STRING && b.kind != Kind.UNSAFE_POINTER;
        }
        if (u instanceof Struct s) {
            return s.fields.stream().allMatch(f -> pointerFree(f.type()));
        }
        if (u instanceof Array a) {
            return pointerFree(a.elem);
        }
        return false;
    }

    private void call(Call c, Object ctx) {
        if (c.builtin != null) {
            switch (c.builtin) {
                case "make" -> {
                    site(c, ctx);
                    boolean constant = true;
                    long n = 1;
                    for (int i = 1; i < c.args.size(); i++) {
                        Expr a = c.args.get(i);
                        expr(a, NONE);
                        if (a.cv instanceof BigInteger bi) {
                            n = i == 1 ? bi.longValue() : Math.max(n, bi.longValue());
                        } else {
                            constant = false;
                        }
                    }
                    Type t = c.type.underlying();
                    if (t instanceof Chan || t instanceof MapT && ctx != NONE && !(ctx instanceof Var)) {
                        out.siteHeap.put(c, true);
                    }
                    if (t instanceof Slice s && (!constant || n * s.elem.size() >= MAX_STACK_MAKE)) {
                        out.siteHeap.put(c, true);
                    }
                    if (t instanceof Chan) {
                        // channels are always allocated by runtime.makechan
                        out.siteHeap.put(c, true);
                    }
                }
                case "new" -> site(c, ctx);
                case "append" -> {
                    expr(c.args.get(0), ctx);
                    for (int i = 1; i < c.args.size(); i++) {
                        expr(c.args.get(i), c.ellipsis ? NONE : ESCAPE);
                        if (!c.ellipsis && c.type != null && c.type.underlying() instanceof Slice s) {
                            markConv(c.args.get(i), s.elem); // stored in the slice's heap array
                        }
                    }
                }
                case "panic" -> {
                    expr(c.args.get(0), ESCAPE);
                    markConv(c.args.get(0), Types.EMPTY_INTERFACE);
                }
                case "len" -> {
                    expr(c.args.get(0), NONE);
                    Expr a = Exprs.unparen(c.args.get(0));
                    if (a instanceof Call conv && conv.conversion && conv.type.underlying() instanceof Slice s
                            && Types.kindOf(s.elem) == Kind.INT32 && Types.isString(conv.args.get(0).type)) {
                        out.tmp119.add(a);
                    }
                }
                default -> c.args.forEach(a -> expr(a, NONE));
            }
            return;
        }
        if (c.conversion) {
            Expr x = c.args.get(0);
            boolean builds = Types.isString(c.type) && !Types.isString(x.type) || c.type.underlying() instanceof Slice
                    && Types.isString(x.type);
            if (builds) {
                site(c, ctx);
                expr(x, NONE);
            } else {
                expr(x, ctx);
                if (Types.isInterface(c.type) && ctx == ESCAPE) {
                    markConv(x, c.type);
                }
            }
            return;
        }
        Expr f = Exprs.unparen(c.fun);
        Signature sig = f.type.underlying() instanceof Signature s ? s : null;
        if (f instanceof FuncLit fl) {
            funcLit(fl, NONE);
        } else if (f instanceof Selector s && s.selection != null
                && (s.selection.kind() == Checker.SelKind.METHOD || s.selection.kind() == Checker.SelKind.IFACE_METHOD)) {
            // methods are assumed not to retain their receiver
            expr(s.x, NONE);
        } else {
            expr(c.fun, NONE);
        }
        for (int i = 0; i < c.args.size(); i++) {
            Expr a = c.args.get(i);
            expr(a, ESCAPE);
            if (sig != null && !(a.type instanceof Tuple)) {
                int np = sig.params.size();
                Type pt = sig.variadic && !c.ellipsis && i >= np - 1 ? ((Slice) sig.params.get(np - 1)).elem
                        : i < np ? sig.params.get(i) : null;
                markConv(a, pt);
            }
        }
    }
}
