package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap model's dialects (issue 12): growslice's rounding and the size classes agree per release.
 * Under -go 1.19 the cap() sequences of appends must equal real Go 1.19's, run at test time; under
 * the default 1.7 they follow go1.7 slice.go:94-99 (double while len &lt; 1024, then 1.25x) rounded
 * to msize.go's computed classes.
 */
class HeapDialectTest {
    /** Appends one element at a time and prints each new capacity: byte, 8-byte, 24-byte and 40-byte elements. */
    static final String PROGRAM = """
            package main

            import "fmt"

            type t24 struct{ a, b, c int64 }
            type t40 struct{ a, b, c, d, e int64 }

            func track(n int, grow func() int) {
            	last := -1
            	for i := 0; i < n; i++ {
            		if c := grow(); c != last {
            			last = c
            			fmt.Print(c, " ")
            		}
            	}
            	fmt.Println()
            }

            func main() {
            	var b []byte
            	track(5000, func() int { b = append(b, 1); return cap(b) })
            	var w []int64
            	track(3000, func() int { w = append(w, 1); return cap(w) })
            	var s []t24
            	track(1500, func() int { s = append(s, t24{}); return cap(s) })
            	var f []t40
            	track(900, func() int { f = append(f, t40{}); return cap(f) })
            }
            """;

    static String gosim(Path file, String version) {
        return HeapSitesTest.run(file, version);
    }

    @Test
    void appendCapacitiesUnderGo119AreRealGo119s(@TempDir Path dir) throws Exception {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 comparison");
        Path file = dir.resolve("grow.go");
        Files.writeString(file, PROGRAM);
        String real;
        try (RealGo go = found.get()) {
            RealGo.Result r = go.build("grow.go", PROGRAM).run();
            assertEquals(0, r.exitCode(), r.stderr());
            real = r.stdout();
        }
        assertEquals(real, gosim(file, "1.19"));
        // 1.7's rule is different from 1.19's on these inputs, so the dialect matters.
        assertNotEquals(real, gosim(file, "1.7"));
    }

    @Test
    void appendCapacitiesUnderGo17FollowGo17Growslice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grow.go");
        Files.writeString(file, PROGRAM);
        String[] lines = gosim(file, "1.7").split("\n");
        // Derived from go1.7 slice.go:89-117 (newcap = 2*cap while old.len < 1024, then += newcap/4;
        // capmem = roundupsize(newcap*size)) and msize.go:66 (initSizes' classes, e.g. 1280, 1664,
        // 2304, 3072, 4096, 5376 and no 24-byte class), computed apart from gosim with a short script.
        assertEquals("8 16 32 64 128 256 512 1024 1280 1664 2304 3072 4096 5376 ", lines[0]);
        assertEquals("1 2 4 8 16 32 64 128 256 512 1024 1312 1696 2208 3072 ", lines[1]);
        assertEquals("1 2 4 8 16 32 64 128 256 512 1024 1365 1706 ", lines[2]);
        assertEquals("1 2 4 8 16 32 64 134 307 614 1228 ", lines[3]);
    }
}
