package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Line directives in compile errors and in the default dialect (the run-time side under Go 1.19 is
 * src/test/go/lang/linedirective.go and boundsline.go, checked by LangProgramsTest).
 */
class LineDirectivesTest {
    /** Bad directives, errors under four bases: go1.19 syntax/parser.go updateBase's messages and positions. */
    static final String BAD = """
            package main

            func main() {
            //line foo.go:x
            //line foo.go:0
            //line foo.go:1:0
            \t/*line foo.go:
            10*/ var x int = "s"
            \t/*line q.go:7*/ var y int = "s"
            //line :20
            \tvar z int = "s"
            \t/*line r.go:5:5*/ var w int = "s"
            //line foo.go
            //line :
            \t_, _, _, _ = x, y, z, w
            }
            """;

    /**
     * What real Go 1.19.8 printed for BAD as prog.go ({@code go build prog.go}, after its
     * "# command-line-arguments" line): a directive's bad number is an error at the number and the
     * parse goes on; positions print relative to the directive in effect, without a column when it
     * gave none (":20" names no file); errors are grouped by base in the order errors first used
     * each (the file's, r.go's with the syntax errors, then q.go's and ""'s as the checker found them).
     */
    static final String BAD_ERRORS = """
            ./prog.go:4:15: invalid line number: x
            ./prog.go:5:15: invalid line number: 0
            ./prog.go:6:17: invalid column number: 0
            ./prog.go:7:16: invalid line number:\s
            10
            ./prog.go:8:18: cannot use "s" (untyped string constant) as int value in variable declaration
            r.go:5:18: cannot use "s" (untyped string constant) as int value in variable declaration
            r.go:7:9: invalid line number:\s
            q.go:7: cannot use "s" (untyped string constant) as int value in variable declaration
            :20: cannot use "s" (untyped string constant) as int value in variable declaration
            """;

    @Test
    void compileErrorsPrintWhereTheDirectivesSay() throws IOException {
        CompileErrors.assertGosimPrints(BAD, BAD_ERRORS, "-go", "1.19");
    }

    @Test
    void badErrorsAreRealGosOwn() {
        CompileErrors.assertRealGoPrints(BAD, BAD_ERRORS);
    }

    /**
     * The default dialect reads directives as go1.7 did (cmd/compile/internal/gc/lex.go:326-327 and
     * getlinepragma, 865-1001): any {@code //line } comment, wherever it is on its line, names the
     * next line; its spaces are dropped (lex.go:973-975), the line number follows the last ':'
     * (977) and is strconv.Atoi's (987: "bar.go:7:3" is line 3 of "bar.go:7", there are no columns),
     * a number that does not parse or is below 1 changes nothing (988-997), and an empty name is "??"
     * (cmd/internal/obj/obj.go:95, setFile). Block comments are never directives (lex.go:297-322):
     * {@code /*line*&#47;} came with Go 1.11 (CL 86037).
     */
    @Test
    void go17ReadsLineCommentsOnly() throws IOException {
        Path dir = Files.createTempDirectory("linedirectives");
        try {
            RunOutput r = GosimRun.run(dir, "old.go", """
                    package main

                    import (
                    \t"fmt"
                    \t"runtime"
                    )

                    func where() string {
                    \t_, f, l, _ := runtime.Caller(1)
                    \treturn fmt.Sprintf("%s:%d", f, l)
                    }

                    func main() {
                    \tfmt.Println(where())
                    //line foo.go:10
                    \tfmt.Println(where())
                    //line :5
                    \tfmt.Println(where())
                    //line bar.go:7:3
                    \tfmt.Println(where())
                    \t/*line q.go:1*/ fmt.Println(where())
                    \tx := 1 //line  spaced.go : 20
                    \tfmt.Println(where(), x)
                    //line neg.go:-3
                    \tfmt.Println(where())
                    //line bad.go:x
                    \tfmt.Println(where())
                    }
                    """);
            assertEquals("""
                    /home/gopher/scenario/old.go:14
                    foo.go:10
                    ??:5
                    bar.go:7:3
                    bar.go:7:4
                    spaced.go:20 1
                    spaced.go:22
                    spaced.go:24
                    """, r.stdout(), r.stderr());
            // lex.go:991-994: above 1e8, "line number out of range" and errorexit
            RunOutput big = GosimRun.run(dir, "big.go", "package main\n\n//line big.go:100000001\nfunc main() {}\n");
            assertTrue(big.stderr().endsWith(": line number out of range\n"), big.stderr());
            assertEquals(2, big.exitCode());
            // under -go 1.19 the same number is a line (below syntax.PosMax, 1<<30)
            assertEquals(0, GosimRun.run(dir, "big.go", "package main\n\n//line big.go:100000001\nfunc main() {}\n",
                    "-go", "1.19").exitCode());
        } finally {
            Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
