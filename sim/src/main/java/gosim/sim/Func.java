package gosim.sim;

import java.util.Objects;

/**
 * One function of the simulated text segment: models runtime/symtab.go's {@code _func} with its
 * pcln table. The code of a function is laid out as a fixed prologue followed by
 * {@link #LINE_BYTES} bytes per source line, so that every line (statement or call site) has a PC
 * and a PC maps back to exactly one line. A function whose lines a //line directive renames keeps
 * its layout by the file's own lines and has a table of what each prints as (the pcfile and pcln
 * tables of go1.19 runtime/symtab.go funcfile/funcline1, which may name several files).
 */
public final class Func {
    /** Bytes of stack-check prologue before the first line's code. */
    public static final int PROLOGUE = 0x14;
    /** Bytes of code per source line. */
    public static final int LINE_BYTES = 0x10;
    /** Length of an amd64 CALL rel32: a return PC is the call's PC plus this. */
    public static final int CALL_LEN = 5;

    private final String name;
    private final String file;
    private final long entry;
    private final int startLine;
    private final int endLine;
    private final int prologue;
    /** For each line from startLine, the file and line it prints as; null when they are its own. */
    private final String[] lineFiles;
    private final int[] lineNumbers;

    Func(String name, String file, long entry, int startLine, int endLine, int prologue) {
        this(name, file, entry, startLine, endLine, prologue, null, null);
    }

    Func(String name, String file, long entry, int startLine, int endLine, int prologue, String[] lineFiles, int[] lineNumbers) {
        if (endLine < startLine) {
            throw new IllegalArgumentException(name + ": end line " + endLine + " before start line " + startLine);
        }
        this.name = Objects.requireNonNull(name);
        this.file = Objects.requireNonNull(file);
        this.entry = entry;
        this.startLine = startLine;
        this.endLine = endLine;
        this.prologue = prologue;
        if ((lineFiles == null) != (lineNumbers == null)
                || lineFiles != null && (lineFiles.length != endLine - startLine + 1 || lineNumbers.length != lineFiles.length)) {
            throw new IllegalArgumentException(name + ": a line table must name every line " + startLine + "-" + endLine);
        }
        this.lineFiles = lineFiles;
        this.lineNumbers = lineNumbers;
    }

    public String name() {
        return name;
    }

    public String file() {
        return file;
    }

    /** The entry PC. */
    public long entry() {
        return entry;
    }

    /** One past the last PC of this function. */
    public long end() {
        return entry + prologue + (long) (endLine - startLine + 1) * LINE_BYTES;
    }

    public int startLine() {
        return startLine;
    }

    public int endLine() {
        return endLine;
    }

    /** The PC of the code for {@code line}: where a call made on that line sits. */
    public long pcOfLine(int line) {
        if (line < startLine || line > endLine) {
            throw new IllegalArgumentException(
                    name + " spans lines " + startLine + "-" + endLine + " of " + file + ", not line " + line);
        }
        return entry + prologue + (long) (line - startLine) * LINE_BYTES;
    }

    /** The return PC pushed by a call made on {@code line}. */
    public long returnPC(int line) {
        return pcOfLine(line) + CALL_LEN;
    }

    /** The source line of {@code pc}, which must lie in this function (funcline). */
    public int line(long pc) {
        int l = layoutLine(pc);
        return lineNumbers == null ? l : lineNumbers[l - startLine];
    }

    /** The source file of {@code pc}, which must lie in this function (funcfile): the function's own but where a line directive renames it. */
    public String file(long pc) {
        int l = layoutLine(pc);
        return lineFiles == null ? file : lineFiles[l - startLine];
    }

    /** Which of the lines startLine..endLine holds pc's code. */
    private int layoutLine(long pc) {
        if (pc < entry || pc >= end()) {
            throw new IllegalArgumentException(String.format("pc %#x is outside %s", pc, name));
        }
        long off = pc - entry - prologue;
        return off < 0 ? startLine : startLine + (int) (off / LINE_BYTES);
    }

    /** True for functions of package runtime, which pprof hides at the top of a stack. */
    public boolean isRuntime() {
        return name.startsWith("runtime.");
    }

    @Override
    public String toString() {
        return String.format("%s@%#x (%s:%d)", name, entry, file, startLine);
    }
}
