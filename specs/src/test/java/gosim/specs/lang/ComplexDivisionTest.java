package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.GoVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Complex division's special cases, which runtime/complex.go complex128div changed in Go 1.9. */
class ComplexDivisionTest {
    private static final String PROG = """
            package main

            import "fmt"

            func f64(x float64) float64 { return x }

            func main() {
            	inf := 1 / f64(0)
            	nan := inf - inf
            	var zero complex128
            	fmt.Println(complex(inf, 0)/complex(2, 3), complex(-1, 1)/zero, complex(2, 3)/complex(inf, 1), complex(nan, 1)/complex(1, 1), complex(inf, nan)/complex(1, 1))
            	var c64 complex64 = complex(float32(inf), 1)
            	c64 /= complex(2, 3)
            	fmt.Println(c64)
            }
            """;

    private static String run(GoVersion v) {
        SequentialHost.Result r = SequentialHost.run("prog.go", PROG, List.of("prog"), Map.of(), 1, v);
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    /** The stdout of real Go 1.19 (go run) for the same program: C99 G.5.1's signed infinities. */
    @Test
    void go119DividesAsC99() {
        assertEquals("(+Inf-Infi) (-Inf+Infi) (0+0i) (NaN+NaNi) (+Inf-Infi)\n(+Inf-Infi)\n", run(GoVersion.parse("1.19")));
    }

    /**
     * go1.7 runtime/complex.go:26-46: an infinite dividend over a finite divisor is (+Inf, +Inf), a
     * non-zero one over zero too, a finite one over an infinite divisor 0, any NaN part (not beside an
     * infinity) NaN.
     */
    @Test
    void go17DividesWithItsOwnSpecialCases() {
        assertEquals("(+Inf+Infi) (+Inf+Infi) (0+0i) (NaN+NaNi) (+Inf+Infi)\n(+Inf+Infi)\n", run(GoVersion.DEFAULT));
    }
}
