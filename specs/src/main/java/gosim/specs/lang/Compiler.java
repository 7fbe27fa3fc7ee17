package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles checked syntax trees into trees of closures ("closure compilation"): every expression becomes
 * an {@link Ev} with typed entry points (evI for integers, evB for booleans, evF for floats) so that
 * scalar arithmetic on local slots neither boxes nor looks anything up by name. Models what cmd/compile's
 * walk and ssa phases decide (order of evaluation, copies of struct and array values, method receivers,
 * variadic packing) and the runtime entry points they call (makeslice, growslice, mapassign, chansend...).
 */
final class Compiler {
    final Interp in;
    final Host host;
    /** Cells of package-level variables, in declaration order (a deterministic root order for the GC). */
    final Map<Var, Cell> globals = new java.util.LinkedHashMap<>();
    final Map<FuncScope, Interp.Fn> fns = new IdentityHashMap<>();
    /** Each local's frame slot, assigned as its function is compiled (gc's stack frame layout); looked up, never iterated. */
    private final Map<Var, Integer> slots = new IdentityHashMap<>();
    /** The compiled code of each declared function (gc's function symbols); looked up, never iterated. */
    private final Map<FuncObj, Interp.Fn> funcFns = new IdentityHashMap<>();
    /** What escape analysis decided for the functions compiled so far. */
    final Escape.Result escapes = new Escape.Result();
    /** Go 1.19's make+copy pairs whose make the compiler turns into its own mallocgc (Slices.markMallocCopies). */
    final java.util.Set<Call> mallocCopies = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private FuncScope cur;

    /** Whether the function being compiled is a method expression's wrapper (gc's genwrapper). */
    boolean inWrapper() {
        return cur != null && cur.wrapper;
    }
    private Interp.Fn curFn;

    Compiler(Interp in) {
        this.in = in;
        this.host = in.host;
    }

    // ---------------------------------------------------------------- node types

    /** An expression. Typed entry points avoid boxing; ev() always works. */
    abstract static class Ev {
        abstract Object ev(Frame f);

        long evI(Frame f) {
            return (Long) ev(f);
        }

        boolean evB(Frame f) {
            return (Boolean) ev(f);
        }

        double evF(Frame f) {
            return (Double) ev(f);
        }

        /** For calls: all results (multi-value contexts). */
        Object[] evTuple(Frame f) {
            return new Object[]{ev(f)};
        }
    }

    abstract static class IEv extends Ev {
        @Override
        final Object ev(Frame f) {
            return evI(f);
        }

        @Override
        abstract long evI(Frame f);
    }

    abstract static class BEv extends Ev {
        @Override
        final Object ev(Frame f) {
            return evB(f);
        }

        @Override
        abstract boolean evB(Frame f);
    }

    abstract static class FEv extends Ev {
        @Override
        final Object ev(Frame f) {
            return evF(f);
        }

        @Override
        abstract double evF(Frame f);
    }

    /** A statement: returns one of the completion codes below. */
    abstract static class St {
        int line;

        abstract int exec(Frame f);
    }

    /** return x of one int result (Interp.Fn.retInt: calls of a function that is only this skip the body). */
    static final class ReturnInt extends St {
        final int slot;
        final Ev e;

        ReturnInt(int slot, Ev e) {
            this.slot = slot;
            this.e = e;
        }

        @Override
        int exec(Frame f) {
            f.l[slot] = e.evI(f);
            return RETURN;
        }
    }

    /** A block of one statement, with the statement hook. */
    static final class TracedOne extends St {
        final Interp in;
        final St s0;
        final int line0;

        TracedOne(Interp in, St s0) {
            this.in = in;
            this.s0 = s0;
            this.line0 = s0.line;
        }

        @Override
        int exec(Frame f) {
            f.line = line0;
            in.statement(f, line0);
            return s0.exec(f);
        }
    }

    /** A block of statements, each with the statement hook. */
    static final class TracedBlock extends St {
        final Interp in;
        final St[] a;

        TracedBlock(Interp in, St[] a) {
            this.in = in;
            this.a = a;
        }

