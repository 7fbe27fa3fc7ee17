package gosim.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Simulated frames for plain Java code: the role of the compiler's pcln tables (runtime/symtab.go's
 * funcline) for goroutines written in Java. A Java method {@code example.Buffer.put} becomes the
 * function {@code example.Buffer.put} in {@code Buffer.java}, and a lambda {@code lambda$put$0}
 * becomes {@code example.Buffer.put.func1}, as Go names closures. Lines come from
 * {@link StackWalker}, so Java tests get meaningful dumps and profiles without
 * {@link Symtab#define} or {@link Go#line}.
 *
 * <p>Frames of the simulator itself, of its Java facades and of the JDK are skipped: the
 * innermost frame is the user's code that called into gosim.
 */
public final class JavaFrames {
    /** Lines a Java function spans (one function per method, from line 1). */
    static final int SPAN = 65535;
    /** The most Java frames mirrored onto a goroutine's stack at one call. */
    static final int MAX_MIRRORED = 16;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private JavaFrames() {
    }

    /** One user frame: its function and current line. */
    record Site(Func fn, int line) {
    }

    /** Where gosim's own classes come from: frames of classes loaded from there are machinery. */
    private static final java.util.Set<String> MACHINERY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        machinery(JavaFrames.class);
    }

    /** Whether a class is gosim's machinery or the JDK's, never the user's code (cached per class). */
    private static final ClassValue<Boolean> SKIPPED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            String n = c.getName();
            if (n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("org.junit.")) {
                return true;
            }
            String where = location(c);
            return where != null && MACHINERY.contains(where);
        }
    };

    private static String location(Class<?> c) {
        java.security.CodeSource cs = c.getProtectionDomain().getCodeSource();
        return cs == null || cs.getLocation() == null ? null : cs.getLocation().toString();
    }

    /**
     * Declares the jar (or classes directory) that {@code c} comes from as gosim machinery whose
     * frames never stand for user code (the simulator does this for itself; the JUnit extension
     * for the specs module). Call before goroutines run.
     */
    public static void machinery(Class<?> c) {
        String where = location(c);
        if (where != null) {
            MACHINERY.add(where);
        }
    }

    /** The function of a Java method: {@code lambda$m$N} is closure N+1 of m. */
    public static Func func(Symtab symtab, String cls, String method, String file) {
        String name = cls + "." + method;
        if (method.startsWith("lambda$")) {
            int d = method.lastIndexOf('$');
            String outer = d > 7 ? method.substring(7, d) : "lambda";
            String n = method.substring(d + 1);
            int k = n.chars().allMatch(Character::isDigit) && !n.isEmpty() ? Integer.parseInt(n) + 1 : 1;
            name = cls + "." + ("new".equals(outer) ? "init" : outer) + ".func" + k;
        }
        return symtab.define(name, file == null ? "unknown.java" : file, 1, SPAN);
    }

    private static int clampLine(int line) {
        return Math.max(1, Math.min(SPAN, line));
    }

    /** The user's frames on the calling Java stack, innermost first (at most {@link #MAX_MIRRORED}). */
    static List<StackWalker.StackFrame> userFrames() {
        // A goroutine's frames end at its Gmain: below it is its virtual thread's start, or with
        // bare continuations the carrier loop and whoever called GoRuntime.run, not the goroutine.
        return WALKER.walk(s -> s.takeWhile(f -> f.getDeclaringClass() != GoRuntime.Gmain.class)
                .filter(f -> !SKIPPED.get(f.getDeclaringClass())).limit(MAX_MIRRORED).toList());
    }

    /** The innermost user frame calling into gosim, as a function of g's runtime and a line. */
    static Site caller(G g) {
        List<StackWalker.StackFrame> fs = userFrames();
        if (fs.isEmpty()) {
            return new Site(g.rt.symtab.define("main.main", "main.go", 1), 1);
        }
        StackWalker.StackFrame f = fs.get(0);
        return new Site(func(g.rt.symtab, f.getClassName(), f.getMethodName(), f.getFileName()),
                clampLine(f.getLineNumber()));
    }

    /**
     * Mirrors the Java stack onto g's simulated stack before a wait or an allocation: the user's
     * frames inside g's innermost function are pushed (outermost first), and the innermost
     * function's line is set from its Java frame. Returns how many frames were pushed; pass that
     * to {@link #unmirror} afterwards.
     */
    static int mirror(G g) {
        List<StackWalker.StackFrame> fs = userFrames();
        Symtab st = g.rt.symtab;
        Func top = g.depth > 0 ? g.fns[g.depth - 1] : null;
        List<Site> inner = new ArrayList<>();
        for (StackWalker.StackFrame f : fs) {
            Func fn = func(st, f.getClassName(), f.getMethodName(), f.getFileName());
            int line = clampLine(f.getLineNumber());
            if (fn == top || top != null && fn.name().startsWith(top.name() + ".func")) {
                // the function itself, or a lambda in it: a goroutine started by Go.go(Runnable)
                g.lines[g.depth - 1] = line;
                break;
            }
            inner.add(new Site(fn, line));
        }
        if (inner.size() == fs.size() && inner.size() > 1) {
            inner = inner.subList(0, 1); // no frame matched: the caller alone says where
        }
        for (int i = inner.size() - 1; i >= 0; i--) {
            g.pushFrame(inner.get(i).fn(), inner.get(i).line());
        }
        return inner.size();
    }

    /** Pops the frames {@link #mirror} pushed. */
    static void unmirror(G g, int pushed) {
        for (int i = 0; i < pushed; i++) {
            g.popFrame(g.fns[g.depth - 1]);
        }
    }

    /** True when g's innermost function is a Java method's (its file is a .java file). */
    static boolean inJava(G g) {
        return g.depth > 0 && g.fns[g.depth - 1].file().endsWith(".java");
    }
}
