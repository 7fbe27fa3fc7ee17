package gosim.specs.lang;

/**
 * A source position as the compiler reports it: models go1.19 cmd/compile/internal/syntax/pos.go
 * (Pos with its PosBase). {@code line} and {@code col} are where the token is in the file (the
 * absolute position, which orders positions and lays out the code); a line directive in effect
 * ({@code base}, null before the file's first one) makes it print relative to the directive's
 * filename:line[:col] ({@link #relFile}, {@link #relLine}, {@link #relCol}).
 */
public record Pos(String file, int line, int col, Base base) implements Comparable<Pos> {
    /** A position in a file with no line directive before it. */
    public Pos(String file, int line, int col) {
        this(file, line, col, null);
    }

    /**
     * What a line directive sets (syntax.NewLineBase, made by parser.go updateBase): from absolute
     * (line, col) on, positions are relLine (and relCol, 0 when the directive gave no column) of
     * {@code file}, counted onwards. {@code runtimeFile} is the name the binary's pcfile table holds
     * for it (what tracebacks and runtime.Caller print: "??" for none). {@code prev} is the base
     * before it, so that a function's whole line table can be read back from its last position.
     */
    public record Base(String file, int line, int col, int relLine, int relCol, String runtimeFile, Base prev) {
        /** The base in effect at absolute line {@code l} (this or an earlier one), or null. */
        Base at(int l) {
            Base b = this;
            while (b != null && b.line > l) {
                b = b.prev;
            }
            return b;
        }
    }

    /** RelFilename: the file name the position prints with. */
    public String relFile() {
        return base == null ? file : base.file;
    }

    /** RelLine: the line it prints with. */
    public int relLine() {
        return base == null ? line : base.relLine + (line - base.line);
    }

    /** RelCol: the column it prints with; 0 (none) after a directive without a column, until the next one. */
    public int relCol() {
        if (base == null) {
            return col;
        }
        if (base.relCol == 0) {
            return 0;
        }
        return line == base.line ? base.relCol + (col - base.col) : col;
    }

    /** As gc prints it: {@code file:line:col}, or {@code file:line} when the column is unknown (pos.go position_.String). */
    @Override
    public String toString() {
        int c = relCol();
        return c == 0 ? relFile() + ":" + relLine() : relFile() + ":" + relLine() + ":" + c;
    }

    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }
}
