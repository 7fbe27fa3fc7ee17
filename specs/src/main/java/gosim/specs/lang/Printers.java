package gosim.specs.lang;

import gosim.sim.internal.AllocPath;
import gosim.sim.internal.AllocPath.Frame;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The heap records fmt's printing makes on the program's behalf (issue 12): fmt/print.go's ppFree
 * (a sync.Pool of *pp, PoolModel: only some calls allocate), newPrinter and free, the pp's buffer
 * growing as the printer writes, and the Sprint* results (string(p.buf)). The native
 * printer (Fmt) reports each write of doPrintf/doPrint/doPrintln; a write that overflows the buffer
 * is append's growslice (Interp.growCap) at Go's line for what was written.
 */
final class Printers {
    private final Interp in;
    private final Host host;
    private final boolean go119;

    Printers(Interp in, PoolModel.AllPools pools) {
        this.in = in;
        this.host = in.host;
        this.go119 = in.version.atLeast(19);
        this.ppFree = new PoolModel(in, (p, out) -> {
            out.accept(p);
            out.accept(((PP) p).buf);
        }, pools);
    }

    /** A *pp and its buffer: the capacity of p.buf (kept across Put and Get) and its heap block's value. */
    static final class PP {
        int cap;
        Object buf;
    }

    /** fmt's ppFree, print.go:{go1.7 127-129, 1.19 131-133}: a sync.Pool of *pp. */
    private final PoolModel ppFree;

    /** pps taken by Get and not yet Put: live in their printer's frame, which is Java's. */
    private final List<PP> inUse = new ArrayList<>();

    void forEachRoot(Consumer<Object> out) {
        ppFree.forEachRoot(out);
        inUse.forEach(p -> {
            out.accept(p);
            out.accept(p.buf);
        });
    }

    // ---- the printing entry points of print.go

    /**
     * A print.go entry: its frame at the newPrinter, do*, string/Write and free calls, and its caller's
     * frame (Printf). An entry that is itself the stub calling the native printer (Go 1.19's Errorf)
     * stands in for the goroutine's innermost frame, whose line is the stub's one call: replacesCaller.
     */
    record Entry(Frame get, Frame print, Frame result, Frame free, Frame outer, Doer doer, boolean replacesCaller) {
        Entry(Frame get, Frame print, Frame result, Frame free, Frame outer, Doer doer) {
            this(get, print, result, free, outer, doer, false);
        }
    }

    /** doPrintf, doPrint or doPrintln. */
    enum Doer { PRINTF, PRINT, PRINTLN }

    // go1.7 print.go: Fprintf 179-185 (newPrinter 180, doPrintf 181, w.Write 182, free 183), Printf
    // 189-191 (190), Sprintf 194-200 (195-198), Fprint 213-219 (214-217), Print 224-226 (225),
    // Sprint 230-236 (231-234), Fprintln 245-251 (246-249), Println 256-258 (257), Sprintln
    // 262-268 (263-266). Go 1.19 print.go: Fprintf 202-208 (203-206), Printf 212-214 (213), Sprintf
    // 217-223 (218-221), Fprint 240-246 (241-244), Print 251-253 (252), Sprint 257-263 (258-261),
    // Fprintln 282-288 (283-286), Println 293-295 (294), Sprintln 299-305 (300-303).
    static Entry entry(String name, boolean go119) {
        return switch (name) {
            case "Sprintf" -> go119 ? e("fmt.Sprintf", 217, 223, 218, null, Doer.PRINTF) : e("fmt.Sprintf", 194, 200, 195, null, Doer.PRINTF);
            case "Sprint" -> go119 ? e("fmt.Sprint", 257, 263, 258, null, Doer.PRINT) : e("fmt.Sprint", 230, 236, 231, null, Doer.PRINT);
            case "Sprintln" -> go119 ? e("fmt.Sprintln", 299, 305, 300, null, Doer.PRINTLN) : e("fmt.Sprintln", 262, 268, 263, null, Doer.PRINTLN);
            case "Fprintf" -> go119 ? e("fmt.Fprintf", 202, 208, 203, null, Doer.PRINTF) : e("fmt.Fprintf", 179, 185, 180, null, Doer.PRINTF);
            case "Fprint" -> go119 ? e("fmt.Fprint", 240, 246, 241, null, Doer.PRINT) : e("fmt.Fprint", 213, 219, 214, null, Doer.PRINT);
            case "Fprintln" -> go119 ? e("fmt.Fprintln", 282, 288, 283, null, Doer.PRINTLN) : e("fmt.Fprintln", 245, 251, 246, null, Doer.PRINTLN);
            case "Printf" -> go119 ? e("fmt.Fprintf", 202, 208, 203, lib("fmt.Printf", 212, 214, 213), Doer.PRINTF)
                    : e("fmt.Fprintf", 179, 185, 180, lib("fmt.Printf", 189, 191, 190), Doer.PRINTF);
            case "Print" -> go119 ? e("fmt.Fprint", 240, 246, 241, lib("fmt.Print", 251, 253, 252), Doer.PRINT)
                    : e("fmt.Fprint", 213, 219, 214, lib("fmt.Print", 224, 226, 225), Doer.PRINT);
            case "Println" -> go119 ? e("fmt.Fprintln", 282, 288, 283, lib("fmt.Println", 293, 295, 294), Doer.PRINTLN)
                    : e("fmt.Fprintln", 245, 251, 246, lib("fmt.Println", 256, 258, 257), Doer.PRINTLN);
            // fmt.Errorf's printing: go1.7 print.go:205 calls Sprintf; Go 1.19's Errorf (errors.go:17-30)
            // prints itself: newPrinter at 18, doPrintf at 20, string(p.buf) at 21, p.free() at 28. The
            // stub's one errorf call cannot be on all four lines, so its frame gives way to the entry's.
            case "errorf" -> go119 ? new Entry(errors(18), errors(20), errors(21), errors(28), null, Doer.PRINTF, true)
                    : e("fmt.Sprintf", 194, 200, 195, null, Doer.PRINTF);
            // Go 1.19's Append, Appendln, Appendf (print.go:267-273, 310-316, 227-233): newPrinter,
            // do*, append(b, p.buf...), free on consecutive lines, in the stub's own frame
            case "Append" -> appender("fmt.Append", 267, 273, Doer.PRINT);
            case "Appendln" -> appender("fmt.Appendln", 310, 316, Doer.PRINTLN);
            case "Appendf" -> appender("fmt.Appendf", 227, 233, Doer.PRINTF);
            default -> throw new IllegalArgumentException("no print.go entry " + name);
        };
    }

