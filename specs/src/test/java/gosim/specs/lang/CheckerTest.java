package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Type errors: gc's messages (Go 1.20 wording for "cannot use"; "x declared but not used") at gc's positions. */
class CheckerTest {
    private static String err(String body) {
        return GoRun.error("package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "\n\tfmt.Println()\n}\n");
    }

    /**
     * Constants that do not fit their type (float32 included): each message is go1.19's
     * `go build -gcflags=-e` on the same statement (go/types operand.String appends the value when it
     * reads differently, as %.6g for floats; invalidConversion's "overflows"/"truncated to").
     */
    @Test
    void constantsThatDoNotFit() {
        assertEquals("prog.go:6:18: cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable "
                + "declaration (overflows)", err("\tvar f float32 = 1e40\n\t_ = f"));
        assertEquals("prog.go:6:15: cannot convert 1e39 (untyped float constant 1e+39) to type float32",
                err("\tg := float32(1e39)\n\t_ = g"));
        assertEquals("prog.go:6:20: cannot use -1e39 (untyped float constant -1e+39) as float32 value in constant "
                + "declaration (overflows)", err("\tconst c float32 = -1e39"));
        assertEquals("prog.go:6:13: cannot convert 300 (untyped int constant) to type uint8", err("\ta := uint8(300)\n\t_ = a"));
        assertEquals("prog.go:6:12: cannot convert 1.5 (untyped float constant) to type int8", err("\tb := int8(1.5)\n\t_ = b"));
        assertEquals("prog.go:7:7: c + 1 (constant 256 of type uint8) overflows uint8",
                err("\tconst c uint8 = 255\n\td := c + 1\n\t_ = d"));
        assertEquals("prog.go:7:11: 1e39 (untyped float constant 1e+39) overflows float32",
                err("\tvar e float32 = 1\n\tf := e + 1e39\n\t_ = f"));
        assertEquals("prog.go:7:16: cannot use g (untyped int constant 1267650600228229401496703205376) as int64 value "
                + "in variable declaration (overflows)", err("\tconst g = 1 << 100\n\tvar h int64 = g\n\t_ = h"));
    }

    /** Array lengths that are constants but not integers: go1.19's `go build` message (types2 typexpr.go arrayLength). */
    @Test
    void arrayLengthMustBeInteger() {
        assertEquals("prog.go:6:9: array length 2.5 (untyped float constant) must be integer", err("\tvar a [2.5]int\n\t_ = a"));
        assertEquals("prog.go:7:9: array length f (constant 3 of type float64) must be integer",
                err("\tconst f float64 = 3\n\tvar a [f]int\n\t_ = a"));
    }

    /**
     * Bad uses of complex numbers: each message is go1.19's `go build -gcflags=-e` on the same
     * statement (go/types builtins.go _Complex, _Real/_Imag; go/constant complexVal.String "(re + imi)").
     */
    @Test
    void complexMisuse() {
        assertEquals("prog.go:8:14: invalid operation: complex(a, b) (mismatched types float32 and float64)",
                err("\tvar a float32\n\tvar b float64\n\t_ = complex(a, b)"));
        assertEquals("prog.go:7:14: invalid argument: arguments have type int, expected floating-point",
                err("\tvar i int\n\t_ = complex(i, i)"));
        assertEquals("prog.go:7:11: invalid argument: argument has type float64, expected complex type",
                err("\tvar f float64\n\t_ = real(f)"));
        assertEquals("prog.go:7:6: invalid operation: c < c (operator < not defined on complex128)",
                err("\tvar c complex128\n\t_ = c < c"));
        assertEquals("prog.go:6:14: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as int value in variable "
                + "declaration (truncated)", err("\tvar x int = 1 + 2i\n\t_ = x"));
        assertEquals("prog.go:6:18: cannot use 2i (untyped complex constant (0 + 2i)) as float64 value in variable "
                + "declaration (overflows)", err("\tvar y float64 = 2i\n\t_ = y"));
        assertEquals("prog.go:6:14: invalid operation: complex(1, 2i) (mismatched types untyped float and untyped "
                + "complex)", err("\t_ = complex(1, 2i)"));
        assertEquals("prog.go:6:16: invalid operation: division by zero", err("\tconst k = 1 / (0 + 0i)"));
        assertEquals("prog.go:6:20: cannot use 1e300 (untyped float constant 1e+300) as complex64 value in variable "
                + "declaration (overflows)", err("\tvar z complex64 = 1e300\n\t_ = z"));
        assertEquals("prog.go:6:6: invalid operation: too many arguments for real(1, 2) (expected 1, found 2)",
                err("\t_ = real(1, 2)"));
        assertEquals("prog.go:7:17: cannot convert f (variable of type float64) to type complex128",
                err("\tvar f float64\n\t_ = complex128(f)"));
        assertEquals("prog.go:6:6: invalid operation: shifted operand 1i (untyped complex constant (0 + 1i)) must be "
                + "integer", err("\t_ = 1i << 2"));
        assertEquals("prog.go:6:26: 1e40 (untyped float constant 1e+40) overflows float32",
                err("\t_ = complex(float32(1), 1e40)"));
    }

