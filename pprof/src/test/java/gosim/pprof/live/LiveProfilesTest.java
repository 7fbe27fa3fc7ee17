package gosim.pprof.live;

import static gosim.pprof.live.LiveProgram.hex;
import static gosim.pprof.live.LiveProgram.pcs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.PprofFuncs;
import gosim.pprof.Profile;
import gosim.pprof.cpu.CpuProfiler;
import gosim.pprof.proto.Decoded;
import gosim.pprof.proto.ProfileProto.Sample;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.GoVersion;
import gosim.sim.LayoutProbe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every profile of a live simulated process written through {@link gosim.pprof.Pprof} from its
 * own main goroutine, at debug 0, 1 and 2 and as profile.proto; expected lines come from Go 1.7's
 * formats (seed 004) and the program's symbol layout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveProfilesTest {
    final LiveProgram prog = new LiveProgram();
    final Map<String, byte[]> out = new LinkedHashMap<>();
    int goroutines;
    int mcount;
    /** mcount just before each write (its ReadMemStats counts the Ms made so far). */
    final Map<String, Integer> mcountBefore = new LinkedHashMap<>();
    String userProfile = "gosim.test/things";

    @BeforeAll
    void runProgram() {
        assertEquals(0, prog.run(() -> {
            try {
                goroutines = prog.pprof.lookup("goroutine").orElseThrow().count();
                for (String name : List.of("heap", "goroutine", "threadcreate", "block")) {
                    if (name.equals("threadcreate")) {
                        // after the heap and goroutine writes: their stop-the-worlds may add GC
                        // helper threads (go1.7 proc.go:1061-1070); threadcreate itself stops nothing
                        mcount = prog.rt.mcount();
                    }
                    for (int debug = 0; debug <= 2; debug++) {
                        mcountBefore.put(name + debug, prog.rt.mcount());
                        out.put(name + debug, write(name, debug));
                    }
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    prog.pprof.writeProto(name, b);
                    out.put(name + ".pb.gz", b.toByteArray());
                }
                Profile things = prog.pprof.newProfile(userProfile);
                Go.line(LiveProgram.BODY_LINE + 1);
                Go.call(prog.addThing, () -> {
                    Go.line(LiveProgram.ADD_LINE);
                    things.add("a", 0);
                });
                out.put("user1", write(userProfile, 1));
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                prog.pprof.writeProto(userProfile, b);
                out.put("user.pb.gz", b.toByteArray());
                out.put("heapProfile", heapProfile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    byte[] write(String name, int debug) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        prog.pprof.writeTo(name, b, debug);
        return b.toByteArray();
    }

    byte[] heapProfile() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        prog.pprof.writeHeapProfile(b);
        return b.toByteArray();
    }

    String text(String key) {
        return new String(out.get(key), StandardCharsets.UTF_8);
    }

    /** A debug=1 profile's lines without printStackRecord's output ("#\t" lines and the blank line after them). */
    /** The profile without its "# Sys" and "# Stack" lines, which count g0 stacks of new Ms. */
    static String withoutThreadStacks(String t) {
        return t.replaceAll("(?m)^# (Stack|Sys) = .*\n", "");
    }

    /**
     * Also without the heap's totals: each write's own make([]runtime.MemProfileRecord, n+50) (go1.7
     * pprof.go:470) is on the heap, and its bucket in BuckHashSys, when the next write reads MemStats.
     */
    static String withoutWriterHeap(String t) {
        return withoutThreadStacks(t).replaceAll(
                "(?m)^# (Alloc|TotalAlloc|Mallocs|HeapAlloc|HeapIdle|HeapInuse|HeapObjects|MSpan|BuckHashSys) = .*\n", "");
    }

    /**
     * Without the heap records of the GC helper threads the writers' stop-the-worlds made
     * (startTheWorldWithSema's newm, go1.7 proc.go:1069): the records whose stack holds that call's
     * PC (named by heap1's stack comments), with their stack comments.
     */
    String withoutHelperThreads(String t) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#\t0x([0-9a-f]+)\truntime\\.startTheWorldWithSema\\+")
                .matcher(text("heap1"));
        assertTrue(m.find(), "heap1 lists a helper thread's M");
        String pc = "0x" + Long.toHexString(Long.parseLong(m.group(1), 16) + 1);
        return withoutRecords(t, "[^\n]*\\b" + pc + "\\b");
    }

    /** Without the unpublished records whose stack (after "@ ") matches {@code stack}, and their stack comments. */
    static String withoutRecords(String t, String stack) {
        return t.replaceAll("(?m)^0: 0 \\[0: 0\\] @ " + stack + "[^\n]*\n(?:(?:#\t[^\n]*\n)+\n)?", "");
    }

    /** Without the records whose first PC is writeHeap's make (named by heap1's stack comments). */
    String withoutWriterRecords(String t) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#\t0x([0-9a-f]+)\truntime/pprof\\.writeHeap\\+")
                .matcher(text("heap1"));
        assertTrue(m.find(), "heap1 lists writeHeap's record");
        String first = "0x" + Long.toHexString(Long.parseLong(m.group(1), 16) + 1);
        return withoutRecords(t, first + " ");
    }

    static List<String> withoutComments(String debug1) {
        List<String> out = new ArrayList<>();
        boolean inStack = false;
        for (String l : debug1.lines().toList()) {
            if (l.startsWith("#\t")) {
                inStack = true;
            } else if (inStack && l.isEmpty()) {
                inStack = false;
            } else {
                inStack = false;
                out.add(l);
            }
        }
        return out;
    }

    static void assertHasLine(String text, String regex) {
        Pattern p = Pattern.compile(regex);
        assertTrue(text.lines().anyMatch(l -> p.matcher(l).matches()), "no line matching /" + regex + "/ in:\n" + text);
    }

    long[] allocAStack() {
        return new long[] {prog.allocA.returnPC(LiveProgram.ALLOC_A_LINE), prog.mainMain.returnPC(LiveProgram.ALLOC_A_CALL),
            prog.rtMainPC(), prog.goexitPC()};
    }

    long[] allocBStack() {
        return new long[] {prog.allocB.returnPC(LiveProgram.ALLOC_B_LINE), prog.mainMain.returnPC(LiveProgram.ALLOC_B_CALL),
            prog.rtMainPC(), prog.goexitPC()};
    }

    @Test
    void heapAtDebug1HasTotalsRecordsByInuseBytesAndTheTrailer() {
        String t = text("heap1");
        List<String> lines = t.lines().toList();
        // 10 live objects of 1024 bytes; 15 allocated, 5 of 4096 freed by the GC; heap/2*rate.
        assertEquals("heap profile: 10: 10240 [15: 30720] @ heap/2", lines.get(0));
        assertEquals("10: 10240 [10: 10240] @" + pcs(allocAStack()), lines.get(1));
        assertHasLine(t, LiveProgram.frameLine(prog.allocA, allocAStack()[0], LiveProgram.FILE, LiveProgram.ALLOC_A_LINE));
        assertHasLine(t, LiveProgram.frameLine(prog.mainMain, allocAStack()[1], LiveProgram.FILE, LiveProgram.ALLOC_A_CALL));
        assertTrue(t.contains("\n0: 0 [5: 20480] @" + pcs(allocBStack()) + "\n"), t);
        assertTrue(t.contains("\n\n# runtime.MemStats\n"), t);
        // 15 of the program's, 5 freed; the rest are the runtime's (malg's G structs, go1.7 proc.go:2688),
        // the earlier writes' record slices (pprof.go:470), which the profile's records show too, and
        // three blocks for every M but m0 (new(m), gsignal, g0: LiveRealClientTest.GC_HELPER_M_OBJECTS)
        // and m0's gsignal alone (schedinit's mcommoninit, go1.7 proc.go:441: M0GsignalTest)
        int mBlocks = LiveRealClientTest.GC_HELPER_M_OBJECTS * (mcountBefore.get("heap1") - 1) + 1;
        assertTrue(t.contains("\n# Mallocs = " + (25 + mBlocks) + "\n# Frees = 5\n"), mcountBefore + " Ms: " + t);
        assertTrue(t.contains("\n# HeapObjects = " + (20 + mBlocks) + "\n"), t);
        assertTrue(t.contains("\n# NumGC = 1\n# DebugGC = false\n"), t);
    }

    @Test
    void heapAtDebug0IsTheSameWithoutStackComments() {
        // Each write's ReadMemStats stops the world, and startTheWorldWithSema may make a GC helper
        // thread (go1.7 proc.go:1061-1070) whose g0 stack the next write's "# Stack" and "# Sys" count.
        // Since issue 12, such a thread's M (new(m), gsignal, g0) is on the heap too: compare without
        // them, and without the writers' record slices, whose size (so bucket) follows the record count.
        String t0 = withoutWriterRecords(withoutHelperThreads(withoutWriterHeap(text("heap0"))));
        assertEquals(withoutComments(withoutWriterRecords(withoutHelperThreads(withoutWriterHeap(text("heap1"))))),
                t0.lines().toList());
        assertEquals(withoutWriterRecords(withoutHelperThreads(withoutWriterHeap(text("heap1")))),
                withoutWriterRecords(withoutHelperThreads(withoutWriterHeap(text("heap2")))),
                "for heap, debug 2 is debug 1");
        // WriteHeapProfile is WriteTo(w, 0), but its call is another line of main, so its own record
        // slice has a bucket of its own: compare without the writers' records.
        assertEquals(t0, withoutWriterRecords(withoutHelperThreads(withoutWriterHeap(text("heapProfile")))),
                "WriteHeapProfile is WriteTo(w, 0)");
    }

    @Test
    void goroutineProfileShowsTheWritersOwnFramesAsGo17Does() {
        String t = text("goroutine1");
        assertTrue(t.startsWith("goroutine profile: total " + goroutines + "\n"), t);
        Func wrp = prog.fn(PprofFuncs.WRITE_RUNTIME_PROFILE);
        Func wg = prog.fn(PprofFuncs.WRITE_GOROUTINE);
        Func wt = prog.fn(PprofFuncs.PROFILE_WRITE_TO);
        long[] mainStack = {wrp.returnPC(614), wg.returnPC(576), wt.returnPC(298),
            prog.mainMain.returnPC(LiveProgram.BODY_LINE), prog.rtMainPC(), prog.goexitPC()};
        assertHasLine(t, Pattern.quote("1 @" + pcs(mainStack)));
        String pprofGo = "/usr/local/go/src/runtime/pprof/pprof.go";
        assertHasLine(t, LiveProgram.frameLine(wrp, mainStack[0], pprofGo, 614));
        assertHasLine(t, LiveProgram.frameLine(wg, mainStack[1], pprofGo, 576));
        assertHasLine(t, LiveProgram.frameLine(wt, mainStack[2], pprofGo, 298));
        assertHasLine(t, LiveProgram.frameLine(prog.mainMain, mainStack[3], LiveProgram.FILE, LiveProgram.BODY_LINE));
        // The three sleepers share one stack: count 3 first (keysByCount: count descending).
        String second = t.lines().toList().get(1);
        assertTrue(second.startsWith("3 @ "), t);
        assertTrue(second.endsWith(pcs(prog.sleeper.returnPC(LiveProgram.SLEEPER_LINE), prog.goexitPC())), second);
        assertHasLine(t, LiveProgram.frameLine(prog.sleeper, prog.sleeper.returnPC(LiveProgram.SLEEPER_LINE),
                LiveProgram.FILE, LiveProgram.SLEEPER_LINE));
        int total = 0;
        for (String l : t.lines().toList()) {
            if (!l.isEmpty() && Character.isDigit(l.charAt(0)) && l.contains(" @")) {
                total += Integer.parseInt(l.substring(0, l.indexOf(' ')));
            }
        }
        assertEquals(goroutines, total, "the header's total is the number of stacks");
        assertEquals(withoutComments(t), text("goroutine0").lines().toList());
    }

    @Test
    void goroutineDebug2IsTheTracebackOfEveryUserGoroutine() {
        String t = text("goroutine2");
        String pprofGo = "/usr/local/go/src/runtime/pprof/pprof.go";
        Func ws = prog.fn(PprofFuncs.WRITE_GOROUTINE_STACKS);
        // Argument words per go1.7 pprof.go signature (amd64; an io.Writer is 2 words, results
        // counted and zeroed on entry): writeGoroutineStacks(w io.Writer) error = 4 (pprof.go:579),
        // writeGoroutine(w io.Writer, debug int) error = 5 (572), (p *Profile).WriteTo(w io.Writer,
        // debug int) error = 6 (293). The same w in all three, debug = 2, p the static goroutineProfile.
        java.util.regex.Matcher wm = Pattern.compile("writeGoroutineStacks\\((0x[0-9a-f]+), (0x[0-9a-f]+), 0x0, 0x0\\)\n")
                .matcher(t);
        assertTrue(wm.find(), t);
        String w = wm.group(1) + ", " + wm.group(2);
        assertEquals("0x" + Long.toHexString(PprofFuncs.ITAB_OS_FILE_IO_WRITER), wm.group(1), "w's itab word");
        String head = "goroutine 1 [running]:\n"
                + "runtime/pprof.writeGoroutineStacks(" + w + ", 0x0, 0x0)\n\t" + pprofGo + ":585 +"
                + hex(ws.returnPC(585) - ws.entry()) + "\n"
                + "runtime/pprof.writeGoroutine(" + w + ", 0x2, 0x0, 0x0)\n\t" + pprofGo + ":574 +"
                + hex(prog.fn(PprofFuncs.WRITE_GOROUTINE).returnPC(574) - prog.fn(PprofFuncs.WRITE_GOROUTINE).entry())
                + "\n"
                + "runtime/pprof.(*Profile).WriteTo(0x" + Long.toHexString(PprofFuncs.GOROUTINE_PROFILE_ADDR) + ", " + w
                + ", 0x2, 0x0, 0x0)\n\t" + pprofGo + ":298 +"
                + hex(prog.fn(PprofFuncs.PROFILE_WRITE_TO).returnPC(298) - prog.fn(PprofFuncs.PROFILE_WRITE_TO).entry())
                + "\n"
                + "main.main()\n\t" + LiveProgram.FILE + ":20 +"
                + hex(prog.mainMain.returnPC(20) - prog.mainMain.entry()) + "\n";
        assertTrue(t.startsWith(head), t);
        String sleeper = "main.sleeper()\n\t" + LiveProgram.FILE + ":85 +"
                + hex(prog.sleeper.returnPC(85) - prog.sleeper.entry()) + "\ncreated by main.main\n\t"
                + LiveProgram.FILE + ":16 +" + hex(prog.mainMain.returnPC(16) - prog.mainMain.entry()) + "\n";
        assertEquals(3, t.split(Pattern.quote(sleeper), -1).length - 1, t);
        assertEquals(3, t.split(Pattern.quote(" [sleep]:\n"), -1).length - 1, t);
        assertEquals(4, t.lines().filter(l -> l.startsWith("goroutine ")).count(), "main and three sleepers");
    }

    @Test
    void threadcreateCountsEveryThread() {
        String t = text("threadcreate1");
        assertTrue(t.startsWith("threadcreate profile: total " + mcount + "\n"), t);
        assertEquals(withoutComments(t), text("threadcreate0").lines().toList());
    }

    @Test
    void blockProfileHasTheContentionHeaderAndTheEvent() {
        long[] stk = {prog.mainMain.returnPC(LiveProgram.BLOCK_LINE), prog.rtMainPC(), prog.goexitPC()};
        String expected0 = "--- contention:\ncycles/second=" + GoRuntime.TICKS_PER_SECOND + "\n"
                + LiveProgram.BLOCK_CYCLES + " 1 @" + pcs(stk) + "\n";
        assertEquals(expected0, text("block0"));
        String t = text("block1");
        assertTrue(t.startsWith(expected0), t);
        // allFrames: runtime.main is shown under main.main.
        assertHasLine(t, LiveProgram.frameLine(LayoutProbe.runtimeMain(prog.rt), stk[1],
                LayoutProbe.runtimeMain(prog.rt).file(), LayoutProbe.mainCallLine(prog.rt)));
    }

    @Test
    void userProfileAddRecordsTheStackFromAddsOwnFrameAsGo17Does() {
        String t = text("user1");
        Func add = prog.fn(PprofFuncs.PROFILE_ADD);
        long[] stk = {add.returnPC(262), prog.addThing.returnPC(LiveProgram.ADD_LINE),
            prog.mainMain.returnPC(LiveProgram.BODY_LINE + 1), prog.rtMainPC(), prog.goexitPC()};
        assertTrue(t.startsWith(userProfile + " profile: total 1\n1 @" + pcs(stk) + "\n"), t);
        assertHasLine(t, LiveProgram.frameLine(prog.addThing, stk[1], LiveProgram.FILE, LiveProgram.ADD_LINE));
        Decoded d = Decoded.of(out.get("user.pb.gz"));
        assertEquals(List.of(userProfile + "/count"), d.sampleTypes());
        assertEquals(1, d.total(0));
        assertEquals(List.of("runtime/pprof.(*Profile).Add", "main.addThing", "main.main", "runtime.main"),
                d.functions(d.p().getSample(0)));
    }

    @Test
    void protoProfilesCarryTheSameTotals() {
        Decoded heap = Decoded.of(out.get("heap.pb.gz"));
        assertEquals(List.of("alloc_objects/count", "alloc_space/bytes", "inuse_objects/count", "inuse_space/bytes"),
                heap.sampleTypes());
        assertEquals(1, heap.p().getPeriod(), "period = MemProfileRate");
        assertEquals(15, heap.total(0));
        assertEquals(30720, heap.total(1));
        assertEquals(10, heap.total(2));
        assertEquals(10240, heap.total(3));

        Decoded gr = Decoded.of(out.get("goroutine.pb.gz"));
        assertEquals(List.of("goroutine/count"), gr.sampleTypes());
        assertEquals(goroutines, gr.total(0));
        List<List<String>> stacks = new ArrayList<>();
        for (Sample s : gr.p().getSampleList()) {
            stacks.add(gr.functions(s));
        }
        assertTrue(stacks.contains(List.of("runtime/pprof.writeRuntimeProfile", "runtime/pprof.writeGoroutine",
                "runtime/pprof.(*Profile).WriteTo", "main.main", "runtime.main")), stacks.toString());

        Decoded tc = Decoded.of(out.get("threadcreate.pb.gz"));
        assertEquals(mcount, tc.total(0));

        Decoded block = Decoded.of(out.get("block.pb.gz"));
        assertEquals(List.of("contentions/count", "delay/nanoseconds"), block.sampleTypes());
        assertEquals(1, block.total(0));
        assertEquals((long) (LiveProgram.BLOCK_CYCLES / (GoRuntime.TICKS_PER_SECOND / 1e9)), block.total(1));
    }

    @Test
    void go119FormatWritesProtoAtDebug0AndTextAbove() throws IOException {
        LiveProgram p = new LiveProgram(GoVersion.GO1_19, null);
        Map<String, byte[]> got = new LinkedHashMap<>();
        assertEquals(0, p.run(() -> {
            try {
                for (String name : List.of("heap", "goroutine", "threadcreate", "block")) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    p.pprof.writeTo(name, b, 0);
                    got.put(name, b.toByteArray());
                }
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                p.pprof.writeTo("heap", b, 1);
                got.put("heap1", b.toByteArray());
                b = new ByteArrayOutputStream();
                p.pprof.writeHeapProfile(b);
                got.put("whp", b.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        for (String name : List.of("heap", "goroutine", "threadcreate", "block", "whp")) {
            byte[] b = got.get(name);
            assertTrue(b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b, name + " is gzipped");
            assertFalse(Decoded.of(b).p().getSampleTypeList().isEmpty(), name);
        }
        assertEquals(10240, Decoded.of(got.get("whp")).total(3));
        assertTrue(new String(got.get("heap1"), StandardCharsets.UTF_8).startsWith("heap profile: 10: 10240 [15: 30720]"));
        // The Go 1.7 format's debug=0 is text.
        assertTrue(text("heap0").startsWith("heap profile: "));
    }

    @Test
    void cpuProfileSamplesTheRunningGoroutineEvery10msOfCpu() {
        LiveProgram p = new LiveProgram();
        ByteArrayOutputStream legacy = new ByteArrayOutputStream();
        ByteArrayOutputStream proto = new ByteArrayOutputStream();
        String[] second = new String[1];
        assertEquals(0, p.run(() -> {
            try {
                for (CpuProfiler.Format f : CpuProfiler.Format.values()) {
                    p.pprof.startCPUProfile(f == CpuProfiler.Format.LEGACY ? legacy : proto, f);
                    if (f == CpuProfiler.Format.LEGACY) {
                        second[0] = assertThrows(IllegalStateException.class,
                                () -> p.pprof.startCPUProfile(new ByteArrayOutputStream())).getMessage();
                    }
                    Go.go(p.spin, p::spinBody);
                    Go.sleep(2_000_000_000L);
                    p.pprof.stopCPUProfile();
                    assertFalse(p.pprof.cpuProfiling());
                }
                p.pprof.stopCPUProfile(); // a no-op when not profiling
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        assertEquals("cpu profiling already in use", second[0]);
        long[] w = words(legacy.toByteArray());
        assertEquals(List.of(0L, 3L, 0L, 10_000L, 0L), Arrays.stream(w, 0, 5).boxed().toList(), "legacy header");
        assertEquals(List.of(0L, 1L, 0L), Arrays.stream(w, w.length - 3, w.length).boxed().toList(), "trailer");
        long samples = 0;
        long line1 = 0;
        long line2 = 0;
        for (int i = 5; i < w.length - 3; ) {
            long count = w[i];
            int depth = (int) w[i + 1];
            long leaf = w[i + 2];
            samples += count;
            if (leaf == p.spin.pcOfLine(LiveProgram.SPIN_LINE_1)) {
                line1 += count;
            } else if (leaf == p.spin.pcOfLine(LiveProgram.SPIN_LINE_2)) {
                line2 += count;
            }
            i += 2 + depth;
        }
        // 750ms of CPU at 100 Hz; each thread's clock may be part-way into a period when profiling starts.
        long expected = (LiveProgram.SPIN_1_NANOS + LiveProgram.SPIN_2_NANOS) / CpuProfiler.periodNanos();
        assertTrue(Math.abs(samples - expected) <= 2, "samples " + samples);
        assertEquals(samples, line1 + line2, "every sample is in main.spin");
        assertTrue(Math.abs(line1 - 2 * line2) <= 3, line1 + " vs " + line2);
        String maps = new String(legacy.toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(maps.contains("\nMAPPED_LIBRARIES:\n") && maps.endsWith(" " + p.pprof.options().executable() + "\n"));

        Decoded d = Decoded.of(proto.toByteArray());
        assertEquals(List.of("samples/count", "cpu/nanoseconds"), d.sampleTypes());
        assertTrue(Math.abs(d.total(0) - expected) <= 2, "proto samples " + d.total(0));
        assertEquals(d.total(0) * CpuProfiler.periodNanos(), d.total(1));
        assertEquals("main.spin", d.functions(d.p().getSample(0)).getFirst());
    }

    @Test
    void sameProgramSameBytes() {
        List<byte[]> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LiveProgram p = new LiveProgram();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            assertEquals(0, p.run(() -> {
                try {
                    for (String name : List.of("heap", "goroutine", "threadcreate", "block")) {
                        p.pprof.writeTo(name, b, 1);
                        p.pprof.writeProto(name, b);
                    }
                    p.pprof.writeTo("goroutine", b, 2);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            runs.add(b.toByteArray());
        }
        assertTrue(Arrays.equals(runs.get(0), runs.get(1)), "two runs with the same seed write the same bytes");
    }

    /** The little-endian words before "\nMAPPED_LIBRARIES:". */
    static long[] words(byte[] legacy) {
        String s = new String(legacy, StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\nMAPPED_LIBRARIES:\n");
        assertTrue(end > 0 && end % 8 == 0, "memory map after whole words");
        long[] out = new long[end / 8];
        for (int i = 0; i < out.length; i++) {
            for (int j = 7; j >= 0; j--) {
                out[i] = out[i] << 8 | (legacy[i * 8 + j] & 0xff);
            }
        }
        return out;
    }
}
