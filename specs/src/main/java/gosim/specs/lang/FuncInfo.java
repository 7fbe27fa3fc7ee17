package gosim.specs.lang;

/**
 * One function of the program as the symbol table needs it: Go's qualified name (main.main,
 * main.main.func1, main.(*T).M), the file and its first and last lines.
 */
public record FuncInfo(String name, String file, int startLine, int endLine) {
    /** The start a nil func value gives a go statement: a sentinel, the statement throws instead (GoFatal.goOfNilFunc). */
    public static final FuncInfo NIL_GO = new FuncInfo("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1, 1);
}