    /**
     * Untyped constants are exact (rationals; integers bounded at 512 bits as go/types expr.go overflow
     * does): go1.19's `go build -gcflags=-e` messages for each.
     */
    @Test
    void untypedConstantLimits() {
        String p = "package main\n\n";
        assertEquals("prog.go:3:16: invalid operation: invalid shift count 2000 (untyped int constant)",
                GoRun.error(p + "const a = 1 << 2000\n\nfunc main() {}\n"));
        assertEquals("prog.go:3:13: constant shift overflow", GoRun.error(p + "const b = 1 << 600\n\nfunc main() {}\n"));
        assertEquals("prog.go:3:23: constant subtraction overflow",
                GoRun.error(p + "const c = -(1 << 511) - (1 << 511) - 1\n\nfunc main() {}\n"));
        assertEquals("prog.go:3:16: constant shift overflow", GoRun.error(p + "const d = ^(-1 << 512)\n\nfunc main() {}\n"));
        assertEquals("prog.go:3:18: constant addition overflow", GoRun.error(p + "const e = 1<<511 + 1<<511\n\nfunc main() {}\n"));
        assertEquals("prog.go:5:35: constant multiplication overflow",
                GoRun.error(p + "const x = 1 << 100\n\nvar z float64 = x * x * x * x * x * x\n\nfunc main() {}\n"));
        assertEquals("prog.go:7:10: cannot use x (untyped int constant 1267650600228229401496703205376) as int value in "
                + "variable declaration (overflows)", err("\tconst x = 1 << 100\n\tvar y = x\n\t_ = y"));
        assertEquals("prog.go:7:18: cannot use big (untyped float constant 1e+1000) as float64 value in variable "
                + "declaration (overflows)", err("\tconst big = 1e1000\n\tvar f float64 = big\n\t_ = f"));
        assertEquals("prog.go:7:14: cannot use third (untyped float constant 0.333333) as int value in variable "
                + "declaration (truncated)", err("\tconst third = 1.0 / 3\n\tvar n int = third\n\t_ = n"));
        assertEquals("prog.go:6:15: cannot use -1.5e3 (untyped float constant -1500) as uint value in variable "
                + "declaration (truncated)", err("\tvar m uint = -1.5e3\n\t_ = m"));
        assertEquals("prog.go:6:14: cannot use 1e1000 (untyped float constant 1e+1000) as int value in variable "
                + "declaration (truncated)", err("\tvar i int = 1e1000\n\t_ = i"));
    }

    /** unsafe's builtins misused: go1.19's `go build -gcflags=-e` messages. */
    @Test
    void unsafeBuiltinsMisused() {
        String decls = "package main\n\nimport \"unsafe\"\n\ntype In struct{ a, b int }\ntype O struct {\n\t*In\n\tc int\n}\n\n"
                + "func (O) M() {}\n\nfunc main() {\n\tvar o O\n\tvar x int\n";
        assertEquals("prog.go:16:22: invalid argument: field b is embedded via a pointer in O",
                GoRun.error(decls + "\t_ = unsafe.Offsetof(o.b)\n\t_ = x\n}\n"));
        assertEquals("prog.go:16:22: invalid argument: x is not a selector expression",
                GoRun.error(decls + "\t_ = unsafe.Offsetof(x)\n\t_ = o\n}\n"));
        assertEquals("prog.go:16:22: invalid argument: o.M is a method value",
                GoRun.error(decls + "\t_ = unsafe.Offsetof(o.M)\n\t_ = x\n}\n"));
        assertEquals("prog.go:16:6: invalid operation: not enough arguments for unsafe.Sizeof() (expected 1, found 0)",
                GoRun.error(decls + "\t_ = unsafe.Sizeof()\n\t_, _ = o, x\n}\n"));
        assertEquals("prog.go:16:6: invalid operation: too many arguments for unsafe.Alignof(1, 2) (expected 1, found 2)",
                GoRun.error(decls + "\t_ = unsafe.Alignof(1, 2)\n\t_, _ = o, x\n}\n"));
    }

    @Test
    void undefinedAndUnused() {
        assertEquals("prog.go:6:2: undefined: x", err("\tx = 1"));
        assertEquals("prog.go:6:2: x declared but not used", err("\tx := 1"));
        assertEquals("prog.go:3:8: \"os\" imported but not used",
                GoRun.error("package main\n\nimport \"os\"\n\nfunc main() {}\n"));
        assertEquals("prog.go:6:1: label L defined and not used", err("L:\n\tfor {\n\t}"));
        assertEquals("prog.go:1:1: function main is undeclared in the main package", GoRun.error("package main\n"));
    }

