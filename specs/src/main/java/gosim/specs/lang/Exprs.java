package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Compiler.BEv;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.FEv;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Compilation of expressions other than calls: models cmd/compile's walkexpr for selectors, index and
 * slice expressions, composite literals, closures, dereferences, receives and type assertions, with the
 * run-time checks Go performs (bounds, nil pointers, nil maps).
 */
final class Exprs {
    private Exprs() {
    }

    static Ev constant(Object v, Type t) {
        byte k = Interp.kindOfSlot(t);
        if (k == Interp.K_INT && v instanceof BigInteger bi) {
            return new IConst(bi.longValue());
        }
        if (k == Interp.K_BOOL && v instanceof Boolean b) {
            return new BConst(b);
        }
        if (k == Interp.K_FLOAT && Constants.isNumber(v)) {
            double x = Constants.toDouble(v);
            return new FEv() {
                @Override
                double evF(Frame f) {
                    return x;
                }
            };
        }
        Object c = Types.isComplex(t) ? Complex.of(v, Types.kindOf(t))
                : v instanceof BigInteger bi ? (Object) bi.longValue() : v instanceof Constants.Rat r ? (Object) r.toDouble()
                : v instanceof Constants.Huge ? (Object) Constants.toDouble(v) : v;
        if (Types.isInterface(t) && c != null) {
            // an untyped constant stored as interface{} takes its default type
            throw new IllegalStateException("constant of interface type must be converted first");
        }
        return new Ev() {
            @Override
            Object ev(Frame f) {
                return c;
            }
        };
    }

    /** An integer constant. */
    static final class IConst extends IEv {
        final long x;

        IConst(long x) {
            this.x = x;
        }

        @Override
        long evI(Frame f) {
            return x;
        }
    }

    /** A bool constant. */
    static final class BConst extends BEv {
        final boolean x;

        BConst(boolean x) {
            this.x = x;
        }

        @Override
        boolean evB(Frame f) {
            return x;
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x;
        }
        return e;
    }

    /** Whether evaluating e yields a fresh aggregate (no copy needed when storing it). */
    static boolean fresh(Expr e) {
        e = unparen(e);
        return e instanceof CompositeLit || e instanceof Call c && !(c.conversion && !fresh(c.args.get(0)))
                || e.cv != null;
    }

    /** An interface compared with a value of a non-interface type (not nil). */
    private static boolean mixedInterface(Type x, Type y) {
        return Types.isInterface(x) != Types.isInterface(y) && x != Types.UNTYPED_NIL && y != Types.UNTYPED_NIL;
    }

