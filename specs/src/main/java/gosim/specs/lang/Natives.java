package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.nio.charset.StandardCharsets;

/**
 * The body-less functions of the standard stubs that the interpreter implements itself: fmt's print
 * family (fmt/print.go: Fprintf, Fprintln, Fprint and their Stdout/String variants), os (File.Write,
 * Exit, Args), strings (Repeat, Contains, Join, ...) and strconv.Itoa. Output goes to the host.
 */
final class Natives {
    private final Interp in;
    private final Host host;

    private final OsNatives os;
    private final ReflectNatives reflect;

    Natives(Interp in) {
        this.in = in;
        this.host = in.host;
        this.os = new OsNatives(in);
        this.reflect = new ReflectNatives(in);
        PoolModel.AllPools pools = new PoolModel.AllPools();
        this.printers = new Printers(in, pools);
        this.scanners = new Scanners(in, pools);
    }

    /** The implementation of symbol, or null if the interpreter does not implement it. */
    Host.Native resolve(String symbol, Signature sig) {
        return switch (symbol) {
            case "fmt.Println" -> print(symbol, (g, f, a) -> write(g, 1, f.sprintln(args(a[0]))));
            case "fmt.Print" -> print(symbol, (g, f, a) -> write(g, 1, f.sprint(args(a[0]))));
            case "fmt.Printf" -> print(symbol, (g, f, a) -> write(g, 1, f.sprintf((String) a[0], args(a[1]))));
            case "fmt.Sprintln" -> sprint(symbol, (f, a) -> f.sprintln(args(a[0])));
            case "fmt.Sprint" -> sprint(symbol, (f, a) -> f.sprint(args(a[0])));
            case "fmt.Sprintf" -> sprint(symbol, (f, a) -> f.sprintf((String) a[0], args(a[1])));
            case "fmt.Fprintln" -> print(symbol, (g, f, a) -> writeTo(g, a[0], f.sprintln(args(a[1]))));
            case "fmt.Fprint" -> print(symbol, (g, f, a) -> writeTo(g, a[0], f.sprint(args(a[1]))));
            case "fmt.Fprintf" -> print(symbol, (g, f, a) -> writeTo(g, a[0], f.sprintf((String) a[1], args(a[2]))));
            case "fmt.errorf" -> {
                Printers.Entry e = Printers.entry("errorf", in.version.atLeast(19));
                yield (g, a) -> printing(g, e, f -> new Object[]{
                    printers.result(g, e, f.errorf((String) a[0], args(a[1]))), f.wrappedErr()});
            }
            case "fmt.appendText" -> {
                Printers.Entry[] es = {Printers.entry("Append", true), Printers.entry("Appendln", true), Printers.entry("Appendf", true)};
                yield (g, a) -> {
                    int mode = (int) (long) (Long) a[2];
                    return printing(g, es[mode], f -> switch (mode) {
                        case 0 -> f.sprint(args(a[1]));
                        case 1 -> f.sprintln(args(a[1]));
                        default -> f.sprintf((String) a[0], args(a[1]));
                    });
                };
            }
            case "fmt.ssGet" -> {
                Type ss = ((Pointer) sig.results.get(0)).elem;
                yield (g, a) -> scanners.get(g, ss);
            }
            case "fmt.ssPut" -> (g, a) -> {
                scanners.put(g, a[0]);
                return null;
            };
            case "fmt.writeRune" -> (g, a) -> scanners.writeRune(g, (SliceVal) a[0], (Long) a[1]);
            case "fmt.scanTarget" -> (g, a) -> scanTarget((Iface) a[0]);
            case "fmt.scanStore" -> (g, a) -> {
                scanStore((Iface) a[0], ((Iface) a[1]).val());
                return null;
            };
            case "os.Exit" -> (g, a) -> {
                host.exit(g, (int) (long) (Long) a[0]);
                throw new gosim.sim.ProcessExit((int) (long) (Long) a[0]);
            };
            case "os.runtime_args" -> (g, a) -> {
                java.util.List<String> args = host.args();
                Object[] arr = new Object[args.size()];
                for (int i = 0; i < arr.length; i++) {
                    arr[i] = Lexer.utf8(args.get(i));
                }
                return new SliceVal(arr, 0, arr.length, arr.length);
            };
            case "errors.checkTarget" -> (g, a) -> {
                String msg = asTargetProblem((Iface) a[0]);
                if (msg != null) {
                    throw in.panic(g.top, new Iface(Types.STRING, msg));
                }
                return null;
            };
            case "errors.asTarget" -> (g, a) -> asTarget((Iface) a[0], (Iface) a[1]);
            case "flag.textStore" -> (g, a) -> textStore((Iface) a[0], (Iface) a[1]);
            // bits_errors.go links runtime's overflowError and divideError: runtime.Error values
            case "math/bits.runtimeError" -> (g, a) -> Interp.runtimeError((String) a[0]);
            case "math/rand.rngCooked" -> (g, a) -> StdNatives.rngCooked();
            // go1.7 tempfile.go seeds its suffixes from the clock and pid: here from the run's source
            case "io/ioutil.reseed" -> (g, a) -> (long) host.fastrand(Integer.MAX_VALUE);
            case "sort.sliceLen" -> (g, a) -> (long) slice(g, a[0]).len;
            case "sort.sliceSwap" -> (g, a) -> {
                SliceVal sl = slice(g, a[0]);
                int i = (int) (long) (Long) a[1];
                int j = (int) (long) (Long) a[2];
                if (i < 0 || j < 0 || i >= sl.len || j >= sl.len) {
                    throw in.panic(g.top, new Iface(Types.STRING, "reflect: slice index out of range"));
                }
                swapElems(sl.a, sl.off + i, sl.off + j);
                return null;
            };
            case "strconv.formatFloat" -> (g, a) -> alloc(g, StdNatives.formatFloat((Double) a[0],
                    (char) (long) (Long) a[1], (int) (long) (Long) a[2], (int) (long) (Long) a[3], (Boolean) a[4]));
            case "strconv.parseFloat" -> (g, a) -> StdNatives.parseFloat((String) a[0], (int) (long) (Long) a[1]);
            default -> symbol.startsWith("math.") ? StdNatives.math(symbol.substring(5))
                    : symbol.startsWith("os.sys") ? os.resolve(symbol.substring(3))
                    : symbol.startsWith("reflect.") ? reflect.resolve(symbol.substring(8), sig) : null;
        };
    }