    /** gc's goto errors (cmd/compile/internal/syntax/branches.go:32,34,193); each checked with go1.19's `go run` (it prints ./prog.go). */
    @Test
    void gotoRules() {
        assertEquals("prog.go:6:7: goto L jumps over declaration of x at prog.go:7:4", err("\tgoto L\n\tx := 1\n\t_ = x\nL:"));
        assertEquals("prog.go:6:7: goto L jumps over declaration of a, b at prog.go:7:7",
                err("\tgoto L\n\ta, b := 1, 2\n\t_, _ = a, b\nL:"));
        assertEquals("prog.go:6:7: goto L jumps over declaration of a at prog.go:7:6",
                err("\tgoto L\n\tvar a, b = 1, 2\n\t_, _ = a, b\nL:"));
        assertEquals("prog.go:6:7: goto M jumps into block starting at prog.go:7:2", err("\tgoto M\n\t{\n\tM:\n\t\tprintln()\n\t}"));
        assertEquals("prog.go:11:7: goto M jumps into block starting at prog.go:7:2",
                err("\tswitch {\n\tcase true:\n\tM:\n\t\tprintln()\n\t}\n\tgoto M"));
        assertEquals("prog.go:6:7: label N not defined", err("\tgoto N"));
        assertEquals("prog.go:8:1: label L already defined at prog.go:6:1", err("L:\n\tgoto L\nL:\n\tgoto L"));
    }

    @Test
    void assignmentMismatches() {
        assertEquals("prog.go:7:17: cannot use x (variable of type int) as string value in variable declaration",
                err("\tx := 1\n\tvar y string = x\n\t_ = y"));
        assertEquals("prog.go:8:6: cannot use x (variable of type int) as string value in assignment",
                err("\tvar s string\n\tx := 1\n\ts = x\n\t_ = s"));
        assertEquals("prog.go:6:2: assignment mismatch: 2 variables but 1 value", err("\ta, b := 1\n\t_, _ = a, b"));
        assertEquals("prog.go:6:4: no new variables on left side of :=", err("\t_ := 1"));
        assertEquals("prog.go:6:16: cannot use 300 (untyped int constant) as uint8 value in variable declaration "
                + "(overflows)", err("\tvar b uint8 = 300\n\t_ = b"));
    }

    @Test
    void operatorsAndConditions() {
        assertEquals("prog.go:6:14: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)",
                err("\tfmt.Println(1 + \"a\")"));
        assertEquals("prog.go:7:14: invalid operation: x + s (mismatched types int and string)",
                err("\tx, s := 1, \"a\"\n\tfmt.Println(x + s)"));
        assertEquals("prog.go:6:5: non-boolean condition in if statement", err("\tif 1 {\n\t}"));
        assertEquals("prog.go:7:10: invalid operation: division by zero", err("\tx := 1\n\t_ = x / 0"));
        assertEquals("prog.go:7:2: x + 1 (value of type int) is not used", err("\tx := 1\n\tx + 1"));
    }

    @Test
    void callsAndReturns() {
        assertEquals("prog.go:3:42: missing return", GoRun.error("package main\n\nfunc f() int { for i := 0; i < 1; i++ {} }"
                + "\n\nfunc main() {}\n"));
        assertEquals("prog.go:6:2: undefined: g", err("\tg()"));
        assertEquals("prog.go:7:2: invalid operation: cannot call non-function x (variable of type int)",
                err("\tx := 1\n\tx()"));
    }

    @Test
    void fieldsMethodsAndBranches() {
        assertEquals("prog.go:7:4: p.b undefined (type struct { a int } has no field or method b)",
                err("\tvar p struct{ a int }\n\tp.b = 1"));
        assertEquals("prog.go:6:2: break is not in a loop, switch, or select", err("\tbreak"));
        assertEquals("prog.go:6:2: continue is not in a loop", err("\tcontinue"));
    }

    /** Embedding: checked with go1.19's go build (gc prints ./prog.go). d.V is fine: the shallower A.V wins. */
    @Test
    void embeddedFieldRules() {
        assertEquals("prog.go:12:16: ambiguous selector c.V",
                err("\ttype A struct{ V int }\n\ttype B struct{ V int }\n\tvar c struct {\n\t\tA\n\t\tB\n\t}\n\tfmt.Println(c.V)"));
        assertEquals("prog.go:9:3: A redeclared",
                err("\ttype A struct{ V int }\n\tvar c struct {\n\t\tA\n\t\tA int\n\t}\n\t_ = c"));
        assertEquals("prog.go:13:16: d.W undefined (type D has no field or method W)",
                err("\ttype A struct{ V int }\n\ttype D struct {\n\t\tA\n\t\tA2 struct{ A }\n\t}\n\tvar d D\n"
                        + "\tfmt.Println(d.V)\n\tfmt.Println(d.W)"));
    }

