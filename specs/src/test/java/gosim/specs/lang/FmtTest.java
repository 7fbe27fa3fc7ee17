package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** fmt verbs, flags and widths; expected strings follow the fmt package documentation and examples. */
class FmtTest {
    private static final String DECLS = """
            type P struct {
            	X, Y int
            }

            type Temp float64

            func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

            type Err struct{ code int }

            func (e *Err) Error() string { return fmt.Sprintf("error %d", e.code) }

            type Level int

            func (l Level) String() string { return "L" + fmt.Sprint(int(l)) }
            """;

    /** Sprintf(format, args) inside a program; args is Go source. */
    private static String f(String format, String args) {
        String src = "package main\n\nimport \"fmt\"\n\n" + DECLS + "\nfunc main() {\n\tfmt.Print(fmt.Sprintf(\""
                + format + "\"" + (args.isEmpty() ? "" : ", " + args) + "))\n}\n";
        SequentialHost.Result r = GoRun.run(src);
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    /**
     * println of complex values and a panic with one: go1.7 runtime/print.go:154 printcomplex prints
     * "(", the real and the imaginary part as printfloat, "i)"; the expected text is go1.19's stderr for
     * the same program (go run), whose runtime prints the same.
     */
    @Test
    void printlnAndPanicPrintComplexAsTheRuntimeDoes() {
        SequentialHost.Result r = GoRun.run("package main\n\nfunc main() {\n\tvar c complex64 = complex(1.5, -0.25)\n"
                + "\tprintln(1+2i, c, -3i)\n\tvar e interface{} = 2 + 1i\n\tpanic(e)\n}\n");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("(+1.000000e+000+2.000000e+000i) (+1.500000e+000-2.500000e-001i) "
                + "(+0.000000e+000-3.000000e+000i)\npanic: (+2.000000e+000+1.000000e+000i)\n"), r.stderr());
    }

    /** Go 1.12+ sorts map keys (internal/fmtsort); Go 1.7 prints them in map iteration order. */
    @Test
    void mapKeysSortedFromGo112InIterationOrderBefore() {
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]string{10: \"z\", 2: \"y\", 1: \"x\"}\n"
                + "\tfor i := 0; i < 12; i++ {\n\t\tfmt.Println(m)\n\t}\n}\n";
        java.util.Set<String> seen17 = new java.util.TreeSet<>();
        for (String line : run(src, gosim.sim.GoVersion.DEFAULT).split("\n")) {
            seen17.add(line);
        }
        // rotations of the one iteration order, more than one of them over 12 prints
        java.util.Set<String> rotations = java.util.Set.of("map[10:z 2:y 1:x]", "map[2:y 1:x 10:z]", "map[1:x 10:z 2:y]");
        assertTrue(rotations.containsAll(seen17), seen17.toString());
        assertTrue(seen17.size() > 1, seen17.toString());
        assertEquals("map[1:x 2:y 10:z]\n".repeat(12), run(src, gosim.sim.GoVersion.parse("1.19")));
    }

