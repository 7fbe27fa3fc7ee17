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
 * Heap records fmt makes on the program's behalf (issue 12, Printers): ppFree's new(pp) when the
 * pool has none, the pool's first use after start and after each GC (pinSlow's allPools append and
 * [GOMAXPROCS]poolLocal), Put's shared slot when a printer runs inside another (a String method
 * calling Sprintf), the pp buffer's growth at the write that overflows it, and the Sprint* result
 * strings. The program is resources/gosim/heap/fmtheap.go ending in callers.dump.txt's dump(), which
 * prints every frame above the program's first and the program line that called it; real Go 1.19.8's output is stored
 * (fmtheap.go119.txt, first line says how it was made). Under -go 1.19 every record of the
 * program's functions equals real Go's; under Go 1.7 the fmt and sync records are derived from the
 * go1.7 source, cited below.
 */
class HeapFmtTest {
    /** The program's functions (T.String through afterGC); main's and dump's lines are not claimed. */
    static final HeapDump.Program FMT = new HeapDump.Program("fmtheap.go", "callers.dump.txt", 18, 60);

    @Test
    void fmtRecordsUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = FMT.realGo119();
        assertEquals(37, real.size(), real.toString());
        assertEquals(real, FMT.gosim(dir, "1.19"));
    }

    // go1.7 print.go: Sprintf 194-200 calls newPrinter at 195, doPrintf 196, string(p.buf) 197,
    // free 198; Sprint 230-236 (231-234); Sprintln 262-268 (263-266); Errorf's Sprintf at 205.
    static final String SPRINTF = "fmt.Sprintf print.go:", SPRINT = "fmt.Sprint print.go:";
    // newPrinter's ppFree.Get() (133); Get (pool.go:97-122) calls pin at 104 and getSlow at 121,
    // getSlow's p.New() at 145 runs the pool's New, fmt.glob..func1 (closure.go closurename:
    // "glob." + ".func1"), new(pp) at print.go:128
    static final String NEW_PP = "fmt.glob..func1 print.go:128 <- sync.(*Pool).getSlow pool.go:145 <- "
            + "sync.(*Pool).Get pool.go:121 <- fmt.newPrinter print.go:133 <- ";
    // pin's pinSlow at 163; pinSlow's allPools append at 180 and make([]poolLocal, size) at 184
    static final String PIN = "sync.(*Pool).pin pool.go:163 <- sync.(*Pool).Get pool.go:104 <- fmt.newPrinter print.go:133 <- ";
    // string(p.buf): slicebytetostring's rawstringtmp (string.go:93), whose rawstring (111) mallocs
    static final String STR = "runtime.rawstringtmp string.go:111 <- runtime.slicebytetostring string.go:93 <- ";

    @Test
    void fmtRecordsUnderGo17FollowGo17Source(@TempDir Path dir) throws IOException {
        SortedSet<String> want = new TreeSet<>();
        // sizeof(pp) in go1.7 (print.go:105-125): buf 24, arg 16, reflect.Value 24, fmt 112
        // (format.go:41-52: *buffer, nine flag bools, wid, prec, intbuf [68]byte), four bools:
        // 184 bytes, class 192 (msize.go). poolLocal (pool.go:57-62): private 16, shared 24, Mutex 8,
        // pad [128]byte = 176 bytes, 704 for gosim's 4 Ps (a size class of its own).
        // The buffer's Write/WriteString/WriteByte (print.go:77-87) are leaves go1.7 inlines
        // (inl.go ishairy), and an inlined body takes its call's line (inl.go:799 setlno): the
        // growth's first frame is the caller's, at its call.
        String start = "fmtheap.go:30 via 66 ";
        want.add(start + "1 192: " + NEW_PP + SPRINTF + "195 <-");
        want.add(start + "1 8: sync.(*Pool).pinSlow pool.go:180 <- " + PIN + SPRINTF + "195 <-");
        want.add(start + "1 704: sync.(*Pool).pinSlow pool.go:184 <- " + PIN + SPRINTF + "195 <-");
        // %d of 1234567890123: doPrintf's fast path printArg (985), case int (636), fmtInteger 'd'
        // (362), fmt_integer's pad (format.go:307), pad's Write (92): growslice to 13, class 16;
        // "abcdefghij" through fmtString 's' (433), fmt_s's padString (328), WriteString (110): 24 > 16,
        // doubled to 32 (slice.go:89-101, old.len < 1024); the 24-byte result is class 32
        String integer = "fmt.(*fmt).pad format.go:92 <- fmt.(*fmt).fmt_integer format.go:307 <- "
                + "fmt.(*pp).fmtInteger print.go:362 <- fmt.(*pp).printArg print.go:636 <- ";
        String str = "fmt.(*fmt).padString format.go:110 <- fmt.(*fmt).fmt_s format.go:328 <- ";
        want.add(start + "1 16: " + integer + "fmt.(*pp).doPrintf print.go:985 <- " + SPRINTF + "196 <-");
        want.add(start + "1 32: " + str + "fmt.(*pp).fmtString print.go:433 <- fmt.(*pp).printArg print.go:658 <- "
                + "fmt.(*pp).doPrintf print.go:985 <- " + SPRINTF + "196 <-");
        want.add(start + "1 32: " + STR + SPRINTF + "197 <-");
        // Sprintf("%d", 7) (line 31): go1.7's slicebytetostring has no one-byte case, so the "7" is a
        // 1-byte tiny allocation that may fit the block the runtime left: not claimed.
        // Sprint("x", 1234567890123456): the pp is reused (private, cap 32); 17 bytes, class 32
        want.add("fmtheap.go:32 via 66 1 32: " + STR + SPRINT + "233 <-");
        // "true false 12" then the 32-byte string through fmtString 'v' (430) from doPrint's printArg
        // (1113): 45 > 32, doubled to 64; the result 45 bytes, class 48
        want.add("fmtheap.go:33 via 66 1 64: " + str + "fmt.(*pp).fmtString print.go:430 <- "
                + "fmt.(*pp).printArg print.go:658 <- fmt.(*pp).doPrint print.go:1113 <- " + SPRINT + "232 <-");
        want.add("fmtheap.go:33 via 66 1 48: " + STR + SPRINT + "233 <-");
        // Sprintln's 71-byte text from doPrintln's printArg (1125): 71 > 64, doubled to 128, once;
        // each of the three results is 72 bytes, class 80
        want.add("fmtheap.go:38 via 67 1 128: " + str + "fmt.(*pp).fmtString print.go:430 <- "
                + "fmt.(*pp).printArg print.go:658 <- fmt.(*pp).doPrintln print.go:1125 <- fmt.Sprintln print.go:264 <-");
        want.add("fmtheap.go:38 via 67 3 240: " + STR + "fmt.Sprintln print.go:265 <-");
        // Println, Printf, Print, Fprintf (lines 40-43) fit the 128-byte buffer: no fmt record.
        // Sprint(T{1, 2}): the outer printer holds the pool's pp, so T.String's Sprintf (line 20)
        // gets none (private nil, shared empty, getSlow finds nothing) and makes one; its Put fills
        // the private slot, so the outer Put appends to l.shared (pool.go:85): one 16-byte interface
        String inner = "fmtheap.go:20 via 48 ";
        want.add(inner + "1 192: " + NEW_PP + SPRINTF + "195 <-");
        // "T value with a=" (15 bytes, class 16) then " b=" overflows: 32; doPrintf's literal WriteString (946)
        want.add(inner + "1 16: fmt.(*pp).doPrintf print.go:946 <- " + SPRINTF + "196 <-");
        want.add(inner + "1 32: fmt.(*pp).doPrintf print.go:946 <- " + SPRINTF + "196 <-");
        want.add(inner + "1 32: " + STR + SPRINTF + "197 <-");
        want.add("fmtheap.go:48 via 68 1 16: sync.(*Pool).Put pool.go:85 <- fmt.(*pp).free print.go:145 <- " + SPRINT + "234 <-");
        want.add("fmtheap.go:48 via 68 1 32: " + STR + SPRINT + "233 <-");
        // line 49: the outer printer takes the private pp (cap 32), the inner one pops l.shared
        // (pool.go:112-116): no new pp; "a string" overflows the outer buffer (33 > 32): 64
        want.add("fmtheap.go:20 via 49 1 32: " + STR + SPRINTF + "197 <-");
        want.add("fmtheap.go:49 via 68 1 64: " + str + "fmt.(*pp).fmtString print.go:430 <- "
                + "fmt.(*pp).printArg print.go:658 <- fmt.(*pp).doPrintf print.go:985 <- " + SPRINTF + "196 <-");
        want.add("fmtheap.go:49 via 68 1 48: " + STR + SPRINTF + "197 <-");
        want.add("fmtheap.go:20 via 50 1 32: " + STR + SPRINTF + "197 <-");
        want.add("fmtheap.go:50 via 68 1 32: " + STR + SPRINT + "233 <-");
        // after a GC: go1.7 poolCleanup (pool.go:190-211) drops every pool's pps and p.local, so both
        // line 55 and line 58 pin anew and make a pp (Go 1.19 keeps a victim one cycle: line 55 has
        // no new(pp) there); 24 literal bytes, class 32; the result 25 bytes, 32
        for (String l : List.of("fmtheap.go:55 via 69 ", "fmtheap.go:58 via 69 ")) {
            want.add(l + "1 192: " + NEW_PP + SPRINTF + "195 <-");
            want.add(l + "1 8: sync.(*Pool).pinSlow pool.go:180 <- " + PIN + SPRINTF + "195 <-");
            want.add(l + "1 704: sync.(*Pool).pinSlow pool.go:184 <- " + PIN + SPRINTF + "195 <-");
            want.add(l + "1 32: fmt.(*pp).doPrintf print.go:946 <- " + SPRINTF + "196 <-");
            want.add(l + "1 32: " + STR + SPRINTF + "197 <-");
        }
        // Errorf: errors.New(Sprintf(format, a...)) at print.go:205; the pp from line 58 has room
        want.add("fmtheap.go:59 via 69 1 32: " + STR + SPRINTF + "197 <- fmt.Errorf print.go:205 <-");
        SortedSet<String> got = new TreeSet<>();
        for (String r : FMT.gosim(dir, "1.7")) {
            if ((r.contains(" fmt.") || r.contains(" sync.")) && !r.contains("errors.New") && !r.startsWith("fmtheap.go:31 ")) {
                got.add(r);
            }
        }
        assertEquals(want, got);
    }

    /** Go 1.19's Append* (resources/gosim/heap/appendheap.go): appends() only. */
    static final HeapDump.Program APPEND = new HeapDump.Program("appendheap.go", "callers.dump.txt", 16, 22);

    /**
     * Go 1.19's fmt.Append, Appendf and Appendln (print.go:267-273, 227-233, 310-316) print with a
     * printer of ppFree, as Sprint does: the pool's first use and new(pp) at newPrinter (268), the
     * buffer's growth at do* (269, 229), and append(b, p.buf...) at 270, 230 and 313.
     */
    @Test
    void appendRecordsUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = APPEND.realGo119();
        String all = real.toString();
        for (String s : List.of("fmt.newPrinter print.go:137 <- fmt.Append print.go:268 <-", "fmt.Append print.go:269 <-",
                "fmt.Append print.go:270 <-", "fmt.Appendf print.go:229 <-", "fmt.Appendf print.go:230 <-", "fmt.Appendln print.go:313 <-")) {
            assertEquals(true, all.contains(s), s + ": " + all);
        }
        assertEquals(real, APPEND.gosim(dir, "1.19"));
    }

    /** The stored output is still what real Go 1.19 prints for the program at GOMAXPROCS=4 (when go is installed). */
    @Test
    void storedOutputIsRealGos() throws IOException {
        assertEquals(FMT.realGo119(), FMT.realGoAtFourPs());
        assertEquals(APPEND.realGo119(), APPEND.realGoAtFourPs());
    }
}