    /**
     * fmt.scanTarget: scan.go scanOne's reflect case, what arg points to as fmt.go's target*
     * constants (0 not a pointer, 1 other, then bool, int, uint, string, byte slice, float,
     * complex) and its Type().Bits().
     */
    private static Object[] scanTarget(Iface arg) {
        if (arg == null || !(arg.type().underlying() instanceof Pointer p)) {
            return new Object[]{0L, 0L};
        }
        Type e = p.elem.underlying();
        long kind = 1;
        long bits = 0;
        if (arg.val() != null && e instanceof Basic b) {
            bits = b.kind.bits();
            kind = b.kind == Kind.BOOL ? 2 : b.kind.isUnsigned() ? 4 : b.kind.isInteger() ? 3
                    : b.kind == Kind.STRING ? 5 : b.kind.isFloat() ? 7 : b.kind.isComplex() ? 8 : 1;
        } else if (arg.val() != null && e instanceof Slice sl && sl.elem.underlying() == Types.UINT8) {
            kind = 6;
        }
        return new Object[]{kind, bits};
    }

    /** fmt.scanStore: reflect's SetBool, SetInt, ..., SetComplex, Set of *arg (narrowed to float32). */
    private static void scanStore(Iface arg, Object v) {
        Type e = ((Pointer) arg.type().underlying()).elem.underlying();
        if (e instanceof Basic b && b.kind == Kind.FLOAT32) {
            v = (double) (float) (double) (Double) v;
        } else if (e instanceof Basic b && b.kind == Kind.COMPLEX64) {
            Complex c = (Complex) v;
            v = new Complex((float) c.re(), (float) c.im());
        }
        ((Ptr) arg.val()).store(v);
    }

    /** errors.As's panics (wrap.go): the target must be a non-nil pointer to an interface or an error type. */
    private static String asTargetProblem(Iface target) {
        if (!(target.type() instanceof Pointer p) || target.val() == null) {
            return "errors: target must be a non-nil pointer";
        }
        Type e = p.elem;
        if (!Types.isInterface(e) && Types.missingMethod(e, ERROR) != null) {
            return "errors: *target must be interface or implement error";
        }
        return null;
    }

    private static final Interface ERROR = (Interface) Types.ERROR.underlying();

    /** Stores err in *target if err's dynamic type is assignable to *target's type. */
    private static boolean asTarget(Iface err, Iface target) {
        Type e = ((Pointer) target.type()).elem;
        Object dst = target.val();
        if (Types.isInterface(e)) {
            if (Types.missingMethod(err.type(), (Interface) e.underlying()) != null) {
                return false;
            }
            ((Values.Ptr) dst).store(err);
            return true;
        }
        if (!Types.identical(err.type(), e)) {
            return false;
        }
        if (dst instanceof Values.Ptr ptr) {
            ptr.store(err.val());
        } else {
            Values.assignAgg(dst, err.val());
        }
        return true;
    }

