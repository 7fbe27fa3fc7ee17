package gosim.sim.heap;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The tiny allocator (go1.7 malloc.go:583-646) and the release-specific size classes. */
class TinyAllocatorTest {
    private static final long[] STK = {0x401000};

    private static Heap heapAtRate1(HeapSamplingTest.Recorder r, SizeClasses classes) {
        Heap h = new Heap(r, HeapSamplingTest.seeded(7), classes);
        h.setMemProfileRate(1);
        return h;
    }

    @Test
    void pointerFreeRequestsUnder16BytesShareABlockAndOnlyANewBlockIsProfiledAs16Bytes() {
        HeapSamplingTest.Recorder r = new HeapSamplingTest.Recorder();
        Heap h = heapAtRate1(r, SizeClasses.GO1_7);
        h.mallocgc(1, false, () -> STK); // first draw at rate 1 is consumed by the first sample
        r.mallocSizes.clear();
        HeapObject a = h.mallocgc(8, true, () -> STK);   // new block (malloc.go:631-646), size = maxTinySize
        HeapObject b = h.mallocgc(8, true, () -> STK);   // off 8 + 8 <= 16: fits (malloc.go:622)
        HeapObject c = h.mallocgc(1, true, () -> STK);   // 16 + 1 > 16: new block
        HeapObject d = h.mallocgc(2, true, () -> STK);   // off 1 aligned to 2 (malloc.go:619), 2+2 <= 16
        HeapObject e = h.mallocgc(8, true, () -> STK);   // off 4 aligned to 8, 8+8 <= 16
        HeapObject f = h.mallocgc(8, false, () -> STK);  // has pointers: its own 8-byte object
        assertSame(a, b);
        assertNotSame(a, c);
        assertSame(c, d);
        assertSame(c, e);
        assertEquals(8, f.size());
        assertEquals(List.of(16L, 16L, 8L), r.mallocSizes, "only new tiny blocks reach profilealloc, as 16 bytes");
        MemStats m = h.readMemStats();
        // mstats.go:314-315: the three requests served from a block count as mallocs and as frees
        assertEquals(4 + 3, m.mallocs);
        assertEquals(3, m.frees);
        assertEquals(4, m.heapObjects);
        assertEquals(8 + 16 + 16 + 8, m.heapAlloc);
    }

    @Test
    void theBlockIsDroppedAtGcAndReadMemStats() {
        HeapSamplingTest.Recorder r = new HeapSamplingTest.Recorder();
        Heap h = heapAtRate1(r, SizeClasses.GO1_7);
        HeapObject a = h.mallocgc(4, true, () -> STK);
        h.flushallmcaches(); // mcache.releaseAll (mcache.go:143-145)
        HeapObject b = h.mallocgc(4, true, () -> STK);
        assertNotSame(a, b);
        h.gc(o -> true, GcMode.FORCE_BLOCK, 0, 0);
        assertNotSame(b, h.mallocgc(4, true, () -> STK));
    }

    @Test
    void go119ClassesAreTheDialectsAndAgreeWithItsGeneratedLookups() throws Exception {
        assertEquals(68, SizeClasses.GO1_19.numClasses());
        assertEquals(24, SizeClasses.GO1_19.roundUp(17), "go1.19 has a 24-byte class");
        assertEquals(32, SizeClasses.GO1_7.roundUp(17), "go1.7 does not");
        Path src = Path.of("/usr/share/go-1.19/src/runtime/sizeclasses.go");
        assumeTrue(Files.exists(src), "Go 1.19 sources not installed: " + src);
        String text = Files.readString(src);
        int[] c2s = array(text, "class_to_size");
        int[] pages = array(text, "class_to_allocnpages");
        int[] s8 = array(text, "size_to_class8");
        int[] s128 = array(text, "size_to_class128");
        for (int c = 0; c < c2s.length; c++) {
            assertEquals(c2s[c], SizeClasses.GO1_19.classSize(c), "class_to_size " + c);
            assertEquals(pages[c], SizeClasses.GO1_19.classPages(c), "class_to_allocnpages " + c);
        }
        for (int size = 1; size <= SizeClasses.MAX_SMALL_SIZE; size++) { // mallocgc never looks up 0
            int want = size <= 1024 - 8 ? s8[(size + 7) / 8] : s128[(size - 1024 + 127) / 128];
            assertEquals(want, SizeClasses.GO1_19.sizeClass(size), "size_to_class of " + size);
        }
    }

    private static int[] array(String text, String name) {
        Matcher m = Pattern.compile("var " + name + " = \\[[^]]*\\]uint(?:8|16)\\{([^}]*)\\}").matcher(text);
        if (!m.find()) {
            throw new AssertionError(name + " not found in sizeclasses.go");
        }
        String[] parts = m.group(1).split(",\\s*");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }
}