    /** Method expressions: messages as go1.19's go build prints them. */
    @Test
    void methodExpressionRules() {
        String prog = "package main\n\nimport \"fmt\"\n\ntype P struct{ x int }\n\nfunc (p *P) Move() {}\n\n"
                + "func main() {\n\tf := P.Move\n\tg := P.Nope\n\tfmt.Println(f, g)\n}\n";
        GoCompileError e = assertThrows(GoCompileError.class, () -> Program.check("prog.go", prog));
        assertEquals("prog.go:10:9: cannot call pointer method Move on P\n"
                + "prog.go:11:9: P.Nope undefined (type P has no field or method Nope)", e.getMessage());
    }

    /** Issue 13: programs Go rejects; messages and positions as printed by Go 1.19's go build (gc). */
    @Test
    void rejectsWhatGoRejects() {
        assertEquals("prog.go:4:8: fmt redeclared in this block",
                GoRun.error("package main\n\nimport \"fmt\"\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n"));
        assertEquals("prog.go:3:5: type [4611686018427387904]byte larger than address space",
                GoRun.error("package main\n\nvar x [1 << 62]byte\n\nfunc main() { _ = x }\n"));
        assertEquals("prog.go:6:14: malformed constant: 1e999999999", err("\tfmt.Println(1e999999999)"));
        assertEquals("prog.go:3:5: initialization loop for x",
                GoRun.error("package main\n\nvar x = f()\n\nfunc f() int { return x }\n\nfunc main() {}\n"));
        assertEquals("prog.go:3:5: initialization loop for x", GoRun.error("package main\n\nvar x = x\n\nfunc main() {}\n"));
    }

    @Test
    void messagesDropTheMainQualifierButNotTheBytesOfStringLiterals() {
        assertEquals("cannot use \"domain.com/main.go\" (type string) as type T",
                CheckBase.unqualified("cannot use \"domain.com/main.go\" (type string) as type main.T"));
        assertTrue(GoRun.error("package main\n\nvar x int = \"domain.com\"\n\nfunc main() { _ = x }\n")
                .contains("\"domain.com\""));
    }

    /**
     * Constant slice bounds (go1.19 types2 index.go:233-322): a bound of a constant string, an array or
     * a pointer to one may reach its length, and constant bounds must not decrease. The messages and
     * positions are real go1.19's (go build of these lines).
     */
    @Test
    void constantSliceBoundsAreChecked() {
        GoCompileError e = assertThrows(GoCompileError.class, () -> Program.check("prog.go", "package main\n\n"
                + "func main() {\n\tvar a [3]int\n\tp := &a\n\ts := a[:]\n\t_ = \"hello\"[2:10]\n\t_ = p[0:4]\n"
                + "\t_ = a[2:1:3]\n\t_ = s[1:2:1]\n\t_ = s[0:4:3]\n\t_ = a[4:]\n\t_ = s[:]\n\t_ = a[0:3:3]\n\t_ = \"abc\"[3:]\n}\n"));
        assertEquals(List.of("prog.go:7:16: invalid argument: index 10 out of bounds [0:6]",
                "prog.go:8:10: invalid argument: index 4 out of bounds [0:4]", "prog.go:9:10: invalid slice indices: 1 < 2",
                "prog.go:10:12: invalid slice indices: 1 < 2", "prog.go:11:12: invalid slice indices: 3 < 4",
                "prog.go:12:8: invalid argument: index 4 out of bounds [0:4]"),
                e.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void unsupportedConstructsNameThemselves() {
        assertEquals("prog.go:3:8: unsupported: package \"net/http\" (not in the supported subset)",
                GoRun.error("package main\n\nimport \"net/http\"\n\nfunc main() {\n\t_ = http.Get\n}\n"));
    }

    @Test
    void allErrorsAreReportedInSourceOrder() {
        GoCompileError e = assertThrows(GoCompileError.class, () -> Program.check("prog.go",
                "package main\n\nfunc main() {\n\ta := 1\n\tb := undefinedName\n}\n"));
        List<String> got = e.diagnostics().stream().map(Object::toString).toList();
        assertEquals(List.of("prog.go:4:2: a declared but not used", "prog.go:5:7: undefined: undefinedName"), got);
        assertEquals("prog.go:4:2: a declared but not used\nprog.go:5:7: undefined: undefinedName", e.getMessage());
    }
}