    private static Entry appender(String name, int start, int end, Doer doer) {
        Entry e = e(name, start, end, start + 1, null, doer);
        return new Entry(e.get(), e.print(), e.result(), e.free(), null, doer, true);
    }

    /** The four calls of an entry are on consecutive lines from {@code get} in both releases. */
    private static Entry e(String name, int start, int end, int get, Frame outer, Doer doer) {
        return new Entry(lib(name, start, end, get), lib(name, start, end, get + 1), lib(name, start, end, get + 2),
                lib(name, start, end, get + 3), outer, doer);
    }

    private static Frame lib(String name, int start, int end, int line) {
        return AllocPath.lib(name, "fmt/print.go", start, end, line);
    }

    private static Frame errors(int line) {
        return AllocPath.lib("fmt.Errorf", "fmt/errors.go", 17, 30, line);
    }

    private static Frame fmtf(String name, int start, int end, int line) {
        return AllocPath.lib(name, "fmt/format.go", start, end, line);
    }

    /** frames, then the entry's frame at {@code at} and its caller's (Printf's), innermost first. */
    private static AllocPath path(Entry e, Frame at, List<Frame> frames) {
        List<Frame> fs = new ArrayList<>(frames);
        if (at != null) {
            fs.add(at);
        }
        if (e.outer() != null) {
            fs.add(e.outer());
        }
        return AllocPath.of(fs, e.replacesCaller() ? 1 : 0);
    }

    /**
     * print.go newPrinter: ppFree.Get() (go1.7 print.go:133, 1.19 137), whose New is new(pp) (go1.7
     * print.go:128, 1.19 132). sizeof(pp): go1.7 buf 24, arg 16, reflect.Value 24, fmt 112 (buf, nine
     * flag bools, wid, prec, intbuf [68]byte), four bools: 180, aligned 184 -> class 192; 1.19 adds
     * wrapErrs and wrappedErr error: 200 -> class 208.
     */
    PP newPrinter(Goroutine g, Entry e) {
        Frame newp = go119 ? lib("fmt.newPrinter", 136, 143, 137) : lib("fmt.newPrinter", 132, 138, 133);
        Frame newFn = go119 ? lib("fmt.glob..func1", 132, 132, 132) : lib("fmt.glob..func1", 128, 128, 128);
        PP x = (PP) ppFree.get(g, caller(e, e.get(), newp), newFn, go119 ? 200 : 184, PP::new);
        inUse.add(x);
        return x;
    }

    /** The frames above a pool call made by {@code fn} for entry e's call at {@code at}. */
    private static PoolModel.Caller caller(Entry e, Frame at, Frame fn) {
        List<Frame> fs = new ArrayList<>();
        fs.add(fn);
        if (at != null) {
            fs.add(at);
        }
        if (e.outer() != null) {
            fs.add(e.outer());
        }
        return new PoolModel.Caller(fs, e.replacesCaller() ? 1 : 0);
    }

