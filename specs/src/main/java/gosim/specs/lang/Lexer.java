package gosim.specs.lang;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's lexer with automatic semicolon insertion: models go/scanner/scanner.go (Scan, scanNumber,
 * scanEscape, scanString, scanRawString, insertSemi). String values are "byte strings": every Java
 * char holds one byte (0..255) of the Go string, so len, indexing and slicing are Go's.
 */
final class Lexer {
    /** One token: its kind, where it starts, its source text and (for literals) its value. */
    record Token(Tok kind, Pos pos, String text, Object value) {
    }

    private final String file;
    private final String src;
    /** Go 1.11's line directives (with columns, and in block comments), else go1.7's ({@link LineDirectives}). */
    private final boolean directives111;
    /** The line directive in effect, or null before the file's first one. */
    private Pos.Base base;
    /** Bad line directives: reported with the file's other errors, as the parser goes on (go1.19 syntax/parser.go). */
    final java.util.List<GoCompileError.Diagnostic> directiveErrors = new java.util.ArrayList<>();
    private int off;
    private int line = 1;
    private int lineStart;
    private boolean insertSemi;
    /** Where the last token scanned starts: a parser can start over there ({@link #mark}). */
    private int markOff;
    private int markLine = 1;
    private int markLineStart;
    private Pos.Base markBase;

    /** A place to start lexing again: the start of a token at which no semicolon is pending. */
    record Mark(String file, String src, int off, int line, int lineStart, boolean directives111, Pos.Base base) {
    }

    /** The start of the token last returned by {@link #next} (valid when no semicolon was pending there). */
    Mark mark() {
        return new Mark(file, src, markOff, markLine, markLineStart, directives111, markBase);
    }

    /** A lexer that starts at m, as the original did when it scanned the token there. */
    Lexer(Mark m) {
        this.file = m.file();
        this.src = m.src();
        this.off = m.off();
        this.line = m.line();
        this.lineStart = m.lineStart();
        this.directives111 = m.directives111();
        this.base = m.base();
    }

    /** A lexer of the file reading line directives as Go 1.11 and later do (the library's, and tests'). */
    Lexer(String file, String src) {
        this(file, src, true);
    }

    /** A lexer of the file; {@code directives111}: line directives as Go 1.11 and later read them. */
    Lexer(String file, String src, boolean directives111) {
        this.file = file;
        this.src = src;
        this.directives111 = directives111;
        if (src.startsWith(BOM)) {
            off = 1; // a leading BOM is skipped (go1.19 syntax/source.go nextch)
            lineStart = 1;
        }
    }

    /** U+FEFF: allowed only as the file's first character. */
    private static final String BOM = "\uFEFF";

    /** Go's scanner rejects NUL and a BOM after the start anywhere, even in comments (syntax/source.go nextch). */
    private void checkChar(char c, int at) {
        if (c == 0) {
            throw err(at, "invalid NUL character");
        }
        if (c == '\uFEFF') {
            throw err(at, "invalid BOM in the middle of the file");
        }
    }

    private Pos pos(int at) {
        // a //line directive's base starts on the next line: its own line (the newline's semicolon) is the old base's
        return new Pos(file, line, at - lineStart + 1, base == null ? null : base.at(line));
    }

    private GoCompileError err(int at, String msg) {
        return new GoCompileError(pos(at), msg);
    }

    private char peek(int k) {
        return off + k < src.length() ? src.charAt(off + k) : '\0';
    }

    private void newline(int at) {
        line++;
        lineStart = at + 1;
    }