    private static String run(String src, gosim.sim.GoVersion v) {
        SequentialHost.Result r = SequentialHost.run("prog.go", src, java.util.List.of("prog"), java.util.Map.of(), 1, v);
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    @Test
    void integers() {
        assertEquals("42|+5|-0042|-ff|0xff|0XFF|10|101|世|'x'|U+1F600", f("%v|%+d|%05d|%x|%#x|%#X|%o|%b|%c|%q|%U",
                "42, 5, -42, -255, 255, 255, 8, 5, 0x4E16, 'x', 0x1F600"));
        assertEquals("   42|42   |00042|  +42|   -7", f("%5d|%-5d|%05d|%+5d|%*d", "42, 42, 42, 42, 5, -7"));
        assertEquals("18446744073709551615 ff", f("%d %x", "^uint64(0), uint8(255)"));
    }

    @Test
    void floats() {
        assertEquals("1e+06 123456 1.234567e+06 3.5 1e-05 0.0001", f("%v %v %v %v %v %v",
                "1e6, 123456.0, 1234567.0, 3.5, 0.00001, 0.0001"));
        assertEquals("3.141590|3.14|1.234568e+03|1.234e-05|   3.142|3.14    |-003.142",
                f("%f|%.2f|%e|%g|%8.3f|%-8.2f|%08.3f", "3.14159, 3.14159, 1234.5678, 0.00001234, 3.14159, 3.14159, -3.14159"));
        assertEquals("+1.50|0.1|2", f("%+.2f|%.1f|%.0f", "1.5, 0.05, 2.5"));
    }

    @Test
    void stringsAndBytes() {
        assertEquals("hi|\"a\\\"b\\n\"|6869|68 69|     hello|hello     |he|    é",
                f("%s|%q|%x|% x|%10s|%-10s|%.2s|%5s", "\"hi\", \"a\\\"b\\n\", \"hi\", \"hi\", \"hello\", \"hello\", "
                        + "\"hello\", \"é\""));
        assertEquals("6869|hi|[104 105]", f("%x|%s|%v", "[]byte(\"hi\"), []byte(\"hi\"), []byte(\"hi\")"));
        assertEquals("true false", f("%t %v", "true, false"));
    }

    @Test
    void compositeValues() {
        assertEquals("{1 2}|{X:1 Y:2}|main.P{X:1, Y:2}|&{1 2}|&{X:1 Y:2}", f("%v|%+v|%#v|%v|%+v",
                "P{1, 2}, P{1, 2}, P{1, 2}, &P{1, 2}, &P{1, 2}"));
        assertEquals("[1 2 3]|[\"a\" \"b\"]|[]|map[]|map[a:1]|map[10:z]", f("%v|%q|%v|%v|%v|%v",
                "[]int{1, 2, 3}, []string{\"a\", \"b\"}, []int(nil), map[string]int(nil), map[string]int{\"a\": 1}, "
                        + "map[int]string{10: \"z\"}"));
        assertEquals("[[1 2] [3]] [2]bool{true, false}", f("%v %#v", "[][]int{{1, 2}, {3}}, [2]bool{true, false}"));
    }

    @Test
    void nilValues() {
        assertEquals("<nil>|%!d(<nil>)|<nil>|[]|map[]", f("%v|%d|%v|%v|%v",
                "nil, nil, (*P)(nil), []int(nil), map[int]int(nil)"));
    }

    @Test
    void methodsErrorAndString() {
        // %v and %s call Error() and String(); %d on a Stringer prints the number
        assertEquals("36.6°C|error 7|L3|3|[L1 L2]", f("%v|%v|%s|%d|%v",
                "Temp(36.6), &Err{7}, Level(3), Level(3), []Level{1, 2}"));
    }

    @Test
    void panicsInStringMethodsAreCaught() {
        // fmt's catchPanic: a nil pointer receiver prints <nil>; other panics print in place, in the
        // default dialect as go1.7 print.go:538-545 does ("%!", verb, "(PANIC=", value, ")"); Go 1.12
        // added the method's name ("String method: "), which stdlib/fmt_methods.go checks under 1.19
        String src = "package main\n\nimport \"fmt\"\n\ntype N struct{ s string }\n\n"
                + "func (n *N) String() string { return n.s }\n\ntype B int\n\n"
                + "func (b B) String() string { panic(\"bad\") }\n\n"
                + "func main() {\n\tvar n *N\n\tfmt.Println(n, B(1), \"after\")\n}\n";
        SequentialHost.Result r = GoRun.run(src);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("<nil> %!v(PANIC=bad) after\n", r.stdout());
    }

    /**
     * Sscan into a nil interface: go1.19 scan.go:1021 calls reflect.ValueOf(nil).Type(), whose panic
     * errorHandler (scan.go:1064) passes on; go1.19 prints these two lines for this program.
     */
    @Test
    void scanIntoNilPanicsPastTheErrorHandler() {
        SequentialHost.Result r = GoRun.run("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Sscan(\"1\", nil)\n}\n");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("panic: reflect: call of reflect.Value.Type on zero Value [recovered]\n"
                + "\tpanic: reflect: call of reflect.Value.Type on zero Value\n"), r.stderr());
    }

