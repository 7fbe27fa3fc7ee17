package gosim.specs.lang;

/**
 * One function of the program as the symbol table needs it: Go's qualified name (main.main,
 * main.main.func1, main.(*T).M), the file and its first and last lines.
 */
public record FuncInfo(String name, String file, int startLine, int endLine) {
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
