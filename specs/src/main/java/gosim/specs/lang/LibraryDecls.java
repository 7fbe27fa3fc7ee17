package gosim.specs.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level declarations of one of our standard library's Go files, found by a scan of its
 * characters that knows Go's comments, string, raw string and rune literals and bracket nesting
 * (so a "func" inside a raw string or a block comment starts nothing), without lexing or parsing:
 * each declaration's lines, keyword and the names it declares. Checker.lazyLibrary parses and
 * checks a declaration only when the program reaches it, as Go's linker keeps only the reachable
 * functions (cmd/link/internal/ld/deadcode.go), so a program that prints a line does not check fmt's
 * Scan family or math's functions.
 *
 * <p>A declaration starts at a line whose column 0 holds its keyword outside any bracket, comment
 * or literal, and takes the comment lines right above it (a directive such as {@code //go:noinline}
 * stays with its function); it ends where the next one starts. In a grouped declaration ({@code
 * var (}, {@code const (}, {@code type (}) a spec starts at nesting depth 1 on a line after one that
 * ends a statement (where Go's lexer inserts a semicolon), and its names are the identifiers at its
 * start.
 */
final class LibraryDecls {
    /**
     * A top-level declaration: source lines {@code start..end} (0-based, inclusive), its keyword,
     * the names it declares (a method's own name), for a method the receiver's base type name,
     * and whether it has type parameters (its own or its receiver's).
     */
    record Decl(int start, int end, String keyword, List<String> names, String recv, boolean generic) {
    }

    final String[] lines;
    final List<Decl> decls = new ArrayList<>();

    private LibraryDecls(String src) {
        lines = src.split("\n", -1);
    }

    /** The line of d's keyword (after the comments above it). */
    int keywordLine(Decl d) {
        int i = d.start();
        while (lines[i].startsWith("//")) {
            i++;
        }
        return i;
    }

    /** Whether the file has an import declaration. */
    boolean hasImports() {
        return decls.stream().anyMatch(d -> d.keyword().equals("import"));
    }

    /** The declarations of src, in source order. */
    static LibraryDecls scan(String src) {
        LibraryDecls d = new LibraryDecls(src);
        d.run();
        return d;
    }

    // the scan's state carried from line to line
    private int depth;
    private boolean inBlockComment;
    private boolean inRaw;
    /** Whether the last line with code ended where Go's lexer inserts a semicolon. */
    private boolean endsStatement = true;

    private void run() {
        int start = -1;
        String keyword = null;
        List<String> names = new ArrayList<>();
        String recv = null;
        boolean generic = false;
        boolean group = false;
        int comments = -1; // first line of the comment run just above the current line
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean top = depth == 0 && !inBlockComment && !inRaw;
            String kw = top ? keyword(line) : null;
            if (kw != null) {
                int from = comments >= 0 ? comments : i;
                if (keyword != null) {
                    decls.add(new Decl(start, from - 1, keyword, List.copyOf(names), recv, generic));
                }
                start = from;
                keyword = kw;
                names.clear();
                recv = null;
                generic = false;
                String rest = line.substring(kw.length()).stripLeading();
                group = !kw.equals("func") && rest.startsWith("(");
                if (kw.equals("func")) {
                    int at = 0;
                    if (rest.startsWith("(")) {
                        int close = rest.indexOf(')');
                        String r = rest.substring(1, close);
                        generic = r.contains("[");
                        recv = receiverBase(r);
                        at = close + 1;
                    }
                    String after = rest.substring(at).stripLeading();
                    String name = ident(after, 0);
                    names.add(name);
                    generic |= after.startsWith(name + "[");
                } else if (!group && !kw.equals("import")) {
                    identList(rest, names);
                    generic = kw.equals("type") && rest.startsWith(names.get(0) + "[");
                }
            } else if (group && depth == 1 && !inBlockComment && !inRaw && endsStatement) {
                String spec = line.stripLeading();
                if (!spec.isEmpty() && !spec.startsWith("//") && !spec.startsWith("/*") && !spec.startsWith(")")) {
                    int before = names.size();
                    identList(spec, names);
                    if (keyword.equals("type") && names.size() > before) {
                        generic |= spec.startsWith(names.get(before) + "[");
                        names.subList(before + 1, names.size()).clear(); // one name per type spec
                    }
                }
            }
            boolean commentLine = top && kw == null && line.startsWith("//");
            if (commentLine) {
                comments = comments >= 0 ? comments : i;
            } else {
                comments = -1;
            }
            scanLine(line);
            if (kw != null && group) {
                endsStatement = true; // the group's first spec starts on the next line
            }
        }
        if (keyword != null) {
            decls.add(new Decl(start, lines.length - 1, keyword, List.copyOf(names), recv, generic));
        }
    }

    private static final List<String> KEYWORDS = List.of("func", "var", "const", "type", "import");

    private static String keyword(String line) {
        for (String k : KEYWORDS) {
            if (line.startsWith(k) && line.length() > k.length()
                    && (line.charAt(k.length()) == ' ' || line.charAt(k.length()) == '(')) {
                return k;
            }
        }
        return null;
    }

    /** The base type name of a receiver's text ("p *pp", "*T", "T", "m Map[K, V]"). */
    private static String receiverBase(String r) {
        String t = r.strip();
        int sp = t.lastIndexOf(' ', t.indexOf('[') >= 0 ? t.indexOf('[') : t.length());
        if (sp >= 0 && !t.substring(0, sp).strip().isEmpty() && !t.startsWith("*")) {
            t = t.substring(sp + 1).strip();
        }
        if (t.startsWith("*")) {
            t = t.substring(1).strip();
        }
        return ident(t, 0);
    }

    /** The comma-separated identifiers at the start of s, added to out. */
    private static void identList(String s, List<String> out) {
        int i = 0;
        while (true) {
            String id = ident(s, i);
            if (id.isEmpty()) {
                return;
            }
            out.add(id);
            i += id.length();
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                return;
            }
            i++;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }

    private static String ident(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return s.substring(from, i);
    }

    /** Advances the nesting, comment and literal state over one line; notes how its code ends. */
    private void scanLine(String line) {
        char last = 0;
        char beforeLast = 0;
        boolean code = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inBlockComment) {
                if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    inBlockComment = false;
                    i++;
                }
                continue;
            }
            if (inRaw) {
                if (c == '`') {
                    inRaw = false;
                    last = c;
                    code = true;
                }
                continue;
            }
            switch (c) {
                case '/' -> {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '/') {
                        i = line.length();
                        continue;
                    }
                    if (i + 1 < line.length() && line.charAt(i + 1) == '*') {
                        inBlockComment = true;
                        i++;
                        continue;
                    }
                }
                case '`' -> inRaw = true;
                case '"', '\'' -> {
                    // an interpreted string or rune literal ends on its line; a backslash escapes
                    for (i++; i < line.length() && line.charAt(i) != c; i++) {
                        if (line.charAt(i) == '\\') {
                            i++;
                        }
                    }
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> {
                }
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                beforeLast = last;
                last = c;
                code = true;
            }
        }
        if (code && !inRaw) {
            endsStatement = Character.isLetterOrDigit(last) || last == '_' || last == '"' || last == '\''
                    || last == '`' || last == ')' || last == ']' || last == '}'
                    || (last == '+' || last == '-') && beforeLast == last;
        }
    }
}
