package gosim.pprof.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.client.SimProgram;
import gosim.pprof.proto.Decoded;
import gosim.pprof.proto.ProfileProto.Sample;
import gosim.pprof.proto.TextSegment;
import gosim.sim.Symtab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuProfilerTest {
    static final long START = 5_000_000_000L;
    static final long STOP = 5_250_000_000L;

    final SimProgram prog = new SimProgram();

    /** A SIGPROF stack: the interrupted PC in main.spin line 95, called from main.main line 40. */
    long[] spinning() {
        long[] s = prog.fromMain(prog.spin, 93, 40);
        s[0] = prog.spin.pcOfLine(95);
        return s;
    }

    /** A goroutine running main.worker line 71, started by go (so only goexit under it). */
    long[] working() {
        return new long[] {prog.worker.pcOfLine(71), prog.goexit.returnPC(2001)};
    }

    /** Little-endian bytes of 64-bit words, written out byte by byte. */
    static byte[] le(long... words) {
        byte[] out = new byte[words.length * 8];
        for (int i = 0; i < words.length; i++) {
            for (int j = 0; j < 8; j++) {
                out[i * 8 + j] = (byte) (words[i] >>> (8 * j));
            }
        }
        return out;
    }

    @Test
    void legacyByteLayout() {
        TextSegment text = new TextSegment(0x401000, 0x404000, 0x1000, "/tmp/gosim/prog");
        long[] log = {0, 3, 0, 10000, 0, 2, 2, 0x401234, 0x402005, 0, 1, 0};
        byte[] got = LegacyCpuProfile.encode(log, text);
        byte[] words = Arrays.copyOf(got, log.length * 8);
        // 10000 = 0x2710: little-endian 10 27 00 ...
        assertEquals(0x10, words[24] & 0xff);
        assertEquals(0x27, words[25] & 0xff);
        assertEquals(3, words[8]);
        assertArrayEquals(le(log), words);
        String tail = new String(got, log.length * 8, got.length - log.length * 8, StandardCharsets.US_ASCII);
        String prefix = "00401000-00404000 r-xp 00001000 00:00 0";
        assertEquals("\nMAPPED_LIBRARIES:\n" + prefix + " ".repeat(73 - prefix.length()) + "/tmp/gosim/prog\n", tail);
    }

    @Test
    void secondStartFailsWithGoMessageAndStateMachineRecovers() throws IOException {
        CpuProfiler p = new CpuProfiler(prog.symtab, SimProgram.EXE);
        assertFalse(p.profiling());
        p.addSample(spinning()); // no profile running: ignored
        p.stop(START); // not profiling: nothing happens
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        p.start(first, START);
        assertTrue(p.profiling());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.start(second, START));
        assertEquals("cpu profiling already in use", e.getMessage());
        assertEquals(CpuProfiler.ALREADY_IN_USE, e.getMessage());
        p.addSample(spinning());
        assertEquals(0, first.size(), "written when profiling stops");
        p.stop(STOP);
        assertFalse(p.profiling());
        assertEquals(0, second.size());
        List<CpuProfileBuffer.Record> recs = CpuProfileBuffer.records(words(first.toByteArray()));
        assertEquals(1, recs.size(), "the sample taken before start is not there");
        p.addSample(spinning()); // after stop: ignored
        p.start(second, CpuProfiler.Format.PROTO, STOP);
        p.stop(STOP);
        assertEquals(0, Decoded.of(second.toByteArray()).p().getSampleCount(), "a fresh profile");
        assertThrows(IllegalArgumentException.class, () -> {
            p.start(new ByteArrayOutputStream(), STOP);
            p.stop(START);
        });
    }

    /** The words before "\nMAPPED_LIBRARIES:", read back little-endian. */
    static long[] words(byte[] legacy) {
        String s = new String(legacy, StandardCharsets.ISO_8859_1);
        int end = s.indexOf(LegacyCpuProfile.MAPPED_LIBRARIES);
        assertTrue(end > 0 && end % 8 == 0, "memory map after whole words");
        long[] out = new long[end / 8];
        for (int i = 0; i < out.length; i++) {
            for (int j = 7; j >= 0; j--) {
                out[i] = out[i] << 8 | (legacy[i * 8 + j] & 0xff);
            }
        }
        return out;
    }

    @Test
    void legacyProfileIsTheLogThenTheMap() throws IOException {
        CpuProfiler p = new CpuProfiler(prog.symtab, SimProgram.EXE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.start(out, START);
        for (int i = 0; i < 7; i++) {
            p.addSample(spinning());
        }
        for (int i = 0; i < 3; i++) {
            p.addSample(working());
        }
        p.stop(STOP);
        CpuProfileBuffer expected = new CpuProfileBuffer(CpuProfiler.HZ);
        for (int i = 0; i < 7; i++) {
            expected.add(spinning());
        }
        for (int i = 0; i < 3; i++) {
            expected.add(working());
        }
        assertArrayEquals(LegacyCpuProfile.encode(expected.finish(), TextSegment.of(prog.symtab, SimProgram.EXE)),
                out.toByteArray());
        long[] w = words(out.toByteArray());
        assertArrayEquals(new long[] {0, 3, 0, 10000, 0}, Arrays.copyOf(w, 5));
        assertArrayEquals(new long[] {0, 1, 0}, Arrays.copyOfRange(w, w.length - 3, w.length));
        long total = CpuProfileBuffer.records(w).stream().mapToLong(CpuProfileBuffer.Record::count).sum();
        assertEquals(10, total);
    }

    @Test
    void protoProfileHasCpuTypesLeafAddressAndDuration() throws IOException {
        CpuProfiler p = new CpuProfiler(prog.symtab, SimProgram.EXE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.start(out, CpuProfiler.Format.PROTO, START);
        for (int i = 0; i < 7; i++) {
            p.addSample(spinning());
        }
        for (int i = 0; i < 3; i++) {
            p.addSample(working());
        }
        p.stop(STOP);
        Decoded d = Decoded.of(out.toByteArray());
        assertEquals("cpu/nanoseconds", d.vt(d.p().getPeriodType()));
        assertEquals(10_000_000, d.p().getPeriod(), "1e9/100");
        assertEquals(CpuProfiler.periodNanos(), d.p().getPeriod());
        assertEquals(List.of("samples/count", "cpu/nanoseconds"), d.sampleTypes());
        assertEquals(START, d.p().getTimeNanos());
        assertEquals(STOP - START, d.p().getDurationNanos());
        assertEquals(2, d.p().getSampleCount());
        long period = 10_000_000;
        for (Sample s : d.p().getSampleList()) {
            assertEquals(s.getValue(0) * period, s.getValue(1));
        }
        assertEquals(10, d.total(0));
        Sample spin = d.p().getSampleList().stream().filter(s -> s.getValue(0) == 7).findFirst().orElseThrow();
        assertEquals(List.of("main.spin", "main.main", "runtime.main"), d.functions(spin));
        long[] stk = spinning();
        // The leaf is the interrupted PC itself; callers are their call instructions (return PC - 1).
        assertEquals(List.of(stk[0], stk[1] - 1, stk[2] - 1), d.addresses(spin));
        assertEquals(95, d.location(spin.getLocationId(0)).getLine(0).getLine());
        assertEquals(40, d.location(spin.getLocationId(1)).getLine(0).getLine());
        Sample work = d.p().getSampleList().stream().filter(s -> s.getValue(0) == 3).findFirst().orElseThrow();
        assertEquals(List.of("main.worker"), d.functions(work), "goexit left out");
    }

    @Test
    void protoMergesRecordsOfOneStackInOrderOfFirstAppearance() {
        // Five single-PC stacks in one hash bucket (see CpuProfileBufferTest): a×3, b, c×2, d, e, b
        // logs b, then e (evictions), then a, b, c, d (flush); b's two records become one sample.
        long base = prog.runtimeMain.entry() + 0x20;
        long[][] s = new long[5][];
        for (int k = 0; k < 5; k++) {
            s[k] = new long[] {base + k * 1024L};
            assertTrue(s[k][0] < prog.symtab.textEnd());
        }
        CpuProfileBuffer b = new CpuProfileBuffer(CpuProfiler.HZ);
        for (int i : new int[] {0, 0, 0, 1, 2, 2, 3, 4, 1}) {
            b.add(s[i]);
        }
        Decoded d = Decoded.of(CpuProfileProto.encode(new gosim.pprof.proto.ProtoWriter(prog.symtab, SimProgram.EXE),
                b, START, 0));
        List<Long> leaves = d.p().getSampleList().stream().map(x -> d.location(x.getLocationId(0)).getAddress())
                .toList();
        assertEquals(List.of(s[1][0], s[4][0], s[0][0], s[2][0], s[3][0]), leaves);
        assertEquals(List.of(2L, 1L, 3L, 2L, 1L), d.p().getSampleList().stream().map(x -> x.getValue(0)).toList());
    }

    @Test
    void writeErrorsReachTheCaller() {
        CpuProfiler p = new CpuProfiler(new Symtab(), "prog");
        OutputStream broken = SimProgram.failingStream("pipe closed");
        p.start(broken, START);
        IOException e = assertThrows(IOException.class, () -> p.stop(STOP));
        assertEquals("pipe closed", e.getMessage());
        assertFalse(p.profiling(), "profiling is off even though the write failed");
    }
}
