package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap records of the allocations runtime/string.go makes on the program's behalf (issue 12):
 * concatenation (concatstring2-5, concatstrings, rawstringtmp) and the conversions slicebytetostring,
 * slicerunetostring, stringtoslicebyte, stringtoslicerune and intstring, with their stack buffers
 * for results that do not escape and the temporaries order.go makes (map index, comparison,
 * concatenation with a literal, range over []byte(s)). The program is resources/gosim/heap/strs.go
 * ending in rtframes.dump.txt's dump(); real Go 1.19.8's output is stored (strs.go119.txt, first
 * line says how it was made). Under -go 1.19 every record must equal real Go's; under Go 1.7 the
 * differences are derived from the go1.7 source, cited below.
 */
class HeapStringFramesTest {
    /** The program's own functions (concats, conversions, temps); main's and dump's lines are not claimed. */
    static final HeapDump.Program STRS = new HeapDump.Program("strs.go", "rtframes.dump.txt", 20, 93);

    @Test
    void stringRecordsUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = STRS.realGo119();
        assertEquals(33, real.size(), real.toString());
        assertEquals(real, STRS.gosim(dir, "1.19"));
    }

    static final String CAT17 = "runtime.rawstringtmp string.go:111 <- runtime.concatstrings string.go:49 <- ";
    static final String B2S17 = "runtime.rawstringtmp string.go:111 <- runtime.slicebytetostring string.go:93 <- ";

    @Test
    void stringRecordsUnderGo17FollowGo17Source(@TempDir Path dir) throws IOException {
        SortedSet<String> want = new TreeSet<>();
        // go1.7 string.go: concatstringN calls concatstrings at 59/63/67/71, concatstrings rawstringtmp
        // at 49, rawstringtmp rawstring at 111 (skipped by callers(4), mprof.go:236, with mallocgc).
        Map<Integer, String> cat = Map.of(2, "runtime.concatstring2 string.go:59 <- ", 3,
                "runtime.concatstring3 string.go:63 <- ", 4, "runtime.concatstring4 string.go:67 <- ", 5,
                "runtime.concatstring5 string.go:71 <- ", 6, "");
        // a+b (34 bytes), a+b+c, +d, +e (54..60 bytes, 64), six operands: concatstrings itself (walk.go:2745-2751)
        want.add("strs.go:22 1 48: " + CAT17 + cat.get(2));
        want.add("strs.go:23 1 64: " + CAT17 + cat.get(3));
        want.add("strs.go:24 1 64: " + CAT17 + cat.get(4));
        want.add("strs.go:25 1 64: " + CAT17 + cat.get(5));
        want.add("strs.go:26 1 64: " + CAT17 + cat.get(6));
        // g += f (20 bytes): go1.7 msize.go has no 24-byte class, so 32; "x"+a (18) likewise
        want.add("strs.go:28 1 32: " + CAT17 + cat.get(2));
        // t := a+b does not escape but 34 > 32: rawstringtmp's buffer is too small (string.go:107)
        want.add("strs.go:30 1 48: " + CAT17 + cat.get(2));
        want.add("strs.go:32 1 64: " + CAT17 + cat.get(4));
        want.add("strs.go:34 1 32: " + CAT17 + cat.get(2));
        // slicebytetostring -> rawstringtmp at 93; go1.7 has no staticuint64s case, so string(bs1)
        // (1 byte) allocates a new tiny block (malloc.go:583-646)
        want.add("strs.go:38 1 32: " + B2S17);
        want.add("strs.go:39 1 16: " + B2S17);
        want.add("strs.go:40 1 48: " + B2S17);
        // stringtoslicebyte -> rawbyteslice at 145 (roundupsize(17) = 32)
        want.add("strs.go:41 1 32: " + "runtime.stringtoslicebyte string.go:145 <- ");
        want.add("strs.go:42 1 64: " + CAT17 + cat.get(3));
        want.add("strs.go:42 1 64: " + "runtime.stringtoslicebyte string.go:145 <-");
        // string(r): intstring's rawstring(4) at 239 fits the tiny block line 39 opened (offset 1,
        // aligned to 4: malloc.go:617-630), so no new record; string(rs): slicerunetostring at 205
        // asks for size1+3 = 28 bytes
        want.add("strs.go:44 1 32: " + "runtime.rawstringtmp string.go:111 <- runtime.slicerunetostring string.go:205 <- ");
        want.add("strs.go:45 1 80: " + "runtime.stringtoslicerune string.go:178 <- ");
        want.add("strs.go:48 1 48: " + B2S17);
        want.add("strs.go:52 1 64: " + CAT17 + cat.get(3));
        want.add("strs.go:52 1 64: runtime.stringtoslicebyte string.go:145 <- ");
        want.add("strs.go:54 1 208: " + "runtime.stringtoslicerune string.go:178 <- ");
        want.add("strs.go:54 1 64: " + CAT17 + cat.get(3));
        // map[string]int{...} that does not escape: go1.7 maplit (sinit.go:868-870) allocates on the
        // heap (see HeapSitesTest): makemap's hmap (hashmap.go:254), mapassign1's bucket (466)
        want.add("strs.go:61 1 208: " + "runtime.mapassign1 hashmap.go:466 <- ");
        want.add("strs.go:61 1 48: " + "runtime.makemap hashmap.go:254 <- ");
        // "<"+string(b)+">": string(b) is a temporary (order.go:1031-1036), only the result allocates
        want.add("strs.go:66 1 48: " + CAT17 + cat.get(3));
        want.add("strs.go:67 1 48: " + B2S17);
        want.add("strs.go:67 1 64: " + CAT17 + cat.get(2));
        want.add("strs.go:68 1 64: " + CAT17 + cat.get(3));
        // switch string(b) is no temporary before Go 1.11 (go1.7 swt.go has no such case)
        want.add("strs.go:71 1 48: " + B2S17);
        // len([]rune(s)) is no countrunes before Go 1.11: 51 runes, roundupsize(204) = 208
        want.add("strs.go:75 1 208: " + "runtime.stringtoslicerune string.go:178 <- ");
        want.add("strs.go:75 1 64: " + CAT17 + cat.get(3));
        // m[string(b)] = 2 stores its key: no temporary (order.go:1069 is for reads only)
        want.add("strs.go:76 1 48: " + B2S17);
        // a 40-byte literal operand: addstr gives no buffer (walk.go:2730), so 64 bytes though t does not escape
        want.add("strs.go:82 1 64: " + CAT17 + cat.get(2));
        // []byte("...20 bytes") is stringtoslicebyte in go1.7 (walk.go:1494-1505); 1.19 copies into new([20]byte)
        want.add("strs.go:84 1 32: " + "runtime.stringtoslicebyte string.go:145 <- ");
        // acc += a: the first pass returns a itself (one non-empty operand, string.go:46-47)
        want.add("strs.go:88 1 48: " + CAT17 + cat.get(2));
        want.add("strs.go:88 1 64: " + CAT17 + cat.get(2));
        // []rune("héllo") is the literal []rune{...} (typecheck.go:1707-1709): new([5]rune), 20 -> 32
        want.add("strs.go:91 1 32: " + "");
        SortedSet<String> trimmed = new TreeSet<>();
        want.forEach(w -> trimmed.add(w.trim()));
        assertEquals(trimmed, STRS.gosim(dir, "1.7"));
    }

    /** The stored output is still what real Go 1.19 prints for the program (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws Exception {
        SortedSet<String> now = STRS.realGoNow();
        // string(r)'s 4 bytes (line 43) open a tiny block or fit the one the runtime's own tiny
        // allocations before main left, which depends on the binary's path and environment
        SortedSet<String> stored = STRS.realGo119();
        stored.removeIf(l -> l.startsWith("strs.go:43 "));
        now.removeIf(l -> l.startsWith("strs.go:43 "));
        assertEquals(stored, now);
    }
}
