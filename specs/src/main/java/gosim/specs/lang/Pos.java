package gosim.specs.lang;

/** A source position as Go's go/token.Position prints it: {@code file:line:col} (1-based). */
public record Pos(String file, int line, int col) implements Comparable<Pos> {
    @Override
    public String toString() {
        return file + ":" + line + ":" + col;
    }

    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }
}
