package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Function bodies and statements: models go/types stmt.go (funcBody, stmt), labels.go (label
 * scopes, break/continue/goto targets) and return.go (terminating statements).
 */
abstract class CheckStmt extends CheckCall {
    CheckStmt(Map<String, Package> packages, Prelude prelude) {
        super(packages, prelude);
    }

    /** Checks a body; self is its dependency node (FuncObj or Method), null for a closure (its references count for the enclosing declaration). */
    void checkFuncBody(FuncScope fs, Block body, Object self) {
        if (body == null) {
            return;
        }
        FuncScope savedFn = fn;
        Scope savedScope = scope;
        Set<Object> savedDeps = deps;
        var savedLabels = labels;
        var savedUsed = usedLabels;
        List<Stmt> savedBreakables = new ArrayList<>(breakables);
        breakables.clear();
        labels = new HashMap<>();
        usedLabels = new HashSet<>();
        fn = fs;
        if (self != null) {
            deps = new LinkedHashSet<>();
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
            gotos(body);
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

    private boolean declSigsIndexed;

    FuncTypeExpr sigExprOf(FuncScope fs) {
        FuncTypeExpr ft = sigExprs.get(fs);
        if (ft != null) {
            return ft;
        }
        if (!declSigsIndexed) {
            // once per package, so that checking n functions stays linear
            declSigsIndexed = true;
            for (File f : pkg.files) {
                for (Decl d : f.decls()) {
                    if (d instanceof FuncDecl fd && fd.scope != null) {
                        sigExprs.putIfAbsent(fd.scope, fd.sig);
                    }
                }
            }
            ft = sigExprs.get(fs);
            if (ft != null) {
                return ft;
            }
        }
        for (File f : pkg.files) { // a scope made after the index: the slow way, once
            for (Decl d : f.decls()) {
                if (d instanceof FuncDecl fd && fd.scope == fs) {
                    sigExprs.put(fs, fd.sig);
                    return fd.sig;
                }
            }
        }
        throw new IllegalStateException("no signature for " + fs.symbol);
    }

    void declareParams(FuncTypeExpr ft, FuncScope fs) {
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

    /** Labels are function-scoped: collects those of every nested block (go/types labels.go blockBranches), not of closures. */
    void collectLabels(List<Stmt> list) {
        for (Stmt s : list) {
            collectLabels(s);
        }
    }

    private void collectLabels(Stmt s) {
        switch (s) {
            case null -> {
            }
            case LabeledStmt ls -> {
                if (labels.containsKey(ls.label.name)) {
                    error(ls.label.pos, "label " + ls.label.name + " already defined at " + labels.get(ls.label.name).label.pos);
                }
                labels.put(ls.label.name, ls);
                collectLabels(ls.stmt);
            }
            case Block b -> collectLabels(b.list);
            case IfStmt is -> {
                collectLabels(is.then);
                collectLabels(is.els);
            }
            case ForStmt fs -> collectLabels(fs.body);
            case RangeStmt rs -> collectLabels(rs.body);
            case SwitchStmt ss -> ss.clauses.forEach(c -> collectLabels(c.body));
            case TypeSwitchStmt ts -> ts.clauses.forEach(c -> collectLabels(c.body));
            case SelectStmt ss -> ss.clauses.forEach(c -> collectLabels(c.body));
            default -> {
            }
        }
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
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
                if (CheckGeneric.noCoreType(ct)) {
                    error(ss.chan.pos, "invalid operation: cannot send to " + describe(ss.chan) + ": no core type");
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

    void condition(Expr cond, String where) {
        Type t = expr(cond);
        if (t != Types.INVALID && !Types.isBoolean(t)) {
            error(cond.pos, "non-boolean condition in " + where);
        }
        convertUntyped(cond, Types.BOOL);
    }

    void callStmt(Call call, String what) {
        Type t = exprOrTuple(call, true);
        if (call.conversion) {
            error(call.pos, what + " requires function call, not conversion");
        } else if (call.builtin != null && !List.of("panic", "print", "println", "copy", "close", "delete", "recover")
                .contains(call.builtin)) {
            error(call.pos, what + " discards result of " + ExprString.of(call));
        }
    }

    void assignStmt(AssignStmt as) {
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
    Type lhsType(Expr l) {
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

    void checkAssignable(Expr l) {
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

    void shortVarDecl(AssignStmt as) {
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

    void returnStmt(ReturnStmt rs) {
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

    void branch(BranchStmt bs) {
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
            case GOTO -> {
                // resolved by gotos(), which needs the whole body
            }
            default -> unsupported(bs.pos, bs.tok.text);
        }
    }

    // ---------------------------------------------------------------- goto (cmd/compile/internal/syntax/branches.go)

    /** A block of the goto check: branches.go's block (parent, start). */
    private record GotoBlock(GotoBlock parent, Pos start) {
    }

    private Map<LabeledStmt, GotoBlock> labelBlocks;

    /** Resolves every goto of a body to its label, with gc's errors (branches.go checkBranches). */
    private void gotos(Block body) {
        labelBlocks = new HashMap<>();
        for (BranchStmt fwd : gotoBlock(null, body.pos, body.list)) {
            LabeledStmt ls = labels.get(fwd.label.name);
            if (ls != null) {
                usedLabels.add(ls.label.name);
                // branches.go:32
                error(fwd.label.pos, "goto " + ls.label.name + " jumps into block starting at " + labelBlocks.get(ls).start);
            } else {
                error(fwd.label.pos, "label " + fwd.label.name + " not defined"); // branches.go:34
            }
        }
        labelBlocks = null;
    }

    /** branches.go blockBranches, for gotos only: returns the forward gotos left unresolved in this block. */
    private List<BranchStmt> gotoBlock(GotoBlock parent, Pos start, List<Stmt> list) {
        GotoBlock b = new GotoBlock(parent, start);
        List<BranchStmt> fwd = new ArrayList<>();
        List<BranchStmt> bad = new ArrayList<>();
        Pos varPos = null;
        String varName = null;
        for (Stmt st : list) {
            Stmt s = st;
            while (s instanceof LabeledStmt ls) {
                labelBlocks.put(ls, b);
                for (var it = fwd.iterator(); it.hasNext();) {
                    BranchStmt g = it.next();
                    if (g.label.name.equals(ls.label.name)) {
                        g.target = ls;
                        ls.gotoTarget = true;
                        usedLabels.add(ls.label.name);
                        if (varPos != null && bad.contains(g)) { // branches.go:193
                            error(g.label.pos, "goto " + ls.label.name + " jumps over declaration of " + varName
                                    + " at " + varPos);
                        }
                        it.remove();
                    }
                }
                s = ls.stmt;
            }
            switch (s) {
                case DeclStmt ds when ds.decl.tok == Tok.VAR && !ds.decl.specs.isEmpty() -> {
                    ValueSpec vs = (ValueSpec) ds.decl.specs.get(0);
                    varPos = vs.names.get(0).pos;
                    varName = vs.names.get(0).name;
                    bad = new ArrayList<>(fwd);
                }
                case AssignStmt as when as.tok == Tok.DEFINE -> {
                    varPos = as.pos;
                    varName = as.lhs.stream().map(ExprString::of).collect(java.util.stream.Collectors.joining(", "));
                    bad = new ArrayList<>(fwd);
                }
                case BranchStmt bs when bs.tok == Tok.GOTO -> {
                    LabeledStmt ls = labels.get(bs.label.name);
                    GotoBlock lb = ls == null ? null : labelBlocks.get(ls);
                    if (ls != null) {
                        usedLabels.add(ls.label.name);
                    }
                    boolean found = false;
                    for (GotoBlock x = b; x != null && lb != null; x = x.parent) {
                        found |= x == lb;
                    }
                    if (found) {
                        bs.target = ls;
                        ls.gotoTarget = true;
                    } else {
                        fwd.add(bs);
                    }
                }
                case Block bl -> fwd.addAll(gotoBlock(b, bl.pos, bl.list));
                case IfStmt is -> {
                    fwd.addAll(gotoBlock(b, is.then.pos, is.then.list));
                    if (is.els != null) {
                        fwd.addAll(gotoBlock(b, is.els.pos, List.of(is.els)));
                    }
                }
                case ForStmt fs -> fwd.addAll(gotoBlock(b, fs.body.pos, fs.body.list));
                case RangeStmt rs -> fwd.addAll(gotoBlock(b, rs.body.pos, rs.body.list));
                case SwitchStmt ss -> ss.clauses.forEach(c -> fwd.addAll(gotoBlock(b, c.pos, c.body)));
                case TypeSwitchStmt ts -> ts.clauses.forEach(c -> fwd.addAll(gotoBlock(b, c.pos, c.body)));
                case SelectStmt ss -> ss.clauses.forEach(c -> fwd.addAll(gotoBlock(b, c.pos, c.body)));
                default -> {
                }
            }
        }
        return fwd;
    }

    final Set<BranchStmt> fallthroughOk = new HashSet<>();

    void switchStmt(SwitchStmt ss) {
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
                for (int k = 0; k < cc.list.size(); k++) {
                    Expr e = cc.list.get(k);
                    Type t = expr(e);
                    if (t == Types.INVALID || tag == Types.INVALID) {
                        continue;
                    }
                    if (ss.tag == null && Types.isInterface(t) && assignable(Types.BOOL, t)) {
                        // the implicit tag is true, compared with an interface case as e == true (spec:
                        // Expression switches; test/switch.go, issue 3980): the case becomes that comparison
                        Binary eq = new Binary(e.pos, Tok.EQL, e, new Ident(e.pos, "true"), e.pos);
                        cc.list.set(k, eq);
                        eq.x.type = t;
                        checkedArg = e;
                        expr(eq);
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
            stmts(cc.body);
            closeScope();
        }
        breakables.remove(breakables.size() - 1);
        closeScope();
    }

    void typeSwitch(TypeSwitchStmt ts) {
        openScope();
        if (ts.init != null) {
            stmt(ts.init);
        }
        Type xt = expr(ts.x);
        if (xt instanceof Named n && n.bound != null) {
            // go/types stmt.go (Go 1.19), TypeSwitchStmt: isTypeParam(x.typ)
            error(ts.x.pos, "cannot use type switch on type parameter value " + ExprString.of(ts.x) + " ("
                    + describeKind(ts.x) + ")");
            xt = Types.INVALID;
        }
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
                    if (t != Types.INVALID && xt != Types.INVALID && !Types.isInterface(t) && !generic.mentionsTypeParam(e)) {
                        // (a case naming a type parameter is an interface in the generic body, go/types checks it there)
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

    void selectStmt(SelectStmt ss) {
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

    void rangeStmt(RangeStmt rs) {
        openScope();
        Type xt = expr(rs.x);
        Type kt = Types.INVALID;
        Type vt = null;
        if (xt != Types.INVALID && CheckGeneric.noCoreType(xt)) {
            error(rs.x.pos, "cannot range over " + describe(rs.x) + " (" + xt + " has no core type)");
            xt = Types.INVALID;
        }
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

    boolean terminates(Stmt s) {
        return switch (s) {
            case ReturnStmt r -> true;
            case BranchStmt b -> b.tok == Tok.GOTO;
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

    boolean clauseTerminates(List<Stmt> body, Stmt owner) {
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
    boolean hasBreak(Stmt s, Stmt owner, boolean top) {
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
}
