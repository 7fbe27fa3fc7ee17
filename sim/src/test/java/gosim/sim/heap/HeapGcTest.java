package gosim.sim.heap;

import gosim.sim.heap.HeapSamplingTest.Recorder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GC cycles, explicit frees and MemStats of the heap model (mgc.go / mstats.go of Go 1.7). */
class HeapGcTest {
    private static final long[] STACK = HeapSamplingTest.STACK;

    private static Heap profilingEverything(Recorder r) {
        Heap h = new Heap(r, HeapSamplingTest.seeded(9));
        h.setMemProfileRate(1);
        return h;
    }

    @Test
    void backgroundCycleStepsMprofBeforeItsSweepFrees() {
        Recorder r = new Recorder();
        Heap h = profilingEverything(r);
        HeapObject keep = h.mallocgc(16, STACK);
        h.mallocgc(16, STACK);
        h.mallocgc(100, STACK);
        r.calls.clear();
        assertEquals(2, h.gc(o -> o == keep, GcMode.BACKGROUND, 1000, 5_000));
        assertEquals(List.of("free bucket2 16 false", "free bucket3 112 false", "gc"), sorted(r.calls));
        assertEquals("gc", r.calls.get(0), "mProf_GC runs before the background sweep");
        assertTrue(keep.live());
        assertEquals(1, h.liveCount());
    }

    @Test
    void forcedCycleSweepsFirstThenStepsTwice() {
        Recorder r = new Recorder();
        Heap h = profilingEverything(r);
        h.mallocgc(16, STACK);
        h.mallocgc(32, STACK);
        r.calls.clear();
        assertEquals(2, h.gc(o -> false, GcMode.FORCE_BLOCK, 1000, 5_000));
        assertEquals(List.of("free bucket1 16 false", "free bucket2 32 false", "gc", "gc"), sorted(r.calls));
        assertEquals(List.of("gc", "gc"), r.calls.subList(2, 4), "runtime.GC publishes at once");
    }

    private static List<String> sorted(List<String> calls) {
        List<String> frees = new ArrayList<>(calls.stream().filter(c -> c.startsWith("free")).sorted().toList());
        frees.addAll(calls.stream().filter(c -> c.equals("gc")).toList());
        return frees;
    }

