package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Address-taken arrays and structs whose address escapes are moved to the heap (issue 12): gc's
 * addrescapes/moveToHeap makes the variable a new(T) at its declaration, each time the declaration
 * runs (go1.7 gen.go:28/124 and walk.go:225-238, ODCL of a PAUTOHEAP variable; 1.19
 * ssagen/ssa.go:1531-1535 newHeapaddr), so a loop body's variable gets one object per iteration.
 * The program is resources/gosim/heap/escape.go ending in callers.dump.txt's dump(); real Go 1.19.8's records of its functions are
 * stored (escape.go119.txt, first line says how they were made). Under Go 1.7 the records are the
 * same but for go1.7's size classes.
 */
class HeapEscapeTest {
    static final HeapDump.Program ESCAPE = new HeapDump.Program("escape.go", "callers.dump.txt", 19, 58);

    @Test
    void movedVariablesUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = ESCAPE.realGo119();
        assertEquals(7, real.size(), real.toString());
        assertEquals(real, ESCAPE.gosim(dir, "1.19"));
    }

    @Test
    void movedVariablesUnderGo17HaveGo17SizeClasses(@TempDir Path dir) throws IOException {
        // the same sites; struct S (three ints, 24 bytes) is class 32 in go1.7 (msize.go has no
        // 24-byte class), [4]int is 32 and a string 16 in both
        SortedSet<String> want = new TreeSet<>();
        for (String r : ESCAPE.realGo119()) {
            want.add(r.replace(" 1 24:", " 1 32:").replace(" 3 72:", " 3 96:"));
        }
        assertEquals(want, ESCAPE.gosim(dir, "1.7"));
    }

    /** The stored records are still what real Go 1.19 prints for the program (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        assertEquals(ESCAPE.realGo119(), ESCAPE.realGoNow());
    }
}