    private static List<Frame> cat(List<Frame> first, Frame last) {
        List<Frame> fs = new ArrayList<>(first);
        fs.add(last);
        return fs;
    }

    /**
     * pp.free then ppFree.Put (go1.7 print.go:141-146, Put at 145; 1.19 146-162, Put at 161, and a
     * buffer past 64 KiB is dropped, 153-155).
     */
    void free(Goroutine g, Entry e, PP x) {
        inUse.remove(x);
        if (go119 && x.cap > 64 << 10) {
            return;
        }
        Frame free = go119 ? lib("fmt.(*pp).free", 146, 162, 161) : lib("fmt.(*pp).free", 141, 146, 145);
        ppFree.put(g, x, caller(e, e.free(), free));
    }

    /**
     * s := string(p.buf) (go1.7 slicebytetostring's rawstringtmp at string.go:93; 1.19's mallocgc in
     * slicebytetostring itself, and no allocation for one byte: staticuint64s).
     */
    String result(Goroutine g, Entry e, String s) {
        int n = s.length();
        if (n > (go119 ? 1 : 0)) {
            List<Frame> fs = go119 ? List.of() : AllocPath.SLICEBYTETOSTRING_17.frames();
            host.onAlloc(g, s, n, Types.STRING, null, path(e, e.result(), fs));
        }
        return s;
    }

    /** What Fmt reports of each write: which call of doPrint* made it, of what argument, and the new length. */
    Fmt.Writes writes(Goroutine g, Entry e, PP x) {
        return (site, arg, verb, padded, len) -> {
            if (len <= x.cap) {
                return;
            }
            int oldLen = x.cap; // a write that overflows: append's growslice from the full buffer
            x.cap = in.growCap(oldLen, x.cap, len, 1);
            Object grown = new byte[0];
            x.buf = grown;
            List<Frame> fs = chain(site, padded ? null : arg, verb);
            if (!go119) {
                // go1.7 inlines the buffer's Write/WriteString/WriteByte (leaves: inl.go ishairy), and an
                // inlined body takes the call's line (inl.go:799 setlno): no frame of its own
                fs = fs.subList(1, fs.size());
            }
            host.onAlloc(g, grown, x.cap, Types.UINT8, null, path(e, e.print(), fs));
        };
    }

    // ---- the frames of a write: print.go and format.go lines of go1.7 / Go 1.19

    private Frame buf(String method, int line) {
        String name = "fmt.(*buffer)." + (go119 ? method : Character.toUpperCase(method.charAt(0)) + method.substring(1));
        return lib(name, line - 1, line + 1, line); // write 77-79, writeString 81-83, writeByte 85-87
    }

    private List<Frame> chain(int site, Object arg, char verb) {
        return switch (site) {
            case Fmt.Writes.LITERAL -> List.of(buf("writeString", 82), go119
                    ? lib("fmt.(*pp).doPrintf", 1005, 1178, 1018) : lib("fmt.(*pp).doPrintf", 933, 1103, 946));
            case Fmt.Writes.SPACE -> List.of(buf("writeByte", 86), go119
                    ? lib("fmt.(*pp).doPrint", 1180, 1191, 1186) : lib("fmt.(*pp).doPrint", 1105, 1116, 1111));
            case Fmt.Writes.SPACE_LN -> List.of(buf("writeByte", 86), go119
                    ? lib("fmt.(*pp).doPrintln", 1195, 1203, 1198) : lib("fmt.(*pp).doPrintln", 1120, 1128, 1123));
            case Fmt.Writes.NEWLINE -> List.of(buf("writeByte", 86), go119
                    ? lib("fmt.(*pp).doPrintln", 1195, 1203, 1202) : lib("fmt.(*pp).doPrintln", 1120, 1128, 1127));
            default -> cat(argChain(arg, verb), printArgCall(site));
        };
    }

    /** The doPrint* frame at its printArg call: doPrintf's fast path (go1.7 985, 1.19 1057) or general one (1078, 1153). */
    private Frame printArgCall(int site) {
        return switch (site) {
            case Fmt.Writes.ARG_FAST -> go119 ? lib("fmt.(*pp).doPrintf", 1005, 1178, 1057) : lib("fmt.(*pp).doPrintf", 933, 1103, 985);
            case Fmt.Writes.ARG_PRINT -> go119 ? lib("fmt.(*pp).doPrint", 1180, 1191, 1188) : lib("fmt.(*pp).doPrint", 1105, 1116, 1113);
            case Fmt.Writes.ARG_LN -> go119 ? lib("fmt.(*pp).doPrintln", 1195, 1203, 1200) : lib("fmt.(*pp).doPrintln", 1120, 1128, 1125);
            default -> go119 ? lib("fmt.(*pp).doPrintf", 1005, 1178, 1153) : lib("fmt.(*pp).doPrintf", 933, 1103, 1078);
        };
    }

