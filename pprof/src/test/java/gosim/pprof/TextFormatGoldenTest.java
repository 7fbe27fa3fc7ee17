package gosim.pprof;

import gosim.sim.GoVersion;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static gosim.pprof.TestRuntime.DISPATCH_47;
import static gosim.pprof.TestRuntime.F_31;
import static gosim.pprof.TestRuntime.GOEXIT;
import static gosim.pprof.TestRuntime.LOCK_45;
import static gosim.pprof.TestRuntime.MAIN_12;
import static gosim.pprof.TestRuntime.MAIN_20;
import static gosim.pprof.TestRuntime.MALLOC_510;
import static gosim.pprof.TestRuntime.RTMAIN_185;
import static gosim.pprof.TestRuntime.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every Go 1.7 text format at debug 0, 1 and 2, against bytes worked out by hand from seed 004
 * (pprof.go) and REFERENCE.md with the addresses of {@link TestRuntime}. Tab runs are the
 * tabwriter's (pprof's NewWriter(w, 1, 8, 1, '\t', 0)): a column is as wide as its widest
 * "name+0xoff" plus 1, rounded up to a multiple of 8, and each cell gets ceil(gap/8) tabs.
 */
class TextFormatGoldenTest {
    private final TestRuntime rt = new TestRuntime();
    private final Profiles profiles = new Profiles(rt.symtab, rt, (skip, pc) -> 0);