    /** The next token; a SEMICOLON with text "\n" is one inserted at a newline or EOF. */
    Token next() {
        while (true) {
            while (off < src.length()) {
                char c = src.charAt(off);
                if (c == '\n') {
                    if (insertSemi) {
                        insertSemi = false;
                        Token t = new Token(Tok.SEMICOLON, pos(off), "\n", null);
                        newline(off);
                        off++;
                        return t;
                    }
                    newline(off);
                    off++;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    off++;
                } else {
                    break;
                }
            }
            if (off >= src.length()) {
                if (insertSemi) {
                    insertSemi = false;
                    return new Token(Tok.SEMICOLON, pos(off), "\n", null);
                }
                return new Token(Tok.EOF, pos(off), "", null);
            }
            if (src.charAt(off) == '/' && peek(1) == '/') {
                int start = off;
                while (off < src.length() && src.charAt(off) != '\n') {
                    checkChar(src.charAt(off), off);
                    off++;
                }
                if (src.startsWith(LINE, start + 2)) {
                    lineComment(start);
                }
                continue;
            }
            if (src.charAt(off) == '/' && peek(1) == '*') {
                int start = off;
                Pos startPos = pos(start);
                int startLine = line;
                off += 2;
                boolean hadNewline = false;
                Pos semiPos = null;
                while (true) {
                    if (off >= src.length()) {
                        throw new GoCompileError(startPos, "comment not terminated");
                    }
                    char c = src.charAt(off);
                    checkChar(c, off);
                    if (c == '*' && peek(1) == '/') {
                        off += 2;
                        break;
                    }
                    if (c == '\n') {
                        if (!hadNewline) {
                            semiPos = pos(start);
                        }
                        hadNewline = true;
                        newline(off);
                    }
                    off++;
                }
                if (directives111 && src.startsWith(LINE, start + 2)) {
                    Pos.Base b = LineDirectives.update(file, base, src.substring(start + 2 + LINE.length(), off - 2),
                            startLine, startPos.col() + 2 + LINE.length(), line + 1, off - lineStart + 1, directiveErrors);
                    if (b != null) {
                        // the code after the comment gets a line of its own in the function's line table,
                        // as Go's pcln table gives it its own entry: a PC maps to one line
                        line++;
                        base = b;
                    }
                }
                if (hadNewline && insertSemi) {
                    insertSemi = false;
                    return new Token(Tok.SEMICOLON, semiPos, "\n", null);
                }
                continue;
            }
            break;
        }
        markOff = off;
        markLine = line;
        markLineStart = lineStart;
        markBase = base;
        Token t = scan();
        insertSemi = switch (t.kind) {
            case IDENT, INT, FLOAT, IMAG, CHAR, STRING, BREAK, CONTINUE, FALLTHROUGH, RETURN, INC, DEC, RPAREN,
                 RBRACK, RBRACE -> true;
            default -> false;
        };
        return t;
    }

    /** What a line directive's comment text starts with. */
    private static final String LINE = "line ";

