package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Lexer.Token> lex(String src) {
        Lexer l = new Lexer("prog.go", src);
        List<Lexer.Token> out = new ArrayList<>();
        for (Lexer.Token t = l.next(); t.kind() != Tok.EOF; t = l.next()) {
            out.add(t);
        }
        return out;
    }

    private static String kinds(String src) {
        StringBuilder sb = new StringBuilder();
        for (Lexer.Token t : lex(src)) {
            sb.append(t.kind() == Tok.SEMICOLON && t.text().equals("\n") ? "NL" : t.kind().name()).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void semicolonsAreInsertedAfterLineFinalTokensThatEndStatements() {
        // Go spec: after an identifier, literal, break/continue/fallthrough/return, ++, --, ), ], }
        assertEquals("IDENT NL", kinds("x\n"));
        assertEquals("INT NL", kinds("1\n"));
        assertEquals("RETURN NL", kinds("return\n"));
        assertEquals("IDENT INC NL", kinds("i++\n"));
        assertEquals("RPAREN NL RBRACK NL RBRACE NL", kinds(")\n]\n}\n"));
        // ... but not after an operator or an opening brace
        assertEquals("IDENT ADD IDENT NL", kinds("a +\nb\n"));
        assertEquals("FUNC IDENT LPAREN RPAREN LBRACE RBRACE NL", kinds("func f() {\n}\n"));
        // and at EOF
        assertEquals("IDENT", kinds("x").replace(" NL", ""));
        assertEquals(2, lex("x").size());
    }

    @Test
    void commentsActLikeNewlinesOnlyWhenTheySpanLines() {
        assertEquals("IDENT NL IDENT NL", kinds("a // c\nb\n"));
        assertEquals("IDENT NL IDENT NL", kinds("a /* x\n y */ b\n"));
        assertEquals("IDENT IDENT NL", kinds("a /* x */ b\n"));
    }

    @Test
    void integerLiteralsInEveryBase() {
        assertEquals(BigInteger.valueOf(255), lex("0xff").get(0).value());
        assertEquals(BigInteger.valueOf(255), lex("0XFF").get(0).value());
        assertEquals(BigInteger.valueOf(8), lex("010").get(0).value());
        assertEquals(BigInteger.valueOf(8), lex("0o10").get(0).value());
        assertEquals(BigInteger.valueOf(5), lex("0b101").get(0).value());
        assertEquals(BigInteger.valueOf(1_000_000), lex("1_000_000").get(0).value());
        assertEquals(new BigInteger("18446744073709551615"), lex("18446744073709551615").get(0).value());
    }

    @Test
    void floatLiterals() {
        assertEquals(Tok.FLOAT, lex("1.5").get(0).kind());
        assertEquals(1e6, ((java.math.BigDecimal) lex("1e6").get(0).value()).doubleValue());
        assertEquals(0.25, ((java.math.BigDecimal) lex(".25").get(0).value()).doubleValue());
        assertEquals(150.0, ((java.math.BigDecimal) lex("1.5E+2").get(0).value()).doubleValue());
    }

    @Test
    void runeLiteralsWithEscapes() {
        assertEquals(97L, lex("'a'").get(0).value());
        assertEquals(10L, lex("'\\n'").get(0).value());
        assertEquals(39L, lex("'\\''").get(0).value());
        assertEquals(0x41L, lex("'\\x41'").get(0).value());
        assertEquals(0x263AL, lex("'\\u263A'").get(0).value());
        assertEquals(0x1F600L, lex("'\\U0001F600'").get(0).value());
        assertEquals(8L, lex("'\\010'").get(0).value());
        assertEquals(0x4E16L, lex("'世'").get(0).value());
    }

    @Test
    void stringLiteralsAreUtf8ByteStrings() {
        assertEquals("a\tb\"", lex("\"a\\tb\\\"\"").get(0).value());
        // "é" is two bytes in UTF-8: C3 A9
        assertEquals("\u00c3\u00a9", lex("\"é\"").get(0).value());
        // \xff is one raw byte, \u00ff is two UTF-8 bytes
        assertEquals("\u00ff", lex("\"\\xff\"").get(0).value());
        assertEquals("\u00c3\u00bf", lex("\"\\u00ff\"").get(0).value());
        // raw strings keep backslashes and newlines, drop carriage returns
        assertEquals("a\\n\nb", lex("`a\\n\r\nb`").get(0).value());
    }

    @Test
    void positionsAreLineAndColumn() {
        List<Lexer.Token> ts = lex("package main\n\nfunc  main() {\n}\n");
        Lexer.Token func = ts.get(3);
        assertEquals(Tok.FUNC, func.kind());
        assertEquals(new Pos("prog.go", 3, 1), func.pos());
        assertEquals(new Pos("prog.go", 3, 7), ts.get(4).pos());
    }

    @Test
    void badInputGivesGoErrors() {
        assertEquals("prog.go:1:5: newline in string",
                assertThrows(GoCompileError.class, () -> lex("x = \"abc\n")).getMessage());
        assertEquals("prog.go:1:1: invalid character U+0040 '@'",
                assertThrows(GoCompileError.class, () -> lex("@")).getMessage());
        assertEquals("prog.go:1:1: rune literal not terminated",
                assertThrows(GoCompileError.class, () -> lex("'ab'")).getMessage());
    }
}
