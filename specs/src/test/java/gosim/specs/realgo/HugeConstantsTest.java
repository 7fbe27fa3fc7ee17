package gosim.specs.realgo;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Float constants beyond an exact rational's reach (go/constant's floatVal) in errors: converted to a
 * typed value they overflow or truncate with go1.19 types2's texts and go/constant's %.6g form of the
 * value (the run-time side is src/test/go/lang/hugeconst.go).
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

    @Test
    void hugeConstantsOverflowOnConversionAsInGo() throws IOException {
        CompileErrors.assertGosimPrints(PROGRAM, ERRORS);
    }

    @Test
    void errorsAreRealGosOwn() {
        CompileErrors.assertRealGoPrints(PROGRAM, ERRORS);
    }
}
