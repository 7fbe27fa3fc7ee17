package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's fmt formatting: models fmt/print.go (doPrintf, doPrint, doPrintln, printArg, printValue,
 * handleMethods, badVerb, missing and extra arguments), fmt/format.go (fmtInteger, fmtFloat, fmtQ,
 * padding with width, precision and the - + # 0 space flags) and the float and quoting routines of
 * strconv (FormatFloat's shortest %g, Quote, QuoteRune). Map entries print in fmt's sorted key order
 * from Go 1.12, in map iteration order before.
 */
final class Fmt {
    /** Calls the methods of Go values that handleMethods prints with; used by handleMethods. */
    interface Methods {
        /**
         * The result of v's method name (Error, String or GoString: no arguments, a string result),
         * called as an interface call would; a panic inside it is recovered and thrown as
         * {@link MethodPanic}.
         */
        String call(Iface v, String name);

        /**
         * What v's Format method writes when called with a State of these flags ("-+# 0" as set),
         * width and precision (negative for none); a panic is thrown as {@link MethodPanic}
         * carrying what Format wrote before it.
         */
        String callFormat(Iface v, char verb, String flags, int wid, int prec);

        /** Whether Errorf's %w wraps its operand (Go 1.13 print.go handleMethods); before, %w is a bad verb. */
        default boolean wrapsErrors() {
            return true;
        }

        /**
         * Whether a reflect.Value argument's contents print through their Error/String methods:
         * go1.19 print.go printArg does; go1.7's printValue skips methods at depth 0 (print.go:679).
         */
        default boolean valueHandlesMethods() {
            return true;
        }

        /** Whether a panic's text names the method (print.go catchPanic from Go 1.12: "String method: "). */
        default boolean panicNamesMethod() {
            return true;
        }

        /** Whether %x and %X format floats and complexes (print.go fmtFloat from Go 1.13); before, they are bad verbs. */
        default boolean hexFloats() {
            return true;
        }

        /**
         * Whether '#' keeps a float's decimal point and trailing zeros (format.go fmtFloat from Go
         * 1.9, commit e97f407ec1 "fmt: support sharp flag for float and complex value printing";
         * go1.7's fmt_float ignores it).
         */
        default boolean sharpFloats() {
            return true;
        }

        long addressOf(Object o);

        /** Formats a recovered panic value as %v would. */
        String format(Object goValue);

        /**
         * Where a map of n entries starts printing: -1 for sorted keys (fmt's internal/fmtsort, Go
         * 1.12+), else the start of an iteration (Go 1.7's printValue walks reflect's MapKeys, which
         * is map iteration order, mapiterinit's random start).
         */
        default int mapPrintStart(int n) {
            return -1;
        }
    }

    /** A panic inside an Error or String method, already recovered (fmt's catchPanic). */
    static final class MethodPanic extends RuntimeException {
        final Object value;
        /** What a Format method wrote before it panicked (it stays in the output, as in Go's buffer). */
        final String written;

        MethodPanic(Object value, String written) {
            super(null, null, false, false);
            this.value = value;
            this.written = written;
        }
    }

    /**
     * What the heap model (Printers) is told of each write doPrintf, doPrint and doPrintln make to
     * the pp's buffer: which of their calls (a site below), of what argument and verb, and the
     * buffer's length after it.
     */
    interface Writes {
        int LITERAL = 0, ARG_FAST = 1, ARG = 2, SPACE = 3, ARG_PRINT = 4, SPACE_LN = 5, ARG_LN = 6, NEWLINE = 7;

        /** padded: a width, or %#v (pad's writePadding, fmtQ: other frames than the plain write's). */
        void wrote(int site, Object arg, char verb, boolean padded, int len);
    }

    /** The heap model's listener (null: none). */
    Writes writes;

    private void wrote(int site, Object arg, char verb) {
        if (writes != null) {
            writes.wrote(site, arg, verb, wid >= 0 || sharpV, buf.length());
        }
    }

    private final Methods methods;
    private final StringBuilder buf = new StringBuilder();
    // flags of the verb being formatted
    private boolean minus;
    private boolean plus;
    private boolean sharp;
    private boolean space;
    private boolean zero;
    private boolean plusV;
    private boolean sharpV;
    private int wid = -1;
    private int prec = -1;
    // print.go's p.fmt.wid and p.fmt.prec themselves, which State.Width/Precision return beside a
    // false ok: clearflags resets only the Present flags, doPrintf's fast path (flags and a lower
    // case verb, go1.7 print.go:975, go1.19 :1048) assigns neither, and prec only follows a '.', so
    // they keep an earlier verb's values. Each call starts from a new pp's zeros; Go's ppFree pool
    // hands a printer back with its last call's values (not modelled).
    private int ppWid;
    private int ppPrec;

    Fmt(Methods methods) {
        this.methods = methods;
    }

    private void clearFlags() {
        minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = -1;
        prec = -1;
    }

    // ---------------------------------------------------------------- entry points

    // doPrintf's argument-index state (print.go pp.reordered, pp.goodArgNum) and the scanners'
    // second results: the next format index (ni) and the argument an index names (na)
    private boolean reordered;
    private boolean goodArgNum;
    private int ni;
    private int na;

    /** A width or precision argument that is not an int (or is too large): intFromArg's !isInt. */
    private static final int NOT_INT = Integer.MIN_VALUE;

    /** print.go tooLarge: widths and precisions beyond 1e6 are refused. */
    private static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** print.go parsenum: the number at s[start:], or -1; sets ni (to end on overflow, as Go does). */
    private int parsenum(String s, int start, int end) {
        int num = 0;
        boolean isnum = false;
        int k = start;
        for (; k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9'; k++) {
            if (tooLarge(num)) {
                ni = end;
                return -1;
            }
            num = num * 10 + (s.charAt(k) - '0');
            isnum = true;
        }
        ni = k;
        return isnum ? num : -1;
    }

    /** print.go intFromArg: the int value of args[argNum], or NOT_INT. */
    private static int intFromArg(Object[] args, int argNum) {
        if (argNum < args.length && args[argNum] instanceof Iface iv && Types.isInteger(iv.type())) {
            long v = (Long) iv.val();
            if (!tooLarge(v)) {
                return (int) v;
            }
        }
        return NOT_INT;
    }

    /**
     * print.go argNumber: the next argument in na (n-1 at a valid "[n]", else argNum) and the next
     * format index in ni; says whether an index was parsed. A bad or out-of-range index clears
     * goodArgNum.
     */
    private boolean argNumber(String format, int i, int argNum, int numArgs) {
        ni = i;
        na = argNum;
        if (i >= format.length() || format.charAt(i) != '[') {
            return false;
        }
        reordered = true;
        int close = format.indexOf(']', i + 1);
        boolean ok = false;
        int index = 0;
        int width = 1;
        if (format.length() - i >= 3 && close > 0) {
            width = close - i + 1;
            int save = ni;
            int n = parsenum(format, i + 1, close);
            ok = n >= 0 && ni == close;
            ni = save;
            index = n - 1;
        }
        ni = i + width;
        if (ok && index >= 0 && index < numArgs) {
            na = index;
            return true;
        }
        goodArgNum = false;
        return ok;
    }

    // print.go pp.wrapErrs (Errorf's printer), pp.wrappedErr (the %w operand) and pp.erroring (set
    // by badVerb, so that the value it shows is not printed with its methods)
    private boolean wrapErrs;
    private Iface wrappedErr;
    private boolean erroring;

    /** Errorf's text (errors.go Errorf); {@link #wrappedErr} is then its %w operand, or null. */
    String errorf(String format, Object[] args) {
        wrapErrs = true;
        return sprintf(format, args);
    }

    Iface wrappedErr() {
        return wrappedErr;
    }

    String sprintf(String format, Object[] args) {
        buf.setLength(0);
        reordered = false;
        int argNum = 0;
        int end = format.length();
        int i = 0;
        while (i < end) {
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
                wrote(Writes.LITERAL, null, ' ');
            }
            if (i >= end) {
                break;
            }
            i++; // skip %
            clearFlags();
            flags:
            for (; i < end; i++) {
                switch (format.charAt(i)) {
                    case '#' -> sharp = true;
                    case '0' -> zero = !minus;
                    case '+' -> plus = true;
                    case '-' -> {
                        minus = true;
                        zero = false;
                    }
                    case ' ' -> space = true;
                    default -> {
                        break flags;
                    }
                }
            }
            // fmt/print.go doPrintf (go1.7 print.go:996-1050): [n] index, width, [n] index, precision, [n]
            boolean fast = i < end && format.charAt(i) >= 'a' && format.charAt(i) <= 'z' && argNum < args.length;
            goodArgNum = true;
            boolean afterIndex = argNumber(format, i, argNum, args.length);
            argNum = na;
            i = ni;
            if (i < end && format.charAt(i) == '*') {
                i++;
                int w = intFromArg(args, argNum);
                argNum++;
                if (w == NOT_INT) {
                    buf.append("%!(BADWIDTH)");
                } else {
                    wid = w;
                    if (wid < 0) {
                        wid = -wid;
                        minus = true;
                        zero = false;
                    }
                }
                afterIndex = false;
            } else {
                int n = parsenum(format, i, end);
                if (n >= 0) {
                    wid = n;
                    if (afterIndex) {
                        goodArgNum = false; // "%[3]2d"
                    }
                }
                i = ni;
            }
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false; // "%[3].2d"
                }
                afterIndex = argNumber(format, i, argNum, args.length);
                argNum = na;
                i = ni;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    int pr = intFromArg(args, argNum);
                    argNum++;
                    if (pr == NOT_INT || pr < 0) {
                        prec = -1; // a negative one too is no precision, and bad (print.go:1031-1038)
                        buf.append("%!(BADPREC)");
                    } else {
                        prec = pr;
                    }
                    afterIndex = false;
                } else {
                    int n = parsenum(format, i, end);
                    prec = Math.max(n, 0);
                    i = ni;
                }
                ppPrec = Math.max(prec, 0);
            }
            if (!fast) {
                ppWid = Math.max(wid, 0);
            }
            if (!afterIndex) {
                afterIndex = argNumber(format, i, argNum, args.length);
                argNum = na;
                i = ni;
            }
            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            long d = Interp.decodeRune(format, i);
            char verb = (char) (d >> 8);
            int vw = (int) (d & 0xFF);
            i += vw;
            if (verb == '%') {
                buf.append('%');
                continue;
            }
            if (!goodArgNum) {
                buf.append("%!").append(runeText(verb)).append("(BADINDEX)");
                continue;
            }
            if (argNum >= args.length) {
                buf.append("%!").append(runeText(verb)).append("(MISSING)");
                continue;
            }
            if (verb == 'v') {
                if (sharp) {
                    sharp = false;
                    sharpV = true;
                }
                if (plus) {
                    plus = false;
                    plusV = true;
                }
            }
            Object arg = args[argNum++];
            printArg(arg, verb);
            wrote(fast ? Writes.ARG_FAST : Writes.ARG, arg, verb);
        }
        if (!reordered && argNum < args.length) {
            clearFlags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < args.length; k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object a = args[k];
                if (a == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(((Iface) a).type()).append('=');
                    printArg(a, 'v');
                }
            }
            buf.append(')');
        }
        return buf.toString();
    }

    private static String runeText(char verb) {
        return Interp.runeToString(verb);
    }

    String sprint(Object[] args) {
        buf.setLength(0);
        boolean prevString = false;
        for (int k = 0; k < args.length; k++) {
            Object a = args[k];
            boolean isString = a instanceof Iface iv && Types.kindOf(iv.type()) == Kind.STRING
                    && iv.type().underlying() == Types.STRING;
            if (k > 0 && !isString && !prevString) {
                buf.append(' ');
                wrote(Writes.SPACE, null, ' ');
            }
            clearFlags();
            printArg(a, 'v');
            wrote(Writes.ARG_PRINT, a, 'v');
            prevString = isString;
        }
        return buf.toString();
    }

    String sprintln(Object[] args) {
        buf.setLength(0);
        for (int k = 0; k < args.length; k++) {
            if (k > 0) {
                buf.append(' ');
                wrote(Writes.SPACE_LN, null, ' ');
            }
            clearFlags();
            printArg(args[k], 'v');
            wrote(Writes.ARG_LN, args[k], 'v');
        }
        buf.append('\n');
        wrote(Writes.NEWLINE, null, '\n');
        return buf.toString();
    }

    // ---------------------------------------------------------------- arguments

    private void printArg(Object arg, char verb) {
        if (arg == null) {
            switch (verb) {
                case 'T', 'v' -> padString("<nil>");
                default -> badVerbNil(verb);
            }
            return;
        }
        Iface iv = (Iface) arg;
        Type t = iv.type();
        Object v = iv.val();
        if (verb != 'T' && ReflectNatives.isValue(t)) {
            // print.go printArg's reflect.Value case: the value it holds
            Object held = ReflectNatives.contents(v);
            if (held == ReflectNatives.INVALID) {
                padString("<invalid reflect.Value>");
            } else if (held instanceof Iface h && verb != 'p' && !methods.valueHandlesMethods()) {
                printValue(h.val(), h.type(), verb, 0, false);
            } else {
                printArg(held, verb);
            }
            return;
        }
        if (verb == 'T') {
            fmtS(t.toString());
            return;
        }
        if (verb == 'p') {
            fmtPointer(v, t, verb);
            return;
        }
        printValue(v, t, verb, 0, true);
    }

    /**
     * print.go handleMethods: a Formatter formats itself for any verb; under %#v a GoStringer gives
     * its GoString unpadded; otherwise the verbs that print strings use Error, else String.
     */
    private boolean handleMethods(Object v, Type t, char verb) {
        if (erroring) {
            return false;
        }
        if (t.underlying() instanceof Interface) {
            // a field or element of interface type: its dynamic value (reflect's Value.Interface)
            if (v == null) {
                return false;
            }
            t = ((Iface) v).type();
            v = ((Iface) v).val();
        }
        if (verb == 'w' && methods.wrapsErrors()) {
            // only Errorf's first %w, of an error: printed as %v
            if (!stringMethod(t, "Error") || !wrapErrs || wrappedErr != null) {
                wrappedErr = null;
                wrapErrs = false;
                badVerb(verb, v, t);
                return true;
            }
            wrappedErr = new Iface(t, v);
            verb = 'v';
        }
        String name = isFormatter(t) ? "Format"
                : sharpV ? (stringMethod(t, "GoString") ? "GoString" : null)
                : "vsxXq".indexOf(verb) < 0 ? null
                : stringMethod(t, "Error") ? "Error" : stringMethod(t, "String") ? "String" : null;
        if (name == null) {
            return false;
        }
        Iface arg = new Iface(t, Interp.isAggregate(t) ? Values.copyAgg(v) : v);
        try {
            switch (name) {
                case "Format" -> buf.append(methods.callFormat(arg, verb, stateFlags(),
                        wid >= 0 ? wid : -ppWid - 1, prec >= 0 ? prec : -ppPrec - 1));
                case "GoString" -> fmtS(methods.call(arg, name));
                default -> fmtString(methods.call(arg, name), verb, Types.STRING);
            }
        } catch (MethodPanic p) {
            // catchPanic: a nil pointer prints <nil> (unpadded); any other panic is shown in place
            if (p.written != null) {
                buf.append(p.written);
            }
            if (v == null && t instanceof Pointer) {
                buf.append("<nil>");
            } else {
                buf.append("%!").append(runeText(verb)).append("(PANIC=");
                if (methods.panicNamesMethod()) {
                    buf.append(name).append(" method: ");
                }
                buf.append(methods.format(p.value)).append(')');
            }
        }
        return true;
    }

    /** Whether t's method set has name() string (error's Error, Stringer's String, GoStringer's GoString). */
    private static boolean stringMethod(Type t, String name) {
        Signature sig = Types.methodSetSig(t, name);
        return sig != null && sig.params.isEmpty() && !sig.variadic && sig.results.size() == 1
                && Types.identical(sig.results.get(0), Types.STRING);
    }

    /** Whether t implements fmt.Formatter: Format(fmt.State, rune). */
    private static boolean isFormatter(Type t) {
        Signature sig = Types.methodSetSig(t, "Format");
        return sig != null && sig.params.size() == 2 && !sig.variadic && sig.results.isEmpty()
                && sig.params.get(0).toString().equals("fmt.State") && Types.identical(sig.params.get(1), Types.INT32);
    }

    /** The flags State.Flag reports (print.go pp.Flag: %+v and %#v count as + and #). */
    private String stateFlags() {
        StringBuilder f = new StringBuilder(5);
        if (minus) {
            f.append('-');
        }
        if (plus || plusV) {
            f.append('+');
        }
        if (sharp || sharpV) {
            f.append('#');
        }
        if (space) {
            f.append(' ');
        }
        if (zero) {
            f.append('0');
        }
        return f.toString();
    }

    private void printValue(Object v, Type t, char verb, int depth, boolean canInterface) {
        if (canInterface && handleMethods(v, t, verb)) {
            return;
        }
        Type u = t.underlying();
        switch (u) {
            case Basic b when b.kind == Kind.BOOL -> fmtBool((Boolean) v, verb, t);
            case Basic b when b.kind.isInteger() -> fmtInteger((Long) v, b.kind.isUnsigned(), verb, t);
            case Basic b when b.kind.isFloat() -> fmtFloatVerb((Double) v, verb, t);
            case Basic b when b.kind.isComplex() -> fmtComplex((Complex) v, verb, t);
            case Basic b when b.kind == Kind.STRING -> fmtString((String) v, verb, t);
            case Interface i -> {
                if (v == null) {
                    if (sharpV) {
                        buf.append(t).append("(nil)");
                    } else {
                        padString("<nil>");
                    }
                    return;
                }
                Iface iv = (Iface) v;
                printValue(iv.val(), iv.type(), verb, depth + 1, canInterface);
            }
            case Struct st -> {
                if (sharpV) {
                    buf.append(t);
                }
                buf.append('{');
                StructVal sv = (StructVal) v;
                for (int k = 0; k < st.fields.size(); k++) {
                    if (k > 0) {
                        buf.append(sharpV ? ", " : " ");
                    }
                    Types.Field fd = st.fields.get(k);
                    if (plusV || sharpV) {
                        buf.append(fd.name()).append(':');
                    }
                    boolean exported = Character.isUpperCase(fd.name().charAt(0));
                    printValue(sv.f[k], fd.type(), verb, depth + 1, canInterface && exported);
                }
                buf.append('}');
            }
            case Slice s -> {
                SliceVal sv = (SliceVal) v;
                if (Types.kindOf(s.elem) == Kind.UINT8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
                    fmtString(Interp.bytesToString(sv), verb, t);
                    return;
                }
                if (sharpV) {
                    buf.append(t);
                    if (sv == null) {
                        buf.append("(nil)");
                        return;
                    }
                    buf.append('{');
                    for (int k = 0; k < sv.len; k++) {
                        if (k > 0) {
                            buf.append(", ");
                        }
                        printValue(sv.a[sv.off + k], s.elem, verb, depth + 1, canInterface);
                    }
                    buf.append('}');
                    return;
                }
                buf.append('[');
                int n = sv == null ? 0 : sv.len;
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        buf.append(' ');
                    }
                    printValue(sv.a[sv.off + k], s.elem, verb, depth + 1, canInterface);
                }
                buf.append(']');
            }
            case Array a -> {
                ArrayVal av = (ArrayVal) v;
                if (sharpV) {
                    buf.append(t).append('{');
                } else {
                    buf.append('[');
                }
                for (int k = 0; k < av.a.length; k++) {
                    if (k > 0) {
                        buf.append(sharpV ? ", " : " ");
                    }
                    printValue(av.a[k], a.elem, verb, depth + 1, canInterface);
                }
                buf.append(sharpV ? '}' : ']');
            }
            case MapT m -> {
                MapVal mv = (MapVal) v;
                if (sharpV) {
                    buf.append(t);
                    if (mv == null) {
                        buf.append("(nil)");
                        return;
                    }
                    buf.append('{');
                } else {
                    buf.append("map[");
                }
                if (mv != null) {
                    List<Object> keys = mv.keys();
                    int start = keys.isEmpty() ? -1 : methods.mapPrintStart(keys.size());
                    if (start < 0) {
                        keys.sort((x, y) -> compareKeys(x, y, m.key));
                    } else {
                        java.util.Collections.rotate(keys, -start);
                    }
                    for (int k = 0; k < keys.size(); k++) {
                        if (k > 0) {
                            buf.append(sharpV ? ", " : " ");
                        }
                        printValue(keys.get(k), m.key, verb, depth + 1, canInterface);
                        buf.append(':');
                        printValue(mv.get(keys.get(k)), m.value, verb, depth + 1, canInterface);
                    }
                }
                buf.append(sharpV ? '}' : ']');
            }
            case Pointer p -> {
                if (depth == 0 && v != null) {
                    Type eu = p.elem.underlying();
                    if (eu instanceof Struct || eu instanceof Array || eu instanceof Slice || eu instanceof MapT) {
                        buf.append('&');
                        // a pointer to a struct or array is the aggregate itself; to a slice or map, a cell holding it
                        printValue(Interp.isAggregate(p.elem) ? v : ((Values.Ptr) v).load(), p.elem, verb, depth + 1, canInterface);
                        return;
                    }
                }
                fmtPointer(v, t, verb);
            }
            case Chan c -> fmtPointer(v, t, verb);
            case Signature s -> fmtPointer(v, t, verb);
            // print.go printValue: Chan, Func and UnsafePointer print as pointers
            case Basic b when b.kind == Kind.UNSAFE_POINTER -> fmtPointer(v, t, verb);
            default -> buf.append("?");
        }
    }

    /** fmtsort's ordering of map keys. */
    private int compareKeys(Object x, Object y, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.kind.isInteger()) {
                return b.kind.isUnsigned() ? Long.compareUnsigned((Long) x, (Long) y) : Long.compare((Long) x, (Long) y);
            }
            if (b.kind == Kind.STRING) {
                return ((String) x).compareTo((String) y);
            }
            if (b.kind.isFloat()) {
                return Double.compare((Double) x, (Double) y);
            }
            if (b.kind.isComplex()) { // internal/fmtsort compare: real part, then imaginary
                int c = Double.compare(((Complex) x).re(), ((Complex) y).re());
                return c != 0 ? c : Double.compare(((Complex) x).im(), ((Complex) y).im());
            }
            if (b.kind == Kind.BOOL) {
                return Boolean.compare((Boolean) x, (Boolean) y);
            }
        }
        if (u instanceof Struct st) {
            for (int k = 0; k < st.fields.size(); k++) {
                int c = compareKeys(((StructVal) x).f[k], ((StructVal) y).f[k], st.fields.get(k).type());
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (u instanceof Array a) {
            for (int k = 0; k < ((ArrayVal) x).a.length; k++) {
                int c = compareKeys(((ArrayVal) x).a[k], ((ArrayVal) y).a[k], a.elem);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (u instanceof Interface) {
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : -1) : 1;
            }
            Iface ix = (Iface) x;
            Iface iy = (Iface) y;
            if (!Types.identical(ix.type(), iy.type())) {
                return ix.type().toString().compareTo(iy.type().toString());
            }
            return compareKeys(ix.val(), iy.val(), ix.type());
        }
        // pointers and channels: by address
        return Long.compare(x == null ? 0 : methods.addressOf(x), y == null ? 0 : methods.addressOf(y));
    }

    // ---------------------------------------------------------------- kinds

    /** print.go badVerb: the operand printed with %v under the verb's own flags, width and precision. */
    private void badVerb(char verb, Object v, Type t) {
        buf.append("%!").append(runeText(verb)).append('(');
        buf.append(t).append('=');
        erroring = true;
        printValue(v, t, 'v', 0, true);
        erroring = false;
        buf.append(')');
    }

    private void badVerbNil(char verb) {
        buf.append("%!").append(runeText(verb)).append("(<nil>)");
    }

    private void fmtBool(boolean v, char verb, Type t) {
        if (verb == 't' || verb == 'v') {
            padString(v ? "true" : "false");
        } else {
            badVerb(verb, v, t);
        }
    }

    private void fmtInteger(long v, boolean unsigned, char verb, Type t) {
        switch (verb) {
            case 'v' -> {
                if (sharpV && !unsigned) {
                    integer(v, 10, false, "0123456789abcdefx");
                } else if (sharpV) {
                    sharp = true;
                    integer(v, 16, true, "0123456789abcdefx");
                } else {
                    integer(v, 10, unsigned, "0123456789abcdefx");
                }
            }
            case 'd' -> integer(v, 10, unsigned, "0123456789abcdefx");
            case 'b' -> integer(v, 2, unsigned, "0123456789abcdefx");
            case 'o', 'O' -> integer(v, 8, unsigned, "0123456789abcdefx");
            case 'x' -> integer(v, 16, unsigned, "0123456789abcdefx");
            case 'X' -> integer(v, 16, unsigned, "0123456789ABCDEFX");
            case 'c' -> padString(Interp.runeToString(v));
            case 'q' -> padString(quoteRune(v));
            case 'U' -> {
                String h = Long.toHexString(v).toUpperCase();
                while (h.length() < 4) {
                    h = "0" + h;
                }
                String s = "U+" + h;
                if (sharp && v >= 0 && v <= 0x10FFFF) {
                    s += " '" + Interp.runeToString(v) + "'";
                }
                padString(s);
            }
            default -> badVerb(verb, v, t);
        }
    }

    /** fmt.fmtInteger: sign, precision zeros, # prefixes, zero padding to width. */
    private void integer(long v, int base, boolean unsigned, String digits) {
        boolean negative = !unsigned && v < 0;
        String mag;
        if (unsigned) {
            mag = Long.toUnsignedString(v, base);
        } else {
            mag = v == Long.MIN_VALUE ? Long.toUnsignedString(v, base) : Long.toString(Math.abs(v), base);
        }
        if (digits.charAt(10) == 'A') {
            mag = mag.toUpperCase();
        }
        int precision = prec;
        if (prec == 0 && v == 0) {
            boolean oldZero = zero;
            zero = false;
            writePadding(wid);
            zero = oldZero;
            return;
        }
        boolean zeroPad = zero && wid > 0 && !minus && prec < 0;
        if (zeroPad) {
            precision = wid;
            if (negative || plus || space) {
                precision--;
            }
        }
        StringBuilder num = new StringBuilder(mag);
        while (num.length() < precision) {
            num.insert(0, '0');
        }
        if (sharp) {
            switch (base) {
                case 2 -> num.insert(0, "0b");
                case 8 -> {
                    if (num.charAt(0) != '0') {
                        num.insert(0, '0');
                    }
                }
                case 16 -> num.insert(0, digits.charAt(16) == 'X' ? "0X" : "0x");
                default -> {
                }
            }
        }
        if (negative) {
            num.insert(0, '-');
        } else if (plus) {
            num.insert(0, '+');
        } else if (space) {
            num.insert(0, ' ');
        }
        boolean oldZero = zero;
        zero = false;
        pad(num.toString());
        zero = oldZero;
    }

    /** print.go fmtComplex: "(" real, imaginary part always signed, "i)", each part as its float size does. */
    private void fmtComplex(Complex v, char verb, Type t) {
        if ("vbgGxXfFeE".indexOf(verb) < 0 || (verb == 'x' || verb == 'X') && !methods.hexFloats()) {
            badVerb(verb, v, t);
            return;
        }
        Type part = Types.kindOf(t) == Kind.COMPLEX64 ? Types.FLOAT32 : Types.FLOAT64;
        boolean oldPlus = plus;
        buf.append('(');
        fmtFloatVerb(v.re(), verb, part);
        plus = true;
        fmtFloatVerb(v.im(), verb, part);
        buf.append("i)");
        plus = oldPlus;
    }

    private void fmtFloatVerb(double v, char verb, Type t) {
        boolean f32 = Types.kindOf(t) == Kind.FLOAT32; // print.go printValue: fmtFloat(v, 32, verb)
        switch (verb) {
            case 'v' -> fmtFloat(v, 'g', prec < 0 ? -1 : prec, f32); // print.go fmtFloat: an explicit precision applies
            case 'b', 'g', 'G' -> fmtFloat(v, verb, prec < 0 ? -1 : prec, f32);
            case 'x', 'X' -> {
                if (methods.hexFloats()) {
                    fmtFloat(v, verb, prec < 0 ? -1 : prec, f32);
                } else {
                    badVerb(verb, v, t);
                }
            }
            case 'f', 'e', 'E', 'F' -> fmtFloat(v, verb == 'F' ? 'f' : verb, prec < 0 ? 6 : prec, f32);
            default -> badVerb(verb, v, t);
        }
    }

    private void fmtFloat(double v, char verb, int precision, boolean f32) {
        String num = formatFloat(v, verb, precision, f32);
        if (!num.startsWith("-") && !num.startsWith("+")) {
            num = "+" + num;
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num = " " + num.substring(1);
        }
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            boolean oldZero = zero;
            zero = false;
            // fmt/format.go:472-482 (go1.7): only NaN loses its sign; +Inf keeps it
            if (Double.isNaN(v) && !plus && !space) {
                num = num.substring(1);
            }
            pad(num);
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b' && methods.sharpFloats()) {
            num = sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && wid > num.length() && !minus) {
                buf.append(num.charAt(0));
                for (int k = num.length(); k < wid; k++) {
                    buf.append('0');
                }
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        String body = num.substring(1);
        if (zero && wid > body.length() && !minus) {
            for (int k = body.length(); k < wid; k++) {
                buf.append('0');
            }
            buf.append(body);
            return;
        }
        pad(body);
    }

    /**
     * The '#' flag on a signed number text: a decimal point always, and for %g and %x the trailing
     * zeros up to the precision (6 when none) counted from the first nonzero character, which
     * for %x includes the 'x' of "0x" (1.19 format.go:519-577, whose loop this follows).
     */
    private static String sharpFloat(String num, char verb, int prec) {
        int digits = verb == 'g' || verb == 'G' || verb == 'x' ? (prec == -1 ? 6 : prec) : 0;
        String tail = "";
        boolean point = false;
        boolean nonzero = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                point = true;
            } else if (c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
                tail = num.substring(i);
                num = num.substring(0, i);
            } else {
                nonzero |= c != '0';
                if (nonzero) {
                    digits--;
                }
            }
        }
        StringBuilder sb = new StringBuilder(num);
        if (!point) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--; // a lone 0 is one digit
            }
            sb.append('.');
        }
        for (; digits > 0; digits--) {
            sb.append('0');
        }
        return sb.append(tail).toString();
    }

    /**
     * strconv's binary formats, from the float's bits (float32's when f32): 'b' is -ddddp±ddd, the
     * mantissa and its power of two (1.19 ftoa.go:57-104, fmtB :467-488); 'x' and 'X' are
     * -0x1.yyyyp±dd with the fraction rounded half to even to prec hex digits, all when prec < 0
     * (fmtX :490-570).
     */
    static String binaryFloat(double v, char fmt, int prec, boolean f32) {
        long bits = f32 ? Float.floatToRawIntBits((float) v) & 0xffffffffL : Double.doubleToRawLongBits(v);
        int mantbits = f32 ? 23 : 52;
        int expbits = f32 ? 8 : 11;
        boolean neg = (bits >>> (expbits + mantbits)) != 0;
        int exp = (int) (bits >>> mantbits) & ((1 << expbits) - 1);
        long mant = bits & ((1L << mantbits) - 1);
        if (exp == (1 << expbits) - 1) {
            return mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
        }
        if (exp == 0) {
            exp++; // denormal
        } else {
            mant |= 1L << mantbits;
        }
        exp -= (1 << (expbits - 1)) - 1; // the bias: 127 or 1023
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        if (fmt == 'b') {
            int e = exp - mantbits;
            return sb.append(mant).append(e >= 0 ? "p+" : "p").append(e).toString();
        }
        if (mant == 0) {
            exp = 0;
        }
        // the leading 1, if any, at bit 60
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > 1L << 59) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1; // rounding carried into a new leading digit
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            sb.append('.');
            for (; mant != 0; mant <<= 4) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++, mant <<= 4) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        return sb.append(Math.abs(exp) < 10 ? "0" : "").append(Math.abs(exp)).toString();
    }

    /** strconv.FormatFloat(v, fmt, prec, 64) for 'e', 'E', 'f', 'g', 'G' (prec -1: shortest). */
    static String formatFloat(double v, char fmt, int prec) {
        return formatFloat(v, fmt, prec, false);
    }

    /** f32: v is a float32, whose shortest digits are float32's (FormatFloat's bitSize 32). */
    static String formatFloat(double v, char fmt, int prec, boolean f32) {
        if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
            return binaryFloat(v, fmt, prec, f32);
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        // decimal digits and decimal point position: value = 0.d1d2d3... * 10^dp
        String digs;
        int dp;
        boolean shortest = prec < 0;
        if (prec == 0 && (fmt == 'g' || fmt == 'G')) {
            prec = 1; // %.0g is %.1g (go1.7 ftoa.go:135-137, 1.19 :137-139)
        }
        if (a == 0) {
            digs = "0";
            dp = 1;
        } else if (shortest) {
            BigDecimal bd = shortest(a, f32);
            digs = bd.unscaledValue().toString();
            dp = digs.length() - bd.scale();
        } else {
            BigDecimal exact = new BigDecimal(a);
            int digits;
            switch (fmt) {
                case 'e', 'E' -> digits = prec + 1;
                case 'f' -> {
                    BigDecimal r = exact.setScale(prec, RoundingMode.HALF_EVEN);
                    String s = r.toPlainString();
                    if (prec == 0 && s.contains(".")) {
                        s = s.substring(0, s.indexOf('.'));
                    }
                    return (neg ? "-" : "") + s;
                }
                default -> digits = prec == 0 ? 1 : prec;
            }
            BigDecimal r = exact.round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
            BigDecimal st = r.stripTrailingZeros();
            digs = st.unscaledValue().toString();
            dp = digs.length() - st.scale();
            if (fmt == 'e' || fmt == 'E') {
                while (digs.length() < digits) {
                    digs += "0";
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> {
                int p = shortest ? digs.length() - 1 : prec;
                fmtE(sb, digs, dp, p, fmt);
            }
            case 'f' -> {
                int p = shortest ? Math.max(digs.length() - dp, 0) : prec;
                fmtF(sb, digs, dp, p);
            }
            default -> {
                // %g
                int eprec = prec;
                if (eprec > digs.length() && digs.length() >= dp) {
                    eprec = digs.length();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = dp - 1;
                if (exp < -4 || exp >= eprec) {
                    int p = (shortest ? digs.length() : Math.min(prec, digs.length())) - 1;
                    if (!shortest && prec > digs.length()) {
                        p = digs.length() - 1;
                    }
                    fmtE(sb, digs, dp, Math.max(p, 0), fmt == 'G' ? 'E' : 'e');
                } else {
                    int p = shortest ? Math.max(digs.length() - dp, 0) : Math.max(Math.min(prec, digs.length()) - dp, 0);
                    fmtF(sb, digs, dp, p);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The shortest decimal that parses back to a (strconv/ftoa.go's shortest mode), as a double or,
     * when f32, as a float32. Double.toString and Float.toString give it, except that they never
     * print fewer than two digits (4.9E-324 for Go's 5e-324, 1.4E-45 for 1e-45): then a one-digit
     * neighbour that round-trips wins.
     */
    private static BigDecimal shortest(double a, boolean f32) {
        BigDecimal bd = new BigDecimal(f32 ? Float.toString((float) a) : Double.toString(a)).stripTrailingZeros();
        if (bd.precision() == 2) {
            BigDecimal exact = new BigDecimal(a);
            BigDecimal best = null;
            for (RoundingMode m : new RoundingMode[]{RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new java.math.MathContext(1, m));
                if ((f32 ? c.floatValue() == (float) a : c.doubleValue() == a) && (best == null
                        || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return bd;
    }

    private static void fmtE(StringBuilder sb, String digs, int dp, int prec, char fmt) {
        sb.append(digs.charAt(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(i < digs.length() ? digs.charAt(i) : '0');
            }
        }
        sb.append(fmt);
        int exp = digs.equals("0") ? 0 : dp - 1;
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    private static void fmtF(StringBuilder sb, String digs, int dp, int prec) {
        if (dp > 0) {
            for (int i = 0; i < dp; i++) {
                sb.append(i < digs.length() ? digs.charAt(i) : '0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                int j = dp + i;
                sb.append(j >= 0 && j < digs.length() ? digs.charAt(j) : '0');
            }
        }
    }

    /** print.go fmtString; t is the operand's type, which a bad verb shows (%!d(main.S=x)). */
    private void fmtString(String s, char verb, Type t) {
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    fmtQ(s);
                } else {
                    fmtS(s);
                }
            }
            case 's' -> fmtS(s);
            case 'q' -> fmtQ(s);
            case 'x', 'X' -> {
                StringBuilder sb = new StringBuilder();
                int n = prec >= 0 ? Math.min(prec, s.length()) : s.length();
                for (int k = 0; k < n; k++) {
                    if (space && k > 0) {
                        sb.append(' ');
                    }
                    if (sharp && (space || k == 0)) {
                        sb.append(verb == 'x' ? "0x" : "0X");
                    }
                    String h = String.format("%02x", (int) s.charAt(k));
                    sb.append(verb == 'X' ? h.toUpperCase() : h);
                }
                padString(sb.toString());
            }
            default -> badVerb(verb, s, t);
        }
    }

    /** format.go truncate: a precision counts runes. */
    private String truncate(String s) {
        if (prec >= 0) {
            int i = 0;
            int runes = 0;
            while (i < s.length() && runes < prec) {
                i += (int) (Interp.decodeRune(s, i) & 0xFF);
                runes++;
            }
            s = s.substring(0, i);
        }
        return s;
    }

    private void fmtS(String s) {
        padString(truncate(s));
    }

    /** format.go fmt_q (go1.7 format.go:410): truncated, backquoted with #, ASCII-only with +. */
    private void fmtQ(String s) {
        s = truncate(s);
        if (sharp && canBackquote(s)) {
            padString("`" + s + "`");
        } else {
            padString(plus ? quoteASCII(s) : quote(s));
        }
    }

    /** strconv.CanBackquote: no control characters but tab, no backquote, no BOM, valid UTF-8. */
    private static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            long d = Interp.decodeRune(s, i);
            int width = (int) (d & 0xFF);
            long r = d >> 8;
            i += width;
            if (width > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == 0xFFFD || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private void fmtPointer(Object v, Type t, char verb) {
        long u = v == null ? 0 : methods.addressOf(v);
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    buf.append('(').append(t).append(")(");
                    buf.append(u == 0 ? "nil" : "0x" + Long.toHexString(u));
                    buf.append(')');
                } else if (u == 0) {
                    padString("<nil>");
                } else {
                    padString("0x" + Long.toHexString(u));
                }
            }
            case 'p' -> padString(sharp ? Long.toHexString(u) : "0x" + Long.toHexString(u));
            case 'b', 'o', 'd', 'x', 'X' -> {
                sharp = verb != 'd' && !sharp ? true : sharp;
                integer(u, verb == 'b' ? 2 : verb == 'o' ? 8 : verb == 'd' ? 10 : 16, true,
                        verb == 'X' ? "0123456789ABCDEFX" : "0123456789abcdefx");
            }
            default -> badVerb(verb, v, t);
        }
    }

    // ---------------------------------------------------------------- padding

    private static int runeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            i += (int) (Interp.decodeRune(s, i) & 0xFF);
        }
        return n;
    }

    private void writePadding(int n) {
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    private void padString(String s) {
        pad(s);
    }

    private void pad(String s) {
        if (wid < 0 || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - runeCount(s);
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            boolean oldZero = zero;
            zero = false;
            writePadding(width);
            zero = oldZero;
        }
    }

    // ---------------------------------------------------------------- quoting (strconv)

    /** strconv.Quote of a byte string (result is a byte string). */
    static String quote(String s) {
        return quote(s, false);
    }

    /** strconv.QuoteToASCII. */
    static String quoteASCII(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); ) {
            long d = Interp.decodeRune(s, i);
            int width = (int) (d & 0xFF);
            long r = d >> 8;
            if (width == 1 && r == 0xFFFD) {
                sb.append("\\x").append(String.format("%02x", (int) s.charAt(i)));
                i++;
                continue;
            }
            if (ascii && r >= 0x80) {
                appendUnicodeEscape(sb, r);
            } else {
                appendEscaped(sb, r, '"');
            }
            i += width;
        }
        return sb.append('"').toString();
    }

    static String quoteRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) {
            r = 0xFFFD;
        }
        StringBuilder sb = new StringBuilder("'");
        appendEscaped(sb, r, '\'');
        return sb.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder sb, long r, char quote) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (r < 0x80 && r >= 0x20 && r != 0x7F) {
            sb.append((char) r);
            return;
        }
        if (r >= 0x80 && isPrint((int) r)) {
            sb.append(Interp.runeToString(r));
            return;
        }
        switch ((int) r) {
            case 7 -> sb.append("\\a");
            case 8 -> sb.append("\\b");
            case 12 -> sb.append("\\f");
            case 10 -> sb.append("\\n");
            case 13 -> sb.append("\\r");
            case 9 -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    sb.append("\\x").append(String.format("%02x", r));
                } else {
                    appendUnicodeEscape(sb, r);
                }
            }
        }
    }

    private static void appendUnicodeEscape(StringBuilder sb, long r) {
        if (r < 0x10000) {
            sb.append("\\u").append(String.format("%04x", r));
        } else {
            sb.append("\\U").append(String.format("%08x", r));
        }
    }

    private static boolean isPrint(int r) {
        int type = Character.getType(r);
        return switch (type) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> r == 0x3000 ? false : r == ' ';
            default -> true;
        };
    }

    /** A panic value as printpanics prints it (Error/String methods are applied by the caller first). */
    static String panicValue(Object v, java.util.function.ToLongFunction<Object> addressOf) {
        if (v == null) {
            return "nil";
        }
        if (!(v instanceof Iface i)) {
            // a panic value is always an interface{} (panic's parameter); an unboxed one is a simulator
            // bug, and the report still prints it as print does rather than stop with a Java exception
            return v instanceof Double d ? BuiltinCalls.printFloat(d)
                    : v instanceof Complex c ? BuiltinCalls.printComplex(c) : String.valueOf(v);
        }
        Type u = i.type().underlying();
        if (u instanceof Basic b) {
            if (b.kind == Kind.STRING) {
                return (String) i.val();
            }
            if (b.kind.isFloat()) {
                return BuiltinCalls.printFloat((Double) i.val());
            }
            if (b.kind.isComplex()) {
                return BuiltinCalls.printComplex((Complex) i.val());
            }
            if (b.kind.isInteger() && b.kind.isUnsigned()) {
                return Long.toUnsignedString((Long) i.val());
            }
            return String.valueOf(i.val());
        }
        return "(" + i.type() + ") 0x" + Long.toHexString(addressOf.applyAsLong(i.val()));
    }
}