    /**
     * Scanning numbers in the default dialect, before Go 1.13's number syntax: go1.7 scan.go:623-636
     * scanBasePrefix knows 0 (octal) and 0x only, so "0b101" scans as the octal token "0"; digits
     * are plain decimal (no '_', :716-730), floatToken reads no 0x mantissa and takes e, E and p as
     * exponent letters (exponent = "eEp", :573), so "0x1p-2" is "0" and leaves "x1p-2", an empty
     * token for the next float. (Go 1.19's answers for the same input are in stdlib/fmt_scan.out.)
     */
    @Test
    void scanNumberSyntaxIsGo17sInTheDefaultDialect() {
        String body = """
                	var a, b, c, d int
                	fmt.Println(fmt.Sscan("0x1F 017 0b101", &a, &b, &c))
                	fmt.Println(a, b, c)
                	fmt.Println(fmt.Sscan("1_000", &d))
                	var f, g float64
                	fmt.Println(fmt.Sscan("0x1p-2 1p3", &f, &g))
                	fmt.Println(d, f, g)
                	fmt.Println(fmt.Sscan("2P3", &f))
                	fmt.Println(f)
                """;
        SequentialHost.Result r = GoRun.run("package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "}\n");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("3 <nil>\n31 15 0\n1 <nil>\n1 strconv.ParseFloat: parsing \"\": invalid syntax\n1 0 0\n"
                + "1 <nil>\n2\n", r.stdout());
    }

    /**
     * Scanf's spaces and newlines in the default dialect follow go1.7's advance (scan.go:1075-1139),
     * which Go 1.8 replaced (commit 0db9518ab3). The expectations are the scan_test.go of that
     * commit's parent (same advance as go1.7): scanfTests lines 352, 354, 357, 366, 384 and
     * TestScanfNewlineMatchFormat 1236, 1237, 1242, 1244 ({text, format, count, ok}). Under -go 1.19
     * every one succeeds (that commit's table; go1.19 agrees); stdlib/fmt_scan.go covers the 1.8+ rules.
     */
    @Test
    void scanfSpacesAreGo17sInTheDefaultDialect() {
        String body = """
                	var n int
                	var r rune
                	fmt.Println(fmt.Sscanf("X27X ", "X%dX\\n", &n))
                	fmt.Println(fmt.Sscanf("X27X \\n", "X%dX\\n", &n))
                	fmt.Println(fmt.Sscanf("X27X ", "X%dX \\n", &n))
                	fmt.Println(fmt.Sscanf("X \\n", "X %c", &r))
                	fmt.Println(fmt.Sscanf("27X\\n X", "%dX\\n X", &n))
                	fmt.Println(fmt.Sscanf("1\\n 2", "1 \\n 2"))
                	fmt.Println(fmt.Sscanf("1 \\n2", "1\\n2"))
                	fmt.Println(fmt.Sscanf("1 \\n 2", "1\\n 2"))
                	fmt.Println(fmt.Sscanf("1 \\n 2", "1 \\n 2"))
                """;
        SequentialHost.Result r = GoRun.run("package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "}\n");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("""
                1 newline in format does not match input
                1 <nil>
                1 newline in format does not match input
                0 newline in input does not match format
                1 input does not match format
                0 input does not match format
                0 <nil>
                0 input does not match format
                0 input does not match format
                """, r.stdout());
    }

    @Test
    void typesWithPercentT() {
        assertEquals("int string []int map[string]int *main.P main.P func(int) string <nil> float64 uint8",
                f("%T %T %T %T %T %T %T %T %T %T", "1, \"s\", []int{}, map[string]int{}, &P{}, P{}, "
                        + "func(int) string { return \"\" }, nil, 1.5, byte(1)"));
    }

    @Test
    void badVerbsMissingAndExtraArguments() {
        assertEquals("%!d(string=hi)", f("%d", "\"hi\""));
        assertEquals("1 %!d(MISSING)", f("%d %d", "1"));
        assertEquals("1%!(EXTRA int=2, string=x)", f("%d", "1, 2, \"x\""));
        assertEquals("100%", f("%d%%", "100"));
    }

    @Test
    void pointersPrintAsHexAddresses() {
        String out = f("%p %v", "&P{}, []*P{&P{}}");
        assertTrue(out.matches("0xc42[0-9a-f]+ \\[0xc42[0-9a-f]+\\]"), out);
    }

    @Test
    void printAndPrintlnSpacing() {
        // Print adds spaces between operands when neither is a string; Println always does
        assertEquals("a1 2b\na 1 2 b\n", GoRun.out("fmt.Print(\"a\", 1, 2, \"b\", \"\\n\")\nfmt.Println(\"a\", 1, 2, \"b\")"));
        assertEquals("x=3\n", GoRun.out("fmt.Printf(\"x=%d\\n\", 3)"));
    }

    @Test
    void formatFloatShortestAndRounding() {
        assertEquals("0.1", Fmt.formatFloat(0.1, 'g', -1));
        assertEquals("1e+21", Fmt.formatFloat(1e21, 'g', -1));
        assertEquals("100000", Fmt.formatFloat(1e5, 'g', -1));
        assertEquals("2", Fmt.formatFloat(2.5, 'f', 0));
        assertEquals("0.12", Fmt.formatFloat(0.125, 'f', 2));
        assertEquals("-0", Fmt.formatFloat(-0.0, 'g', -1));
        assertEquals("+Inf", Fmt.formatFloat(Double.POSITIVE_INFINITY, 'g', -1));
    }
}