        @Override
        int exec(Frame f) {
            for (St s : a) {
                f.line = s.line;
                in.statement(f, s.line);
                int r = s.exec(f);
                if (r != NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    /** if cond { then } without init or else. */
    static final class IfThen extends St {
        final Ev cond;
        final St then;

        IfThen(Ev cond, St then) {
            this.cond = cond;
            this.then = then;
        }

        @Override
        int exec(Frame f) {
            return cond.evB(f) ? then.exec(f) : NORMAL;
        }
    }

    /** if init; cond { then } else els (init and els may be null). */
    static final class IfElse extends St {
        final St init;
        final Ev cond;
        final St then;
        final St els;
        final int elsLine;

        IfElse(St init, Ev cond, St then, St els, int elsLine) {
            this.init = init;
            this.cond = cond;
            this.then = then;
            this.els = els;
            this.elsLine = elsLine;
        }

        @Override
        int exec(Frame f) {
            if (init != null) {
                int r = init.exec(f);
                if (r != NORMAL) {
                    return r;
                }
            }
            if (cond.evB(f)) {
                return then.exec(f);
            }
            if (els != null) {
                f.line = elsLine;
                return els.exec(f);
            }
            return NORMAL;
        }
    }

    /** An unlabeled break or continue (code BREAK or CONTINUE). */
    static final class Branch extends St {
        final int code;

        Branch(int code) {
            this.code = code;
        }

        @Override
        int exec(Frame f) {
            return code;
        }
    }

    /** x = e for an integer local x in a scalar slot (e already has x's type: wrapped). */
    static final class SetInt extends St {
        final int slot;
        final Ev e;

        SetInt(int slot, Ev e) {
            this.slot = slot;
            this.e = e;
        }

        @Override
        int exec(Frame f) {
            f.l[slot] = e.evI(f);
            return NORMAL;
        }
    }

    /** x = e for a bool local x in a scalar slot. */
    static final class SetBool extends St {
        final int slot;
        final Ev e;

        SetBool(int slot, Ev e) {
            this.slot = slot;
            this.e = e;
        }

        @Override
        int exec(Frame f) {
            f.l[slot] = e.evB(f) ? 1 : 0;
            return NORMAL;
        }
    }

    /** x += k (x++, x -= k) for a 64-bit integer local x, where Java's wraparound is Go's. */
    static final class AddConst extends St {
        final int slot;
        final long k;

        AddConst(int slot, long k) {
            this.slot = slot;
            this.k = k;
        }

        @Override
        int exec(Frame f) {
            f.l[slot] += k;
            return NORMAL;
        }
    }

    /** An expression statement (a call, a receive): its value is dropped. */
    static final class ExprSt extends St {
        final Ev e;

        ExprSt(Ev e) {
            this.e = e;
        }

        @Override
        int exec(Frame f) {
            e.ev(f);
            return NORMAL;
        }
    }

    /** An integer local in a scalar slot. */
    static final class LocalInt extends IEv {
        final int slot;

        LocalInt(int slot) {
            this.slot = slot;
        }

        @Override
        long evI(Frame f) {
            return f.l[slot];
        }
    }

    /** A bool local in a scalar slot (0 or 1). */
    static final class LocalBool extends BEv {
        final int slot;

        LocalBool(int slot) {
            this.slot = slot;
        }

        @Override
        boolean evB(Frame f) {
            return f.l[slot] != 0;
        }
    }

    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    static final int FALLTHROUGH = 4;
    static final int BREAK_LABEL = 5;
    static final int CONTINUE_LABEL = 6;
    /** A goto in flight: f.label is its LabeledStmt, which some enclosing statement list holds. */
    static final int GOTO = 7;

    /** An assignable location. */
    abstract static class LV {
        abstract void store(Frame f, Object v);

        abstract Object load(Frame f);
    }

    // ---------------------------------------------------------------- linking

    /** Creates function shells for every declared function and method of the packages. */
    void declare(Checker.Package p) {
        for (FuncScope fs : p.funcs) {
            if (fns.containsKey(fs)) {
                continue;
            }
            if (fs.parent != null || fs.wrapper || fs.literal) {
                continue; // closures and method expressions' wrappers are compiled where they appear
            }
            Interp.Fn fn = new Interp.Fn(fs.info(), fs.sig);
            fns.put(fs, fn);
        }
        for (Var v : p.globals) {
            globals.put(v, new Cell(zero(v.type)));
        }
        for (FuncDecl fd : p.funcDecls()) {
            if (fd.scope != null) {
                Interp.Fn fn = fns.get(fd.scope);
                if (fd.name.obj instanceof FuncObj fo) {
                    funcFns.put(fo, fn);
                }
                if (fd.recv != null) {
                    Named nt = (Named) (fd.scope.recv.type instanceof Pointer pt ? pt.elem : fd.scope.recv.type);
                    in.methodFns.put(nt.methods.get(fd.name.name), fn);
                }
            }
        }
    }

    /** Compiles every body of package p; returns the package's variable initialization. */
    St compilePackage(Checker.Package p, Natives natives) {
        for (FuncDecl fd : p.funcDecls()) {
            if (fd.scope != null) {
                Interp.Fn fn = fns.get(fd.scope);
                layoutParams(fd.scope, fn);
                if (fd.body == null) {
                    Host.Native nat = natives.resolve(fd.scope.symbol, fd.scope.sig);
                    if (nat == null) {
                        nat = host.resolveNative(fd.scope.symbol, fd.scope.sig);
                    }
                    if (nat == null) {
                        nat = Natives.stoppedClock(fd.scope.symbol);
                    }
                    if (nat == null) {
                        throw new GoCompileError(fd.pos, "unsupported: " + fd.scope.symbol
                                + " (no implementation in this host)");
                    }
                    fn.nativeImpl = nat;
                }
            }
        }
        for (FuncDecl fd : p.funcDecls()) {
            if (fd.scope != null && fd.body != null) {
                compileBodyOnly(fd.scope, fns.get(fd.scope));
            }
        }
        // package initialization runs in a synthetic frame
        FuncScope init = new FuncScope(null, p.path + ".init", new Signature(List.of(), List.of(), false),
                new Pos(p.files.get(0).name(), 1, 1), 1, null, p);
        Interp.Fn fn = new Interp.Fn(Program.initInfo(p), init.sig);
        FuncScope savedCur = cur;
        Interp.Fn savedFn = curFn;
        cur = init;
        curFn = fn;
        List<St> list = new ArrayList<>();
        java.util.Set<ValueSpec> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // the library's data files (unicode's tables.go), not its main files: their literals still
        // allocate at init as before (gc would lay those out statically too; not modelled yet)
        String mainFile = p.files.get(0).name();
        boolean library = mainFile.startsWith("$GOROOT/");
        java.util.Set<Var> statics = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Frame linking = new Frame(fn, null, null);
        for (Var v : p.initOrder) {
            if (!done.add(v.spec) || v.spec.values.isEmpty()) {
                continue;
            }
            if (library && !v.spec.pos.file().equals(mainFile) && v.spec.names.size() == 1 && v.spec.values.size() == 1
                    && StaticData.applies(v.spec.values.get(0), statics)) {
                // static data: built now, at link time, not by init (StaticData)
                StaticData.mark(v.spec.values.get(0), escapes);
                globals.get(v).v = value(v.spec.values.get(0), v.type).ev(linking);
                statics.add(v);
                continue;
            }
            List<Expr> lhs = new ArrayList<>(v.spec.names);
            St s = assignment(lhs, v.spec.values, v.spec.pos, true);
            s.line = v.spec.pos.line();
            list.add(s);
        }
        fn.body = block(list);
        fn.paramSlot = new int[0];
        fn.paramScalar = new boolean[0];
        fn.paramKind = new byte[0];
        fn.resultSlot = new int[0];
        fn.resultScalar = new boolean[0];
        fn.resultKind = new byte[0];
        fn.resultBoxed = new boolean[0];
        cur = savedCur;
        curFn = savedFn;
        initFn = fn;
        return fn.body;
    }

    Interp.Fn initFn;
    /** How many go/defer print wrappers were made (walk.go walkprintfunc_prgen). */
    int printFuncs;

    private int slot(Var v) {
        Integer s = slots.get(v);
        if (s == null) {
            s = v.boxed() || Interp.kindOfSlot(v.type) == Interp.K_REF ? curFn.nr++ : curFn.nl++;
            slots.put(v, s);
        }
        return s;
    }

    /** A fresh reference slot of the function being compiled, for a value no variable names. */
    int refTemp() {
        return curFn.nr++;
    }

    private boolean scalar(Var v) {
        return !v.boxed() && Interp.kindOfSlot(v.type) != Interp.K_REF;
    }

    private void layoutParams(FuncScope fs, Interp.Fn fn) {
        FuncScope savedCur = cur;
        Interp.Fn savedFn = curFn;
        cur = fs;
        curFn = fn;
        List<Var> ps = new ArrayList<>();
        if (fs.recv != null) {
            ps.add(fs.recv);
        }
        ps.addAll(fs.params);
        fn.paramSlot = new int[ps.size()];
        fn.paramTypes = ps.stream().map(v -> v.type).toArray(Type[]::new);
        fn.resultTypes = fs.results.stream().map(v -> v.type).toArray(Type[]::new);
        fn.paramScalar = new boolean[ps.size()];
        fn.paramKind = new byte[ps.size()];
        List<Integer> boxes = new ArrayList<>();
        List<Var> boxedVars = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Var v = ps.get(i);
            fn.paramSlot[i] = slot(v);
            fn.paramScalar[i] = scalar(v);
            fn.paramKind[i] = Interp.kindOfSlot(v.type);
            if (v.boxed()) {
                boxes.add(fn.paramSlot[i]);
                boxedVars.add(v);
            }
        }
        fn.boxParams = boxes.isEmpty() ? null : boxes.stream().mapToInt(Integer::intValue).toArray();
        fn.boxedParamVars = boxedVars;
        int nres = fs.results.size();
        fn.resultSlot = new int[nres];
        fn.resultScalar = new boolean[nres];
        fn.resultKind = new byte[nres];
        fn.resultBoxed = new boolean[nres];
        Object[] zeros = new Object[nres];
        boolean needZero = false;
        for (int i = 0; i < nres; i++) {
            Var v = fs.results.get(i);
            fn.resultSlot[i] = slot(v);
            fn.resultScalar[i] = scalar(v);
            fn.resultKind[i] = Interp.kindOfSlot(v.type);
            fn.resultBoxed[i] = v.boxed();
            zeros[i] = zero(v.type);
            needZero |= v.boxed() || zeros[i] != null && !fn.resultScalar[i] || fn.resultScalar[i] && false;
        }
        // scalar result slots start at 0 which is every scalar's zero value
        fn.resultZeros = needZero ? zeros : null;
        cur = savedCur;
        curFn = savedFn;
    }

    private void compileBody(FuncScope fs, Interp.Fn fn) {
        layoutParams(fs, fn);
        compileBodyOnly(fs, fn);
    }

    private void compileBodyOnly(FuncScope fs, Interp.Fn fn) {
        if (fs.parent == null) {
            Escape.analyze(fs.body, fs.sig, escapes);
        }
        if (fn.boxParams != null) {
            // after the analysis: which parameter cells escape
            fn.boxParamHeap = new Type[fn.boxParams.length];
            fn.boxParamPos = new Pos[fn.boxParams.length];
            for (int i = 0; i < fn.boxParams.length; i++) {
                Var v = fn.boxedParamVars.get(i);
                fn.boxParamHeap[i] = escapes.heap(v) ? v.type : null;
                fn.boxParamPos[i] = v.pos;
            }
        }
        FuncScope savedCur = cur;
        Interp.Fn savedFn = curFn;
        cur = fs;
        curFn = fn;
        St body = body(fs.body.list);
        fn.body = body;
        fn.plain = !fn.hasDefer && fn.boxParams == null && fn.resultZeros == null;
        if (fn.plain && body instanceof TracedOne one && one.s0 instanceof ReturnInt ret
                && fn.resultSlot.length == 1 && ret.slot == fn.resultSlot[0]) {
            fn.retInt = ret.e;
            fn.retLine = one.line0;
            if (bytecode() && !in.traceCalls && fs.body.list.get(0) instanceof ReturnStmt rs && intParams(fn)) {
                fn.pure = Fused.pure(this, rs.results.get(0), fn.paramSlot);
            }
        }
        cur = savedCur;
        curFn = savedFn;
    }

    private static boolean intParams(Interp.Fn fn) {
        for (int i = 0; i < fn.paramSlot.length; i++) {
            if (!fn.paramScalar[i] || fn.paramKind[i] != Interp.K_INT) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- zero values

    /** The zero value of t (a fresh object for structs and arrays). */
    static Object zero(Type t) {
        Type u = t.underlying();
        switch (u) {
            case Basic b -> {
                if (b.kind.isInteger()) {
                    return 0L;
                }
                return switch (b.kind) {
                    case BOOL, UNTYPED_BOOL -> false;
                    case FLOAT32, FLOAT64, UNTYPED_FLOAT -> 0.0;
                    case COMPLEX64, COMPLEX128, UNTYPED_COMPLEX -> Complex.ZERO;
                    case STRING, UNTYPED_STRING -> "";
                    default -> null;
                };
            }
            case Struct s -> {
                Object[] fs = new Object[s.fields.size()];
                for (int i = 0; i < fs.length; i++) {
                    fs[i] = zero(s.fields.get(i).type());
                }
                return new StructVal(s, fs);
            }
            case Array a -> {
                Object[] es = new Object[(int) a.len];
                for (int i = 0; i < es.length; i++) {
                    es[i] = zero(a.elem);
                }
                return new ArrayVal(es, isAgg(a.elem));
            }
            default -> {
                return null;
            }
        }
    }

    static boolean isAgg(Type t) {
        return Interp.isAggregate(t);
    }

    /** An evaluator producing fresh zero values of t. */
    private Ev zeroEv(Type t) {
        Object z = zero(t);
        if (z instanceof StructVal || z instanceof ArrayVal) {
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return Values.copyAgg(z);
                }
            };
        }
        return constEv(z, t);
    }

    // ---------------------------------------------------------------- statements

    private St block(List<St> list) {
        St[] a = list.toArray(new St[0]);
        if (in.traceStatements && a.length == 1) {
            return new TracedOne(in, a[0]);
        }
        if (in.traceStatements) {
            return new TracedBlock(in, a);
        }
        if (a.length == 1) {
            St s0 = a[0];
            return new St() {
                @Override
                int exec(Frame f) {
                    f.line = s0.line;
                    return s0.exec(f);
                }
            };
        }
        return new St() {
            @Override
            int exec(Frame f) {
                for (St s : a) {
                    f.line = s.line;
                    int r = s.exec(f);
                    if (r != NORMAL) {
                        return r;
                    }
                }
                return NORMAL;
            }
        };
    }

    /** A statement list as a block; one that holds a goto target gets an executor that can jump. */
    private St body(List<Stmt> list) {
        List<Object> labels = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Stmt s : list) {
            for (Stmt x = s; x instanceof LabeledStmt ls; x = ls.stmt) {
                if (ls.gotoTarget) {
                    labels.add(ls);
                    at.add(-1);
                }
            }
        }
        if (labels.isEmpty()) {
            return block(stmts(list));
        }
        List<St> out = new ArrayList<>();
        for (Stmt s : list) {
            for (Stmt x = s; x instanceof LabeledStmt ls; x = ls.stmt) {
                int k = labels.indexOf(ls);
                if (k >= 0) {
                    at.set(k, out.size());
                }
            }
            St c = stmt(s);
            if (c != null) {
                c.line = s.pos.line();
                out.add(c);
            }
        }
        St[] a = out.toArray(new St[0]);
        Object[] targets = labels.toArray();
        int[] index = at.stream().mapToInt(Integer::intValue).toArray();
        boolean trace = in.traceStatements;
        return new St() {
            @Override
            int exec(Frame f) {
                for (int i = 0; i < a.length; i++) {
                    St s = a[i];
                    f.line = s.line;
                    if (trace) {
                        in.statement(f, s.line);
                    }
                    int r = s.exec(f);
                    if (r == GOTO) {
                        int k = 0;
                        while (k < targets.length && targets[k] != f.label) {
                            k++;
                        }
                        if (k < targets.length) {
                            f.label = null;
                            i = index[k] - 1;
                            continue;
                        }
                    }
                    if (r != NORMAL) {
                        return r;
                    }
                }
                return NORMAL;
            }
        };
    }

    private List<St> stmts(List<Stmt> list) {
        if (in.version.atLeast(19)) {
            Slices.markMallocCopies(list, mallocCopies);
        }
        List<St> out = new ArrayList<>();
        for (Stmt s : list) {
            St c = stmt(s);
            if (c != null) {
                c.line = s.pos.line();
                out.add(c);
            }
        }
        return out;
    }

    private static final St NOP = new St() {
        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    };

    private St stmt(Stmt s) {
        switch (s) {
            case DeclStmt ds: {
                if (ds.decl.tok != Tok.VAR) {
                    return NOP;
                }
                List<St> list = new ArrayList<>();
                for (Spec sp : ds.decl.specs) {
                    ValueSpec vs = (ValueSpec) sp;
                    if (vs.values.isEmpty()) {
                        for (Ident id : vs.names) {
                            if (id.obj instanceof Var v) {
                                list.add(declareVar(v, zeroEv(v.type), id.pos));
                            }
                        }
                    } else {
                        list.add(assignment(new ArrayList<>(vs.names), vs.values, vs.pos, true));
                    }
                }
                return list.size() == 1 ? list.get(0) : seq(list);
            }
            case EmptyStmt es:
                return NOP;
            case LabeledStmt ls:
                return stmt(ls.stmt);
            case ExprStmt es:
                return new ExprSt(expr(es.x));
            case SendStmt ss: {
                Ev ch = expr(ss.chan);
                Ev v = value(ss.value, ((Chan) ss.chan.type.underlying()).elem);
                return new St() {
                    @Override
                    int exec(Frame f) {
                        Object c = ch.ev(f);
                        Object val = v.ev(f);
                        host.send(f.g, c, val);
                        return NORMAL;
                    }
                };
            }
            case IncDecStmt ids: {
                Expr one = new BasicLit(ids.pos, Tok.INT, BigInteger.ONE, "1");
                one.type = ids.x.type;
                one.cv = Types.isFloat(ids.x.type) ? (Object) 1.0 : BigInteger.ONE; // a complex's is (1+0i)
                return opAssign(ids.x, ids.inc ? Tok.ADD : Tok.SUB, one);
            }
            case AssignStmt as: {
                if (as.tok == Tok.ASSIGN || as.tok == Tok.DEFINE) {
                    return assignment(as.lhs, as.rhs, as.pos, as.tok == Tok.DEFINE);
                }
                return opAssign(as.lhs.get(0), as.tok.assignOp(), as.rhs.get(0));
            }
            case GoStmt gs:
                return goStmt(gs);
            case DeferStmt ds:
                return deferStmt(ds);
            case ReturnStmt rs:
                return returnStmt(rs);
            case BranchStmt bs: {
                if (bs.tok == Tok.FALLTHROUGH) {
                    return new St() {
                        @Override
                        int exec(Frame f) {
                            return FALLTHROUGH;
                        }
                    };
                }
                if (bs.tok == Tok.GOTO) {
                    Object target = bs.target;
                    return new St() {
                        @Override
                        int exec(Frame f) {
                            f.label = target;
                            return GOTO;
                        }
                    };
                }
                boolean isBreak = bs.tok == Tok.BREAK;
                if (bs.label == null) {
                    return new Branch(isBreak ? BREAK : CONTINUE);
                }
                Object target = bs.target;
                int code = isBreak ? BREAK_LABEL : CONTINUE_LABEL;
                return new St() {
                    @Override
                    int exec(Frame f) {
                        f.label = target;
                        return code;
                    }
                };
            }
            case Block b:
                return body(b.list);
            case IfStmt is: {
                St init = is.init == null ? null : stmt(is.init);
                Ev cond = expr(is.cond);
                St then = body(is.then.list);
                St els = is.els == null ? null : is.els instanceof Block eb ? body(eb.list) : stmt(is.els);
                if (els != null) {
                    els.line = is.els.pos.line();
                }
                int elsLine = is.els == null ? 0 : is.els.pos.line();
                if (init == null && els == null) {
                    return new IfThen(cond, then);
                }
                return new IfElse(init, cond, then, els, elsLine);
            }
            case ForStmt fs:
                return forStmt(fs);
            case RangeStmt rs:
                return Ranges.compile(this, rs);
            case SwitchStmt ss:
                return switchStmt(ss);
            case TypeSwitchStmt ts:
                return typeSwitch(ts);
            case SelectStmt ss:
                return selectStmt(ss);
            default:
                throw new GoCompileError(s.pos, "unsupported: " + s.getClass().getSimpleName());
        }
    }

    private St seq(List<St> list) {
        St[] a = list.toArray(new St[0]);
        return new St() {
            @Override
            int exec(Frame f) {
                for (St s : a) {
                    int r = s.exec(f);
                    if (r != NORMAL) {
                        return r;
                    }
                }
                return NORMAL;
            }
        };
    }

    /** Loop-body completion handling shared by for and range: returns -1 to go on, else the code to return. */
    static int loopControl(int r, Frame f, Object self) {
        switch (r) {
            case NORMAL, CONTINUE:
                return -1;
            case BREAK:
                return NORMAL;
            case BREAK_LABEL:
                if (f.label == self) {
                    f.label = null;
                    return NORMAL;
                }
                return r;
            case CONTINUE_LABEL:
                if (f.label == self) {
                    f.label = null;
                    return -1;
                }
                return r;
            default:
                return r;
        }
    }

    private St forStmt(ForStmt fs) {
        St init = fs.init == null ? null : stmt(fs.init);
        Ev cond = fs.cond == null ? null : expr(fs.cond);
        St post = fs.post == null ? null : stmt(fs.post);
        St body = body(fs.body.list);
        return new ForLoop(in, init, cond, post, body, fs.pos.line(), fs, in.traceStatements,
                Loops.enabled(in) ? curFn : null);
    }

    /**
     * A for statement. When fn is set (see Loops.enabled), the loop counts its iterations and,
     * once hot, becomes JVM bytecode ({@link Loops}), which it enters at the top of the next
     * iteration and on every later execution.
     */
    static final class ForLoop extends St {
        final Interp in;
        final St init;
        final Ev cond;
        final St post;
        final St body;
        final int forLine;
        /** The ForStmt: the target a labeled break or continue names. */
        final Object self;
        final boolean trace;
        /** The function the loop is in, while it may still be compiled (null: never). */
        Interp.Fn fn;
        /** Iterations run by this node so far (until it is compiled). */
        int heat;
        Loops.Region region;

        ForLoop(Interp in, St init, Ev cond, St post, St body, int forLine, Object self, boolean trace, Interp.Fn fn) {
            this.in = in;
            this.init = init;
            this.cond = cond;
            this.post = post;
            this.body = body;
            this.forLine = forLine;
            this.self = self;
            this.trace = trace;
            this.fn = fn;
        }

        @Override
        int exec(Frame f) {
            Loops.Region rg = region;
            if (rg != null) {
                return rg.run(f, Loops.FROM_INIT);
            }
            if (init != null) {
                init.exec(f);
            }
            while (true) {
                if (fn != null && ++heat > Loops.THRESHOLD && (rg = Loops.compile(this)) != null) {
                    return rg.run(f, Loops.AT_HEAD);
                }
                if (trace) {
                    // every iteration counts, even of an empty body (step budgets)
                    f.line = forLine;
                    in.statement(f, forLine);
                }
                if (cond != null) {
                    f.line = forLine;
                    if (!cond.evB(f)) {
                        return NORMAL;
                    }
                }
                int r = body.exec(f);
                if (r != NORMAL) {
                    int c = loopControl(r, f, self);
                    if (c >= 0) {
                        return c;
                    }
                }
                if (post != null) {
                    f.line = forLine;
                    post.exec(f);
                }
            }
        }
    }

    private St switchStmt(SwitchStmt ss) {
        St init = ss.init == null ? null : stmt(ss.init);
        // an interface case compares with a non-interface tag as interfaces (spec: Comparison operators)
        boolean ifaceCase = ss.tag != null && ss.clauses.stream().anyMatch(cc -> cc.list != null
                && cc.list.stream().anyMatch(e -> Types.isInterface(e.type)));
        Type tagType = ss.tag == null ? Types.BOOL : ifaceCase && !Types.isInterface(ss.tag.type)
                ? Types.EMPTY_INTERFACE : ss.tag.type;
        Ev tag = ss.tag == null ? null : value(ss.tag, tagType);
        int n = ss.clauses.size();
        Ev[][] cases = new Ev[n][];
        St[] bodies = new St[n];
        int[] lines = new int[n];
        int def = -1;
        for (int i = 0; i < n; i++) {
            CaseClause cc = ss.clauses.get(i);
            lines[i] = cc.pos.line();
            if (cc.list == null) {
                def = i;
                cases[i] = new Ev[0];
            } else {
                cases[i] = new Ev[cc.list.size()];
                for (int k = 0; k < cc.list.size(); k++) {
                    Expr e = cc.list.get(k);
                    cases[i][k] = tag == null ? expr(e) : value(e, tagType);
                }
            }
            bodies[i] = body(cc.body);
        }
        int defIdx = def;
        boolean ifaceTag = Types.isInterface(tagType);
        byte kind = Interp.kindOfSlot(tagType);
        return new St() {
            @Override
            int exec(Frame f) {
                if (init != null) {
                    int r = init.exec(f);
                    if (r != NORMAL) {
                        return r;
                    }
                }
                int chosen = -1;
                if (tag == null) {
                    outer:
                    for (int i = 0; i < n; i++) {
                        for (Ev c : cases[i]) {
                            f.line = lines[i];
                            if (c.evB(f)) {
                                chosen = i;
                                break outer;
                            }
                        }
                    }
                } else if (kind == Interp.K_INT) {
                    long t = tag.evI(f);
                    outer:
                    for (int i = 0; i < n; i++) {
                        for (Ev c : cases[i]) {
                            if (c.evI(f) == t) {
                                chosen = i;
                                break outer;
                            }
                        }
                    }
                } else {
                    Object t = tag.ev(f);
                    outer:
                    for (int i = 0; i < n; i++) {
                        for (Ev c : cases[i]) {
                            if (Values.equal(t, c.ev(f), tagType)) {
                                chosen = i;
                                break outer;
                            }
                        }
                    }
                }
                if (chosen < 0) {
                    chosen = defIdx;
                }
                if (chosen < 0) {
                    return NORMAL;
                }
                return runClauses(f, bodies, chosen, lines, ss);
            }
        };
    }

    static int runClauses(Frame f, St[] bodies, int chosen, int[] lines, Object self) {
        for (int i = chosen; i < bodies.length; i++) {
            int r = bodies[i].exec(f);
            if (r == FALLTHROUGH) {
                continue;
            }
            if (r == BREAK) {
                return NORMAL;
            }
            if (r == BREAK_LABEL && f.label == self) {
                f.label = null;
                return NORMAL;
            }
            return r;
        }
        return NORMAL;
    }

    private St typeSwitch(TypeSwitchStmt ts) {
        St init = ts.init == null ? null : stmt(ts.init);
        Ev x = expr(ts.x);
        int n = ts.clauses.size();
        Type[][] types = new Type[n][];
        St[] bodies = new St[n];
        int[] lines = new int[n];
        LV[] binds = new LV[n];
        int def = -1;
        for (int i = 0; i < n; i++) {
            CaseClause cc = ts.clauses.get(i);
            lines[i] = cc.pos.line();
            if (cc.list == null) {
                def = i;
                types[i] = new Type[0];
            } else {
                types[i] = new Type[cc.list.size()];
                for (int k = 0; k < cc.list.size(); k++) {
                    Expr e = cc.list.get(k);
                    types[i][k] = e.type == Types.UNTYPED_NIL ? null : e.type;
                }
            }
            if (cc.implicit != null) {
                binds[i] = varLV(cc.implicit, true);
            }
            bodies[i] = body(cc.body);
        }
        int defIdx = def;
        Type[] bindTypes = new Type[n];
        for (int i = 0; i < n; i++) {
            if (ts.clauses.get(i).implicit != null) {
                bindTypes[i] = ts.clauses.get(i).implicit.type;
            }
        }
        return new St() {
            @Override
            int exec(Frame f) {
                if (init != null) {
                    int r = init.exec(f);
                    if (r != NORMAL) {
                        return r;
                    }
                }
                Object v = x.ev(f);
                int chosen = -1;
                outer:
                for (int i = 0; i < n; i++) {
                    for (Type t : types[i]) {
                        if (t == null ? v == null : v != null && TypeOps.matches((Iface) v, t)) {
                            chosen = i;
                            break outer;
                        }
                    }
                }
                if (chosen < 0) {
                    chosen = defIdx;
                }
                if (chosen < 0) {
                    return NORMAL;
                }
                if (binds[chosen] != null) {
                    Type bt = bindTypes[chosen];
                    Object bv = Types.isInterface(bt) ? v : ((Iface) v).val();
                    if (!Types.isInterface(bt) && isAgg(bt)) {
                        bv = Values.copyAgg(bv);
                    }
                    binds[chosen].store(f, bv);
                }
                int r = bodies[chosen].exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == BREAK_LABEL && f.label == ts) {
                    f.label = null;
                    return NORMAL;
                }
                return r;
            }
        };
    }

