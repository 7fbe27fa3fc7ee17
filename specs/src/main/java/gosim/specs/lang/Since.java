package gosim.specs.lang;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release gate of our Go standard-library sources: a line {@code //gosim:since 1.N} marks the
 * declaration that follows as added in Go 1.N (as Go's api/go1.N.txt lists it). For a dialect older
 * than 1.N the declaration is blanked out before parsing, so a program that uses it gets the
 * compiler's own error of that release ("undefined: os.ReadFile"), and line numbers stay put.
 * A declaration is the next line, or, when that line ends with '{' or '(', every line up to the
 * closing '}' or ')' at column 0 (at the mark's indentation inside a const or var block). {@code //gosim:before 1.N} marks the older variant of a declaration
 * that release N replaced (os.PathError became an alias of io/fs's in Go 1.16): it is blanked from
 * 1.N on. Marks on consecutive lines gate the one declaration after them together. A package whose source begins with a since line is absent from older releases, one that
 * begins with a before line from 1.N on.
 */
final class Since {
    private static final Pattern MARK = Pattern.compile("^(\\s*)//gosim:(since|before) 1\\.(\\d+)\\s*$");

    private Since() {
    }

    /**
     * Whether a package's source (or a library data file) exists in the release: false if it opens with
     * a since line beyond it or a before line the release has reached (unicode's tables_go17.go).
     */
    static boolean present(String src, IntPredicate atLeast) {
        Matcher m = MARK.matcher(src.lines().findFirst().orElse(""));
        return !m.matches() || atLeast.test(Integer.parseInt(m.group(3))) == m.group(2).equals("since");
    }

    /** The source with the declarations of releases the dialect has not reached blanked out. */
    static String strip(String src, IntPredicate atLeast) {
        if (!src.contains("//gosim:since")) {
            return src;
        }
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // the regex only on mark lines: matching every library line made Matcher.match hot enough
            // for C2 to spend a quarter second compiling it at every start (docs/kernel-profile.md)
            if (!lines[i].contains("//gosim:")) {
                continue;
            }
            Matcher m = MARK.matcher(lines[i]);
            if (!m.matches() || i + 1 >= lines.length) {
                continue;
            }
            // stacked marks (before 1.16, then since 1.13: os.PathError's own Unwrap) gate one declaration:
            // it is there only when every mark lets it be
            boolean keep = atLeast.test(Integer.parseInt(m.group(3))) == m.group(2).equals("since");
            int j = i + 1;
            Matcher n;
            while (j < lines.length && (n = MARK.matcher(lines[j])).matches()) {
                keep &= atLeast.test(Integer.parseInt(n.group(3))) == n.group(2).equals("since");
                j++;
            }
            if (keep || j >= lines.length) {
                i = j - 1;
                continue;
            }
            String first = lines[j].stripTrailing();
            // a mark inside a const or var block is indented as its declaration and closing line are
            String close = first.endsWith("{") ? m.group(1) + "}" : first.endsWith("(") ? m.group(1) + ")" : null;
            lines[j] = "";
            if (close != null) {
                for (j++; j < lines.length && !lines[j].equals(close); j++) {
                    lines[j] = "";
                }
                if (j >= lines.length) {
                    throw new IllegalStateException("//gosim:since declaration at line " + (i + 2) + " is not closed");
                }
                lines[j] = "";
            }
            i = j;
        }
        return String.join("\n", lines);
    }
}
