package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap records bufio makes on the program's behalf (issue 12): Reader.ReadString of lines longer
 * than a 16-byte buffer, and make+copy pairs in the program. The program is
 * resources/gosim/heap/bufheap.go ending in callers.dump.txt's dump(); real Go 1.19.8's records of
 * its functions are stored (bufheap.go119.txt, first line says how they were made). Under -go 1.19
 * they must be equal: collectFragments' copies and their append, ReadString's strings.Builder Grow
 * and no record for Builder.String (builder.go:48 aliases the buffer), and the make+copy that 1.19
 * compiles to its own mallocgc call, whose record starts at the caller (walk/builtin.go:443-470).
 * Under Go 1.7 the records are derived from go1.7's bufio.go below. A second program, bufscan.go
 * (bufscan.go119.txt), does the same for ReadBytes, ReadLine and a Scanner, and sbuild.go
 * (sbuild.go119.txt) for a program's own strings.Builder (Go 1.10+, so 1.19 only).
 */
class HeapBufioTest {
    /** readStrings through copies; main's and dump's lines are not claimed. */
    static final HeapDump.Program BUFHEAP = new HeapDump.Program("bufheap.go", "callers.dump.txt", 20, 57);
    /** bufscan.go's records of readBytes, readLines and scan. */
    static final HeapDump.Program BUFSCAN = new HeapDump.Program("bufscan.go", "callers.dump.txt", 17, 41);
    /** sbuild.go's records of build. */
    static final HeapDump.Program SBUILD = new HeapDump.Program("sbuild.go", "callers.dump.txt", 16, 29);

    @Test
    void bufioRecordsUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = BUFHEAP.realGo119();
        assertEquals(9, real.size(), real.toString());
        assertEquals(real, BUFHEAP.gosim(dir, "1.19"));
    }

    @Test
    void bufioRecordsUnderGo17FollowGo17Source(@TempDir Path dir) throws IOException {
        // go1.7 bufio.go: ReadString (447-450) calls ReadBytes at 448 and converts at 449
        // (slicebytetostring's rawstringtmp, string.go:93/111); ReadBytes (400-438) copies each full
        // buffer at 418, appends it at 420 and makes the result at 431. go1.7 size classes
        // (msize.go): 8, 16, 32, 48, ...: no 24.
        String rs = "bufio.(*Reader).ReadString bufio.go:";
        String rb = "bufio.(*Reader).ReadBytes bufio.go:";
        String at = "bufheap.go:22 via 66 ";
        SortedSet<String> want = new TreeSet<>();
        // two 40-byte lines come as 16 + 16 + 8 and the last 20 bytes as 16 + 4: five 16-byte copies
        want.add(at + "5 80: " + rb + "418 <- " + rs + "448 <-");
        // full's growth: cap 1 (24 bytes, class 32) for all three, cap 2 (48) for the two long lines
        want.add(at + "3 96: " + rb + "420 <- " + rs + "448 <-");
        want.add(at + "2 96: " + rb + "420 <- " + rs + "448 <-");
        // the results: 40 bytes (class 48) twice, 20 (32) and 16; the strings have the same sizes
        // (every allocation here is 16 bytes or more: real Go's tiny blocks vary between builds)
        want.add(at + "2 96: " + rb + "431 <- " + rs + "448 <-");
        want.add(at + "1 32: " + rb + "431 <- " + rs + "448 <-");
        want.add(at + "1 16: " + rb + "431 <- " + rs + "448 <-");
        String str = "runtime.rawstringtmp string.go:111 <- runtime.slicebytetostring string.go:93 <- ";
        want.add(at + "2 96: " + str + rs + "449 <-");
        want.add(at + "1 32: " + str + rs + "449 <-");
        want.add(at + "1 16: " + str + rs + "449 <-");
        // go1.7 has no make+copy rewrite (walk.go OMAKESLICE -> makeslice): each make is the
        // function's own record: 40 bytes (48), five pointers (40: 48), 20 bytes (32)
        want.add("bufheap.go:32 via 54 1 48:");
        want.add("bufheap.go:39 via 55 1 48:");
        want.add("bufheap.go:46 via 56 1 32:");
        assertEquals(want, BUFHEAP.gosim(dir, "1.7"));
    }

    @Test
    void readersUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = BUFSCAN.realGo119();
        assertEquals(12, real.size(), real.toString());
        assertEquals(real, BUFSCAN.gosim(dir, "1.19"));
    }

    @Test
    void readersUnderGo17FollowGo17Source(@TempDir Path dir) throws IOException {
        SortedSet<String> want = new TreeSet<>();
        // ReadBytes (go1.7 bufio.go:400-438) of bufheap.go's text: the records ReadString's call
        // made above, now at the program's call (line 19)
        String rb = "bufio.(*Reader).ReadBytes bufio.go:";
        String at = "bufscan.go:19 via 51 ";
        want.add(at + "5 80: " + rb + "418 <-");
        want.add(at + "3 96: " + rb + "420 <-");
        want.add(at + "2 96: " + rb + "420 <-");
        want.add(at + "2 96: " + rb + "431 <-");
        want.add(at + "1 32: " + rb + "431 <-");
        want.add(at + "1 16: " + rb + "431 <-");
        // ReadLine (358-391) returns the buffer's slices: 32 bytes as 16 + 16, 48 as three 16s (and
        // an empty line after each); the program's string(l): five 16-byte strings
        String str = "runtime.rawstringtmp string.go:111 <- runtime.slicebytetostring string.go:93 <-";
        want.add("bufscan.go:33 via 52 5 80: " + str);
        // Scan (go1.7 scan.go:128-225): an empty buffer grows to startBufSize (76, 192) at 197, then
        // doubles (190) for the 5000-byte line; Text (106-108) converts at 107: 39 bytes (48), 20 (32),
        // 5000 (class 5376)
        want.add("bufscan.go:38 via 53 1 4096: bufio.(*Scanner).Scan scan.go:197 <-");
        want.add("bufscan.go:38 via 53 1 8192: bufio.(*Scanner).Scan scan.go:197 <-");
        String text = str + " bufio.(*Scanner).Text scan.go:107 <-";
        want.add("bufscan.go:39 via 53 1 48: " + text);
        want.add("bufscan.go:39 via 53 1 32: " + text);
        want.add("bufscan.go:39 via 53 1 5376: " + text);
        assertEquals(want, BUFSCAN.gosim(dir, "1.7"));
    }

    @Test
    void builderUnderGo119IsRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = SBUILD.realGo119();
        // WriteString's, WriteRune's two grows, Write's, Grow's; String (lines 24, 28) has none
        assertEquals(5, real.size(), real.toString());
        assertEquals(real, SBUILD.gosim(dir, "1.19"));
    }

    /** The stored records are still what real Go 1.19 prints for the programs (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        for (HeapDump.Program p : List.of(BUFHEAP, BUFSCAN, SBUILD)) {
            assertEquals(p.realGo119(), p.realGoNow(), p.file());
        }
    }
}