    /**
     * flag.newTextValue's reflect steps (go1.19 flag.go): p must be a pointer (Kind Ptr), value is
     * dereferenced when it is one, and its type must be p's element type; then *p = value.
     * Returns "" or the message newTextValue panics with.
     */
    private static String textStore(Iface p, Iface value) {
        if (p == null || !(p.type() instanceof Pointer ptr)) {
            return "variable value type must be a pointer";
        }
        Type t = value == null ? null : value.type();
        Object v = value == null ? null : value.val();
        if (t instanceof Pointer vp) {
            t = vp.elem;
            v = v instanceof Values.Ptr vptr ? vptr.load() : v; // a pointer to an aggregate is the aggregate
        }
        if (t == null || !Types.identical(t, ptr.elem)) {
            return "default type does not match variable type: " + (t == null ? "<invalid reflect.Value>" : t)
                    + " != " + ptr.elem;
        }
        if (p.val() instanceof Values.Ptr dst) {
            dst.store(v);
        } else {
            Values.assignAgg(p.val(), v);
        }
        return "";
    }

    private SliceVal slice(Goroutine g, Object x) {
        Iface i = (Iface) x;
        if (i == null || !(i.type().underlying() instanceof Slice)) {
            String k = i == null ? "invalid" : kind(i.type().underlying());
            throw in.panic(g.top, new Iface(Types.STRING, "reflect: call of Swapper on " + k + " Value"));
        }
        return i.val() == null ? new SliceVal(new Object[0], 0, 0, 0) : (SliceVal) i.val();
    }

    /** reflect.Kind's String for a value of underlying type t. */
    private static String kind(Type t) {
        return switch (t) {
            case Basic b -> b.toString();
            case Pointer p -> "ptr";
            case Struct st -> "struct";
            case Array ar -> "array";
            case MapT m -> "map";
            case Chan c -> "chan";
            case Signature f -> "func";
            default -> "interface";
        };
    }

    /** Swaps two slice elements; aggregates by content, since pointers to the elements stay put. */
    private static void swapElems(Object[] arr, int i, int j) {
        Object x = arr[i];
        if (x instanceof StructVal || x instanceof ArrayVal) {
            Object tmp = Values.copyAgg(x);
            Values.assignAgg(x, arr[j]);
            Values.assignAgg(arr[j], tmp);
        } else {
            arr[i] = arr[j];
            arr[j] = x;
        }
    }

    /** The printer pool and buffer records of fmt's print family (Printers). */
    final Printers printers;
    /** The scan state pool and token buffer records of fmt's scan family (Scanners). */
    final Scanners scanners;

    private interface Printing {
        Object[] run(Goroutine g, Fmt f, Object[] a);
    }

    /** Fprint*, Print*: newPrinter, the printing with its buffer's growth and w.Write, free. */
    private Host.Native print(String symbol, Printing body) {
        Printers.Entry e = Printers.entry(symbol.substring(4), in.version.atLeast(19));
        return (g, a) -> printing(g, e, f -> body.run(g, f, a));
    }

    /** Sprint*: the printing, then s := string(p.buf) before free. */
    private Host.Native sprint(String symbol, java.util.function.BiFunction<Fmt, Object[], String> body) {
        Printers.Entry e = Printers.entry(symbol.substring(4), in.version.atLeast(19));
        return (g, a) -> printing(g, e, f -> printers.result(g, e, body.apply(f, a)));
    }

    /** print.go's p := newPrinter() ... p.free() around body, which prints with f. */
    private <T> T printing(Goroutine g, Printers.Entry e, java.util.function.Function<Fmt, T> body) {
        Printers.PP p = printers.newPrinter(g, e);
        Fmt f = fmt(g);
        f.writes = printers.writes(g, e, p);
        T r = body.apply(f);
        printers.free(g, e, p);
        return r;
    }

    private String alloc(Goroutine g, String s) {
        if (!s.isEmpty()) {
            host.onAlloc(g, s, s.length(), Types.STRING, null);
        }
        return s;
    }

    private static Object[] args(Object slice) {
        SliceVal s = (SliceVal) slice;
        if (s == null) {
            return new Object[0];
        }
        Object[] out = new Object[s.len];
        System.arraycopy(s.a, s.off, out, 0, s.len);
        return out;
    }

    /** The compiled Go functions of the program by symbol ("fmt.newState"), bound by Program.link. */
    private java.util.function.Function<String, Interp.Fn> goFuncs = name -> null;

    void bindGoFuncs(java.util.function.Function<String, Interp.Fn> lookup) {
        goFuncs = lookup;
    }

