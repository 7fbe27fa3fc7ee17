package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interface boxing at MemProfileRate=1 (issue 12): which escaping conversions allocate, how much, and
 * under which runtime frames. The program (resources/gosim/heap/box.go) converts values of many shapes
 * to interfaces, prints main.box's heap records (boxes of 16 bytes or more, each a record of its own)
 * and the mallocs each conversion made (MemStats.Mallocs, which counts the tiny allocator's requests
 * that share a block and so do not show as records).
 */
class HeapBoxingTest {
    static String gosim(Path dir, String version) throws IOException {
        Path file = dir.resolve("box.go");
        Files.writeString(file, HeapSitesTest.resource("box.go"));
        return normalize(HeapSitesTest.run(file, version));
    }

    /** The records sorted, then the mallocs line. */
    static String normalize(String output) {
        List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n")));
        lines.removeIf(String::isBlank);
        lines.sort(null);
        return String.join("\n", lines) + "\n";
    }

    /**
     * Go 1.19 (walk/convert.go dataWord and dataWordFuncName, iface.go convT*): bools, one-byte
     * integers and constants are static; convT16/32/64 values below 256 and float zeros, convTstring
     * "" and convTslice nil point at static data; convTnoptr, convT and the rest allocate, with
     * mallocgc called by convT* itself, so the records start at the user's line.
     */
    @Test
    void go119BoxesAreRealGo119s(@TempDir Path dir) throws Exception {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 run");
        String real;
        try (RealGo go = found.get()) {
            RealGo.Result r = go.build("box.go", HeapSitesTest.resource("box.go")).run();
            assertEquals(0, r.exitCode(), r.stderr());
            real = normalize(r.stdout());
        }
        // the run covers allocating and static boxes of each kind
        assertEquals(true, real.contains("mallocs [1 0 1 1 1 1 0 0 1 0 1 0 1 1 0 0 0 0 1 0 1 0 0 0 1 1 0 1]"), real);
        assertEquals(real, gosim(dir, "1.19"));
    }

    /**
     * go1.7 (walk.go:1010-1079 OCONVIFACE): every escaping conversion of a non-pointer-shaped value,
     * constants included, calls convT2E (empty interface) or convT2I, which allocates the box with
     * newobject(t) (iface.go:155-174, newobject at 166; 176-194, at 188): records start at that
     * frame, sized by the type's size class (msize.go: a 24-byte slice header takes 32). Only the
     * zero-sized Z{} allocates nothing (mallocgc returns &zerobase for size 0, malloc.go:534-536).
     */
    @Test
    void go17BoxesFollowGo17Source(@TempDir Path dir) throws IOException {
        List<String> want = new ArrayList<>();
        String e = ": runtime.convT2E iface.go:166 <- main.box box.go:";
        String i = ": runtime.convT2I iface.go:188 <- main.box box.go:";
        for (int line : new int[] {44, 47, 50, 53, 60, 63}) {
            want.add("1 16" + e + line); // string, "const", P{...}, One{...}: 16 bytes
        }
        want.add("1 32" + e + 67); // a nil []int is boxed too
        want.add("1 32" + e + 70);
        want.add("1 16" + i + 56); // var st Str = P{i, 3}
        want.add("1 16" + i + 76); // append to a []Str
        want.add("1 16" + i + 78); // return as Str
        want.sort(null);
        int[] mallocs = new int[28];
        Arrays.fill(mallocs, 1);
        mallocs[9] = 0; // Z{}
        want.add("mallocs " + Arrays.toString(mallocs).replace(",", ""));
        assertEquals(String.join("\n", want) + "\n", gosim(dir, "1.7"));
    }
}