    /** A {@code //line} comment from {@code start} to {@code off} (the newline or EOF): a directive for the next line. */
    private void lineComment(int start) {
        String text = src.substring(start + 2 + LINE.length(), off);
        Pos.Base b;
        if (directives111) {
            if (start != lineStart) {
                return; // //line must start its line (syntax/parser.go: col == colbase)
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1); // commentText
            }
            b = LineDirectives.update(file, base, text, line, 1 + 2 + LINE.length(), line + 1, 1, directiveErrors);
        } else {
            if (off >= src.length()) {
                return; // go1.7 getlinepragma: EOF before the newline ends the comment as no directive
            }
            b = LineDirectives.update17(base, text, pos(start), line + 1);
        }
        if (b != null) {
            base = b;
        }
    }

    private static boolean isLetter(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token scan() {
        int start = off;
        Pos p = pos(start);
        char c = src.charAt(off);
        if (isLetter(c)) {
            while (off < src.length() && (isLetter(src.charAt(off)) || Character.isDigit(src.charAt(off)))) {
                off++;
            }
            String word = src.substring(start, off);
            Tok kw = KEYWORDS.get(word);
            return new Token(kw != null ? kw : Tok.IDENT, p, word, null);
        }
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            return scanNumber(p);
        }
        off++;
        switch (c) {
            case '"':
                return scanString(p, start);
            case '`': {
                StringBuilder sb = new StringBuilder();
                while (true) {
                    if (off >= src.length()) {
                        throw new GoCompileError(p, "raw string literal not terminated");
                    }
                    char ch = src.charAt(off);
                    checkChar(ch, off);
                    if (ch == '`') {
                        off++;
                        break;
                    }
                    if (ch == '\n') {
                        newline(off);
                    }
                    if (ch != '\r') {
                        sb.append(ch);
                    }
                    off++;
                }
                return new Token(Tok.STRING, p, src.substring(start, off), utf8(sb.toString()));
            }
            case '\'':
                return scanRune(p, start);
            case ':':
                return op(p, start, match('=') ? Tok.DEFINE : Tok.COLON);
            case '.':
                if (peek(0) == '.' && peek(1) == '.') {
                    off += 2;
                    return op(p, start, Tok.ELLIPSIS);
                }
                return op(p, start, Tok.PERIOD);
            case ',':
                return op(p, start, Tok.COMMA);
            case ';':
                return new Token(Tok.SEMICOLON, p, ";", null);
            case '(':
                return op(p, start, Tok.LPAREN);
            case ')':
                return op(p, start, Tok.RPAREN);
            case '[':
                return op(p, start, Tok.LBRACK);
            case ']':
                return op(p, start, Tok.RBRACK);
            case '{':
                return op(p, start, Tok.LBRACE);
            case '}':
                return op(p, start, Tok.RBRACE);
            case '+':
                return op(p, start, match('+') ? Tok.INC : match('=') ? Tok.ADD_ASSIGN : Tok.ADD);
            case '-':
                return op(p, start, match('-') ? Tok.DEC : match('=') ? Tok.SUB_ASSIGN : Tok.SUB);
            case '*':
                return op(p, start, match('=') ? Tok.MUL_ASSIGN : Tok.MUL);
            case '/':
                return op(p, start, match('=') ? Tok.QUO_ASSIGN : Tok.QUO);
            case '%':
                return op(p, start, match('=') ? Tok.REM_ASSIGN : Tok.REM);
            case '^':
                return op(p, start, match('=') ? Tok.XOR_ASSIGN : Tok.XOR);
            case '~':
                return op(p, start, Tok.TILDE);
            case '<':
                if (match('-')) {
                    return op(p, start, Tok.ARROW);
                }
                if (match('<')) {
                    return op(p, start, match('=') ? Tok.SHL_ASSIGN : Tok.SHL);
                }
                return op(p, start, match('=') ? Tok.LEQ : Tok.LSS);
            case '>':
                if (match('>')) {
                    return op(p, start, match('=') ? Tok.SHR_ASSIGN : Tok.SHR);
                }
                return op(p, start, match('=') ? Tok.GEQ : Tok.GTR);
            case '=':
                return op(p, start, match('=') ? Tok.EQL : Tok.ASSIGN);
            case '!':
                return op(p, start, match('=') ? Tok.NEQ : Tok.NOT);
            case '&':
                if (match('^')) {
                    return op(p, start, match('=') ? Tok.AND_NOT_ASSIGN : Tok.AND_NOT);
                }
                return op(p, start, match('&') ? Tok.LAND : match('=') ? Tok.AND_ASSIGN : Tok.AND);
            case '|':
                return op(p, start, match('|') ? Tok.LOR : match('=') ? Tok.OR_ASSIGN : Tok.OR);
            default:
                checkChar(c, start);
                throw new GoCompileError(p, String.format("invalid character U+%04X '%c'", (int) c, c));
        }
    }

    private boolean match(char c) {
        if (off < src.length() && src.charAt(off) == c) {
            off++;
            return true;
        }
        return false;
    }

    private Token op(Pos p, int start, Tok t) {
        return new Token(t, p, src.substring(start, off), null);
    }

    private Token scanNumber(Pos p) {
        int start = off;
        boolean isFloat = false;
        if (src.charAt(off) == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'b' || peek(1) == 'B'
                || peek(1) == 'o' || peek(1) == 'O')) {
            boolean hex = peek(1) == 'x' || peek(1) == 'X';
            off += 2;
            while (off < src.length() && (Character.digit(src.charAt(off), 16) >= 0 || src.charAt(off) == '_'
                    || hex && src.charAt(off) == '.')) {
                off++;
            }
            if (hex && off < src.length() && (src.charAt(off) == 'p' || src.charAt(off) == 'P')) {
                isFloat = true; // a hexadecimal float (Go 1.13): mantissa times 2^exponent, exact in BigDecimal
                off++;
                if (off < src.length() && (src.charAt(off) == '+' || src.charAt(off) == '-')) {
                    off++;
                }
                while (off < src.length() && (isDigit(src.charAt(off)) || src.charAt(off) == '_')) {
                    off++;
                }
            }
        } else {
            while (off < src.length() && (isDigit(src.charAt(off)) || src.charAt(off) == '_')) {
                off++;
            }
            if (off < src.length() && src.charAt(off) == '.') {
                isFloat = true;
                off++;
                while (off < src.length() && (isDigit(src.charAt(off)) || src.charAt(off) == '_')) {
                    off++;
                }
            }
            if (off < src.length() && (src.charAt(off) == 'e' || src.charAt(off) == 'E')) {
                isFloat = true;
                off++;
                if (off < src.length() && (src.charAt(off) == '+' || src.charAt(off) == '-')) {
                    off++;
                }
                while (off < src.length() && (isDigit(src.charAt(off)) || src.charAt(off) == '_')) {
                    off++;
                }
            }
        }
        boolean imag = off < src.length() && src.charAt(off) == 'i';
        String digits = src.substring(start, off).replace("_", "");
        if (imag) {
            off++;
            // an imaginary literal: its digits are decimal even with a leading 0 (the spec's imaginary_lit)
            if (!isFloat && !digits.matches("0[xXbBoO].*")) {
                isFloat = true;
            }
        }
        String text = src.substring(start, off);
        if (isFloat) {
            try {
                java.math.BigDecimal v = digits.matches("0[xX].*") ? hexFloat(digits.substring(2))
                        : new java.math.BigDecimal(digits);
                return new Token(imag ? Tok.IMAG : Tok.FLOAT, p, text, v);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new GoCompileError(p, "malformed floating-point constant");
            }
        }
        java.math.BigInteger v;
        try {
            String lower = digits.toLowerCase();
            if (lower.startsWith("0x")) {
                v = new java.math.BigInteger(lower.substring(2), 16);
            } else if (lower.startsWith("0b")) {
                v = new java.math.BigInteger(lower.substring(2), 2);
            } else if (lower.startsWith("0o")) {
                v = new java.math.BigInteger(lower.substring(2), 8);
            } else if (lower.length() > 1 && lower.startsWith("0")) {
                v = new java.math.BigInteger(lower.substring(1), 8);
            } else {
                v = new java.math.BigInteger(lower);
            }
        } catch (NumberFormatException e) {
            throw new GoCompileError(p, "invalid digit in numeric literal " + text);
        }
        return new Token(imag ? Tok.IMAG : Tok.INT, p, text, imag ? new java.math.BigDecimal(v) : v);
    }

    /** The exact value of a hexadecimal float's digits after 0x: mantissa "h.h", then "p" and a binary exponent. */
    private static java.math.BigDecimal hexFloat(String s) {
        int pi = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = s.substring(0, pi);
        int exp = Integer.parseInt(s.substring(pi + 1));
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            exp -= 4 * (mant.length() - dot - 1);
            mant = mant.substring(0, dot) + mant.substring(dot + 1);
        }
        if (Math.abs(exp) > 100000) {
            throw new ArithmeticException("exponent");
        }
        java.math.BigDecimal m = new java.math.BigDecimal(new java.math.BigInteger(mant.isEmpty() ? "0" : mant, 16));
        java.math.BigDecimal two = java.math.BigDecimal.valueOf(2);
        return exp >= 0 ? m.multiply(two.pow(exp)) : m.divide(two.pow(-exp));
    }

    private Token scanRune(Pos p, int start) {
        if (off >= src.length() || src.charAt(off) == '\n') {
            throw new GoCompileError(p, "rune literal not terminated");
        }
        int value;
        if (src.charAt(off) == '\\') {
            off++;
            value = scanEscape('\'', p, null);
        } else if (src.charAt(off) == '\'') {
            throw new GoCompileError(p, "empty rune literal or unescaped ' in rune literal");
        } else {
            value = src.codePointAt(off);
            off += Character.charCount(value);
        }
        if (off >= src.length() || src.charAt(off) != '\'') {
            throw new GoCompileError(p, "rune literal not terminated");
        }
        off++;
        return new Token(Tok.CHAR, p, src.substring(start, off), (long) value);
    }

    private Token scanString(Pos p, int start) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (true) {
            if (off >= src.length() || src.charAt(off) == '\n') {
                throw new GoCompileError(p, "newline in string");
            }
            char c = src.charAt(off);
            checkChar(c, off);
            if (c == '"') {
                off++;
                break;
            }
            if (c == '\\') {
                off++;
                scanEscape('"', p, buf);
            } else {
                int cp = src.codePointAt(off);
                off += Character.charCount(cp);
                buf.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Token(Tok.STRING, p, src.substring(start, off), buf.toString(StandardCharsets.ISO_8859_1));
    }

    /**
     * Scans one escape after the backslash. For a string literal (buf != null) byte escapes append
     * raw bytes and rune escapes append UTF-8; the returned value is the rune or byte value.
     */
    private int scanEscape(char quote, Pos p, ByteArrayOutputStream buf) {
        if (off >= src.length()) {
            throw new GoCompileError(p, "escape sequence not terminated");
        }
        char c = src.charAt(off++);
        int v;
        boolean isByte = false;
        switch (c) {
            case 'a' -> v = 7;
            case 'b' -> v = 8;
            case 'f' -> v = 12;
            case 'n' -> v = 10;
            case 'r' -> v = 13;
            case 't' -> v = 9;
            case 'v' -> v = 11;
            case '\\' -> v = '\\';
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                off--;
                v = digits(8, 3, p);
                isByte = true;
                if (v > 255) {
                    throw new GoCompileError(p, "octal escape value > 255: " + v);
                }
            }
            case 'x' -> {
                v = digits(16, 2, p);
                isByte = true;
            }
            case 'u' -> v = digits(16, 4, p);
            case 'U' -> v = digits(16, 8, p);
            default -> {
                if (c == quote) {
                    v = c;
                } else {
                    throw new GoCompileError(p, "unknown escape sequence");
                }
            }
        }
        if (!isByte && (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))) {
            throw new GoCompileError(p, "escape sequence is invalid Unicode code point");
        }
        if (buf != null) {
            if (isByte) {
                buf.write(v);
            } else {
                buf.writeBytes(new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return v;
    }

    private int digits(int base, int n, Pos p) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = off < src.length() ? Character.digit(src.charAt(off), base) : -1;
            if (d < 0) {
                throw new GoCompileError(p, "invalid character in escape sequence");
            }
            v = v * base + d;
            off++;
        }
        return v;
    }

    /**
     * Source bytes as text; the first invalid UTF-8 sequence is Go's "invalid UTF-8 encoding" at its
     * line and column (go1.19 syntax/source.go nextch).
     */
    static String decode(String file, byte[] b) {
        var dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (b[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int col = new String(b, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new GoCompileError(new Pos(file, line, col), "invalid UTF-8 encoding");
        }
        dec.flush(out);
        return out.flip().toString();
    }

    /** A Java (UTF-16) string as a Go byte string: one char per UTF-8 byte. */
    static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static final java.util.Map<String, Tok> KEYWORDS = new java.util.HashMap<>();

    static {
        for (Tok t : Tok.values()) {
            if (t.isKeyword()) {
                KEYWORDS.put(t.text, t);
            }
        }
    }
}
