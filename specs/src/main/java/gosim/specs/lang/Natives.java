package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.nio.charset.StandardCharsets;

/**
 * The body-less functions of the standard stubs that the interpreter implements itself: fmt's print
 * family (fmt/print.go: Fprintf, Fprintln, Fprint and their Stdout/String variants), os (File.Write,
 * Exit, Getenv, Args), strings (Repeat, Contains, Join, ...) and strconv.Itoa. Output goes to the host.
 */
final class Natives {
    private final Interp in;
    private final Host host;

    Natives(Interp in) {
        this.in = in;
        this.host = in.host;
    }

    /** The implementation of symbol, or null if the interpreter does not implement it. */
    Host.Native resolve(String symbol, Signature sig) {
        return switch (symbol) {
            case "fmt.Println" -> (g, a) -> write(g, 1, fmt(g).sprintln(args(a[0])));
            case "fmt.Print" -> (g, a) -> write(g, 1, fmt(g).sprint(args(a[0])));
            case "fmt.Printf" -> (g, a) -> write(g, 1, fmt(g).sprintf((String) a[0], args(a[1])));
            case "fmt.Sprintln" -> (g, a) -> alloc(g, fmt(g).sprintln(args(a[0])));
            case "fmt.Sprint" -> (g, a) -> alloc(g, fmt(g).sprint(args(a[0])));
            case "fmt.Sprintf" -> (g, a) -> alloc(g, fmt(g).sprintf((String) a[0], args(a[1])));
            case "fmt.Fprintln" -> (g, a) -> writeTo(g, a[0], fmt(g).sprintln(args(a[1])));
            case "fmt.Fprint" -> (g, a) -> writeTo(g, a[0], fmt(g).sprint(args(a[1])));
            case "fmt.Fprintf" -> (g, a) -> writeTo(g, a[0], fmt(g).sprintf((String) a[1], args(a[2])));
            case "os.(*File).Write" -> (g, a) -> {
                StructVal f = (StructVal) a[0];
                String s = Interp.bytesToString((SliceVal) a[1]);
                return write(g, (int) (long) (Long) f.f[0], s);
            };
            case "os.Exit" -> (g, a) -> {
                host.exit(g, (int) (long) (Long) a[0]);
                throw new Interp.ExitException((int) (long) (Long) a[0]);
            };
            case "os.Getenv" -> (g, a) -> {
                String v = host.getenv((String) a[0]);
                return v == null ? "" : Lexer.utf8(v);
            };
            case "os.runtime_args" -> (g, a) -> {
                java.util.List<String> args = host.args();
                Object[] arr = new Object[args.size()];
                for (int i = 0; i < arr.length; i++) {
                    arr[i] = Lexer.utf8(args.get(i));
                }
                return new SliceVal(arr, 0, arr.length, arr.length);
            };
            case "strings.Repeat" -> (g, a) -> {
                long n = (Long) a[1];
                if (n < 0) {
                    throw in.panic(g.top, new Iface(Types.STRING, "strings: negative Repeat count"));
                }
                String s = (String) a[0];
                if (s.length() * n > Slices.MAX_LEN) {
                    throw in.panic(g.top, new Iface(Types.STRING, "strings: Repeat count causes overflow"));
                }
                host.beforeAlloc(g, s.length() * n);
                return alloc(g, s.repeat((int) n));
            };
            case "strings.Contains" -> (g, a) -> ((String) a[0]).contains((String) a[1]);
            case "strings.HasPrefix" -> (g, a) -> ((String) a[0]).startsWith((String) a[1]);
            case "strings.HasSuffix" -> (g, a) -> ((String) a[0]).endsWith((String) a[1]);
            case "strings.Index" -> (g, a) -> (long) ((String) a[0]).indexOf((String) a[1]);
            case "strings.ToUpper" -> (g, a) -> alloc(g, asciiCase((String) a[0], true));
            case "strings.ToLower" -> (g, a) -> alloc(g, asciiCase((String) a[0], false));
            case "strings.TrimSpace" -> (g, a) -> ((String) a[0]).strip();
            case "strings.Join" -> (g, a) -> {
                SliceVal s = (SliceVal) a[0];
                if (s == null || s.len == 0) {
                    return "";
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < s.len; i++) {
                    if (i > 0) {
                        sb.append((String) a[1]);
                    }
                    sb.append((String) s.a[s.off + i]);
                }
                return s.len == 1 ? sb.toString() : alloc(g, sb.toString());
            };
            case "strings.Split" -> (g, a) -> split(g, (String) a[0], (String) a[1]);
            case "strconv.Itoa" -> (g, a) -> alloc(g, Long.toString((Long) a[0]));
            default -> null;
        };
    }

    private static String asciiCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (upper && c >= 'a' && c <= 'z') {
                c -= 32;
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c += 32;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private SliceVal split(Goroutine g, String s, String sep) {
        java.util.List<Object> parts = new java.util.ArrayList<>();
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int w = (int) (Interp.decodeRune(s, i) & 0xFF);
                parts.add(s.substring(i, i + w));
                i += w;
            }
        } else {
            int start = 0;
            int k;
            while ((k = s.indexOf(sep, start)) >= 0) {
                parts.add(s.substring(start, k));
                start = k + sep.length();
            }
            parts.add(s.substring(start));
        }
        Object[] arr = parts.toArray();
        host.onAlloc(g, arr, 16L * arr.length, new Slice(Types.STRING), null);
        return new SliceVal(arr, 0, arr.length, arr.length);
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

    Fmt fmt(Goroutine g) {
        return new Fmt(new Fmt.Methods() {
            @Override
            public String call(Method m, Object recv) {
                try {
                    Object[] r = Calls.callBoxed(in, g.top, g, m.fn, null, new Object[]{recv});
                    return (String) r[0];
                } catch (Interp.GoPanic p) {
                    // recovered by fmt: unlink it as a recover() would
                    p.recovered = true;
                    g.panic = p.link;
                    throw new Fmt.MethodPanic(p.value);
                }
            }

            @Override
            public String format(Object goValue) {
                return fmt(g).sprint(new Object[]{goValue});
            }

            @Override
            public long addressOf(Object o) {
                return host.addressOf(o);
            }
        });
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
            return write(g, (int) (long) (Long) f.f[0], s);
        }
        Calls.Target t = Calls.dispatch(iw, "Write");
        return Calls.callBoxed(in, g.top, g, t.fn(), null, new Object[]{t.recv(), Interp.stringToBytes(s)});
    }
}
