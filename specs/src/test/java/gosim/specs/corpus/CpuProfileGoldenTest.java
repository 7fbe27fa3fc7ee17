package gosim.specs.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.client.PprofClient;
import gosim.pprof.client.RawProfile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * cpuprofile.err, the golden CorpusGoldenTest pins byte for byte, checked for what the story
 * claims without trusting our own output: Go 1.7's legacy layout (runtime/cpuprof.go), read by
 * the real pprof, and stacks of the shape cpuprofile.go's busy loop must give (main.fib's
 * recursion dominating every sample).
 */
class CpuProfileGoldenTest {
    private static final Path ERR = CorpusGoldenTest.DIR.resolve("cpuprofile.err");

    private static long[] words(byte[] b, int n) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = bb.getLong();
        }
        return w;
    }

    @Test
    void theGoldenIsGo17sLegacyLayout() throws IOException {
        byte[] b = Files.readAllBytes(ERR);
        // cpuprof.go: header [0, 3, 0, 1e6/hz, 0] with hz = 100 (pprof.go:657 StartCPUProfile),
        // samples of (count, depth, pcs...), then eod [0, 1, 0] (cpuprof.go:104), then the
        // "\nMAPPED_LIBRARIES:\n" text on Linux.
        assertArrayEquals(new long[] {0, 3, 0, 10000, 0}, words(b, 5));
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int maps = text.indexOf("\nMAPPED_LIBRARIES:\n");
        assertTrue(maps > 0, "no MAPPED_LIBRARIES section");
        long[] w = words(b, maps / 8);
        int i = 5;
        while (!(w[i] == 0 && w[i + 1] == 1 && w[i + 2] == 0)) {
            assertTrue(w[i] > 0 && w[i + 1] > 0 && w[i + 1] <= 64, "sample at word " + i);
            i += 2 + (int) w[i + 1];
        }
        assertEquals(maps / 8, i + 3, "eod ends the binary part");
    }

    @Test
    void pprofReadsItAndEverySampleIsFibsRecursionUnderMain() throws IOException {
        PprofClient.assumeGo();
        RawProfile p = PprofClient.raw(ERR);
        assertEquals("cpu nanoseconds", p.periodType());
        assertEquals(10_000_000, p.period()); // 1e9 / hz
        assertTrue(!p.samples().isEmpty());
        // The only CPU is the loop in main: every stack is, innermost first, a pc inside fib, k >= 0
        // returns into fib's own recursive call, one return into main.main's call of fib, then
        // runtime.main (its main_main() call, go1.7 proc.go:183) and runtime.goexit. fib(27) nests at most 27
        // deep, so 26 recursive returns at most. Leaves vary; the four call sites below it do not.
        long[] base = null;
        long recursive = -1;
        for (RawProfile.Sample s : p.samples()) {
            long[] a = p.addresses(s);
            assertTrue(a.length >= 4 && a.length <= 27 + 3, Arrays.toString(a));
            long[] tail = Arrays.copyOfRange(a, a.length - 3, a.length);
            if (base == null) {
                base = tail;
            }
            assertArrayEquals(base, tail, "main.main, runtime.main, goexit below every sample");
            for (int k = 1; k < a.length - 3; k++) {
                if (recursive < 0) {
                    recursive = a[k];
                }
                assertEquals(recursive, a[k], "one recursive call site of fib: " + Arrays.toString(a));
            }
            // the leaf and the recursive return are in one function (fib), laid out after the runtime
            assertTrue(Math.abs(a[0] - recursive) < 0x100 || a.length == 4, Arrays.toString(a));
            assertTrue(a[0] > base[1] && a[0] > base[2], "fib lies above runtime.main and goexit");
        }
    }
}
