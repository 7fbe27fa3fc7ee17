package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reflect's type descriptors are not heap objects (issue 12): a Type is a *rtype that points at the
 * linker's read-only type data, and TypeOf only reads the interface's type word (go1.7 reflect/type.go
 * 1397-1400 TypeOf, 2981-2986 toType; 1.19 type.go:1431-1434, 3052-3057), so TypeOf, Elem, Name,
 * Kind, NumField and Size allocate nothing. The program is resources/gosim/heap/reflectheap.go
 * ending in callers.dump.txt's dump(); real Go 1.19.8's records of types() are stored
 * (reflectheap.go119.txt, its first line says how they were made): only T{} boxed for TypeOf.
 */
class HeapReflectTest {
    static final HeapDump.Program REFLECT = new HeapDump.Program("reflectheap.go", "callers.dump.txt", 22, 33);

    @Test
    void go119RecordsAreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = REFLECT.realGo119();
        assertEquals(1, real.size(), real.toString());
        assertEquals(real, REFLECT.gosim(dir, "1.19"));
    }

    @Test
    void go17RecordsAreTheProgramsOwnBoxing(@TempDir Path dir) throws IOException {
        // go1.7 boxes every non-pointer argument with convT2E's newobject (iface.go:165-166), the
        // zero values too (1.19 avoids that: staticuint64s, zeroVal): T{} (24 bytes, class 32), 0
        // (a new tiny block), "" (16) and the nil []int (24, class 32). Nothing else, and no
        // reflect frame.
        SortedSet<String> want = new TreeSet<>();
        for (String r : new String[] {"23 via 38 1 32", "25 via 38 1 16", "27 via 38 1 16", "29 via 38 1 32"}) {
            want.add("reflectheap.go:" + r + ": runtime.convT2E iface.go:166 <-");
        }
        assertEquals(want, REFLECT.gosim(dir, "1.7"));
    }

    /** The stored records are still what real Go 1.19 prints for the program (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        assertEquals(REFLECT.realGo119(), REFLECT.realGoNow());
    }
}
