package gosim.specs.lang;

import java.util.List;

/**
 * Line directives ({@code //line file:line} and, from Go 1.11, {@code /*line file:line:col*&#47;}), which
 * make the positions after them print as another file's lines: in compile errors, tracebacks and
 * runtime.Caller. Models go1.19 cmd/compile/internal/syntax/parser.go (the directive handler in
 * init, updateBase, trailingDigits) for the dialects from Go 1.11, where CL 86037 added the column
 * forms and the block comment; and for the default dialect go1.7
 * cmd/compile/internal/gc/lex.go getlinepragma with cmd/internal/obj/obj.go LineHist.setFile.
 */
final class LineDirectives {
    private LineDirectives() {
    }

    /** syntax.PosMax: the largest line or column a directive may give (go1.19 syntax/pos.go:11). */
    static final int POS_MAX = 1 << 30;
    /** go1.7 getlinepragma's bound ({@code n > 1e8}: "line number out of range", then errorexit). */
    static final int GO17_MAX = 100_000_000;

    /**
     * The base a Go 1.11+ directive sets: {@code text} is the comment's text after "line " (for a
     * {@code //} comment, without a trailing '\r'), at absolute (tline, tcol); the new base starts at
     * (line, col). Null, with an error added to {@code errs} when the text ends in a bad number,
     * when it is no directive (updateBase).
     */
    static Pos.Base update(String file, Pos.Base cur, String text, int tline, int tcol, int line, int col,
            List<GoCompileError.Diagnostic> errs) {
        int i = text.lastIndexOf(':') + 1; // from the right: Windows file names hold ':'
        if (i == 0) {
            return null; // not a line directive
        }
        long n = parseUint(text.substring(i));
        if (n < 0) {
            errs.add(new GoCompileError.Diagnostic(new Pos(file, tline, tcol + i, cur), "invalid line number: " + text.substring(i)));
            return null;
        }
        long relLine = n;
        long relCol = 0;
        int j = text.lastIndexOf(':', i - 2) + 1;
        long n2 = j == 0 ? -1 : parseUint(text.substring(j, i - 1));
        boolean hasCol = n2 >= 0;
        if (hasCol) { // filename:line:col
            relLine = n2;
            relCol = n;
            if (relCol == 0 || relCol > POS_MAX) {
                errs.add(new GoCompileError.Diagnostic(new Pos(file, tline, tcol + i, cur), "invalid column number: " + text.substring(i)));
                return null;
            }
            i = j;
        }
        if (relLine == 0 || relLine > POS_MAX) {
            errs.add(new GoCompileError.Diagnostic(new Pos(file, tline, tcol + i, cur), "invalid line number: " + text.substring(i)));
            return null;
        }
        String name = text.substring(0, i - 1);
        if (name.isEmpty() && hasCol) {
            name = cur == null ? file : cur.file(); // with a column, no name keeps the current one
        }
        // noder.trimFilename -> objabi.AbsFile("", name, ...): unchanged, "??" for none (go1.19 objabi/line.go:46)
        return new Pos.Base(name, line, col, (int) relLine, (int) relCol, name.isEmpty() ? "??" : name, cur);
    }

    /**
     * The base a go1.7 {@code //line} comment sets for the next line ({@code line}): {@code text}
     * follows "//line "; its spaces do not count, the line is after the last ':' (strconv.Atoi), and
     * a comment that is no directive or names a line below 1 changes nothing (null).
     */
    static Pos.Base update17(Pos.Base cur, String text, Pos at, int line) {
        String t = text.replace(" ", "");
        if (t.endsWith("\r")) {
            t = t.substring(0, t.length() - 1);
        }
        int linep = t.lastIndexOf(':') + 1;
        if (linep == 0) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(t.substring(linep)); // Atoi: an optional sign, then decimal digits
        } catch (NumberFormatException e) {
            return null; // lex.go: "todo: make this an error instead?"
        }
        if (n > GO17_MAX) {
            throw new GoCompileError(at, "line number out of range");
        }
        if (n <= 0) {
            return null;
        }
        // LineHist.setFile: an empty name becomes "??", for errors and the binary alike
        String name = t.substring(0, linep - 1);
        name = name.isEmpty() ? "??" : name;
        return new Pos.Base(name, line, 1, (int) n, 0, name, cur);
    }

    /**
     * strconv.ParseUint(s, 10, 0) as updateBase reads it: -1 when it fails (no digits, a sign, a
     * value above uint64), and any value above POS_MAX as POS_MAX + 1 (equally out of range).
     */
    private static long parseUint(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        try {
            long v = Long.parseUnsignedLong(s);
            return Long.compareUnsigned(v, POS_MAX) > 0 ? POS_MAX + 1L : v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