    Fmt fmt(Goroutine g) {
        return new Fmt(new Fmt.Methods() {
            @Override
            public String call(Iface v, String name) {
                return (String) callMethod(g, v, name, null, null)[0];
            }

            @Override
            public String callFormat(Iface v, char verb, String flags, int wid, int prec) {
                // print.go handleMethods: formatter.Format(p, verb) with p the printer's State (fmt.pp)
                Interp.Fn newState = goFuncs.apply("fmt.newState");
                StructVal p = (StructVal) Calls.callBoxed(in, g.top, g, newState, null,
                        new Object[]{flags, (long) wid, (long) prec})[0];
                Iface state = new Iface(newState.sig.results.get(0), p);
                callMethod(g, v, "Format", new Object[]{state, (long) verb}, p);
                return Interp.bytesToString((SliceVal) p.f[0]);
            }

            @Override
            public boolean wrapsErrors() {
                return in.version.atLeast(13);
            }

            @Override
            public boolean panicNamesMethod() {
                return in.version.atLeast(12);
            }

            @Override
            public boolean valueHandlesMethods() {
                return in.version.atLeast(19); // go1.7 and go1.19 checked; the releases between were not
            }

            @Override
            public String format(Object goValue) {
                return fmt(g).sprint(new Object[]{goValue});
            }

            @Override
            public long addressOf(Object o) {
                return host.addressOf(o);
            }

            @Override
            public boolean hexFloats() {
                return in.version.atLeast(13);
            }

            @Override
            public boolean sharpFloats() {
                return in.version.atLeast(9);
            }

            @Override
            public int mapPrintStart(int n) {
                return in.version.atLeast(12) ? -1 : host.fastrand(n);
            }
        });
    }

    /**
     * Calls v's method name with args (after the receiver) as an interface call; a panic is
     * recovered (fmt's catchPanic) and thrown as a MethodPanic, with what state's buffer holds.
     */
    private Object[] callMethod(Goroutine g, Iface v, String name, Object[] args, StructVal state) {
        try {
            Calls.Target t = Calls.dispatch(in, g.top, v, name);
            Object[] a = new Object[1 + (args == null ? 0 : args.length)];
            a[0] = t.recv();
            if (args != null) {
                System.arraycopy(args, 0, a, 1, args.length);
            }
            return Calls.callBoxed(in, g.top, g, t.fn(), null, a);
        } catch (Interp.GoPanic p) {
            // recovered by fmt: unlink it as a recover() would
            p.markRecovered();
            g.panic = p.link();
            throw new Fmt.MethodPanic(p.value(), state == null ? null : Interp.bytesToString((SliceVal) state.f[0]));
        }
    }

    private Object[] write(Goroutine g, int fd, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        host.write(g, fd, b, 0, b.length);
        return new Object[]{(long) b.length, null};
    }

    /** Fprint*: to an *os.File directly, to any other io.Writer through its Write method. */
    Object[] writeTo(Goroutine g, Object w, String s) {
        Iface iw = (Iface) w;
        if (iw == null) {
            throw in.nilDeref(g.top);
        }
        if (iw.type() instanceof Pointer p && p.elem instanceof Named n && n.toString().equals("os.File")) {
            StructVal f = (StructVal) iw.val();
            if (f == null) {
                throw in.nilDeref(g.top);
            }
            int fd = (int) (long) (Long) f.f[0];
            if (fd == 1 || fd == 2) {
                return write(g, fd, s);
            }
        }
        Calls.Target t = Calls.dispatch(in, g.top, iw, "Write");
        return Calls.callBoxed(in, g.top, g, t.fn(), null, new Object[]{t.recv(), Interp.stringToBytes(s)});
    }

    /**
     * Package time's clock for a host without one (the simulator binds its own, run.Natives): os
     * imports time, as Go's does, and time's initialization reads the clock, so every program does.
     * The clock stands at the simulator's epoch, 2009-11-10 23:00:00 UTC (Unix 1257894000); null
     * for other symbols; time's others (Sleep, timers) and syscall's (os imports it) are
     * unsupported when called.
     */
    static Host.Native stoppedClock(String symbol) {
        return switch (symbol) {
            case "time.runtimeNano" -> (g, a) -> 0L;
            case "time.now" -> (g, a) -> new Object[] {1_257_894_000L, 0L, 0L};
            // syscall's natives too: os imports syscall (os.Signal's values), whose Nanosleep needs the simulator
            default -> symbol.startsWith("time.") || symbol.startsWith("syscall.") ? (g, a) -> {
                throw new SequentialHost.UnsupportedInSequentialMode(symbol);
            } : null;
        };
    }
}