    static Ev value(Compiler c, Expr e, Type target) {
        Type src = e.type;
        if (target != null && Types.isInterface(target) && !Types.isInterface(src)) {
            if (src == Types.UNTYPED_NIL) {
                return constNull();
            }
            Ev inner = compile(c, e);
            Type dyn = Types.defaultType(src);
            boolean agg = Compiler.isAgg(dyn) && !fresh(e);
            boolean modern = c.in.version.atLeast(11);
            if (c.escapes.convHeap(e) && !(modern && TypeOps.boxedAtCompileTime(e, dyn))) {
                // go1.7's convT2E/convT2I newobject the box; 1.19's convT* mallocgc it unless the value is small
                Host host = c.host;
                long size = dyn.size();
                Pos pos = e.pos;
                gosim.sim.internal.AllocPath path = TypeOps.boxPath(target, c.in.version);
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object v = inner.ev(f);
                        Iface i = new Iface(dyn, agg ? Values.copyAgg(v) : v);
                        if (!modern || TypeOps.convTAllocates(v, dyn)) {
                            host.onAlloc(f.g, i, size, dyn, pos, path);
                        }
                        return i;
                    }
                };
            }
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    Object v = inner.ev(f);
                    return new Iface(dyn, agg ? Values.copyAgg(v) : v);
                }
            };
        }
        Ev inner = compile(c, e);
        if (Compiler.isAgg(src) && !fresh(e)) {
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return Values.copyAgg(inner.ev(f));
                }
            };
        }
        return inner;
    }

    static Ev constNull() {
        return new Ev() {
            @Override
            Object ev(Frame f) {
                return null;
            }
        };
    }

    /**
     * One result of a multi-value call spread over a built-in's arguments (complex(f())), which Go
     * evaluates left to right: the first evaluates the call into a reference slot of the frame, the
     * last clears it again (so the GC does not see the results as live longer than Go would).
     */
    private static Ev tupleElem(Compiler c, TupleElem te) {
        int count = ((Tuple) te.call.type).types.size();
        int i = te.index;
        boolean last = i == count - 1;
        if (te.first == null) {
            te.slot = c.refTemp();
            int s = te.slot;
            Ev call = c.tupleExpr(te.call, count);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    Object[] vs = call.evTuple(f);
                    f.r[s] = vs;
                    return vs[0];
                }
            };
        }
        int s = te.first.slot;
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Object v = ((Object[]) f.r[s])[i];
                if (last) {
                    f.r[s] = null;
                }
                return v;
            }
        };
    }

    static Ev compile(Compiler c, Expr e) {
        if (e.cv != null) {
            return constant(e.cv, e.type);
        }
        switch (e) {
            case Paren p:
                return compile(c, p.x);
            case TupleElem te:
                return tupleElem(c, te);
            case Ident id:
                return ident(c, id);
            case FuncLit fl:
                return funcLit(c, fl);
            case CompositeLit cl:
                return Literals.compile(c, cl);
            case Selector s:
                return s.methodExpr != null ? funcLit(c, s.methodExpr) : selector(c, s);
            case Index ix when ix.inst != null:
                return compile(c, ix.inst);
            case IndexList il when il.inst != null:
                return compile(c, il.inst);
            case Index ix:
                return index(c, ix);
            case SliceExpr se:
                return Slices.slice(c, se);
            case TypeAssert ta:
                return typeAssert(c, ta, false);
            case Call call:
                return Calls.compile(c, call);
            case Star s:
                return deref(c, s);
            case Unary u:
                return unary(c, u);
            case Binary b when (b.op == Tok.EQL || b.op == Tok.NEQ) && mixedInterface(b.x.type, b.y.type): {
                // spec (Comparison operators): the non-interface operand is converted to the interface type
                Type it = Types.isInterface(b.x.type) ? b.x.type : b.y.type;
                return Ops.binary(c, b.op, value(c, b.x, it), value(c, b.y, it), it, it, b.pos, c.escapes.heap(b));
            }
            case Binary b when Concat.isAddString(b): {
                List<Expr> ops = Concat.operands(b);
                List<Ev> vals = new ArrayList<>(ops.size());
                ops.forEach(o -> vals.add(compile(c, o)));
                return Concat.compile(c, vals, Concat.literalBytes(ops), b.pos, c.escapes.heap(b));
            }
            case Binary b: {
                Ev fused = Fused.binary(c, b);
                return fused != null ? fused
                        : Ops.binary(c, b.op, compile(c, b.x), compile(c, b.y), b.x.type, b.y.type, b.pos, c.escapes.heap(b));
            }
            default:
                throw new GoCompileError(e.pos, "unsupported: expression " + ExprString.of(e));
        }
    }

    private static Ev ident(Compiler c, Ident id) {
        Obj o = id.obj;
        if (o instanceof Var v) {
            return c.varEv(v);
        }
        if (o instanceof FuncObj fo) {
            return funcConst(c, fo);
        }
        if (o instanceof NilObj) {
            return constNull();
        }
        throw new GoCompileError(id.pos, "unsupported: use of " + id.name);
    }

    static Ev funcConst(Compiler c, FuncObj fo) {
        Interp.Fn fn = c.fn(fo);
        return new Ev() {
            FuncVal cached;

            @Override
            Object ev(Frame f) {
                if (cached == null) {
                    cached = new FuncVal(fn, null);
                }
                return cached;
            }
        };
    }

    private static Ev funcLit(Compiler c, FuncLit fl) {
        Interp.Fn fn = c.compileClosure(fl);
        FuncScope fs = fl.scope;
        int n = fs.captures.size();
        if (n == 0) {
            FuncVal fv = new FuncVal(fn, null);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    return fv;
                }
            };
        }
        Ev[] cells = new Ev[n];
        int i = 0;
        for (Var v : fs.captures) {
            cells[i++] = c.cellOf(v);
        }
        long size = closureSize(c.escapes, fs.captures);
        Pos pos = fl.pos;
        Host host = c.host;
        Type t = fl.type;
        boolean heap = c.escapes.heap(fl);
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Object[] caps = new Object[n];
                for (int k = 0; k < n; k++) {
                    caps[k] = cells[k].ev(f);
                }
                FuncVal fv = new FuncVal(fn, caps);
                if (heap) {
                    host.onAlloc(f.g, fv, size, t, pos);
                }
                return fv;
            }
        };
    }

    /**
     * The closure object walkclosure builds (go1.7 closure.go:481-494): struct { F uintptr; one field
     * per captured variable in capture order }, a by-value variable as itself, a by-reference one as
     * a pointer, laid out with Go's field alignment and rounded to the struct's alignment.
     */
    static long closureSize(Escape.Result escapes, Iterable<Var> captures) {
        long off = 8;
        long align = 8;
        for (Var v : captures) {
            long sz = escapes.byval(v) ? v.type.size() : 8;
            long al = escapes.byval(v) ? Math.max(1, v.type.align()) : 8;
            off = (off + al - 1) / al * al + sz;
            align = Math.max(align, al);
        }
        return (off + align - 1) / align * align;
    }

    private static Ev selector(Compiler c, Selector s) {
        Selection sel = s.selection;
        switch (sel.kind()) {
            case METHOD_EXPR: {
                Interp.Fn fn = c.in.methodFn(sel.method());
                return new Ev() {
                    FuncVal cached;

                    @Override
                    Object ev(Frame f) {
                        if (cached == null) {
                            cached = new FuncVal(fn, null); // the method itself: receiver first
                        }
                        return cached;
                    }
                };
            }
            case QUALIFIED: {
                Obj o = sel.qualified();
                if (o instanceof Var v) {
                    return c.varEv(v);
                }
                if (o instanceof FuncObj fo) {
                    return funcConst(c, fo);
                }
                throw new GoCompileError(s.pos, "unsupported: " + ExprString.of(s));
            }
            case FIELD: {
                Ev x = compile(c, s.x);
                int idx = sel.field();
                Interp in = c.in;
                boolean deref = sel.deref();
                if (Interp.kindOfSlot(s.type) == Interp.K_INT) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            StructVal sv = (StructVal) x.ev(f);
                            if (sv == null) {
                                throw in.nilDeref(f);
                            }
                            return (Long) sv.f[idx];
                        }
                    };
                }
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        StructVal sv = (StructVal) x.ev(f);
                        if (sv == null) {
                            throw in.nilDeref(f);
                        }
                        return sv.f[idx];
                    }
                };
            }
            case METHOD: {
                Ev recv = Calls.receiver(c, s);
                Interp.Fn fn = c.in.methodFn(sel.method());
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object r = recv.ev(f);
                        return new FuncVal(fn, null, r, true);
                    }
                };
            }
            case IFACE_METHOD: {
                Ev x = compile(c, s.x);
                String name = s.sel.name;
                Interp in = c.in;
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Iface v = (Iface) x.ev(f);
                        if (v == null) {
                            throw in.nilDeref(f);
                        }
                        Calls.Target t = Calls.dispatch(in, f, v, name);
                        return new FuncVal(t.fn(), null, t.recv(), true);
                    }
                };
            }
            default:
                throw new IllegalStateException();
        }
    }

    private static Ev index(Compiler c, Index ix) {
        Type xt = ix.x.type.underlying();
        Interp in = c.in;
        if (xt instanceof MapT m) {
            Ev mv = compile(c, ix.x);
            Ev k = value(c, ix.index, m.key);
            Object z = Compiler.zero(m.value);
            boolean agg = Compiler.isAgg(m.value);
            Hashmap.ThrowSite site = Hashmap.readThrow17(m, false);
            Host host = c.host;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    MapVal mp = (MapVal) mv.ev(f);
                    Object key = k.ev(f);
                    if (mp != null && mp.hashWriting != null) {
                        mp.checkRead(host, f.g, site);
                    }
                    Object v = mp == null ? null : mp.get(key);
                    if (v == null) {
                        return agg ? Values.copyAgg(z) : z;
                    }
                    return v;
                }
            };
        }
        Ev x = compile(c, ix.x);
        Ev i = compile(c, ix.index);
        int lb = Interp.lbrackLine(ix.lbrack);
        if (Types.isString(xt)) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    String s = (String) x.ev(f);
                    long k = i.evI(f);
                    if (k < 0 || k >= s.length()) {
                        throw in.indexOutOfRange(f, lb, k, s.length(), ix.index);
                    }
                    return s.charAt((int) k);
                }
            };
        }
        boolean isSlice = xt instanceof Slice;
        boolean intElem = Interp.kindOfSlot(ix.type) == Interp.K_INT;
        if (isSlice) {
            if (intElem) {
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        SliceVal s = (SliceVal) x.ev(f);
                        long k = i.evI(f);
                        int len = s == null ? 0 : s.len;
                        if (k < 0 || k >= len) {
                            throw in.indexOutOfRange(f, lb, k, len, ix.index);
                        }
                        return (Long) s.a[s.off + (int) k];
                    }
                };
            }
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal s = (SliceVal) x.ev(f);
                    long k = i.evI(f);
                    int len = s == null ? 0 : s.len;
                    if (k < 0 || k >= len) {
                        throw in.indexOutOfRange(f, lb, k, len, ix.index);
                    }
                    return s.a[s.off + (int) k];
                }
            };
        }
        // array or pointer to array
        return new Ev() {
            @Override
            Object ev(Frame f) {
                ArrayVal a = (ArrayVal) x.ev(f);
                if (a == null) {
                    throw in.nilDeref(f);
                }
                long k = i.evI(f);
                if (k < 0 || k >= a.a.length) {
                    throw in.indexOutOfRange(f, lb, k, a.a.length, ix.index);
                }
                return a.a[(int) k];
            }
        };
    }

    /** x.(T); in a comma-ok context (tuple) returns {value, ok}. */
    static Ev typeAssert(Compiler c, TypeAssert ta, boolean commaOk) {
        Ev x = compile(c, ta.x);
        Type t = ta.type;
        boolean toIface = Types.isInterface(t);
        Type xt = ta.x.type;
        Interp in = c.in;
        Object z = Compiler.zero(t);
        boolean agg = Compiler.isAgg(t);
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Iface v = (Iface) x.ev(f);
                if (v != null && TypeOps.matches(v, t)) {
                    return toIface ? v : agg ? Values.copyAgg(v.val()) : v.val();
                }
                throw in.panic(f, assertionError(v, xt, t, in.version.atLeast(19)));
            }

            @Override
            Object[] evTuple(Frame f) {
                Iface v = (Iface) x.ev(f);
                if (v != null && TypeOps.matches(v, t)) {
                    return new Object[]{toIface ? v : agg ? Values.copyAgg(v.val()) : v.val(), true};
                }
                return new Object[]{agg ? Values.copyAgg(z) : z, false};
            }
        };
    }

    /** The runtime.TypeAssertionError of a failed x.(T) (its Error() text). */
    static Iface assertionError(Iface v, Type xt, Type t, boolean clearer) {
        String iface = xt.toString();
        String msg;
        if (v == null) {
            msg = "interface conversion: " + (Types.isInterface(t) ? "interface" : iface) + " is nil, not " + t;
            if (!Types.isInterface(t)) {
                msg = "interface conversion: " + iface + " is nil, not " + t;
            }
        } else if (Types.isInterface(t)) {
            String miss = Types.missingMethod(v.type(), (Interface) t.underlying());
            msg = "interface conversion: " + v.type() + " is not " + t + ": missing method " + miss;
        } else {
            msg = "interface conversion: " + iface + " is " + v.type() + ", not " + t;
            String cs = v.type().toString();
            if (clearer && cs.equals(t.toString())) {
                // 1.19 runtime/error.go:43-48 TypeAssertionError.Error ("provide slightly clearer error
                // message"); go1.7 error.go:37 has none (fixedbugs/issue26094.go)
                boolean samePkg = pkgpath(v.type()).equals(pkgpath(t));
                msg += samePkg ? " (types from different scopes)" : " (types from different packages)";
            }
        }
        return new Iface(TYPE_ASSERTION_PTR, new Values.Cell(msg));
    }

    /** 1.19 runtime/type.go (*_type).pkgpath, for named types (others have none here). */
    private static String pkgpath(Type t) {
        return t instanceof Named n ? n.pkg : "";
    }

    /**
     * runtime.TypeAssertionError (a runtime.Error whose text needs no "runtime error: " prefix): a
     * failed assertion panics with a *TypeAssertionError (go1.7 iface.go panicdottype, 1.19
     * iface.go:240-258), as %T shows; the cell it points to holds the message.
     */
    static final Named TYPE_ASSERTION_ERROR = new Named("runtime", "TypeAssertionError", Types.STRING);
    static final Types.Pointer TYPE_ASSERTION_PTR = new Types.Pointer(TYPE_ASSERTION_ERROR);

    static {
        Interp.nativeMethod(TYPE_ASSERTION_ERROR, "Error", true, Types.STRING, "runtime.(*TypeAssertionError).Error",
                (g, args) -> ((Values.Cell) args[0]).v);
        Interp.nativeMethod(TYPE_ASSERTION_ERROR, "RuntimeError", true, null,
                "runtime.(*TypeAssertionError).RuntimeError", (g, args) -> null);
    }

    private static Ev deref(Compiler c, Star s) {
        Ev x = compile(c, s.x);
        Interp in = c.in;
        if (Compiler.isAgg(s.type)) {
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    Object p = x.ev(f);
                    if (p == null) {
                        throw in.nilDeref(f);
                    }
                    return p;
                }
            };
        }
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Ptr p = (Ptr) x.ev(f);
                if (p == null) {
                    throw in.nilDeref(f);
                }
                return p.load();
            }
        };
    }

    private static Ev unary(Compiler c, Unary u) {
        switch (u.op) {
            case AND:
                return Locs.addressOf(c, u);
            case ARROW: {
                Ev ch = compile(c, u.x);
                Host host = c.host;
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        return host.recv(f.g, ch.ev(f), false);
                    }

                    // the unboxing spelled out (not Ev's evI around ev): one Java frame fewer on
                    // the frozen stack of a goroutine parked in the receive
                    @Override
                    long evI(Frame f) {
                        return (Long) host.recv(f.g, ch.ev(f), false);
                    }

                    @Override
                    boolean evB(Frame f) {
                        return (Boolean) host.recv(f.g, ch.ev(f), false);
                    }

                    @Override
                    Object[] evTuple(Frame f) {
                        Object v = host.recv(f.g, ch.ev(f), true);
                        return new Object[]{v, f.g.recvOk};
                    }
                };
            }
            default:
                return Ops.unary(c, u.op, compile(c, u.x), u.x.type);
        }
    }

    /** An expression in a context that takes n values: a call, or a comma-ok form. */
    static Ev tuple(Compiler c, Expr e, int n) {
        e = unparen(e);
        if (e instanceof TypeAssert ta) {
            return typeAssert(c, ta, true);
        }
        if (e instanceof Index ix && ix.x.type.underlying() instanceof MapT m) {
            Ev mv = compile(c, ix.x);
            Ev k = value(c, ix.index, m.key);
            Object z = Compiler.zero(m.value);
            boolean agg = Compiler.isAgg(m.value);
            Hashmap.ThrowSite site = Hashmap.readThrow17(m, true);
            Host host = c.host;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    throw new IllegalStateException("comma-ok map index used as a single value");
                }

                @Override
                Object[] evTuple(Frame f) {
                    MapVal mp = (MapVal) mv.ev(f);
                    if (mp != null && mp.hashWriting != null) {
                        mp.checkRead(host, f.g, site);
                    }
                    Object key = mp == null ? null : mp.key(k.ev(f));
                    if (mp == null || !mp.m.containsKey(key)) {
                        return new Object[]{agg ? Values.copyAgg(z) : z, false};
                    }
                    Object v = mp.m.get(key);
                    return new Object[]{agg ? Values.copyAgg(v) : v, true};
                }
            };
        }
        return compile(c, e);
    }
}
