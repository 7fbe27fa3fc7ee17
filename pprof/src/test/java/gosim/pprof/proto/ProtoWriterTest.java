package gosim.pprof.proto;

import static gosim.pprof.client.SimProgram.block;
import static gosim.pprof.client.SimProgram.mem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.pprof.client.SimProgram;
import gosim.pprof.proto.ProfileProto.Function;
import gosim.pprof.proto.ProfileProto.Label;
import gosim.pprof.proto.ProfileProto.Location;
import gosim.pprof.proto.ProfileProto.Mapping;
import gosim.pprof.proto.ProfileProto.Sample;
import gosim.sim.Func;
import gosim.sim.Symtab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ProtoWriterTest {
    static final long RATE = 512 * 1024;
    static final long TIME = 1_600_000_000_123_456_789L;

    final SimProgram prog = new SimProgram();
    final ProtoWriter w = new ProtoWriter(prog.symtab, SimProgram.EXE);

    /** Go's rule: a location's address is the PC of the call, one byte before the return PC. */
    static long callPC(Func f, int line) {
        return f.returnPC(line) - 1;
    }

    /**
     * 1/(1-exp(-x)) by its Laurent series 1/x + 1/2 + x/12 - x^3/720 (x = avg/rate), precise to
     * ~x^5/30240, i.e. far below one unit for the small x used here: an independent evaluation of
     * scaleHeapSample's factor.
     */
    static long[] seriesScaled(long count, long size, long rate) {
        double x = ((double) size / count) / rate;
        double scale = 1 / x + 0.5 + x / 12 - x * x * x / 720;
        return new long[] {(long) (count * scale), (long) (size * scale)};
    }

    @Test
    void scaleHeapSampleFollowsGoRules() {
        assertArrayEquals(new long[] {0, 0}, ProtoWriter.scaleHeapSample(0, 100, RATE), "count 0");
        assertArrayEquals(new long[] {0, 0}, ProtoWriter.scaleHeapSample(5, 0, RATE), "size 0");
        assertArrayEquals(new long[] {7, 700}, ProtoWriter.scaleHeapSample(7, 700, 1), "rate 1: all sampled");
        assertArrayEquals(new long[] {7, 700}, ProtoWriter.scaleHeapSample(7, 700, 0), "rate 0: unknown");
        assertArrayEquals(new long[] {7, 700}, ProtoWriter.scaleHeapSample(7, 700, -3), "rate < 0: unknown");
        // avg 1024 bytes at rate 512 KiB: scale 512.50016..., the numbers pprof itself derives from
        // Go's text profile "10: 10240 [10: 10240] @ heap/1048576".
        assertArrayEquals(new long[] {5125, 5248001}, ProtoWriter.scaleHeapSample(10, 10240, RATE));
        assertArrayEquals(seriesScaled(10, 10240, RATE), ProtoWriter.scaleHeapSample(10, 10240, RATE));
        assertArrayEquals(seriesScaled(3, 48, RATE), ProtoWriter.scaleHeapSample(3, 48, RATE));
        // avg == rate: scale = 1/(1-1/e) = 1.5819767068693265
        assertArrayEquals(new long[] {(long) (4 * 1.5819767068693265), (long) (4 * RATE * 1.5819767068693265)},
                ProtoWriter.scaleHeapSample(4, 4 * RATE, RATE));
    }

    @Property(tries = 200)
    void scaledValuesNeverShrinkAndMatchTheSeries(@ForAll @IntRange(min = 1, max = 1000) int count,
            @ForAll @IntRange(min = 1, max = 4096) int avg) {
        long size = (long) count * avg;
        long[] got = ProtoWriter.scaleHeapSample(count, size, RATE);
        assertTrue(got[0] >= count && got[1] >= size, "scaling only adds unsampled allocations");
        long[] series = seriesScaled(count, size, RATE);
        // Truncation may fall either side of an integer when the exact value is within rounding of it.
        assertTrue(Math.abs(got[0] - series[0]) <= 1 && Math.abs(got[1] - series[1]) <= 1,
                "scale differs from the series: " + got[0] + "," + got[1] + " vs " + series[0] + "," + series[1]);
    }

    @Test
    void heapProfileCarriesEveryField() {
        MemProfileRecord r1 = mem(10, 10240, 1, 1024, prog.fromMain(prog.allocA, 10, 25));
        // Leading runtime frames (mallocgc, newobject) are hidden.
        MemProfileRecord r2 = mem(3, 48, 3, 48, SimProgram.stack(prog.mallocgc, 600, prog.newobject, 808,
                prog.allocA, 12, prog.mainMain, 26, prog.runtimeMain, 185, prog.goexit, 2001));
        // Only runtime frames: shown all (except goexit) rather than none.
        MemProfileRecord r3 = mem(1, 96, 0, 0, SimProgram.stack(prog.mallocgc, 600, prog.runtimeMain, 190,
                prog.goexit, 2001));
        // Nothing allocated: zero values and no "bytes" label.
        MemProfileRecord r4 = mem(0, 0, 0, 0, prog.fromMain(prog.allocA, 11, 27));

        Decoded d = Decoded.of(ProfileBuilder.gzip(w.heap(List.of(r1, r2, r3, r4), RATE, TIME)));

        assertEquals(List.of("alloc_objects/count", "alloc_space/bytes", "inuse_objects/count", "inuse_space/bytes"),
                d.sampleTypes());
        assertEquals("space/bytes", d.vt(d.p().getPeriodType()));
        assertEquals(RATE, d.p().getPeriod());
        assertEquals(TIME, d.p().getTimeNanos());
        assertEquals(0, d.p().getDurationNanos());
        assertEquals(4, d.p().getSampleCount());

        Sample s1 = d.p().getSample(0);
        long[] a1 = seriesScaled(10, 10240, RATE);
        long[] i1 = seriesScaled(9, 9216, RATE);
        assertEquals(List.of(a1[0], a1[1], i1[0], i1[1]), s1.getValueList());
        assertEquals(List.of("main.allocA", "main.main", "runtime.main"), d.functions(s1));
        assertEquals(List.of(callPC(prog.allocA, 10), callPC(prog.mainMain, 25), callPC(prog.runtimeMain, 185)),
                d.addresses(s1));
        assertEquals(1, s1.getLabelCount());
        Label bytes = s1.getLabel(0);
        assertEquals("bytes", d.str(bytes.getKey()));
        assertEquals(1024, bytes.getNum(), "AllocBytes/AllocObjects");
        assertEquals(0, bytes.getStr(), "a number label has no string");
        assertEquals(0, bytes.getNumUnit(), "Go writes no unit");

        Sample s2 = d.p().getSample(1);
        long[] a2 = seriesScaled(3, 48, RATE);
        assertEquals(List.of(a2[0], a2[1], 0L, 0L), s2.getValueList(), "nothing in use scales to 0");
        assertEquals(List.of("main.allocA", "main.main", "runtime.main"), d.functions(s2));
        assertEquals(16, s2.getLabel(0).getNum());

        Sample s3 = d.p().getSample(2);
        assertEquals(List.of("runtime.mallocgc", "runtime.main"), d.functions(s3));
        assertEquals(List.of(callPC(prog.mallocgc, 600), callPC(prog.runtimeMain, 190)), d.addresses(s3));
        assertEquals(96, s3.getLabel(0).getNum());

        Sample s4 = d.p().getSample(3);
        assertEquals(List.of(0L, 0L, 0L, 0L), s4.getValueList());
        assertEquals(0, s4.getLabelCount(), "no label when AllocObjects is 0");

        // Shared frames share locations and functions: runtime.main@185 appears once.
        long rm185 = d.p().getLocationList().stream().filter(l -> l.getAddress() == callPC(prog.runtimeMain, 185))
                .count();
        assertEquals(1, rm185);
        assertEquals(1, d.p().getFunctionList().stream().filter(f -> d.str(f.getName()).equals("main.main")).count());
        assertFalse(d.p().getFunctionList().stream().anyMatch(f -> d.str(f.getName()).equals("runtime.goexit")),
                "goexit never appears");
        checkFunctionsAndLines(d);
        checkMapping(d);
    }

    @Test
    void heapAtRateOneIsUnscaled() {
        MemProfileRecord r = mem(10, 10240, 4, 4096, prog.fromMain(prog.allocA, 10, 25));
        Decoded d = Decoded.of(w.heap(List.of(r), 1, TIME));
        assertEquals(1, d.p().getPeriod());
        assertEquals(List.of(10L, 10240L, 6L, 6144L), d.p().getSample(0).getValueList());
    }

    /** Every function names its file and start line as the symbol table has them; lines match PCs. */
    void checkFunctionsAndLines(Decoded d) {
        for (Function f : d.p().getFunctionList()) {
            Func sym = prog.symtab.lookup(d.str(f.getName()));
            assertEquals(sym.name(), d.str(f.getSystemName()));
            assertEquals(sym.file(), d.str(f.getFilename()));
            assertEquals(sym.startLine(), f.getStartLine());
        }
        for (Location l : d.p().getLocationList()) {
            assertEquals(1, l.getLineCount(), "one line per location: no inlining");
            Func sym = prog.symtab.funcForPC(l.getAddress());
            assertEquals(sym.name(), d.str(d.function(l.getLine(0).getFunctionId()).getName()));
            assertEquals(sym.line(l.getAddress()), l.getLine(0).getLine());
            assertEquals(ProfileBuilder.TEXT_MAPPING_ID, l.getMappingId());
            assertFalse(l.getIsFolded());
        }
    }

    void checkMapping(Decoded d) {
        assertEquals(1, d.p().getMappingCount());
        Mapping m = d.p().getMapping(0);
        assertEquals(1, m.getId());
        assertEquals(Symtab.TEXT_START, m.getMemoryStart());
        long end = prog.symtab.textEnd();
        assertTrue(m.getMemoryLimit() >= end && m.getMemoryLimit() - end < 4096 && m.getMemoryLimit() % 4096 == 0,
                "limit is the text end rounded up to a page");
        assertEquals(Symtab.TEXT_START - 0x400000, m.getFileOffset());
        assertEquals(SimProgram.EXE, d.str(m.getFilename()));
        assertEquals("", d.str(m.getBuildId()));
        assertTrue(m.getHasFunctions() && m.getHasFilenames() && m.getHasLineNumbers() && m.getHasInlineFrames());
    }

    @Test
    void countProfileGroupsStacksInKeysByCountOrderAndKeepsEmptyStacks() {
        long[] s1 = prog.fromMain(prog.worker, 70, 30);
        long[] s2 = prog.fromMain(prog.allocA, 10, 25);
        long[] s4 = SimProgram.stack(prog.worker, 71, prog.goexit, 2001);
        // Zero-padded like a StackRecord: the padding is not part of the stack.
        long[] s2padded = java.util.Arrays.copyOf(s2, 32);
        List<long[]> stacks = List.of(s1, new long[0], s2, s4, s1, new long[32], s2padded, new long[0]);

        Decoded d = Decoded.of(w.count("threadcreate", stacks, TIME));

        assertEquals("threadcreate/count", d.vt(d.p().getPeriodType()));
        assertEquals(1, d.p().getPeriod());
        assertEquals(List.of("threadcreate/count"), d.sampleTypes());
        assertEquals(TIME, d.p().getTimeNanos());

        // Expected order from Go's keysByCount: count descending, then the "@ 0x.." key ascending.
        Map<String, long[]> byKey = new TreeMap<>();
        byKey.put(key(s1), new long[] {2});
        byKey.put(key(s2), new long[] {2});
        byKey.put(key(s4), new long[] {1});
        byKey.put("@", new long[] {3});
        List<String> order = new ArrayList<>(byKey.keySet());
        order.sort(Comparator.comparingLong((String k) -> -byKey.get(k)[0]).thenComparing(k -> k));
        assertEquals("@", order.getFirst());

        assertEquals(order.size(), d.p().getSampleCount());
        for (int i = 0; i < order.size(); i++) {
            Sample s = d.p().getSample(i);
            assertEquals(byKey.get(order.get(i))[0], s.getValue(0), "count of " + order.get(i));
            StringBuilder k = new StringBuilder("@");
            for (long a : d.addresses(s)) {
                k.append(String.format(" %#x", a + 1));
            }
            String expectedKey = order.get(i).replace(String.format(" %#x", prog.goexit.returnPC(2001)), "");
            assertEquals(expectedKey, k.toString(), "sample " + i + " stack, goexit left out");
        }
        assertEquals(0, d.p().getSample(0).getLocationIdCount(), "the empty stack is carried with no locations");
        assertEquals(8, d.total(0), "every stack counted");
        checkFunctionsAndLines(d);
        checkMapping(d);
    }

    static String key(long[] stk) {
        StringBuilder sb = new StringBuilder("@");
        for (long pc : stk) {
            sb.append(String.format(" %#x", pc));
        }
        return sb.toString();
    }

    @Test
    void countProfileNeedsAName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.count("", List.of(), 0));
        assertTrue(e.getMessage().contains("name"));
    }

    @Test
    void blockAndMutexProfilesConvertCyclesToNanoseconds() {
        BlockProfileRecord b1 = block(1, 3_529_082, prog.fromMain(prog.worker, 75, 31));
        BlockProfileRecord b2 = block(2, 10, prog.fromMain(prog.allocA, 13, 32));
        for (boolean mutex : new boolean[] {false, true}) {
            var recs = List.of(b1, b2);
            // 3 GHz: delay = int64(cycles / 3.0)
            Decoded d = Decoded.of(mutex ? w.mutex(recs, 3_000_000_000L, TIME) : w.block(recs, 3_000_000_000L, TIME));
            assertEquals("contentions/count", d.vt(d.p().getPeriodType()));
            assertEquals(1, d.p().getPeriod());
            assertEquals(List.of("contentions/count", "delay/nanoseconds"), d.sampleTypes());
            assertEquals(List.of(1L, 1_176_360L), d.p().getSample(0).getValueList(), "3529082/3 = 1176360.67");
            assertEquals(List.of(2L, 3L), d.p().getSample(1).getValueList(), "10/3 = 3.33");
            assertEquals(List.of("main.worker", "main.main", "runtime.main"), d.functions(d.p().getSample(0)));
            checkFunctionsAndLines(d);
            checkMapping(d);
        }
        // At 1 GHz a cycle is a nanosecond.
        Decoded d = Decoded.of(w.block(List.of(b1), 1_000_000_000L, TIME));
        assertEquals(3_529_082L, d.p().getSample(0).getValue(1));
        assertThrows(IllegalArgumentException.class, () -> w.block(List.of(b1), 0, TIME));
    }

    @Property(tries = 100)
    void delayIsGoFloatConversion(@ForAll @LongRange(min = 0, max = 1L << 40) long cycles,
            @ForAll @LongRange(min = 1_000_000, max = 5_000_000_000L) long cyclesPerSecond) {
        Decoded d = Decoded.of(w.block(List.of(block(1, cycles, prog.fromMain(prog.worker, 75, 31))),
                cyclesPerSecond, TIME));
        long expected = (long) (cycles / (cyclesPerSecond / 1e9));
        assertEquals(expected, d.p().getSample(0).getValue(1));
    }
}