    private St selectStmt(SelectStmt ss) {
        int n = ss.clauses.size();
        List<Integer> caseIdx = new ArrayList<>();
        List<Ev> chans = new ArrayList<>();
        List<Ev> sendVals = new ArrayList<>();
        List<LV[]> recvTargets = new ArrayList<>();
        List<Type[]> recvConv = new ArrayList<>();
        List<Integer> caseLines = new ArrayList<>();
        List<St> bodies = new ArrayList<>();
        St defBody = null;
        for (CommClause cc : ss.clauses) {
            St body = body(cc.body);
            if (cc.comm == null) {
                defBody = body;
                continue;
            }
            LV[] targets = null;
            Type[] conv = null;
            caseLines.add(cc.comm.pos.line());
            switch (cc.comm) {
                case SendStmt s -> {
                    chans.add(expr(s.chan));
                    sendVals.add(value(s.value, ((Chan) s.chan.type.underlying()).elem));
                }
                case ExprStmt es -> {
                    Unary u = (Unary) unparen(es.x);
                    chans.add(expr(u.x));
                    sendVals.add(null);
                }
                case AssignStmt as -> {
                    Unary u = (Unary) unparen(as.rhs.get(0));
                    chans.add(expr(u.x));
                    sendVals.add(null);
                    targets = new LV[as.lhs.size()];
                    for (int i = 0; i < as.lhs.size(); i++) {
                        Expr l = as.lhs.get(i);
                        targets[i] = lvalueOrDecl(l, as.tok == Tok.DEFINE && as.isNew != null && as.isNew[i]);
                    }
                    // case i, ok = <-c: the value (of the element type) and ok (bool) are converted to
                    // their targets' types, boxed when a target is an interface (spec: Assignability)
                    Type elem = ((Chan) u.x.type.underlying()).elem;
                    conv = new Type[]{elem, targetType(as.lhs.get(0)), Types.BOOL,
                        as.lhs.size() > 1 ? targetType(as.lhs.get(1)) : null};
                }
                default -> throw new GoCompileError(cc.pos, "unsupported: select case");
            }
            recvTargets.add(targets);
            recvConv.add(conv);
            bodies.add(body);
        }
        Ev[] chs = chans.toArray(new Ev[0]);
        Ev[] svs = sendVals.toArray(new Ev[0]);
        LV[][] tgts = recvTargets.toArray(new LV[0][]);
        Type[][] convs = recvConv.toArray(new Type[0][]);
        St[] bs = bodies.toArray(new St[0]);
        St def = defBody;
        int[] lines = caseLines.stream().mapToInt(Integer::intValue).toArray();
        return new St() {
            @Override
            int exec(Frame f) {
                Host.SelectCase[] cases = new Host.SelectCase[chs.length];
                int line = f.line;
                for (int i = 0; i < chs.length; i++) {
                    // a case's operands run on its line (a nil dereference there panics at it:
                    // fixedbugs/bug347.go); selectgo's call is the select statement's
                    f.line = lines[i];
                    Object c = chs[i].ev(f);
                    Object v = svs[i] != null ? svs[i].ev(f) : null;
                    cases[i] = new Host.SelectCase(c, svs[i] != null, v);
                }
                f.line = line;
                int k = host.select(f.g, cases, def != null);
                St body;
                if (k < 0) {
                    if (def == null) {
                        throw new IllegalStateException("host chose default in a select without default");
                    }
                    body = def;
                } else {
                    LV[] t = tgts[k];
                    if (t != null) {
                        Type[] cv = convs[k];
                        if (t[0] != null) {
                            t[0].store(f, TypeOps.convertForAssign(cases[k].received, cv[0], cv[1]));
                        }
                        if (t.length > 1 && t[1] != null) {
                            t[1].store(f, TypeOps.convertForAssign(cases[k].ok, cv[2], cv[3]));
                        }
                    }
                    body = bs[k];
                }
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == BREAK_LABEL && f.label == ss) {
                    f.label = null;
                    return NORMAL;
                }
                return r;
            }
        };
    }

