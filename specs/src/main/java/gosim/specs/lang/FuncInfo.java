package gosim.specs.lang;

/**
 * One function of the program as the symbol table needs it: Go's qualified name (main.main,
 * main.main.func1, main.(*T).M), the file and its first and last lines. Lines are the file's
 * absolute ones (Pos.line); {@code bases} is the line directive in effect at its end (null if none
 * is), from which {@link #fileOf} and {@link #lineOf} give what its pcfile and pcln tables say of
 * each line, as Go's linker writes them (go1.19 cmd/internal/obj/pcln.go: the positions' relative
 * file and line).
 */
public record FuncInfo(String name, String file, int startLine, int endLine, Pos.Base bases) {
    /** A function of lines no line directive renames. */
    public FuncInfo(String name, String file, int startLine, int endLine) {
        this(name, file, startLine, endLine, null);
    }

    /** Whether some line of this function prints as another file's or line (a line directive is in effect there). */
    public boolean renamed() {
        return bases != null && bases.at(endLine) != null;
    }

    /** The file a traceback prints for absolute line {@code line} of this function. */
    public String fileOf(int line) {
        Pos.Base b = bases == null ? null : bases.at(line);
        return b == null ? file : b.runtimeFile();
    }

    /** The line a traceback prints for absolute line {@code line} of this function. */
    public int lineOf(int line) {
        Pos.Base b = bases == null ? null : bases.at(line);
        return b == null ? line : b.relLine() + (line - b.line());
    }

    /** The start a nil func value gives a go statement: a sentinel, the statement throws instead (GoFatal.goOfNilFunc). */
    public static final FuncInfo NIL_GO = new FuncInfo("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1, 1);

    // Written out rather than the record's own (an invokedynamic into java.lang.runtime.ObjectMethods):
    // SimHost looks the start function of every go statement up by it, and until C2 compiles that
    // path the JVM interprets the generated method handles, about 4 µs a lookup against 0.5 µs
    // (-Xint and -XX:-TieredCompilation, 20,000 HashMap gets). Same equality; no map keyed by
    // FuncInfo is iterated, so the hash decides no order.
    @Override
    public boolean equals(Object o) {
        return o instanceof FuncInfo f && startLine == f.startLine && endLine == f.endLine
                && java.util.Objects.equals(name, f.name) && java.util.Objects.equals(file, f.file);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(file)) * 31 + startLine;
    }
}
