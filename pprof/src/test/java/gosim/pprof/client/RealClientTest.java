package gosim.pprof.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.pprof.cpu.CpuProfiler;
import gosim.pprof.proto.Decoded;
import gosim.pprof.proto.ProfileBuilder;
import gosim.pprof.proto.ProfileProto.Profile;
import gosim.pprof.proto.ProtoWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds every format this module writes, and hand-written Go 1.7 text profiles, to the real
 * {@code go tool pprof -raw}; skipped (with {@link PprofClient#SKIP_MESSAGE}) when Go is missing.
 */
class RealClientTest {
    static final long RATE = 512 * 1024;
    static final long TIME = 1_600_000_000_000_000_000L;
    static final long CYCLES_PER_SECOND = 2_500_000_000L;

    final SimProgram prog = new SimProgram();
    final ProtoWriter w = new ProtoWriter(prog.symtab, SimProgram.EXE);

    @BeforeEach
    void needGo() {
        PprofClient.assumeGo();
    }

    static RawProfile pprof(Profile p, String name) {
        return PprofClient.raw(ProfileBuilder.gzip(p), name);
    }

    List<MemProfileRecord> heapRecords() {
        List<MemProfileRecord> out = new ArrayList<>();
        out.add(SimProgram.mem(10, 10240, 1, 1024, prog.fromMain(prog.allocA, 10, 25)));
        out.add(SimProgram.mem(3, 48, 3, 48, SimProgram.stack(prog.mallocgc, 600, prog.allocA, 12, prog.mainMain, 26,
                prog.runtimeMain, 185, prog.goexit, 2001)));
        out.add(SimProgram.mem(7, 7 * 4096, 2, 2 * 4096, SimProgram.stack(prog.worker, 80, prog.goexit, 2001)));
        return out;
    }

    /** Go 1.7 writeHeap's text at debug=0 (header, records, MemStats trailer), written here by hand. */
    static String heapText(List<MemProfileRecord> recs, long rate) {
        long io = 0, ib = 0, ao = 0, ab = 0;
        for (MemProfileRecord r : recs) {
            io += r.inUseObjects();
            ib += r.inUseBytes();
            ao += r.allocObjects;
            ab += r.allocBytes;
        }
        StringBuilder sb = new StringBuilder(
                String.format("heap profile: %d: %d [%d: %d] @ heap/%d\n", io, ib, ao, ab, 2 * rate));
        for (MemProfileRecord r : recs) {
            sb.append(String.format("%d: %d [%d: %d] @", r.inUseObjects(), r.inUseBytes(), r.allocObjects,
                    r.allocBytes));
            for (long pc : r.stack()) {
                sb.append(String.format(" %#x", pc));
            }
            sb.append('\n');
        }
        return sb.append(memStatsTrailer()).toString();
    }

    /** The Go 1.7 MemStats trailer with made-up numbers and the 256-entry PauseNs array. */
    static String memStatsTrailer() {
        StringBuilder sb = new StringBuilder("\n# runtime.MemStats\n");
        String[] names = {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
            "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects"};
        for (int i = 0; i < names.length; i++) {
            sb.append("# ").append(names[i]).append(" = ").append(1000 + i).append('\n');
        }
        sb.append("# Stack = 425984 / 425984\n# MSpan = 9120 / 16384\n# MCache = 2400 / 16384\n");
        sb.append("# BuckHashSys = 1442995\n# NextGC = 4194304\n");
        sb.append("# PauseNs = [").append(String.join(" ", java.util.Collections.nCopies(256, "0"))).append("]\n");
        sb.append("# NumGC = 0\n# DebugGC = false\n");
        return sb.toString();
    }

    @Test
    void heapProtoParsesWithTheTotalsPprofDerivesFromGoText() {
        List<MemProfileRecord> recs = heapRecords();
        Profile p = w.heap(recs, RATE, TIME);
        RawProfile raw = pprof(p, "heap.pb.gz");
        assertEquals("space bytes", raw.periodType());
        assertEquals(RATE, raw.period());
        assertTrue(raw.hasTime());
        assertEquals(List.of("alloc_objects/count", "alloc_space/bytes", "inuse_objects/count", "inuse_space/bytes"),
                raw.sampleTypes());
        Decoded d = Decoded.of(p);
        for (int i = 0; i < 4; i++) {
            assertEquals(d.total(i), raw.total(raw.sampleTypes().get(i)), raw.sampleTypes().get(i));
        }
        // pprof un-samples Go's text heap profile itself (heap/2*rate): its totals must be ours.
        RawProfile fromText = PprofClient.rawText(heapText(recs, RATE), "heap.txt");
        for (String t : raw.sampleTypes()) {
            assertEquals(fromText.total(t), raw.total(t), "proto vs pprof's reading of the text, " + t);
        }
        assertTrue(raw.total("inuse_space/bytes") > 0);
        RawProfile.Sample first = raw.samples().getFirst();
        assertEquals(List.of("main.allocA", "main.main", "runtime.main"), raw.functions(first));
        assertTrue(first.labels().contains("bytes:[1024]"), first.labels().toString());
        RawProfile.Frame leaf = raw.locations().get(first.locationIds()[0]).frames().getFirst();
        assertEquals(new RawProfile.Frame("main.allocA", prog.allocA.file(), 10, prog.allocA.startLine()), leaf);
        assertTrue(raw.mappings().getFirst().contains(SimProgram.EXE), raw.mappings().toString());
    }

    @Test
    void goroutineAndUserCountProtosParse() {
        List<long[]> stacks = List.of(prog.fromMain(prog.worker, 70, 30), prog.fromMain(prog.worker, 70, 30),
                SimProgram.stack(prog.worker, 75, prog.goexit, 2001), prog.fromMain(prog.allocA, 10, 25));
        for (String name : List.of("goroutine", "my.custom.profile")) {
            RawProfile raw = pprof(w.count(name, stacks, TIME), name + ".pb.gz");
            assertEquals(name + " count", raw.periodType());
            assertEquals(1, raw.period());
            assertEquals(List.of(name + "/count"), raw.sampleTypes());
            assertEquals(4, raw.total(name + "/count"));
            assertEquals(3, raw.samples().size());
            assertEquals(2, raw.samples().getFirst().values()[0], "count descending");
            assertEquals(List.of("main.worker", "main.main", "runtime.main"), raw.functions(raw.samples().getFirst()));
        }
    }

    /** Parses Go's count-profile text lines "N @ 0x.. 0x.." into one stack per counted item. */
    static List<long[]> countStacks(String text) {
        List<long[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int at = line.indexOf(" @");
            if (line.isEmpty() || line.startsWith("#") || at < 0 || line.contains("profile:")) {
                continue;
            }
            int n = Integer.parseInt(line.substring(0, at));
            String rest = line.substring(at + 2).trim();
            long[] stk = rest.isEmpty() ? new long[0]
                    : Arrays.stream(rest.split(" ")).mapToLong(h -> Long.decode(h)).toArray();
            for (int i = 0; i < n; i++) {
                out.add(stk);
            }
        }
        return out;
    }

    @Test
    void threadcreateWithEmptyStacksFailsAsTextButParsesAsProto() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("go1.19-threadcreate.debug1.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PprofClient.Result r = PprofClient.run(text.getBytes(StandardCharsets.UTF_8), "threadcreate.txt");
        assertFalse(r.ok(), "pprof must reject Go's threadcreate text with empty stacks");
        assertTrue(r.stderr().contains("malformed profile format"), r.stderr());

        List<long[]> stacks = countStacks(text);
        assertEquals(5, stacks.size(), "the header says total 5");
        Profile p = w.count("threadcreate", stacks, TIME);
        Decoded d = Decoded.of(p);
        assertEquals(5, d.total(0), "the proto carries all five threads");
        assertEquals(4, d.p().getSample(0).getValue(0));
        assertEquals(0, d.p().getSample(0).getLocationIdCount(), "four threads with no stack");
        RawProfile raw = pprof(p, "threadcreate.pb.gz");
        assertEquals(List.of("threadcreate/count"), raw.sampleTypes());
        // pprof reads the file; its reports (even -raw) leave out samples without locations.
        assertEquals(1, raw.total("threadcreate/count"));
        assertEquals(7, raw.samples().getFirst().locationIds().length);
    }

    @Test
    void blockProtoAgreesWithPprofsReadingOfGoText() {
        List<BlockProfileRecord> recs = List.of(
                SimProgram.block(3, 7_500_000_001L, prog.fromMain(prog.worker, 75, 31)),
                SimProgram.block(1, 1234, prog.fromMain(prog.allocA, 13, 32)));
        RawProfile raw = pprof(w.block(recs, CYCLES_PER_SECOND, TIME), "block.pb.gz");
        assertEquals("contentions count", raw.periodType());
        assertEquals(List.of("contentions/count", "delay/nanoseconds"), raw.sampleTypes());
        assertEquals(4, raw.total("contentions/count"));
        // int64(7500000001/2.5) + int64(1234/2.5) = 3000000000 + 493
        assertEquals(3_000_000_000L + 493, raw.total("delay/nanoseconds"));
        // Go 1.7's writeBlock text of the same records, debug=0.
        StringBuilder text = new StringBuilder("--- contention:\ncycles/second=" + CYCLES_PER_SECOND + "\n");
        for (BlockProfileRecord r : recs) {
            text.append(r.cycles).append(' ').append(r.count).append(" @");
            for (long pc : r.stack()) {
                text.append(String.format(" %#x", pc));
            }
            text.append('\n');
        }
        RawProfile fromText = PprofClient.rawText(text.toString(), "block.txt");
        assertEquals(raw.total("delay/nanoseconds"), fromText.total("delay/nanoseconds"));
        assertEquals(raw.total("contentions/count"), fromText.total("contentions/count"));
        RawProfile mutex = pprof(w.mutex(recs, CYCLES_PER_SECOND, TIME), "mutex.pb.gz");
        assertEquals(raw.total("delay/nanoseconds"), mutex.total("delay/nanoseconds"));
    }

    byte[] cpuProfile(CpuProfiler.Format f) throws IOException {
        CpuProfiler p = new CpuProfiler(prog.symtab, SimProgram.EXE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.start(out, f, 1_000_000_000L);
        long[] spin = prog.fromMain(prog.spin, 93, 40);
        spin[0] = prog.spin.pcOfLine(95);
        long[] spin2 = spin.clone();
        spin2[0] = prog.spin.pcOfLine(96);
        long[] work = {prog.worker.pcOfLine(71), prog.goexit.returnPC(2001)};
        for (int i = 0; i < 6; i++) {
            p.addSample(spin);
        }
        p.addSample(spin2);
        for (int i = 0; i < 3; i++) {
            p.addSample(work);
        }
        p.stop(1_250_000_000L);
        return out.toByteArray();
    }

    @Test
    void cpuProtoParses() throws IOException {
        RawProfile raw = PprofClient.raw(cpuProfile(CpuProfiler.Format.PROTO), "cpu.pb.gz");
        assertEquals("cpu nanoseconds", raw.periodType());
        assertEquals(10_000_000, raw.period());
        assertEquals(List.of("samples/count", "cpu/nanoseconds"), raw.sampleTypes());
        assertEquals(10, raw.total("samples/count"));
        assertEquals(100_000_000, raw.total("cpu/nanoseconds"));
        // Profile.String prints the duration with %.4v, which cuts "250ms" to "250m".
        assertEquals("250m", raw.duration());
        List<String> leaves = raw.samples().stream().map(s -> raw.functions(s).getFirst()).distinct().sorted()
                .collect(Collectors.toList());
        assertEquals(List.of("main.spin", "main.worker"), leaves);
    }

    @Test
    void legacyCpuProfileParses() throws IOException {
        RawProfile raw = PprofClient.raw(cpuProfile(CpuProfiler.Format.LEGACY), "cpu.prof");
        assertEquals("cpu nanoseconds", raw.periodType());
        assertEquals(10_000_000, raw.period(), "1e6/hz microseconds, read as nanoseconds");
        assertEquals(List.of("samples/count", "cpu/nanoseconds"), raw.sampleTypes());
        assertEquals(10, raw.total("samples/count"));
        assertEquals(100_000_000, raw.total("cpu/nanoseconds"));
        assertEquals(1, raw.mappings().size());
        assertTrue(raw.mappings().getFirst().contains(SimProgram.EXE), "the MAPPED_LIBRARIES line was read");
        long spinLeaf = prog.spin.pcOfLine(95);
        assertTrue(raw.samples().stream().anyMatch(s -> raw.addresses(s)[0] == spinLeaf),
                "the leaf is the interrupted PC, unadjusted");
        raw.samples().forEach(s -> Arrays.stream(s.locationIds())
                .forEach(id -> assertEquals(1, raw.locations().get(id).mappingId(), "every PC is in the text")));
    }

    // ---- Go 1.7 text formats, written by hand from REFERENCE.md: what pprof accepts ----

    static final String GOROUTINE_DEBUG0 = """
            goroutine profile: total 3
            2 @ 0x402e8d 0x4015dd 0x40102d
            1 @ 0x40323d 0x40102d
            """;

    static final String GOROUTINE_DEBUG1 = """
            goroutine profile: total 3
            2 @ 0x402e8d 0x4015dd 0x40102d
            #\t0x402e8c\tmain.main+0x1c\t\t/home/gopher/prog/main.go:25

            1 @ 0x40323d 0x40102d
            #\t0x40323c\tmain.worker+0x1c\t/home/gopher/prog/main.go:70

            """;

    static final String HEAP_DEBUG1 = """
            heap profile: 9: 9216 [12: 10336] @ heap/1048576
            9: 9216 [10: 10240] @ 0x40310d 0x402e8d 0x4015dd 0x40102d
            #\t0x40310c\tmain.allocA+0x2c\t/home/gopher/prog/main.go:10
            #\t0x402e8c\tmain.main+0x1c\t\t/home/gopher/prog/main.go:25

            0: 0 [2: 96] @ 0x40323d 0x40102d
            #\t0x40323c\tmain.worker+0x1c\t/home/gopher/prog/main.go:70

            """;

    static final String BLOCK_DEBUG1 = """
            --- contention:
            cycles/second=2500000000
            7500000001 3 @ 0x40323d 0x40102d
            #\t0x40323c\tmain.worker+0x1c\t/home/gopher/prog/main.go:70

            """;

    @Test
    void goSevenCountProfileTextIsAcceptedAtDebug0And1() {
        for (String text : List.of(GOROUTINE_DEBUG0, GOROUTINE_DEBUG1)) {
            RawProfile raw = PprofClient.rawText(text, "goroutine.txt");
            assertEquals("goroutine count", raw.periodType());
            assertEquals(List.of("goroutine/count"), raw.sampleTypes());
            assertEquals(3, raw.total("goroutine/count"));
            assertEquals(0x402e8c, raw.addresses(raw.samples().getFirst())[0], "pprof subtracts 1 from each PC");
        }
    }

    @Test
    void goSevenHeapTextIsAcceptedWithAndWithoutMemStats() {
        for (String text : List.of(HEAP_DEBUG1, HEAP_DEBUG1 + memStatsTrailer())) {
            RawProfile raw = PprofClient.rawText(text, "heap.txt");
            assertEquals("space bytes", raw.periodType());
            assertEquals(RATE, raw.period(), "heap/N means rate N/2");
            long[] a = ProtoWriter.scaleHeapSample(10, 10240, RATE);
            long[] b = ProtoWriter.scaleHeapSample(2, 96, RATE);
            assertEquals(a[1] + b[1], raw.total("alloc_space/bytes"));
            assertEquals(ProtoWriter.scaleHeapSample(9, 9216, RATE)[1], raw.total("inuse_space/bytes"));
        }
    }

    @Test
    void goSevenBlockTextIsAccepted() {
        RawProfile raw = PprofClient.rawText(BLOCK_DEBUG1, "block.txt");
        assertEquals(List.of("contentions/count", "delay/nanoseconds"), raw.sampleTypes());
        assertEquals(3, raw.total("contentions/count"));
        assertEquals(3_000_000_000L, raw.total("delay/nanoseconds"), "cycles / (cycles/second / 1e9)");
    }

    @Test
    void textFormatsPprofRejects() {
        // A count profile line with an empty stack (Go's threadcreate, or any stack-less item).
        PprofClient.PprofFailure empty = assertThrows(PprofClient.PprofFailure.class,
                () -> PprofClient.rawText("threadcreate profile: total 5\n4 @\n1 @ 0x402e8d\n", "tc.txt"));
        assertTrue(empty.getMessage().contains("malformed profile format"), empty.getMessage());
        // Go 1.0's thread profile (seed 000).
        PprofClient.PprofFailure go10 = assertThrows(PprofClient.PprofFailure.class,
                () -> PprofClient.rawText("thread creation profile: 2 threads\n@ 0x402e8d 0x4015dd\n@ 0x40323d\n",
                        "thread.txt"));
        assertTrue(go10.getMessage().contains("unrecognized profile format"), go10.getMessage());
        // The goroutine dump of debug=2.
        PprofClient.PprofFailure dump = assertThrows(PprofClient.PprofFailure.class,
                () -> PprofClient.rawText("""
                        goroutine 1 [running]:
                        main.main()
                        \t/home/gopher/prog/main.go:25 +0x1c

                        goroutine 5 [chan receive]:
                        main.worker()
                        \t/home/gopher/prog/main.go:70 +0x1c
                        created by main.main
                        \t/home/gopher/prog/main.go:24 +0x3d
                        """, "goroutine2.txt"));
        assertTrue(dump.getMessage().contains("unrecognized profile format"), dump.getMessage());
    }

    @Test
    void emptyProfilesAreAccepted() {
        assertEquals(0, PprofClient.rawText("goroutine profile: total 0\n", "g.txt").samples().size());
        assertEquals(0, PprofClient.rawText("--- contention:\ncycles/second=2500000000\n", "b.txt").samples().size());
        assertEquals(0, pprof(w.count("goroutine", List.of(), TIME), "g.pb.gz").samples().size());
        assertEquals(0, pprof(w.heap(List.of(), RATE, TIME), "h.pb.gz").samples().size());
    }
}
