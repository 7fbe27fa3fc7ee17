package gosim.specs.realgo;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Untyped constants beyond 64 bits in errors: exact until converted to a typed value, where they
 * overflow or truncate with go1.19 types2's texts and go/constant's %.6g form of the value; float
 * constants beyond an exact rational's reach are go/constant's floatVal (the run-time side is
 * src/test/go/lang/hugeconst.go).
 */
class HugeConstantsTest {
    static final String PROGRAM = """
            package main

            const n = 1e646456992

            func main() {
            \tvar x float64 = n
            \tvar i int = n
            \tvar j int = 1e-30000
            \tvar f float32 = -n
            \tconst c = n * 2
            \tvar y = c
            \t_, _, _, _, _ = x, i, j, f, y
            }
            """;

    /** What real Go 1.19.8's go build printed for PROGRAM as prog.go, after "# command-line-arguments". */
    static final String ERRORS = """
            ./prog.go:6:18: cannot use n (untyped float constant 1e+646456992) as float64 value in variable declaration (overflows)
            ./prog.go:7:14: cannot use n (untyped float constant 1e+646456992) as int value in variable declaration (truncated)
            ./prog.go:8:14: cannot use 1e-30000 (untyped float constant) as int value in variable declaration (truncated)
            ./prog.go:9:18: cannot use -n (untyped float constant -1e+646456992) as float32 value in variable declaration (overflows)
            ./prog.go:11:10: cannot use c (untyped float constant 2e+646456992) as float64 value in variable declaration (overflows)
            """;

    /** Untyped constants bound to interfaces take their default type; an overflow names the binding's context. */
    static final String TO_INTERFACE = """
            package main

            func f(x interface{}) {}

            func main() {
            \tf(1 << 70)
            \tvar i interface{} = 1e400
            \ti = 1<<64
            \tpanic(1e500)
            \t_ = append([]interface{}{}, 1e999)
            \t_ = i
            }
            """;

    /** Real Go 1.19.8's go build of TO_INTERFACE as prog.go (checked at test time below). */
    static final String TO_INTERFACE_ERRORS = """
            ./prog.go:6:4: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to f (overflows)
            ./prog.go:7:22: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
            ./prog.go:8:6: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in assignment (overflows)
            ./prog.go:9:8: cannot use 1e500 (untyped float constant 1e+500) as float64 value in argument to panic (overflows)
            ./prog.go:10:30: cannot use 1e999 (untyped float constant 1e+999) as float64 value in argument to append (overflows)
            """;

    /** Each program with the errors real Go prints for it. */
    static final java.util.Map<String, String[]> CASES = java.util.Map.of(
            "huge", new String[] {PROGRAM, ERRORS}, "toInterface", new String[] {TO_INTERFACE, TO_INTERFACE_ERRORS});

    @TestFactory
    Stream<DynamicTest> gosimPrintsGosErrors() {
        return CASES.keySet().stream().sorted().map(k -> DynamicTest.dynamicTest(k,
                () -> CompileErrors.assertGosimPrints(CASES.get(k)[0], CASES.get(k)[1])));
    }

    @TestFactory
    Stream<DynamicTest> theErrorsAreRealGosOwn() {
        return CASES.keySet().stream().sorted().map(k -> DynamicTest.dynamicTest(k,
                () -> CompileErrors.assertRealGoPrints(CASES.get(k)[0], CASES.get(k)[1])));
    }
}
