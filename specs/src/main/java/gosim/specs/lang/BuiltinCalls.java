package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.nio.charset.StandardCharsets;

/**
 * The predeclared functions at run time: models runtime/hashmap.go (makemap, mapdelete), chan.go
 * (makechan, via the host), malloc.go (newobject), panic.go (gopanic, gorecover) and print.go
 * (printint, printfloat, printstring, printpointer, printeface for print/println).
 */
final class BuiltinCalls {

    /**
     * delete(m, k) of a non-nil map: mapdelete returns when the map is empty (go1.7
     * hashmap.go:568-570), else it writes inside hashWriting (571-574).
     */
    private static void delete(Host host, Goroutine g, MapVal mp, MapT m, Object key, Pos pos, gosim.sim.GoVersion v) {
        if (mp.m.isEmpty()) {
            mp.key(key); // 1.19 hashes a key that might panic (map.go:708-711, issue 23734); go1.7 would not
            return;
        }
        host.mapWriteBegin(g, mp, Hashmap.DELETE_THROW_17);
        try {
            Hashmap.delete(host, g, mp, m, key, pos, v);
            mp.m.remove(mp.key(key));
        } finally {
            host.mapWriteEnd(g, mp);
        }
    }
    private BuiltinCalls() {
    }

    static Ev compile(Compiler c, Call call) {
        Interp in = c.in;
        Host host = c.host;
        Pos pos = call.pos;
        switch (call.builtin) {
            case "len", "cap": {
                Expr x = call.args.get(0);
                Ev xv = c.expr(x);
                Type u = x.type.underlying();
                boolean len = call.builtin.equals("len");
                if (Types.isString(u)) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            return ((String) xv.ev(f)).length();
                        }
                    };
                }
                if (u instanceof Slice) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            SliceVal s = (SliceVal) xv.ev(f);
                            return s == null ? 0 : len ? s.len : s.cap;
                        }
                    };
                }
                if (u instanceof MapT) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            MapVal m = (MapVal) xv.ev(f);
                            return m == null ? 0 : m.size();
                        }
                    };
                }
                if (u instanceof Chan) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            Object ch = xv.ev(f);
                            return ch == null ? 0 : len ? host.chanLen(ch) : host.chanCap(ch);
                        }
                    };
                }
                // array or pointer to array with a non-constant operand (evaluated for its effects)
                long n = u instanceof Array a ? a.len : ((Array) ((Pointer) u).elem.underlying()).len;
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        xv.ev(f);
                        return n;
                    }
                };
            }
            case "append":
                return Slices.append(c, call);
            case "complex":
                return Complex.make(c.expr(call.args.get(0)), c.expr(call.args.get(1)));
            case "real", "imag":
                return Complex.part(c.expr(call.args.get(0)), call.builtin.equals("imag"));
            case "copy":
                return Slices.copy(c, call);
            case "delete": {
                MapT m = (MapT) call.args.get(0).type.underlying();
                Ev mv = c.expr(call.args.get(0));
                Ev k = c.value(call.args.get(1), m.key);
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        MapVal mp = (MapVal) mv.ev(f);
                        Object key = k.ev(f);
                        if (mp != null) {
                            delete(host, f.g, mp, m, key, pos, in.version);
                        }
                        return null;
                    }
                };
            }
            case "close": {
                Ev ch = c.expr(call.args.get(0));
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        host.close(f.g, ch.ev(f));
                        return null;
                    }
                };
            }
            case "make": {
                Type t = call.type;
                boolean heap = c.escapes.heap(call);
                switch (t.underlying()) {
                    case Slice s:
                        return Slices.make(c, call, s);
                    case MapT m: {
                        Ev hint = call.args.size() > 1 ? c.expr(call.args.get(1)) : null;
                        boolean constHint = call.args.size() < 2 || call.args.get(1).cv != null;
                        return new Ev() {
                            @Override
                            Object ev(Frame f) {
                                long h = hint == null ? 0 : hint.evI(f);
                                if (h < 0) {
                                    throw in.runtimePanic(f, "makemap: size out of range");
                                }
                                MapVal mv = new MapVal(m.key);
                                Hashmap.makemap(host, f.g, mv, m, h, constHint, heap, pos, in.version);
                                return mv;
                            }
                        };
                    }
                    case Chan ch: {
                        Ev size = call.args.size() > 1 ? c.expr(call.args.get(1)) : null;
                        return new Ev() {
                            @Override
                            Object ev(Frame f) {
                                long n = size == null ? 0 : size.evI(f);
                                if (n < 0) {
                                    throw in.runtimePanic(f, "makechan: size out of range");
                                }
                                Object made = host.makeChan(f.g, ch, n);
                                makechanAllocs(host, f.g, made, ch, n, pos, in.version);
                                return made;
                            }
                        };
                    }
                    default:
                        throw new GoCompileError(pos, "unsupported: make of " + t);
                }
            }
            case "new": {
                boolean heap = c.escapes.heap(call);
                Type t = ((Pointer) call.type).elem;
                Object z = Compiler.zero(t);
                boolean agg = Compiler.isAgg(t);
                long size = t.size();
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object o = agg ? Values.copyAgg(z) : new Cell(z);
                        if (heap) {
                            host.onAlloc(f.g, o, size, t, pos);
                        }
                        return o;
                    }
                };
            }
            case "panic": {
                Ev v = c.value(call.args.get(0), Types.EMPTY_INTERFACE);
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        throw in.panic(f, v.ev(f));
                    }
                };
            }
            case "recover":
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        return Interp.recover(f);
                    }
                };
            case "print", "println": {
                boolean ln = call.builtin.equals("println");
                Ev[] args = new Ev[call.args.size()];
                Type[] types = new Type[args.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = c.expr(call.args.get(i));
                    types[i] = call.args.get(i).type;
                }
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object[] vs = new Object[args.length];
                        for (int i = 0; i < args.length; i++) {
                            vs[i] = args[i].ev(f);
                        }
                        print(host, f.g, vs, types, ln);
                        return null;
                    }
                };
            }
            default:
                throw new GoCompileError(pos, "unsupported: built-in " + call.builtin);
        }
    }

    /** Writes print/println output to stderr as the runtime's print functions format it. */
    static void print(Host host, Goroutine g, Object[] vs, Type[] types, boolean ln) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vs.length; i++) {
            if (ln && i > 0) {
                sb.append(' ');
            }
            sb.append(printValue(host, vs[i], types[i]));
        }
        if (ln) {
            sb.append('\n');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        host.write(g, 2, b, 0, b.length);
    }

    private static String printValue(Host host, Object v, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.kind.isInteger()) {
                return b.kind.isUnsigned() ? Long.toUnsignedString((Long) v) : v.toString();
            }
            if (b.kind.isFloat()) { // print converts a float32 to float64 (go1.7 runtime/print.go printfloat)
                return printFloat((Double) v);
            }
            if (b.kind.isComplex()) {
                return printComplex((Complex) v);
            }
            if (b.kind == Kind.BOOL) {
                return v.toString();
            }
            if (b.kind == Kind.STRING) {
                return (String) v;
            }
        }
        if (u instanceof Interface) {
            if (v == null) {
                return "(0x0,0x0)";
            }
            Iface i = (Iface) v;
            return "(0x" + Long.toHexString(host.addressOf(i.type())) + ",0x" + Long.toHexString(host.addressOf(i))
                    + ")";
        }
        if (u instanceof Slice) {
            SliceVal s = (SliceVal) v;
            return "[" + (s == null ? 0 : s.len) + "/" + (s == null ? 0 : s.cap) + "]0x"
                    + Long.toHexString(s == null ? 0 : host.addressOf(s.a));
        }
        return "0x" + Long.toHexString(v == null ? 0 : host.addressOf(v));
    }

    /** go1.7 runtime/print.go:154 printcomplex: print("(", real(c), imag(c), "i)"). */
    static String printComplex(Complex c) {
        return "(" + printFloat(c.re()) + printFloat(c.im()) + "i)";
    }

    /** runtime.printfloat: sign, one digit, '.', seven digits, 'e', sign, three exponent digits. */
    static String printFloat(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        final int n = 7;
        char[] buf = new char[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (char) (e / 100 + '0');
        buf[n + 5] = (char) (e / 10 % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }

    /** go/defer of a builtin: arguments are evaluated at the statement, the builtin runs later. */
    static Calls.Prepared prepare(Compiler c, Call call) {
        Interp in = c.in;
        Host host = c.host;
        String name = call.builtin;
        Ev[] args = new Ev[call.args.size()];
        Type[] types = new Type[args.length];
        for (int i = 0; i < args.length; i++) {
            Expr a = call.args.get(i);
            args[i] = name.equals("panic") ? c.value(a, Types.EMPTY_INTERFACE)
                    : name.equals("delete") && i == 1 ? c.value(a, ((MapT) call.args.get(0).type.underlying()).key)
                    : c.expr(a);
            types[i] = a.type;
        }
        if (!java.util.Set.of("close", "panic", "print", "println", "delete", "recover", "copy").contains(name)) {
            throw new GoCompileError(call.pos, "unsupported: " + name + " in go or defer");
        }
        // gc wraps a go/defer of print/println in a package function print·N (go1.7 walk.go:3988
        // walkprintfunc): the goroutine starts there, so it is a user goroutine for NumGoroutine
        FuncInfo info = name.startsWith("print")
                ? new FuncInfo(c.cur().pkg.path + ".print\u00b7" + (++c.printFuncs), call.pos.file(), call.pos.line(),
                        call.pos.line(), call.pos.base())
                : new FuncInfo("runtime." + name, "$GOROOT/src/runtime/builtin.go", 1, 1);
        return (f, g) -> {
            Object[] vs = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                vs[i] = args[i].ev(f);
            }
            Runnable action = () -> {
                switch (name) {
                    case "close" -> host.close(g, vs[0]);
                    case "panic" -> throw in.panic(g.top, vs[0]);
                    case "print", "println" -> print(host, g, vs, types, name.equals("println"));
                    case "copy" -> Slices.copyValues(vs[0], vs[1], Types.isString(types[1]),
                            Compiler.isAgg(((Slice) types[0].underlying()).elem)); // fixedbugs/issue8039.go
                    case "delete" -> {
                        if (vs[0] instanceof MapVal mp) {
                            delete(host, g, mp, (MapT) types[0].underlying(), vs[1], call.pos, in.version);
                        }
                    }
                    default -> {
                        // recover() called by the runtime, not by a deferred function: returns nil
                    }
                }
            };
            return new Calls.Bound() {
                @Override
                public FuncInfo start() {
                    return info;
                }

                @Override
                public void run(Frame caller) {
                    action.run();
                }

                @Override
                public Interp.Deferred asDeferred() {
                    return new Interp.Deferred() {
                        @Override
                        void run(Interp in2, Frame deferrer, Interp.GoPanic recoverable) {
                            if (name.equals("recover")) {
                                // defer recover(): gorecover gets the argp of the deferring function
                                // (panic.go gorecover), so it stops the panic only when that function
                                // is itself a deferred call of the active panic returning normally
                                Interp.recover(deferrer);
                            } else {
                                action.run();
                            }
                        }
                    };
                }
            };
        };
    }

    /** unsafe.Sizeof(hchan{}) rounded to maxAlign on amd64 (go1.7 chan.go:20-21, hchan at 25-43): 96 bytes. */
    static final long HCHAN_SIZE = 96;

    /**
     * makechan's allocations (go1.7 chan.go:71-88; the same in 1.19 chan.go:93-108): one block of
     * hchanSize plus the buffer when the element has no pointers or the channel is unbuffered, else
     * new(hchan) and a separate newarray(elem, size). The blocks live as long as the channel.
     */
    static void makechanAllocs(Host host, Goroutine g, Object c, Chan ch, long n, Pos pos, gosim.sim.GoVersion v) {
        long buf = n * ch.elem.size();
        if (!Types.hasPointers(ch.elem) || n == 0) {
            host.onAlloc(g, c, HCHAN_SIZE + buf, ch, pos);
        } else {
            // new(hchan) at go1.7 chan.go:86 / 1.19 chan.go:106; go1.7 newarray's the buffer (chan.go:87),
            // 1.19 mallocgc's it in makechan itself (chan.go:107), so no runtime frame stays.
            boolean modern = v.atLeast(19);
            host.onAlloc(g, c, HCHAN_SIZE, ch, pos, modern ? gosim.sim.internal.AllocPath.MAKECHAN_HCHAN_19
                    : gosim.sim.internal.AllocPath.MAKECHAN_HCHAN_17);
            host.onAlloc(g, c, buf, new Types.Slice(ch.elem), pos, modern ? null : gosim.sim.internal.AllocPath.MAKECHAN_BUF_17);
        }
    }
}
