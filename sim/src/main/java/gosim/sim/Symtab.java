package gosim.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated text segment and its symbol table: models runtime/symtab.go (findfunc, FuncForPC,
 * funcline, CallersFrames). Functions get entry PCs in the order they are defined, from
 * {@link #TEXT_START} upwards, so the same program always gets the same addresses.
 */
public final class Symtab {
    /** Where the text segment of a linux/amd64 Go binary starts. */
    public static final long TEXT_START = 0x401000L;
    /** Functions start on 16-byte boundaries, as amd64's funcAlign. */
    public static final int FUNC_ALIGN = 16;
    /** Lines reserved for a function defined without an end line. */
    public static final int DEFAULT_SPAN = 256;

    private final Map<String, Func> byName = new HashMap<>();
    private final List<Func> funcs = new ArrayList<>();
    private long[] entries = new long[16];
    private long next = TEXT_START;

    /** Defines (or returns the existing) function covering lines startLine..endLine of file. */
    public synchronized Func define(String name, String file, int startLine, int endLine) {
        return define(name, file, startLine, endLine, Func.PROLOGUE);
    }

    /**
     * Defines (or returns the existing) function covering lines startLine..endLine of file, whose
     * line {@code startLine + i} prints as {@code lineNumbers[i]} of {@code lineFiles[i]} (line directives).
     */
    public synchronized Func define(String name, String file, int startLine, int endLine, String[] lineFiles, int[] lineNumbers) {
        return define(name, file, startLine, endLine, Func.PROLOGUE, lineFiles, lineNumbers);
    }

    /** Defines a function with room for {@link #DEFAULT_SPAN} lines from startLine. */
    public Func define(String name, String file, int startLine) {
        return define(name, file, startLine, startLine + DEFAULT_SPAN - 1);
    }

    /** Defines a function with an explicit prologue size (0 for assembly stubs such as goexit). */
    synchronized Func define(String name, String file, int startLine, int endLine, int prologue) {
        return define(name, file, startLine, endLine, prologue, null, null);
    }

    private Func define(String name, String file, int startLine, int endLine, int prologue, String[] lineFiles, int[] lineNumbers) {
        Func f = byName.get(name);
        if (f != null) {
            if (!f.file().equals(file) || f.startLine() != startLine) {
                throw new IllegalArgumentException("function " + name + " is already defined at "
                        + f.file() + ":" + f.startLine());
            }
            return f;
        }
        f = new Func(name, file, next, startLine, endLine, prologue, lineFiles, lineNumbers);
        next = align(f.end());
        byName.put(name, f);
        if (funcs.size() == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[funcs.size()] = f.entry();
        funcs.add(f);
        return f;
    }

    private static long align(long pc) {
        return (pc + FUNC_ALIGN - 1) & -FUNC_ALIGN;
    }

    /** The function named {@code name}, or null. */
    public synchronized Func lookup(String name) {
        return byName.get(name);
    }

    /** All functions in address order. */
    public synchronized List<Func> funcs() {
        return List.copyOf(funcs);
    }

    /** One past the last byte of text. */
    public synchronized long textEnd() {
        return next;
    }

    /** findfunc: the function containing pc, or null (runtime.FuncForPC). */
    public synchronized Func funcForPC(long pc) {
        int i = Arrays.binarySearch(entries, 0, funcs.size(), pc);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return null;
        }
        Func f = funcs.get(i);
        return pc < f.end() ? f : null;
    }

    /**
     * CallersFrames of Go 1.7: each entry of {@code pcs} (up to the first 0) is a return PC; the
     * function is found at that PC, and the frame describes {@code pc-1} unless pc is the
     * function's entry. A PC in no function yields a zero frame, and so does an empty stack
     * (Go 1.7 yields one zero frame for it).
     */
    public List<Frame> callersFrames(long[] pcs) {
        List<Frame> out = new ArrayList<>();
        for (long pc : pcs) {
            if (pc == 0) {
                break;
            }
            Func f = funcForPC(pc);
            if (f == null) {
                out.add(ZERO_FRAME);
                continue;
            }
            long xpc = pc > f.entry() ? pc - 1 : pc;
            out.add(new Frame(xpc, f, f.name(), f.file(xpc), f.line(xpc), f.entry()));
        }
        if (out.isEmpty()) {
            out.add(ZERO_FRAME);
        }
        return out;
    }

    /** Go's Frame{}: no PC, no function. */
    public static final Frame ZERO_FRAME = new Frame(0, null, "", "", 0, 0);

    /** The frame of an exact PC (no return-address adjustment). */
    public Frame frameOf(long pc) {
        Func f = funcForPC(pc);
        if (f == null) {
            return new Frame(pc, null, "", "", 0, 0);
        }
        return new Frame(pc, f, f.name(), f.file(pc), f.line(pc), f.entry());
    }
}