    @Test
    void explicitFreeReportsFreedAndIsCheckedOnce() {
        Recorder r = new Recorder();
        Heap h = profilingEverything(r);
        HeapObject o = h.mallocgc(24, STACK);
        h.free(o);
        assertEquals("free bucket1 32 true", r.calls.get(r.calls.size() - 1));
        assertFalse(o.live());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> h.free(o));
        assertTrue(e.getMessage().contains("already dead"), e.getMessage());
        Heap other = new Heap(MProfHooks.NONE, HeapSamplingTest.seeded(1));
        HeapObject foreign = other.mallocgc(8, STACK);
        assertThrows(IllegalArgumentException.class, () -> h.free(foreign));
        MemStats m = h.readMemStats();
        assertEquals(1, m.mallocs);
        assertEquals(1, m.frees);
        assertEquals(0, m.heapAlloc);
    }

    @Test
    void zeroSizeAllocationsShareOneUncountedBlock() {
        Recorder r = new Recorder();
        Heap h = profilingEverything(r);
        HeapObject a = h.mallocgc(0, STACK);
        assertSame(a, h.mallocgc(0, STACK));
        h.free(a);
        assertEquals(0, h.readMemStats().mallocs);
        assertTrue(r.calls.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> h.mallocgc(-1, STACK));
        assertThrows(IllegalArgumentException.class, () -> h.mallocgc(1L << 40, STACK));
    }

    @Test
    void pausesGoIntoTheRingOf256() {
        Heap h = new Heap(MProfHooks.NONE, HeapSamplingTest.seeded(1));
        long total = 0;
        for (int i = 1; i <= 300; i++) {
            h.gc(o -> true, GcMode.FORCE_BLOCK, i * 10L, 1_000_000L * i);
            total += i * 10L;
        }
        MemStats m = h.readMemStats();
        assertEquals(300, m.numGC);
        assertEquals(total, m.pauseTotalNs);
        // Cycle k (from 1) wrote slot (k-1) % 256.
        assertEquals(3000, m.pauseNs[299 % 256]);
        assertEquals(2560, m.pauseNs[255]);
        assertEquals(2570, m.pauseNs[0], "cycle 257 overwrote slot 0");
        assertEquals(300_000_000L, m.lastGC);
        assertEquals(300_000_000L, m.pauseEnd[299 % 256]);
        assertThrows(IllegalArgumentException.class, () -> h.gc(o -> true, GcMode.BACKGROUND, -1, 0));
    }

    private static List<HeapObject> pages(Heap h, int n) {
        List<HeapObject> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(h.mallocgc(8192, STACK));
        }
        return l;
    }

    @Test
    void nextGcFollowsGoOneSevenTrigger() {
        Heap h = new Heap(MProfHooks.NONE, HeapSamplingTest.seeded(1));
        assertEquals(4L << 20, h.nextGC(), "gcinit: heapminimum");
        // 10 MiB marked: trigger at marked * (1 + 7/8).
        Set<HeapObject> keep = Set.copyOf(pages(h, 1280));
        pages(h, 100);
        h.gc(keep::contains, GcMode.BACKGROUND, 0, 0);
        assertEquals(10L << 20, h.heapMarked());
        assertEquals(19_660_800L, h.nextGC());
        assertEquals(19_660_800L, h.readMemStats().nextGC);
        // A small live heap: heapminimum wins.
        h.gc(o -> false, GcMode.FORCE_BLOCK, 0, 0);
        assertEquals(4L << 20, h.nextGC());
    }

    @Test
    void lowGogcLetsTheSweepDistanceWin() {
        Heap h = new Heap(MProfHooks.NONE, HeapSamplingTest.seeded(1));
        assertEquals(100, h.setGCPercent(10));
        // GOGC=10: heapminimum 419430, triggerRatio 0.1. Marked 512 KiB: 576716 by the ratio,
        // but at least marked + 1 MiB * 10/100 = 524288 + 104857.
        Set<HeapObject> keep = Set.copyOf(pages(h, 64));
        h.gc(keep::contains, GcMode.BACKGROUND, 0, 0);
        assertEquals(629_145L, h.nextGC());
    }

    @Test
    void heapGoalIsCrossedAtNextGc() {
        Heap h = new Heap(MProfHooks.NONE, HeapSamplingTest.seeded(1));
        pages(h, 511);
        assertFalse(h.heapGoalCrossed());
        pages(h, 1);
        assertEquals(4L << 20, h.heapAlloc());
        assertTrue(h.heapGoalCrossed(), "heap_live >= next_gc");
        h.setGCPercent(-1);
        assertFalse(h.heapGoalCrossed(), "GOGC=off never starts a cycle");
    }

    @Test
    void memStatsAddUp() {
        Heap h = new Heap(new Recorder(), HeapSamplingTest.seeded(1));
        h.setStackInuse(32 << 10);
        h.setMCacheCount(4);
        List<HeapObject> small = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            small.add(h.mallocgc(24, STACK)); // class 32
        }
        HeapObject big = h.mallocgc(100_000, STACK); // 13 pages
        assertEquals(13 * 8192, big.size());
        assertEquals(0, big.sizeclass());
        MemStats m = h.readMemStats();
        assertEquals(1001, m.mallocs);
        assertEquals(1000 * 32 + 13 * 8192, m.heapAlloc);
        assertEquals(m.heapAlloc, m.alloc);
        assertEquals(m.heapAlloc, m.totalAlloc);
        assertEquals(1001, m.heapObjects);
        // 256 objects of 32 bytes per 8 KiB span: 4 spans, plus 13 pages for the big one.
        assertEquals((4 + 13) * 8192, m.heapInuse);
        assertEquals(1 << 20, m.heapSys, "one 1 MiB chunk from the OS");
        assertEquals(m.heapSys, m.heapIdle + m.heapInuse);
        assertEquals(32 << 10, m.stackInuse);
        assertEquals(4242, m.buckHashSys, "BuckHashSys comes from the profiler");
        assertEquals(m.heapSys + m.stackSys + m.mSpanSys + m.mCacheSys + m.buckHashSys + m.gcSys + m.otherSys, m.sys);
        assertEquals(1000, m.bySizeMallocs[SizeClasses.sizeToClass(32)]);

        h.gc(o -> o == big, GcMode.FORCE_BLOCK, 0, 0);
        MemStats after = h.readMemStats();
        assertEquals(1000, after.frees);
        assertEquals(13 * 8192, after.heapAlloc);
        assertEquals(13 * 8192, after.heapInuse, "empty spans go back to the heap");
        assertEquals(m.heapSys, after.heapSys, "and are not released to the OS");
        assertEquals(m.totalAlloc, after.totalAlloc);
    }
}