    private String write(String name, int debug) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        profiles.lookup(name).orElseThrow().writeTo(out, debug);
        return out.toString(StandardCharsets.UTF_8);
    }

    // Comment lines shared by several stacks, with their tab runs for a given column width.
    private static final String PROC_185 = "/usr/local/go/src/runtime/proc.go:185\n";
    private static final String MAIN_GO_12 = "/home/gopher/sim/main.go:12\n";

    private void goroutines() {
        rt.goroutines = List.of(
                new long[] {F_31, MAIN_12, RTMAIN_185, GOEXIT},
                new long[] {DISPATCH_47, GOEXIT},
                new long[] {MALLOC_510, GOEXIT},
                new long[] {DISPATCH_47, GOEXIT});
    }

    @Test
    void goroutineDebug0() throws IOException {
        goroutines();
        // total = 4 stacks; the stack seen twice first; the two singles by key: "@ 0x401149" < "@ 0x4018f9".
        assertEquals("goroutine profile: total 4\n"
                + "2 @ 0x401f29 0x401809\n"
                + "1 @ 0x401149 0x401039 0x4016e9 0x401809\n"
                + "1 @ 0x4018f9 0x401809\n", write("goroutine", 0));
    }

    @Test
    void goroutineDebug1() throws IOException {
        goroutines();
        // Stack 1: dispatchLoop+0x88 is 51 chars -> 52 -> 56: 5 to fill, 1 tab. goexit hidden.
        // Stack 2: main.f+0x28 (11), main.main+0x38 (14), runtime.main+0x568 (18) -> 19 -> 24:
        //   13 -> 2 tabs, 10 -> 2 tabs, 6 -> 1 tab. runtime.main shows: a non-runtime frame came first.
        // Stack 3: only runtime frames: nothing shown, so printed again with all frames
        //   (goexit still hidden). runtime.mallocgc+0xb8 (21) -> 24: 1 tab.
        assertEquals("goroutine profile: total 4\n"
                + "2 @ 0x401f29 0x401809\n"
                + "#\t0x401f28\tgithub.com/example/worker.(*Pool).dispatchLoop+0x88\t/home/gopher/sim/worker/pool.go:47\n"
                + "\n"
                + "1 @ 0x401149 0x401039 0x4016e9 0x401809\n"
                + "#\t0x401148\tmain.f+0x28\t\t/home/gopher/sim/main.go:31\n"
                + "#\t0x401038\tmain.main+0x38\t\t" + MAIN_GO_12
                + "#\t0x4016e8\truntime.main+0x568\t" + PROC_185
                + "\n"
                + "1 @ 0x4018f9 0x401809\n"
                + "#\t0x4018f8\truntime.mallocgc+0xb8\t/usr/local/go/src/runtime/malloc.go:510\n"
                + "\n", write("goroutine", 1));
    }

    @Test
    void goroutineDebug2IsTheStackDump() throws IOException {
        goroutines();
        String dump = "goroutine 1 [running]:\nmain.main()\n\t/home/gopher/sim/main.go:12 +0x39\n\n"
                + "goroutine 5 [chan receive]:\nmain.f()\n\t/home/gopher/sim/main.go:31 +0x29\n"
                + "created by main.main\n\t/home/gopher/sim/main.go:20 +0xb9\n";
        rt.dump = dump.getBytes(StandardCharsets.UTF_8);
        // Written as runtime.Stack made it: no header, no tabwriter.
        assertEquals(dump, write("goroutine", 2));
        assertEquals(dump, write("goroutine", 3));
    }

    private void threads() {
        rt.threads = List.of(new long[0], new long[0], new long[] {MAIN_12, RTMAIN_185, GOEXIT}, new long[0]);
    }

    @Test
    void threadcreateDebug0And1WithEmptyStacks() throws IOException {
        threads();
        assertEquals("threadcreate profile: total 4\n"
                + "3 @\n"
                + "1 @ 0x401039 0x4016e9 0x401809\n", write("threadcreate", 0));
        // An empty stack: CallersFrames yields one zero frame, printed "#\t0x0" (as in real Go's
        // threadcreate.debug1.txt). main.main+0x38 (14), runtime.main+0x568 (18) -> 24.
        assertEquals("threadcreate profile: total 4\n"
                + "3 @\n"
                + "#\t0x0\n"
                + "\n"
                + "1 @ 0x401039 0x4016e9 0x401809\n"
                + "#\t0x401038\tmain.main+0x38\t\t" + MAIN_GO_12
                + "#\t0x4016e8\truntime.main+0x568\t" + PROC_185
                + "\n", write("threadcreate", 1));
        // debug 2 is only special for goroutine.
        assertEquals(write("threadcreate", 1), write("threadcreate", 2));
    }

    @Test
    void threadProfileOfSeed000() throws IOException {
        threads();
        // Go 1.0's first format: runtime order, one line per thread, no counts.
        String want = "thread creation profile: 4 threads\n@\n@\n@ 0x401039 0x4016e9 0x401809\n@\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        profiles.writeThreadProfile(out);
        assertEquals(want, out.toString(StandardCharsets.UTF_8));
        // A GO1_0 registry's threadcreate profile writes it at every debug level.
        Profiles go10 = new Profiles(rt.symtab, rt, (skip, pc) -> 0, GoVersion.GO1_0);
        assertEquals(want, go10.lookup("threadcreate").orElseThrow().toText(0));
        assertEquals(want, go10.lookup("threadcreate").orElseThrow().toText(1));
    }

    private String memStatsTrailer() {
        return "\n# runtime.MemStats\n"
                + "# Alloc = 5120\n"
                + "# TotalAlloc = 6656\n"
                + "# Sys = 18446744073709551615\n"
                + "# Lookups = 0\n"
                + "# Mallocs = 7\n"
                + "# Frees = 2\n"
                + "# HeapAlloc = 5120\n"
                + "# HeapSys = 786432\n"
                + "# HeapIdle = 770048\n"
                + "# HeapInuse = 16384\n"
                + "# HeapReleased = 0\n"
                + "# HeapObjects = 5\n"
                + "# Stack = 32768 / 65536\n"
                + "# MSpan = 2560 / 16384\n"
                + "# MCache = 4800 / 16385\n"
                + "# BuckHashSys = 1442959\n"
                + "# NextGC = 4194304\n"
                + "# PauseNs = [1200 3400" + " 0".repeat(254) + "]\n"
                + "# NumGC = 2\n"
                + "# DebugGC = false\n";
    }

    private void heap() {
        long[] pause = new long[256];
        pause[0] = 1200;
        pause[1] = 3400;
        // Sys = 2^64-1 checks that uint64 fields print unsigned.
        rt.memStats = new gosim.pprof.text.MemStatsView(5120, 6656, -1L, 0, 7, 2,
                5120, 786432, 770048, 16384, 0, 5,
                32768, 65536, 2560, 16384, 4800, 16385, 1442959,
                4194304, pause, 2, false);
        rt.mem = new java.util.ArrayList<>(List.of(
                TestRuntime.mem(1, 512, 1, 512, MAIN_12, RTMAIN_185, GOEXIT),
                TestRuntime.mem(4, 4096, 1, 1024, MALLOC_510, F_31, MAIN_12, RTMAIN_185, GOEXIT),
                TestRuntime.mem(2, 2048, 0, 0, F_31, DISPATCH_47, MAIN_20, RTMAIN_185, GOEXIT)));
    }

    @Test
    void heapDebug0() throws IOException {
        heap();
        // Totals: alloc 7 objects / 6656 bytes, free 2 / 1536: in use 5 / 5120.
        // heap/(2*524288). Records by in-use bytes: 3072, 2048, 0.
        assertEquals("heap profile: 5: 5120 [7: 6656] @ heap/1048576\n"
                + "3: 3072 [4: 4096] @ 0x4018f9 0x401149 0x401039 0x4016e9 0x401809\n"
                + "2: 2048 [2: 2048] @ 0x401149 0x401f29 0x4010b9 0x4016e9 0x401809\n"
                + "0: 0 [1: 512] @ 0x401039 0x4016e9 0x401809\n"
                + memStatsTrailer(), write("heap", 0));
    }

    @Test
    void heapDebug1AlignsLongAndShortNames() throws IOException {
        heap();
        // Record 1: leading runtime.mallocgc hidden; 11/14/18 chars -> 24: 2, 2, 1 tabs.
        // Record 2: the 51-char dispatchLoop name widens the column to 56:
        //   main.f+0x28 45 -> 6 tabs, dispatchLoop 5 -> 1, main.main+0xb8 42 -> 6, runtime.main+0x568 38 -> 5.
        // Record 3: 14/18 -> 24: 2, 1 tabs.
        String want = "heap profile: 5: 5120 [7: 6656] @ heap/1048576\n"
                + "3: 3072 [4: 4096] @ 0x4018f9 0x401149 0x401039 0x4016e9 0x401809\n"
                + "#\t0x401148\tmain.f+0x28\t\t/home/gopher/sim/main.go:31\n"
                + "#\t0x401038\tmain.main+0x38\t\t" + MAIN_GO_12
                + "#\t0x4016e8\truntime.main+0x568\t" + PROC_185
                + "\n"
                + "2: 2048 [2: 2048] @ 0x401149 0x401f29 0x4010b9 0x4016e9 0x401809\n"
                + "#\t0x401148\tmain.f+0x28\t\t\t\t\t\t/home/gopher/sim/main.go:31\n"
                + "#\t0x401f28\tgithub.com/example/worker.(*Pool).dispatchLoop+0x88\t/home/gopher/sim/worker/pool.go:47\n"
                + "#\t0x4010b8\tmain.main+0xb8\t\t\t\t\t\t/home/gopher/sim/main.go:20\n"
                + "#\t0x4016e8\truntime.main+0x568\t\t\t\t\t" + PROC_185
                + "\n"
                + "0: 0 [1: 512] @ 0x401039 0x4016e9 0x401809\n"
                + "#\t0x401038\tmain.main+0x38\t\t" + MAIN_GO_12
                + "#\t0x4016e8\truntime.main+0x568\t" + PROC_185
                + "\n"
                + memStatsTrailer();
        assertEquals(want, write("heap", 1));
        assertEquals(want, write("heap", 2));
    }

    @Test
    void writeHeapProfileIsHeapAtDebug0() throws IOException {
        heap();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        profiles.writeHeapProfile(out);
        assertEquals(write("heap", 0), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void heapTiesComeOutInGo17SortOrder() throws IOException {
        // Seven records, the first six with 16 bytes in use, the last with 32. n=7 <= 12: Go's
        // ShellSort pass swaps index 6 with index 0 (32 sorts before 16), then insertion sort
        // leaves the ties alone: records 6, 1, 2, 3, 4, 5, 0 (a stable sort would put 0 second).
        rt.mem = new java.util.ArrayList<>();
        long[] pcs = {MAIN_12, MAIN_20, F_31, DISPATCH_47, LOCK_45, MALLOC_510};
        for (long pc : pcs) {
            rt.mem.add(TestRuntime.mem(1, 16, 0, 0, pc));
        }
        rt.mem.add(TestRuntime.mem(1, 32, 0, 0, RTMAIN_185));
        String body = write("heap", 0).split("\n# runtime.MemStats")[0];
        assertEquals("heap profile: 7: 128 [7: 128] @ heap/1048576\n"
                + "1: 32 [1: 32] @ 0x4016e9\n"
                + "1: 16 [1: 16] @ 0x4010b9\n"
                + "1: 16 [1: 16] @ 0x401149\n"
                + "1: 16 [1: 16] @ 0x401f29\n"
                + "1: 16 [1: 16] @ 0x402069\n"
                + "1: 16 [1: 16] @ 0x4018f9\n"
                + "1: 16 [1: 16] @ 0x401039\n", body);
    }

    private void blocks() {
        rt.block = List.of(
                TestRuntime.block(500, 1, LOCK_45, F_31, MAIN_12, RTMAIN_185, GOEXIT),
                TestRuntime.block(9000, 3, LOCK_45, DISPATCH_47, GOEXIT),
                TestRuntime.block(500, 2, MALLOC_510, RTMAIN_185, GOEXIT));
    }

    @Test
    void blockDebug0() throws IOException {
        blocks();
        // By cycles, largest first; the two 500s keep their order (3 records: insertion sort).
        assertEquals("--- contention:\n"
                + "cycles/second=1000000000\n"
                + "9000 3 @ 0x402069 0x401f29 0x401809\n"
                + "500 1 @ 0x402069 0x401149 0x401039 0x4016e9 0x401809\n"
                + "500 2 @ 0x4018f9 0x4016e9 0x401809\n", write("block", 0));
    }

    @Test
    void blockDebug1ShowsAllFramesButGoexit() throws IOException {
        blocks();
        // Record 1: Lock+0x68 (23), dispatchLoop (51) -> 56: 33 -> 5 tabs, 5 -> 1 tab.
        // Record 2: 23, 11, 14, 18 -> 24: 1, 2, 2, 1 tabs.
        // Record 3: allFrames, so leading runtime frames show: 21, 18 -> 24: 1, 1 tab.
        String want = "--- contention:\n"
                + "cycles/second=1000000000\n"
                + "9000 3 @ 0x402069 0x401f29 0x401809\n"
                + "#\t0x402068\tsync.(*Mutex).Lock+0x68\t\t\t\t\t/usr/local/go/src/sync/mutex.go:45\n"
                + "#\t0x401f28\tgithub.com/example/worker.(*Pool).dispatchLoop+0x88\t/home/gopher/sim/worker/pool.go:47\n"
                + "\n"
                + "500 1 @ 0x402069 0x401149 0x401039 0x4016e9 0x401809\n"
                + "#\t0x402068\tsync.(*Mutex).Lock+0x68\t/usr/local/go/src/sync/mutex.go:45\n"
                + "#\t0x401148\tmain.f+0x28\t\t/home/gopher/sim/main.go:31\n"
                + "#\t0x401038\tmain.main+0x38\t\t" + MAIN_GO_12
                + "#\t0x4016e8\truntime.main+0x568\t" + PROC_185
                + "\n"
                + "500 2 @ 0x4018f9 0x4016e9 0x401809\n"
                + "#\t0x4018f8\truntime.mallocgc+0xb8\t/usr/local/go/src/runtime/malloc.go:510\n"
                + "#\t0x4016e8\truntime.main+0x568\t" + PROC_185
                + "\n";
        assertEquals(want, write("block", 1));
        assertEquals(want, write("block", 2));
    }

    @Test
    void userProfileWithUnknownPcAndEmptyStack() throws IOException {
        long[][] stacks = {{UNKNOWN, MAIN_12}, {}};
        int[] call = {0};
        Profiles reg = new Profiles(rt.symtab, rt, (skip, pc) -> {
            long[] s = stacks[call[0]++];
            System.arraycopy(s, 0, pc, 0, s.length);
            return s.length;
        });
        Profile p = reg.newProfile("gosim.test/conns");
        p.add("x", 0);
        p.add("y", 0);
        // Sorted stacks: the empty one is a prefix of everything, so first; counts tie, keys:
        // "@" < "@ 0x500000 ...". A PC outside every function: Go 1.7's Frames.Next returns the
        // zero Frame, printed "#\t0x0"; it sets show, so main.main follows. Column 0 spans both
        // lines (8 wide); "0x0" is the trailing cell of its line, so column 1 is main.main's alone.
        assertEquals("gosim.test/conns profile: total 2\n"
                + "1 @\n"
                + "#\t0x0\n"
                + "\n"
                + "1 @ 0x500000 0x401039\n"
                + "#\t0x0\n"
                + "#\t0x401038\tmain.main+0x38\t" + MAIN_GO_12
                + "\n", p.toText(1));
        assertEquals("gosim.test/conns profile: total 2\n1 @\n1 @ 0x500000 0x401039\n", p.toText(0));
    }

    @Test
    void goroutineDumpBufferDoublesUntilItFits() throws IOException {
        int[] sizes = new int[8];
        int[] calls = {0};
        int want = 3 * (1 << 20) / 2; // 1.5 MB: fills 1 MB, fits 2 MB
        gosim.pprof.text.StackDumper dumper = (buf, all) -> {
            sizes[calls[0]++] = buf.length;
            Arrays.fill(buf, 0, Math.min(buf.length, want), (byte) 'g');
            return Math.min(buf.length, want);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gosim.pprof.text.TextProfiles.writeGoroutineStacks(out, dumper);
        assertEquals(2, calls[0]);
        assertEquals(1 << 20, sizes[0]);
        assertEquals(2 << 20, sizes[1]);
        assertEquals(want, out.size());
    }

    @Test
    void goroutineDumpOfExactlyTheBufferSizeStillDoubles() throws IOException {
        // Go keeps the dump only when n < len(buf): a full buffer may be a cut dump.
        int[] calls = {0};
        gosim.pprof.text.StackDumper dumper = (buf, all) -> {
            calls[0]++;
            return Math.min(buf.length, 1 << 20);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gosim.pprof.text.TextProfiles.writeGoroutineStacks(out, dumper);
        assertEquals(2, calls[0]);
        assertEquals(1 << 20, out.size());
    }

    @Test
    void goroutineDumpIsCutAt64MB() throws IOException {
        int[] calls = {0};
        gosim.pprof.text.StackDumper dumper = (buf, all) -> {
            calls[0]++;
            return buf.length; // never fits
        };
        long[] written = {0};
        java.io.OutputStream counting = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        };
        gosim.pprof.text.TextProfiles.writeGoroutineStacks(counting, dumper);
        assertEquals(7, calls[0]); // 1, 2, 4, 8, 16, 32, 64 MB
        assertEquals(64L << 20, written[0]);
    }
}
