package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Compiler.BEv;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.FEv;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Function and method calls, go and defer: models cmd/compile's walkcall/ascompatte (argument passing,
 * variadic packing, f(g()) spreading), method receivers (implicit & and *), interface method dispatch
 * through the itab (runtime/iface.go), and the argument evaluation that go/defer perform at the statement.
 */
final class Calls {
    private Calls() {
    }

    /** A resolved method implementation and the receiver value it gets. */
    record Target(Interp.Fn fn, Object recv) {
    }

    /** Interface method dispatch: finds name in the dynamic type's method set (itab lookup). */
    static Target dispatch(Iface v, String name) {
        Type t = v.type();
        if (t instanceof Pointer p && p.elem instanceof Named n) {
            Method m = n.methods.get(name);
            if (m.ptrRecv) {
                return new Target(m.fn, v.val());
            }
            Object pv = v.val();
            Object recv = pv instanceof Ptr ptr ? ptr.load() : Values.copyAgg(pv);
            return new Target(m.fn, recv);
        }
        Named n = (Named) t;
        Method m = n.methods.get(name);
        Object val = v.val();
        return new Target(m.fn, val instanceof StructVal || val instanceof ArrayVal ? Values.copyAgg(val) : val);
    }

    /** The receiver argument of a method selector x.M (with implicit & or *). */
    static Ev receiver(Compiler c, Selector s) {
        Selection sel = s.selection;
        Method m = sel.method();
        Interp in = c.in;
        if (m.ptrRecv) {
            if (sel.addr()) {
                Unary u = new Unary(s.x.pos, Tok.AND, s.x);
                u.type = new Pointer(s.x.type);
                return Locs.addressOf(c, u);
            }
            return c.expr(s.x);
        }
        if (sel.deref()) {
            Ev p = c.expr(s.x);
            boolean agg = Compiler.isAgg(((Pointer) s.x.type.underlying()).elem);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    Object ptr = p.ev(f);
                    if (ptr == null) {
                        throw in.nilDeref(f);
                    }
                    return agg ? Values.copyAgg(ptr) : ((Ptr) ptr).load();
                }
            };
        }
        return c.value(s.x, s.x.type);
    }

    // ---------------------------------------------------------------- arguments

    /** Evaluators for each parameter of sig (variadic extras packed into a slice), or null for f(g()). */
    static Ev[] args(Compiler c, Call call, Signature sig) {
        List<Type> params = sig.params;
        int np = params.size();
        if (call.args.size() == 1 && call.args.get(0).type instanceof Tuple) {
            return null;
        }
        Ev[] out = new Ev[np];
        int fixed = sig.variadic && !call.ellipsis ? np - 1 : np;
        for (int i = 0; i < fixed; i++) {
            out[i] = c.value(call.args.get(i), params.get(i));
        }
        if (sig.variadic && !call.ellipsis) {
            Type et = ((Slice) params.get(np - 1)).elem;
            int n = call.args.size() - fixed;
            if (n == 0) {
                out[np - 1] = Exprs.constNull();
            } else {
                Ev[] extra = new Ev[n];
                for (int i = 0; i < n; i++) {
                    extra[i] = c.value(call.args.get(fixed + i), et);
                }
                out[np - 1] = new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object[] a = new Object[n];
                        for (int i = 0; i < n; i++) {
                            a[i] = extra[i].ev(f);
                        }
                        return new SliceVal(a, 0, n, n);
                    }
                };
            }
        }
        return out;
    }

    /** Evaluates arguments into an array (for natives, go, defer and dynamic calls). */
    static Object[] evalArgs(Frame f, Ev recv, Ev[] args, Ev spread, Signature sig) {
        int off = recv == null ? 0 : 1;
        Object[] out;
        if (args == null) {
            Object[] vs = spread.evTuple(f);
            out = new Object[off + sig.params.size()];
            if (recv != null) {
                out[0] = recv.ev(f);
            }
            spreadInto(vs, out, off, sig);
            return out;
        }
        out = new Object[off + args.length];
        if (recv != null) {
            out[0] = recv.ev(f);
        }
        for (int i = 0; i < args.length; i++) {
            out[off + i] = args[i].ev(f);
        }
        return out;
    }

    /** Places the values of f(g()) into parameter positions (packing variadic extras). */
    private static void spreadInto(Object[] vs, Object[] out, int off, Signature sig) {
        int np = sig.params.size();
        int fixed = sig.variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++) {
            out[off + i] = vs[i];
        }
        if (sig.variadic) {
            int n = vs.length - fixed;
            Object[] a = new Object[n];
            System.arraycopy(vs, fixed, a, 0, n);
            out[off + np - 1] = n == 0 ? null : new SliceVal(a, 0, n, n);
        }
    }

    /** Converts f(g())'s values to the parameter types (interface boxing). */
    static Ev spreadEv(Compiler c, Call call, Signature sig) {
        Expr g = call.args.get(0);
        Ev inner = c.tupleExpr(g, ((Tuple) g.type).types.size());
        List<Type> src = ((Tuple) g.type).types;
        int np = sig.params.size();
        return new Ev() {
            @Override
            Object ev(Frame f) {
                throw new IllegalStateException("spread used as a value");
            }

            @Override
            Object[] evTuple(Frame f) {
                Object[] vs = inner.evTuple(f);
                for (int i = 0; i < vs.length; i++) {
                    Type pt = sig.variadic && i >= np - 1 ? ((Slice) sig.params.get(np - 1)).elem : sig.params.get(i);
                    vs[i] = TypeOps.convertForAssign(vs[i], src.get(i), pt);
                }
                return vs;
            }
        };
    }

    /** A frame for fn with boxed arguments stored in its parameter slots. */
    static Frame frameFor(Interp.Fn fn, Object[] caps, Goroutine g, Object[] args) {
        Frame cf = new Frame(fn, caps, g);
        for (int i = 0; i < args.length; i++) {
            int s = fn.paramSlot[i];
            if (fn.paramScalar[i]) {
                cf.l[s] = Interp.fromBoxed(args[i], fn.paramKind[i]);
            } else {
                cf.r[s] = args[i];
            }
        }
        return cf;
    }

    /** Calls fn (Go code or native) with boxed arguments; returns the results as an array. */
    static Object[] callBoxed(Interp in, Frame caller, Goroutine g, Interp.Fn fn, Object[] caps, Object[] args) {
        if (fn.nativeImpl != null) {
            Object r = fn.nativeImpl.call(g, args);
            int nres = fn.sig.results.size();
            if (nres == 0) {
                return new Object[0];
            }
            if (nres == 1) {
                return new Object[]{r};
            }
            return (Object[]) r;
        }
        Frame cf = frameFor(fn, caps, g, args);
        in.invoke(caller, cf);
        int nres = fn.resultSlot.length;
        Object[] out = new Object[nres];
        for (int i = 0; i < nres; i++) {
            out[i] = Interp.result(cf, i);
        }
        return out;
    }

    // ---------------------------------------------------------------- call expressions

    /**
     * What a call calls: a known function or method (fixed, with its receiver), an interface method
     * (receiver is the interface value), or a function value.
     */
    record Callee(Ev recv, Interp.Fn fixed, Ev value, String ifaceMethod) {
    }

    static Callee callee(Compiler c, Expr fun) {
        if (fun instanceof Selector s && s.selection.kind() == SelKind.METHOD) {
            Interp.Fn fn = s.selection.method().fn;
            if (fn == null) {
                throw new GoCompileError(s.pos, "unsupported: method " + s.selection.method().symbol);
            }
            return new Callee(receiver(c, s), fn, null, null);
        }
        if (fun instanceof Selector s && s.selection.kind() == SelKind.IFACE_METHOD) {
            return new Callee(c.expr(s.x), null, null, s.sel.name);
        }
        if (fun instanceof Ident id && id.obj instanceof FuncObj fo) {
            return new Callee(null, fo.fn, null, null);
        }
        if (fun instanceof Selector s && s.selection.kind() == SelKind.QUALIFIED
                && s.selection.qualified() instanceof FuncObj fo) {
            return new Callee(null, fo.fn, null, null);
        }
        return new Callee(null, null, c.expr(fun), null);
    }

    static Ev compile(Compiler c, Call call) {
        if (call.builtin != null) {
            return BuiltinCalls.compile(c, call);
        }
        if (call.conversion) {
            return Conversions.compile(c, call);
        }
        Expr fun = Exprs.unparen(call.fun);
        Signature sig = (Signature) fun.type.underlying();
        Callee ce = callee(c, fun);
        Ev recv = ce.recv();
        Interp.Fn fixed = ce.fixed();
        Ev fv = ce.value();
        String ifaceMethod = ce.ifaceMethod();
        Ev[] args = args(c, call, sig);
        Ev spread = args == null ? spreadEv(c, call, sig) : null;
        Interp in = c.in;
        int line = call.pos.line();
        Type rt = sig.results.size() == 1 ? sig.results.get(0) : null;
        if (fixed != null && fixed.nativeImpl == null && args != null) {
            return staticCall(in, fixed, recv, args, rt, line);
        }
        // general path: boxed arguments
        Interp.Fn fx = fixed;
        Ev fval = fv;
        Ev rcv = recv;
        String im = ifaceMethod;
        Ev general = new Ev() {
            @Override
            Object ev(Frame f) {
                Object[] r = evTuple(f);
                return r.length == 0 ? null : r[0];
            }

            @Override
            Object[] evTuple(Frame f) {
                Interp.Fn fn = fx;
                Object[] caps = null;
                Object[] a;
                if (im != null) {
                    Iface v = (Iface) rcv.ev(f);
                    if (v == null) {
                        throw in.nilDeref(f);
                    }
                    Target t = dispatch(v, im);
                    fn = t.fn();
                    a = evalArgs(f, null, args, spread, sig);
                    Object[] withRecv = new Object[a.length + 1];
                    withRecv[0] = t.recv();
                    System.arraycopy(a, 0, withRecv, 1, a.length);
                    a = withRecv;
                } else if (fn == null) {
                    FuncVal v = (FuncVal) fval.ev(f);
                    if (v == null) {
                        throw in.nilDeref(f);
                    }
                    fn = v.fn;
                    caps = v.caps;
                    a = evalArgs(f, null, args, spread, sig);
                    if (v.bound) {
                        Object[] withRecv = new Object[a.length + 1];
                        withRecv[0] = v.recv;
                        System.arraycopy(a, 0, withRecv, 1, a.length);
                        a = withRecv;
                    }
                } else {
                    a = evalArgs(f, rcv, args, spread, sig);
                }
                f.line = line;
                return callBoxed(in, f, f.g, fn, caps, a);
            }
        };
        return typed(general, rt);
    }

    /** Gives a boxed evaluator typed entry points matching t. */
    static Ev typed(Ev e, Type t) {
        if (t == null) {
            return e;
        }
        return switch (Interp.kindOfSlot(t)) {
            case Interp.K_INT -> new IEv() {
                @Override
                long evI(Frame f) {
                    return (Long) e.ev(f);
                }

                @Override
                Object[] evTuple(Frame f) {
                    return e.evTuple(f);
                }
            };
            case Interp.K_BOOL -> new BEv() {
                @Override
                boolean evB(Frame f) {
                    return (Boolean) e.ev(f);
                }

                @Override
                Object[] evTuple(Frame f) {
                    return e.evTuple(f);
                }
            };
            case Interp.K_FLOAT -> new FEv() {
                @Override
                double evF(Frame f) {
                    return (Double) e.ev(f);
                }

                @Override
                Object[] evTuple(Frame f) {
                    return e.evTuple(f);
                }
            };
            default -> e;
        };
    }

    /** A call of a known Go function: arguments go straight into the callee's slots. */
    private static Ev staticCall(Interp in, Interp.Fn fn, Ev recv, Ev[] args, Type rt, int line) {
        int off = recv == null ? 0 : 1;
        int n = args.length + off;
        Ev[] all = new Ev[n];
        if (recv != null) {
            all[0] = recv;
        }
        System.arraycopy(args, 0, all, off, args.length);
        class Call0 {
            Frame call(Frame f) {
                Frame cf = new Frame(fn, null, f.g);
                int[] slots = fn.paramSlot;
                boolean[] scalar = fn.paramScalar;
                byte[] kinds = fn.paramKind;
                for (int i = 0; i < n; i++) {
                    Ev a = all[i];
                    if (scalar[i]) {
                        switch (kinds[i]) {
                            case Interp.K_INT -> cf.l[slots[i]] = a.evI(f);
                            case Interp.K_BOOL -> cf.l[slots[i]] = a.evB(f) ? 1 : 0;
                            default -> cf.l[slots[i]] = Double.doubleToRawLongBits(a.evF(f));
                        }
                    } else {
                        cf.r[slots[i]] = a.ev(f);
                    }
                }
                f.line = line;
                in.invoke(f, cf);
                return cf;
            }
        }
        Call0 c0 = new Call0();
        int nres = fn.sig.results.size();
        if (rt != null && nres == 1 && fn.resultScalar[0] && Interp.kindOfSlot(rt) == Interp.K_INT) {
            int rs = fn.resultSlot[0];
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return c0.call(f).l[rs];
                }
            };
        }
        if (rt != null && nres == 1 && fn.resultScalar[0] && Interp.kindOfSlot(rt) == Interp.K_BOOL) {
            int rs = fn.resultSlot[0];
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    return c0.call(f).l[rs] != 0;
                }
            };
        }
        return typed(new Ev() {
            @Override
            Object ev(Frame f) {
                Frame cf = c0.call(f);
                return nres == 0 ? null : Interp.result(cf, 0);
            }

            @Override
            Object[] evTuple(Frame f) {
                Frame cf = c0.call(f);
                Object[] out = new Object[nres];
                for (int i = 0; i < nres; i++) {
                    out[i] = Interp.result(cf, i);
                }
                return out;
            }
        }, rt);
    }

    // ---------------------------------------------------------------- go and defer

    /** A call whose function and arguments are evaluated now and which runs later. */
    interface Prepared {
        Bound bind(Frame f, Goroutine g);
    }

    interface Bound {
        FuncInfo start();

        void run(Frame caller);

        Interp.Deferred asDeferred();
    }

    static Prepared prepare(Compiler c, Call call) {
        Interp in = c.in;
        if (call.builtin != null) {
            return BuiltinCalls.prepare(c, call);
        }
        if (call.conversion) {
            throw new GoCompileError(call.pos, "unsupported: conversion in go or defer");
        }
        Expr fun = Exprs.unparen(call.fun);
        Signature sig = (Signature) fun.type.underlying();
        Callee ce = callee(c, fun);
        Ev[] args = args(c, call, sig);
        Ev spread = args == null ? spreadEv(c, call, sig) : null;
        Interp.Fn fx = ce.fixed();
        Ev fval = ce.value();
        Ev rcv = ce.recv();
        String iname = ce.ifaceMethod();
        return (f, g) -> {
            Interp.Fn fn = fx;
            Object[] caps = null;
            Object[] a;
            if (iname != null) {
                Iface v = (Iface) rcv.ev(f);
                if (v == null) {
                    throw in.nilDeref(f);
                }
                Target t = dispatch(v, iname);
                fn = t.fn();
                Object[] rest = evalArgs(f, null, args, spread, sig);
                a = new Object[rest.length + 1];
                a[0] = t.recv();
                System.arraycopy(rest, 0, a, 1, rest.length);
            } else if (fn == null) {
                FuncVal v = (FuncVal) fval.ev(f);
                Object[] rest = evalArgs(f, null, args, spread, sig);
                if (v == null) {
                    // Go evaluates the nil function at the go/defer statement and panics when it runs
                    return nilFuncBound(in, g);
                }
                fn = v.fn;
                caps = v.caps;
                if (v.bound) {
                    a = new Object[rest.length + 1];
                    a[0] = v.recv;
                    System.arraycopy(rest, 0, a, 1, rest.length);
                } else {
                    a = rest;
                }
            } else {
                a = evalArgs(f, rcv, args, spread, sig);
            }
            return bind(in, fn, caps, g, a);
        };
    }

    private static Bound nilFuncBound(Interp in, Goroutine g) {
        return new Bound() {
            @Override
            public FuncInfo start() {
                return new FuncInfo("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1, 1);
            }

            @Override
            public void run(Frame caller) {
                throw in.nilDeref(caller);
            }

            @Override
            public Interp.Deferred asDeferred() {
                return new Interp.Deferred() {
                    @Override
                    void run(Interp in2, Frame deferrer, Interp.GoPanic recoverable) {
                        throw in.nilDeref(deferrer);
                    }
                };
            }
        };
    }

    static Bound bind(Interp in, Interp.Fn fn, Object[] caps, Goroutine g, Object[] a) {
        if (fn.nativeImpl != null) {
            return new Bound() {
                @Override
                public FuncInfo start() {
                    return fn.info;
                }

                @Override
                public void run(Frame caller) {
                    fn.nativeImpl.call(g, a);
                }

                @Override
                public Interp.Deferred asDeferred() {
                    return new Interp.Deferred() {
                        @Override
                        void run(Interp in2, Frame deferrer, Interp.GoPanic recoverable) {
                            fn.nativeImpl.call(g, a);
                        }

                        @Override
                        void forEachRoot(java.util.function.Consumer<Object> out) {
                            for (Object o : a) {
                                if (o != null) {
                                    out.accept(o);
                                }
                            }
                        }
                    };
                }
            };
        }
        Frame cf = frameFor(fn, caps, g, a);
        return new Bound() {
            @Override
            public FuncInfo start() {
                return fn.info;
            }

            @Override
            public void run(Frame caller) {
                in.invoke(caller, cf);
            }

            @Override
            public Interp.Deferred asDeferred() {
                return new Interp.DeferredFrame(cf);
            }
        };
    }
}