    /**
     * printArg's frames for an argument of a predeclared integer, string or bool type, or of a type
     * with an Error or String method, under %v (and %d, %s, %t), without width: the one write
     * pad/padString makes. Other arguments write more than once in Go; their growth is attributed to
     * one writeString at printArg's first line (a known gap: their frames and growth steps are not Go's).
     */
    private List<Frame> argChain(Object arg, char verb) {
        Frame printArg = go119 ? lib("fmt.(*pp).printArg", 665, 746, 665) : lib("fmt.(*pp).printArg", 598, 671, 598);
        if (!(arg instanceof Iface iv)) {
            return List.of(buf("writeString", 82), printArg);
        }
        Type t = iv.type();
        if (t instanceof Basic b && b.kind.isInteger() && (verb == 'v' || verb == 'd')) {
            int k = b.kind.ordinal() - Kind.INT.ordinal(); // int, int8, ..., uintptr: consecutive cases
            Frame write = buf("write", 78);
            Frame pad = fmtf("fmt.(*fmt).pad", 90, 105, 92);
            Frame integer = go119 ? fmtf("fmt.(*fmt).fmtInteger", 194, 321, 319) : fmtf("fmt.(*fmt).fmt_integer", 194, 309, 307);
            Frame pfi = go119 ? lib("fmt.(*pp).fmtInteger", 401, 428, verb == 'v' ? 407 : 410)
                    : lib("fmt.(*pp).fmtInteger", 353, 384, verb == 'v' ? 359 : 362);
            Frame at = go119 ? lib("fmt.(*pp).printArg", 665, 746, 703 + 2 * k) : lib("fmt.(*pp).printArg", 598, 671, 636 + 2 * k);
            return List.of(write, pad, integer, pfi, at);
        }
        if (t instanceof Basic b && b.kind == Kind.STRING && (verb == 'v' || verb == 's')) {
            return cat(stringChain(verb), go119 ? lib("fmt.(*pp).printArg", 665, 746, 725) : lib("fmt.(*pp).printArg", 598, 671, 658));
        }
        if (t instanceof Basic b && b.kind == Kind.BOOL && (verb == 'v' || verb == 't')) {
            boolean v = Boolean.TRUE.equals(iv.val());
            return List.of(buf("writeString", 82), fmtf("fmt.(*fmt).padString", 108, 123, 110),
                    go119 ? fmtf("fmt.(*fmt).fmtBoolean", 126, 132, v ? 128 : 130) : fmtf("fmt.(*fmt).fmt_boolean", 126, 132, v ? 128 : 130),
                    go119 ? lib("fmt.(*pp).fmtBool", 382, 389, 385) : lib("fmt.(*pp).fmtBool", 334, 341, 337),
                    go119 ? lib("fmt.(*pp).printArg", 665, 746, 693) : lib("fmt.(*pp).printArg", 598, 671, 626));
        }
        boolean error = Types.methodSetSig(t, "Error") != null;
        if (!(t instanceof Basic) && (verb == 'v' || verb == 's') && Types.methodSetSig(t, "Format") == null
                && (error || Types.methodSetSig(t, "String") != null)) {
            // handleMethods: p.fmtString(v.Error(), verb) (go1.7 584, 1.19 651) or v.String() (590, 657),
            // from printArg's default case (go1.7 665, 1.19 740)
            Frame hm = go119 ? lib("fmt.(*pp).handleMethods", 601, 663, error ? 651 : 657)
                    : lib("fmt.(*pp).handleMethods", 549, 596, error ? 584 : 590);
            List<Frame> fs = new ArrayList<>(stringChain(verb));
            fs.add(hm);
            fs.add(go119 ? lib("fmt.(*pp).printArg", 665, 746, 740) : lib("fmt.(*pp).printArg", 598, 671, 665));
            return fs;
        }
        return List.of(buf("writeString", 82), printArg);
    }

    /** pp.fmtString's %v (go1.7 430, 1.19 474) or %s (433, 477) -> fmtS's padString (go1.7 fmt_s 328, 1.19 359) -> writeString. */
    private List<Frame> stringChain(char verb) {
        return List.of(buf("writeString", 82), fmtf("fmt.(*fmt).padString", 108, 123, 110),
                go119 ? fmtf("fmt.(*fmt).fmtS", 357, 360, 359) : fmtf("fmt.(*fmt).fmt_s", 326, 329, 328),
                go119 ? lib("fmt.(*pp).fmtString", 468, 487, verb == 'v' ? 474 : 477)
                        : lib("fmt.(*pp).fmtString", 424, 443, verb == 'v' ? 430 : 433));
    }
}