    /** An assignment target; when decl, the variable is declared here (fresh cell if boxed). */
    LV lvalueOrDecl(Expr l, boolean decl) {
        if (l instanceof Ident id && id.name.equals("_")) {
            return null;
        }
        if (decl) {
            return varLV((Var) ((Ident) l).obj, true);
        }
        return lvalue(l);
    }

    // ---------------------------------------------------------------- assignment

    private static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x;
        }
        return e;
    }

    /** Declares v with initial value init (fresh cell for boxed variables, reported as a heap object). */
    private St declareVar(Var v, Ev init, Pos pos) {
        LV lv = varLV(v, true);
        return new St() {
            @Override
            int exec(Frame f) {
                lv.store(f, init.ev(f));
                return NORMAL;
            }
        };
    }

    /**
     * lhs = rhs (or := / var declaration when decl). Go evaluates index and pointer operands on the
     * left and all expressions on the right first, then assigns left to right.
     */
    St assignment(List<Expr> lhs, List<Expr> rhs, Pos pos, boolean decl) {
        int n = lhs.size();
        // fast path: one scalar local
        if (n == 1 && rhs.size() == 1) {
            Expr l = lhs.get(0);
            Expr r = rhs.get(0);
            if (l instanceof Ident id && id.obj instanceof Var v && !v.isGlobal() && v.owner == cur && scalar(v)) {
                int s = slot(v);
                Ev e = value(r, v.type);
                switch (Interp.kindOfSlot(v.type)) {
                    case Interp.K_INT:
                        return new SetInt(s, e);
                    case Interp.K_BOOL:
                        return new SetBool(s, e);
                    default:
                        return new St() {
                            @Override
                            int exec(Frame f) {
                                f.l[s] = Double.doubleToRawLongBits(e.evF(f));
                                return NORMAL;
                            }
                        };
                }
            }
            boolean isDecl = decl && isNewVar(l);
            LV lv = isDecl ? varLV((Var) ((Ident) l).obj, true) : lvalueOrDecl(l, false);
            Ev e = lv == null ? expr(r) : value(r, targetType(l));
            if (lv == null) {
                return new St() {
                    @Override
                    int exec(Frame f) {
                        e.ev(f);
                        return NORMAL;
                    }
                };
            }
            return new St() {
                @Override
                int exec(Frame f) {
                    lv.store(f, e.ev(f));
                    return NORMAL;
                }
            };
        }
        LV[] lvs = new LV[n];
        boolean[] early = new boolean[n];
        for (int i = 0; i < n; i++) {
            Expr l = lhs.get(i);
            lvs[i] = decl && isNewVar(l) ? varLV((Var) ((Ident) l).obj, true) : lvalueOrDecl(l, false);
            early[i] = lvs[i] instanceof Locs.Resolvable && Builtins.containsCall(unparen(l));
        }
        if (rhs.size() == 1) {
            // tuple: f(), v, ok := m[k], x.(T), <-ch
            Expr r = unparen(rhs.get(0));
            Ev tuple = tupleExpr(r, n);
            Type[] targetTypes = new Type[n];
            Type[] srcTypes = new Type[n];
            List<Type> st = r.type instanceof Tuple tu ? tu.types : List.of(r.type, Types.BOOL);
            for (int i = 0; i < n; i++) {
                targetTypes[i] = targetType(lhs.get(i)) == null ? st.get(i) : targetType(lhs.get(i));
                srcTypes[i] = st.get(i);
            }
            return new St() {
                @Override
                int exec(Frame f) {
                    Object[][] st = resolveEarly(f, lvs, early);
                    Object[] vs = tuple.evTuple(f);
                    for (int i = 0; i < n; i++) {
                        vs[i] = TypeOps.convertForAssign(vs[i], srcTypes[i], targetTypes[i]);
                    }
                    storeParallel(f, lvs, vs, st);
                    return NORMAL;
                }
            };
        }
        Ev[] vals = new Ev[n];
        for (int i = 0; i < n; i++) {
            Type t = targetType(lhs.get(i));
            vals[i] = lvs[i] == null || t == null ? expr(rhs.get(i)) : value(rhs.get(i), t);
        }
        return new St() {
            @Override
            int exec(Frame f) {
                Object[][] st = resolveEarly(f, lvs, early);
                Object[] vs = new Object[n];
                for (int i = 0; i < n; i++) {
                    vs[i] = vals[i].ev(f);
                }
                storeParallel(f, lvs, vs, st);
                return NORMAL;
            }
        };
    }

    /**
     * The stores of a parallel assignment (spec: Assignments): every target's index and pointer
     * operands are evaluated before the first store, so {@code i, x[i] = 0, 9} indexes with the old
     * i. As gc orders it (checked with go1.19), after the right side: {@code x[i], y = f(), 0} uses
     * the i that f leaves, and an index out of range panics after f ran. Null targets are _.
     */
    static void storeParallel(Frame f, LV[] lvs, Object[] vs, Object[][] st) {
        for (int i = 0; i < lvs.length; i++) {
            if (lvs[i] instanceof Locs.Resolvable r && (st == null || st[i] == null)) {
                if (st == null) {
                    st = new Object[lvs.length][];
                }
                st[i] = resolveOrFail(f, r);
            }
        }
        for (int i = 0; i < lvs.length; i++) {
            if (st != null && st[i] != null && st[i].length == 2 && st[i][0] == FAILED) {
                // a target's nil or bounds check fails at its store, as gc checks it there: the
                // stores before it are done (m[2], *p = 42, 2 with p nil leaves m[2] == 42;
                // fixedbugs/issue23017.go, which real Go 1.19 passes)
                Interp.GoPanic p = (Interp.GoPanic) st[i][1];
                p.setLink(f.g.panic);
                f.g.panic = p;
                throw p;
            }
            if (st != null && st[i] != null) {
                ((Locs.Resolvable) lvs[i]).storeAt(f, st[i], vs[i]);
            } else if (lvs[i] != null) {
                lvs[i].store(f, vs[i]);
            }
        }
    }

    /**
     * The targets whose operands hold a call, resolved before the right side: gc's order.go (1.19
     * walk/order.go:678-684 OAS2, 713-716 OAS2MAPR and the others) orders the left side's calls into
     * temporaries first, so {@code *f(), ok = m[g()]} calls f before g (fixedbugs/bug242.go); plain
     * variables in them are still read at the store. Null when there are none.
     */
    static Object[][] resolveEarly(Frame f, LV[] lvs, boolean[] early) {
        Object[][] st = null;
        for (int i = 0; i < lvs.length; i++) {
            if (early[i]) {
                if (st == null) {
                    st = new Object[lvs.length][];
                }
                // a[g()], b = f(), 0 with g out of range: g and f run, then the store panics
                st[i] = resolveOrFail(f, (Locs.Resolvable) lvs[i]);
            }
        }
        return st;
    }

    /** r's location, or {FAILED, the panic} when its nil or bounds check fails: the store will panic. */
    private static Object[] resolveOrFail(Frame f, Locs.Resolvable r) {
        try {
            return r.resolve(f);
        } catch (Interp.GoPanic p) {
            if (f.g.panic == p) {
                f.g.panic = p.link();
            }
            return new Object[] {FAILED, p};
        }
    }

    /** Marks an early-resolved target whose resolution panicked (resolveEarly). */
    private static final Object FAILED = new Object();

    /** The type of an assignment target (declared variables' idents carry no checked type). */
    private static Type targetType(Expr l) {
        if (l instanceof Ident id && id.obj instanceof Var v) {
            return v.type;
        }
        return l.type;
    }

    private static boolean isNewVar(Expr l) {
        return l instanceof Ident id && id.obj instanceof Var v && id.pos.equals(v.pos);
    }

    /** x op= y (and ++/--): the target's operands are evaluated once. */
    private St opAssign(Expr x, Tok op, Expr y) {
        Expr ux = unparen(x);
        if (ux instanceof Ident id && id.obj instanceof Var v && !v.isGlobal() && v.owner == cur && scalar(v)
                && Interp.kindOfSlot(v.type) == Interp.K_INT) {
            int s = slot(v);
            Ev cur0 = new LocalInt(s);
            Ev r = null;
            if (ux.type != null) {
                // x op= y as the tree of x op y when it is one (Fused), as walk turns OASOP into x = x op y
                Binary b = new Binary(x.pos, op, ux, y, x.pos);
                b.type = v.type;
                r = Fused.binary(this, b);
            }
            if (r == null) {
                r = Ops.binary(this, op, cur0, expr(y), v.type, y.type, x.pos);
            }
            if (y.cv instanceof BigInteger bi && (op == Tok.ADD || op == Tok.SUB) && isWord(v.type)) {
                return new AddConst(s, op == Tok.ADD ? bi.longValue() : -bi.longValue());
            }
            return new SetInt(s, r);
        }
        if (ux instanceof Index ix && ix.x.type.underlying() instanceof Slice
                && Interp.kindOfSlot(x.type) == Interp.K_INT) {
            return sliceElemOpAssign(ix, op, y);
        }
        // general: evaluate the location once
        LV loc = lvalue(x);
        LV once = onceLV(ux, loc);
        Ev current = new Ev() {
            @Override
            Object ev(Frame f) {
                return once.load(f);
            }
        };
        Ev r;
        if (op == Tok.ADD && Types.isString(x.type)) {
            // s += t is walked into s = s + t after escape analysis: one escaping concatenation (walk.go OASOP)
            List<Expr> ops = Concat.operands(y);
            List<Ev> vals = new ArrayList<>(List.of(current));
            ops.forEach(o -> vals.add(expr(o)));
            r = Concat.compile(this, vals, Concat.literalBytes(ops), x.pos, true);
        } else {
            r = Ops.binary(this, op, current, expr(y), x.type, y.type, x.pos);
        }
        return new St() {
            @Override
            int exec(Frame f) {
                once.store(f, r.ev(f));
                return NORMAL;
            }
        };
    }

    /** s[i] op= y on an integer slice element without materializing the location. */
    private St sliceElemOpAssign(Index ix, Tok op, Expr y) {
        Ev sx = expr(ix.x);
        Ev ie = expr(ix.index);
        int lb = Interp.lbrackLine(ix.lbrack);
        // the current element value is handed to the operator through the frame's pending slot
        Ev current = new IEv() {
            @Override
            long evI(Frame f) {
                return (Long) f.pending;
            }
        };
        Ev r = Ops.binary(this, op, current, expr(y), ix.type, y.type, ix.pos);
        return new St() {
            @Override
            int exec(Frame f) {
                SliceVal s = (SliceVal) sx.ev(f);
                long k = ie.evI(f);
                int len = s == null ? 0 : s.len;
                if (k < 0 || k >= len) {
                    throw in.indexOutOfRange(f, lb, k, len, ix.index);
                }
                int at = s.off + (int) k;
                f.pending = s.a[at];
                long v = r.evI(f);
                f.pending = null;
                s.a[at] = v;
                return NORMAL;
            }
        };
    }

    private static boolean isWord(Type t) {
        Types.Kind k = Types.kindOf(t);
        return k == Types.Kind.INT || k == Types.Kind.INT64 || k == Types.Kind.UINT || k == Types.Kind.UINT64
                || k == Types.Kind.UINTPTR;
    }

    /**
     * Wraps a location so that its operands are evaluated by the first load only; the following store
     * reuses them (for x[i] op= v, m[k]++, p.f += v).
     */
    private LV onceLV(Expr x, LV loc) {
        if (loc instanceof Locs.Resolvable rl) {
            return new LV() {
                @Override
                Object load(Frame f) {
                    Object[] st = rl.resolve(f);
                    f.pending = st;
                    return rl.loadAt(f, st);
                }

                @Override
                void store(Frame f, Object v) {
                    Object[] st = (Object[]) f.pending;
                    f.pending = null;
                    rl.storeAt(f, st, v);
                }
            };
        }
        return loc;
    }

    // ---------------------------------------------------------------- return, go, defer

    private St returnStmt(ReturnStmt rs) {
        Interp.Fn fn = curFn;
        FuncScope fs = cur;
        int n = fs.results.size();
        if (rs.results.isEmpty()) {
            return new St() {
                @Override
                int exec(Frame f) {
                    return RETURN;
                }
            };
        }
        LV[] outs = new LV[n];
        for (int i = 0; i < n; i++) {
            outs[i] = varLV(fs.results.get(i), false);
        }
        if (n == 1) {
            Var v = fs.results.get(0);
            Ev e = value(rs.results.get(0), v.type);
            if (scalar(v)) {
                int s = slot(v);
                switch (Interp.kindOfSlot(v.type)) {
                    case Interp.K_INT:
                        return new ReturnInt(s, e);
                    case Interp.K_BOOL:
                        return new St() {
                            @Override
                            int exec(Frame f) {
                                f.l[s] = e.evB(f) ? 1 : 0;
                                return RETURN;
                            }
                        };
                    default:
                        break;
                }
            }
            LV out = outs[0];
            boolean agg = isAgg(v.type);
            return new St() {
                @Override
                int exec(Frame f) {
                    Object val = e.ev(f);
                    if (agg) {
                        // a fresh aggregate replaces the result (named results keep their identity via assign)
                        out.store(f, val);
                    } else {
                        out.store(f, val);
                    }
                    return RETURN;
                }
            };
        }
        if (rs.results.size() == 1) {
            Expr r = unparen(rs.results.get(0));
            Ev tuple = tupleExpr(r, n);
            Type[] src = ((Tuple) r.type).types.toArray(new Type[0]);
            Type[] dst = fs.sig.results.toArray(new Type[0]);
            return new St() {
                @Override
                int exec(Frame f) {
                    Object[] vs = tuple.evTuple(f);
                    for (int i = 0; i < n; i++) {
                        outs[i].store(f, TypeOps.convertForAssign(vs[i], src[i], dst[i]));
                    }
                    return RETURN;
                }
            };
        }
        Ev[] vals = new Ev[n];
        for (int i = 0; i < n; i++) {
            vals[i] = value(rs.results.get(i), fs.results.get(i).type);
        }
        return new St() {
            @Override
            int exec(Frame f) {
                Object[] vs = new Object[n];
                for (int i = 0; i < n; i++) {
                    vs[i] = vals[i].ev(f);
                }
                for (int i = 0; i < n; i++) {
                    outs[i].store(f, vs[i]);
                }
                return RETURN;
            }
        };
    }

    private St goStmt(GoStmt gs) {
        Calls.Prepared prep = Calls.prepare(this, gs.call);
        Pos site = gs.pos;
        return new St() {
            @Override
            int exec(Frame f) {
                Goroutine child = new Goroutine();
                Calls.Bound b = prep.bind(f, child);
                host.go(f.g, child, b.start(), site, b instanceof Runnable r ? r : () -> b.run(null));
                return NORMAL;
            }
        };
    }

    private St deferStmt(DeferStmt ds) {
        curFn.hasDefer = true;
        Calls.Prepared prep = Calls.prepare(this, ds.call);
        return new St() {
            @Override
            int exec(Frame f) {
                Calls.Bound b = prep.bind(f, f.g);
                if (f.defers == null) {
                    f.defers = new ArrayList<>();
                }
                f.defers.add(b.asDeferred());
                return NORMAL;
            }
        };
    }

    // ---------------------------------------------------------------- variables

    /** Location of a variable; when decl, storing creates the variable (a fresh cell if boxed). */
    LV varLV(Var v, boolean decl) {
        if (v.isGlobal()) {
            Cell c = globals.get(v);
            boolean agg = isAgg(v.type);
            return new LV() {
                @Override
                void store(Frame f, Object val) {
                    if (agg && c.v != null && !decl) {
                        Values.assignAgg(c.v, val);
                    } else {
                        c.v = val;
                    }
                }

                @Override
                Object load(Frame f) {
                    return c.v;
                }
            };
        }
        boolean agg = isAgg(v.type);
        if (v.owner != cur) {
            int ci = cur.captureIndex(v);
            if (ci < 0) {
                throw new IllegalStateException("variable " + v.name + " not captured by " + cur.symbol);
            }
            return new LV() {
                @Override
                void store(Frame f, Object val) {
                    Cell c = (Cell) f.caps[ci];
                    if (agg) {
                        Values.assignAgg(c.v, val);
                    } else {
                        c.v = val;
                    }
                }

                @Override
                Object load(Frame f) {
                    return ((Cell) f.caps[ci]).v;
                }
            };
        }
        int s = slot(v);
        if (v.boxed()) {
            long size = v.type.size();
            Type t = v.type;
            Pos p = v.pos;
            boolean heap = escapes.heap(v);
            return new LV() {
                @Override
                void store(Frame f, Object val) {
                    if (decl) {
                        Cell c = new Cell(val);
                        f.r[s] = c;
                        if (heap) {
                            host.onAlloc(f.g, c, size, t, p);
                        }
                    } else if (agg) {
                        Values.assignAgg(((Cell) f.r[s]).v, val);
                    } else {
                        ((Cell) f.r[s]).v = val;
                    }
                }

                @Override
                Object load(Frame f) {
                    return ((Cell) f.r[s]).v;
                }
            };
        }
        byte k = Interp.kindOfSlot(v.type);
        if (k != Interp.K_REF) {
            return new LV() {
                @Override
                void store(Frame f, Object val) {
                    f.l[s] = Interp.fromBoxed(val, k);
                }

                @Override
                Object load(Frame f) {
                    return Interp.toBoxed(f.l[s], k);
                }
            };
        }
        // An address-taken array or struct whose address escapes lives on the heap (gc's addrescapes,
        // go1.7 gen.go:28, moveToHeap 124): its declaration allocates it with new(T) each time it
        // runs (each loop iteration), at the variable's line: go1.7 walk.go:225-238 (ODCL of a
        // PAUTOHEAP variable, callnew), 1.19 ssagen/ssa.go:1531-1535 (ODCL, newHeapaddr at n.Pos(),
        // 667-668). The variable's value object is what the declaration stores.
        boolean moved = decl && agg && v.addrTaken && escapes.heap(v);
        long msize = v.type.size();
        Type mt = v.type;
        Pos mp = v.pos;
        return new LV() {
            @Override
            void store(Frame f, Object val) {
                if (agg && !decl && f.r[s] != null) {
                    Values.assignAgg(f.r[s], val);
                } else {
                    f.r[s] = val;
                    if (moved) {
                        host.onAlloc(f.g, val, msize, mt, mp);
                    }
                }
            }

            @Override
            Object load(Frame f) {
                return f.r[s];
            }
        };
    }

    /** Reads a variable (typed entry points for scalar locals). */
    Ev varEv(Var v) {
        byte k = Interp.kindOfSlot(v.type);
        if (!v.isGlobal() && v.owner == cur && scalar(v)) {
            int s = slot(v);
            return switch (k) {
                case Interp.K_INT -> new LocalInt(s);
                case Interp.K_BOOL -> new LocalBool(s);
                default -> new FEv() {
                    @Override
                    double evF(Frame f) {
                        return Double.longBitsToDouble(f.l[s]);
                    }
                };
            };
        }
        if (!v.isGlobal() && v.owner == cur && !v.boxed()) {
            int s = slot(v);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return f.r[s];
                }
            };
        }
        LV lv = varLV(v, false);
        if (k == Interp.K_INT) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return (Long) lv.load(f);
                }
            };
        }
        return new Ev() {
            @Override
            Object ev(Frame f) {
                return lv.load(f);
            }
        };
    }

    /** The cell of a boxed local or captured variable, for closures and &x. */
    Ev cellOf(Var v) {
        if (v.isGlobal()) {
            Cell c = globals.get(v);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return c;
                }
            };
        }
        if (v.owner != cur) {
            int ci = cur.captureIndex(v);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return f.caps[ci];
                }
            };
        }
        int s = slot(v);
        if (!v.boxed()) {
            throw new IllegalStateException("variable " + v.name + " is not boxed");
        }
        return new Ev() {
            @Override
            Object ev(Frame f) {
                return f.r[s];
            }
        };
    }

    // ---------------------------------------------------------------- expressions (delegated)

    Ev expr(Expr e) {
        return Exprs.compile(this, e);
    }

    /** e as a value of type target: converted to an interface when needed, aggregates copied. */
    Ev value(Expr e, Type target) {
        return Exprs.value(this, e, target);
    }

    LV lvalue(Expr e) {
        return Locs.lvalue(this, e);
    }

    Ev tupleExpr(Expr e, int n) {
        return Exprs.tuple(this, e, n);
    }

    Ev constEv(Object v, Type t) {
        return Exprs.constant(v, t);
    }

    FuncScope cur() {
        return cur;
    }

    Interp.Fn curFn() {
        return curFn;
    }

    /** Compiles a function literal's body; returns its shell. */
    Interp.Fn compileClosure(FuncLit fl) {
        FuncScope fs = fl.scope;
        Interp.Fn fn = fns.get(fs);
        if (fn == null) {
            fn = new Interp.Fn(fs.info(), fs.sig);
            fns.put(fs, fn);
            compileBody(fs, fn);
        }
        return fn;
    }

    St blockOf(Block b) {
        return body(b.list);
    }

    /** The scalar slot of e when it names an int local of the function being compiled, else -1. */
    /**
     * Whether int operator trees become JVM bytecode (Bytecode) instead of closure nodes (Fused):
     * yes unless the JVM runs with -Dgosim.closures=true (to compare the two, or to run without
     * defining classes).
     */
    boolean bytecode() {
        return BYTECODE;
    }

    private static final boolean BYTECODE = !Boolean.getBoolean("gosim.closures");

    int localIntSlot(Expr e) {
        if (e instanceof Ident id && id.obj instanceof Var v && !v.isGlobal() && v.owner == cur && scalar(v)
                && Interp.kindOfSlot(v.type) == Interp.K_INT) {
            return slot(v);
        }
        return -1;
    }

    boolean scalarVar(Var v) {
        return scalar(v);
    }

    int slotOf(Var v) {
        return slot(v);
    }

    /** The compiled code of a declared function, once {@link #declare} has seen its package. */
    Interp.Fn fn(FuncObj fo) {
        return funcFns.get(fo);
    }
}
