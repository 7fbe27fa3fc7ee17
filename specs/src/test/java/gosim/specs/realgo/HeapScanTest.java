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
 * Heap records of fmt.Errorf and of the Sscan family (issue 12, fmt on the program's behalf): the
 * scan state from ssFree (a sync.Pool, PoolModel), readRune, the escaping string, the token buffer. The
 * program is resources/gosim/heap/scanheap.go ending in callers.dump.txt's dump(); real Go 1.19.8's
 * output is stored (scanheap.go119.txt, first line says how it was made).
 */
class HeapScanTest {
    /** errs(): the three Errorf calls. */
    static final HeapDump.Program ERRORF = new HeapDump.Program("scanheap.go", "callers.dump.txt", 24, 28);
    /** scans(): Sscan, Sscanf, Sscanln and Fscan. */
    static final HeapDump.Program SCANS = new HeapDump.Program("scanheap.go", "callers.dump.txt", 30, 39);

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

    /**
     * The records that do not depend on the tiny block the runtime left before main: not the token
     * buffer's first growth (append of one byte to a nil buffer: 8 bytes, a tiny allocation, at
     * scanNumber's first accept, go1.7 scan.go:599, 1.19 591) nor go1.7's 1-byte "7" of Sscanf.
     */
    static SortedSet<String> untiny(SortedSet<String> records) {
        SortedSet<String> out = new TreeSet<>(records);
        out.removeIf(r -> r.contains("scanNumber scan.go:591 ") || r.contains("scanNumber scan.go:599 ")
                || r.startsWith("scanheap.go:35 ") && r.contains("scanNumber"));
        return out;
    }

    /**
     * Go 1.19's scanning: ssFree.Get (scan.go:384) makes the pool's first use (allPools grows to two
     * pools, 16 bytes, after ppFree) and one new(ss) (glob..func2, 379: 88 bytes, class 96);
     * each Sscan* wraps its *stringReader in a readRune (388, 40 bytes, class 48) and, being inlined,
     * moves its str to the heap in the caller (16 bytes, no fmt frame); the token buffer grows by
     * writeRune (print.go:91) and each token is string(s.buf) (scanNumber 597, convertString 836,
     * floatToken 737). A strings.Reader is a RuneScanner: no readRune.
     */
    @Test
    void scanRecordsUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = untiny(SCANS.realGo119());
        String all = real.toString();
        for (String s : List.of("fmt.glob..func2 scan.go:379 <- sync.(*Pool).Get pool.go:151 <- fmt.newScanState scan.go:384",
                "3 144: fmt.newScanState scan.go:388 <- fmt.Fscan scan.go:122 <- fmt.Sscan scan.go:100 <-",
                "fmt.(*buffer).writeRune print.go:91 <- fmt.(*ss).token scan.go:460",
                "fmt.(*ss).floatToken scan.go:737", "1 16: sync.(*Pool).pinSlow pool.go:226")) {
            assertEquals(true, all.contains(s), s + ": " + all);
        }
        assertEquals(true, real.contains("scanheap.go:32 via 45 3 48:"), "Sscan's str in the caller: " + all);
        assertEquals(real, untiny(SCANS.gosim(dir, "1.19")));
    }

    /**
     * The same calls under Go 1.7, from the go1.7 sources: scan.go Sscan 99-101, Sscanln 105-107,
     * Sscanf 113-115, Fscan 121-126, Fscanln 130-135, Fscanf 141-146, newScanState 390-406 (Get 391,
     * &readRune 395), ssFree's New at 386, pool.go's Get -> getSlow (121) -> p.New() (145); Go 1.7
     * inlines no function with calls (inl.go ishairy), so Sscan keeps its frame and its str moves
     * to the heap at the function's own line (walk.go:2625 heapmoves: lineno = Curfn.Lineno);
     * WriteRune (print.go:89-102) appends at 91; go1.7's slicebytetostring calls rawstringtmp
     * (string.go:93 -> rawstring 111); 1.7's size classes have no 24: 19-27 byte tokens take 32.
     */
    @Test
    void scanRecordsUnderGo17FollowGo17Source(@TempDir Path dir) throws IOException {
        SortedSet<String> want = new TreeSet<>();
        String sscan = "scanheap.go:32 via 45 ", sscanf = "scanheap.go:35 via 45 ", ln = "scanheap.go:37 via 45 ";
        String fscan = "fmt.(*ss).doScan scan.go:1048 <- fmt.Fscan scan.go:123 <- ";
        String get = "sync.(*Pool).Get pool.go:104 <- fmt.newScanState scan.go:391 <- fmt.Fscan scan.go:122 <- fmt.Sscan scan.go:100 <-";
        want.add(sscan + "1 16: sync.(*Pool).pinSlow pool.go:180 <- sync.(*Pool).pin pool.go:163 <- " + get);
        want.add(sscan + "1 704: sync.(*Pool).pinSlow pool.go:184 <- sync.(*Pool).pin pool.go:163 <- " + get);
        want.add(sscan + "1 96: fmt.glob..func2 scan.go:386 <- sync.(*Pool).getSlow pool.go:145 <- "
                + "sync.(*Pool).Get pool.go:121 <- fmt.newScanState scan.go:391 <- fmt.Fscan scan.go:122 <- fmt.Sscan scan.go:100 <-");
        want.add(sscan + "3 144: fmt.newScanState scan.go:395 <- fmt.Fscan scan.go:122 <- fmt.Sscan scan.go:100 <-");
        want.add(sscan + "3 48: fmt.Sscan scan.go:99 <-");
        // scanNumber's loop (603) through accept (524) and consume's WriteRune (494): the 9th byte
        // grows 8 to 16, the 17th 16 to 32 (slice.go growslice doubles); the pooled ss keeps it
        String number = "fmt.(*ss).scanInt scan.go:658 <- fmt.(*ss).scanOne scan.go:951 <- ";
        String grow = "fmt.(*buffer).WriteRune print.go:91 <- fmt.(*ss).consume scan.go:494 <- fmt.(*ss).accept scan.go:524 <- "
                + "fmt.(*ss).scanNumber scan.go:603 <- " + number + fscan + "fmt.Sscan scan.go:100 <-";
        want.add(sscan + "1 16: " + grow);
        want.add(sscan + "1 32: " + grow);
        String str = "runtime.rawstringtmp string.go:111 <- runtime.slicebytetostring string.go:93 <- ";
        want.add(sscan + "6 192: " + str + "fmt.(*ss).scanNumber scan.go:605 <- " + number + fscan + "fmt.Sscan scan.go:100 <-");
        want.add(sscanf + "2 32: fmt.Sscanf scan.go:113 <-");
        want.add(sscanf + "2 96: fmt.newScanState scan.go:395 <- fmt.Fscanf scan.go:142 <- fmt.Sscanf scan.go:114 <-");
        want.add(sscanf + "2 64: " + str + "fmt.(*ss).convertString scan.go:820 <- fmt.(*ss).scanOne scan.go:987 <- "
                + "fmt.(*ss).doScanf scan.go:1189 <- fmt.Fscanf scan.go:143 <- fmt.Sscanf scan.go:114 <-");
        String lnScan = "fmt.(*ss).doScan scan.go:1048 <- fmt.Fscanln scan.go:132 <- fmt.Sscanln scan.go:106 <-";
        want.add(ln + "1 16: fmt.Sscanln scan.go:105 <-");
        want.add(ln + "1 48: fmt.newScanState scan.go:395 <- fmt.Fscanln scan.go:131 <- fmt.Sscanln scan.go:106 <-");
        // the float64 case calls floatToken itself (984); its 21 bytes end at string(s.buf) (733)
        want.add(ln + "1 32: " + str + "fmt.(*ss).floatToken scan.go:733 <- fmt.(*ss).scanOne scan.go:984 <- " + lnScan);
        // the 41-byte word overflows the pooled 32-byte buffer in token's WriteRune (468): 64
        want.add(ln + "1 64: fmt.(*buffer).WriteRune print.go:91 <- fmt.(*ss).token scan.go:468 <- "
                + "fmt.(*ss).convertString scan.go:820 <- fmt.(*ss).scanOne scan.go:987 <- " + lnScan);
        want.add(ln + "1 48: " + str + "fmt.(*ss).convertString scan.go:820 <- fmt.(*ss).scanOne scan.go:987 <- " + lnScan);
        // Fscan of a strings.Reader: a RuneScanner, so no readRune; the pooled ss again
        String fs = "scanheap.go:38 via 45 ";
        want.add(fs + "1 32: " + str + "fmt.(*ss).scanNumber scan.go:605 <- " + number + fscan.trim());
        want.add(fs + "1 32: " + str + "fmt.(*ss).convertString scan.go:820 <- fmt.(*ss).scanOne scan.go:987 <- " + fscan.trim());
        want.add(fs + "1 32: strings.NewReader reader.go:150 <-");
        assertEquals(want, untiny(SCANS.gosim(dir, "1.7")));
    }

    /** The stored output is still what real Go 1.19 prints for the program at GOMAXPROCS=4 (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        assertEquals(ERRORF.realGo119(), ERRORF.realGoAtFourPs());
        assertEquals(untiny(SCANS.realGo119()), untiny(SCANS.realGoAtFourPs()));
    }
}
