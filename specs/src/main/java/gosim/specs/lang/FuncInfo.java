package gosim.specs.lang;

/**
 * One function of the program as the symbol table needs it: Go's qualified name (main.main,
 * main.main.func1, main.(*T).M), the file and its first and last lines.
 */
public record FuncInfo(String name, String file, int startLine, int endLine) {
}
