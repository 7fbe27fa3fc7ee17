package gosim.pprof.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoFmtAndMemStatsTest {
    @Test
    void hexIsGoSharpX() {
        assertEquals("0x0", GoFmt.hex(0));
        assertEquals("0x4b4270", GoFmt.hex(0x4b4270));
        assertEquals("0xffffffffffffffff", GoFmt.hex(-1L)); // a uintptr, never negative
    }

    @Test
    void uintAndArraysPrintUnsigned() {
        assertEquals("18446744073709551615", GoFmt.uint(-1L));
        assertEquals("[]", GoFmt.uintArray(new long[0]));
        assertEquals("[0 7 18446744073709551615]", GoFmt.uintArray(new long[] {0, 7, -1L}));
    }

    @Test
    void zeroMemStatsTrailer() {
        String t = MemStatsView.zero().trailer();
        assertTrue(t.startsWith("\n# runtime.MemStats\n# Alloc = 0\n# TotalAlloc = 0\n"), t);
        assertTrue(t.endsWith("# NextGC = 0\n# PauseNs = [0" + " 0".repeat(255) + "]\n# NumGC = 0\n# DebugGC = false\n"));
        // Blank line, "# runtime.MemStats", then seed 004's 20 Fprintf lines (6 general, 6 heap,
        // Stack/MSpan/MCache/BuckHashSys, NextGC/PauseNs/NumGC/DebugGC).
        assertEquals(22, t.split("\n", -1).length - 1);
    }

    @Test
    void memStatsChecksPauseNsAndNumGC() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MemStatsView(
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new long[10], 0, false));
        assertEquals("MemStats.PauseNs must have 256 entries, got 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MemStatsView(
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new long[256], 1L << 32, false));
    }

    @Test
    void memStatsIsAValue() {
        long[] pause = new long[256];
        MemStatsView a = new MemStatsView(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, pause, 0, true);
        pause[0] = 99; // the view copied the array
        MemStatsView b = new MemStatsView(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                new long[256], 0, true);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.pauseNs()[0]);
        assertNotEquals(a, MemStatsView.zero());
        assertTrue(a.trailer().endsWith("# DebugGC = true\n"));
    }

    @Test
    void goStringOrderIsUtf8ByteOrder() {
        assertTrue(GoFmt.compareStrings("\uFFFD", "\uD83D\uDE00") < 0);
        assertTrue("\uFFFD".compareTo("\uD83D\uDE00") > 0); // Java's order differs
        assertTrue(GoFmt.compareStrings("block", "goroutine") < 0);
    }
}
