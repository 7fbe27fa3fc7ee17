package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap records of fmt.Errorf and of the Sscan family (issue 12, fmt on the program's behalf). The
 * program is resources/gosim/heap/scanheap.go ending in callers.dump.txt's dump(); real Go 1.19.8's
 * output is stored (scanheap.go119.txt, first line says how it was made).
 */
class HeapScanTest {
    /** errs(): the three Errorf calls. */
    static final HeapDump.Program ERRORF = new HeapDump.Program("scanheap.go", "callers.dump.txt", 22, 26);

    /**
     * Go 1.19's Errorf prints itself (fmt/errors.go:17-30): the pool's first use and the new pp come
     * from newPrinter at errors.go:18, the buffer's growth from doPrintf at 20, the text from
     * string(p.buf) at 21, errors.New at 24 and &wrapError{...} for a %w at 26.
     */
    @Test
    void errorfRecordsUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = ERRORF.realGo119();
        assertEquals(12, real.size(), real.toString());
        for (int line : new int[] {18, 20, 21, 24, 26}) {
            assertEquals(true, real.toString().contains("fmt.Errorf errors.go:" + line + " <-"), line + ": " + real);
        }
        assertEquals(real, ERRORF.gosim(dir, "1.19"));
    }

    /** The stored output is still what real Go 1.19 prints for the program at GOMAXPROCS=4 (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        assertEquals(ERRORF.realGo119(), ERRORF.realGoAtFourPs());
    }
}
