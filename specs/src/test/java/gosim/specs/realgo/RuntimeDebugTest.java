package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runtime/debug in the default dialect, where it differs from Go 1.19 (whose behaviour the language
 * program lang/rtdebug.go compares with real Go): go1.7 garbage.go:97-101's SetGCPercent runs
 * runtime.GC after setGCPercent, so each call is one collection; FreeOSMemory is one more
 * (mheap.go:959-962). Under -go 1.19 the same program prints what real Go 1.19.8 printed for it
 * (go run, 2026-12-04): no collection in SetGCPercent (garbage.go:95-97).
 */
class RuntimeDebugTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            package main

            import (
            \t"fmt"
            \t"runtime"
            \t"runtime/debug"
            )

            func numGC() uint32 {
            \tvar m runtime.MemStats
            \truntime.ReadMemStats(&m)
            \treturn m.NumGC
            }

            func main() {
            \tn := numGC()
            \tfmt.Println(debug.SetGCPercent(10), numGC()-n)
            \tfmt.Println(debug.SetGCPercent(-1), numGC()-n)
            \tfmt.Println(debug.SetGCPercent(100), numGC()-n)
            \tdebug.FreeOSMemory()
            \tfmt.Println(numGC() - n)
            }
            """;

    @Test
    void setGCPercentCollectsInGo17() throws IOException {
        RunOutput r = GosimRun.run(dir, "gcpercent.go", PROGRAM);
        assertEquals("100 1\n10 2\n-1 3\n4\n", r.stdout(), r.stderr());
        assertEquals(0, r.exitCode());
        RunOutput r19 = GosimRun.run(dir, "gcpercent.go", PROGRAM, "-go", "1.19");
        assertEquals("100 0\n10 0\n-1 0\n1\n", r19.stdout(), r19.stderr()); // garbage.go:95-97: no collection
    }
}
