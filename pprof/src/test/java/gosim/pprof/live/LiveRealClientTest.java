package gosim.pprof.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.client.PprofClient;
import gosim.pprof.client.RawProfile;
import gosim.pprof.cpu.CpuProfiler;
import gosim.sim.Go;
import gosim.sim.GoVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client against a live simulated process: {@code go tool pprof -raw} fetches
 * /debug/pprof/heap over HTTP (symbolizing through /debug/pprof/symbol) and reads CPU profiles the
 * process wrote. Skipped with {@link PprofClient#SKIP_MESSAGE} when Go is not installed.
 */
class LiveRealClientTest {
    static final List<String> HEAP_TYPES = List.of("alloc_objects/count", "alloc_space/bytes", "inuse_objects/count",
            "inuse_space/bytes");

    @BeforeEach
    void needGo() {
        PprofClient.assumeGo();
    }

    static boolean hasFunction(RawProfile raw, String fn) {
        return raw.samples().stream().anyMatch(s -> raw.functions(s).contains(fn));
    }

    /**
     * The GC helper thread that startTheWorldWithSema makes after the first GC (go1.7 proc.go:1061-1069,
     * newm(mhelpgc, nil)), made while MemProfileRate is 1: allocm's new(m) of 1024 bytes (proc.go:1284),
     * mcommoninit's mpreinit gsignal (os_linux.go:261) and the g0 (proc.go:1293), Gs of 416 bytes.
     */
    static final int GC_HELPER_M_OBJECTS = 3;
    static final int GC_HELPER_M_BYTES = 1024 + 2 * 416;

    @Test
    void pprofFetchesTheGo17TextHeapProfileOverHttpAndSymbolizesIt() throws Exception {
        try (LiveServer live = new LiveServer()) {
            RawProfile raw = PprofClient.raw(live.url("/debug/pprof/heap"));
            assertEquals("space bytes", raw.periodType());
            assertEquals(HEAP_TYPES, raw.sampleTypes().stream().map(t -> t.replace("[dflt]", "")).toList());
            // MemProfileRate = 1: nothing to un-sample. The program's 15 allocations (10 live) and
            // the 9 G structs of 416 bytes malg allocated for its and the server's goroutines (go1.7 proc.go:2688),
            // and the GC helper thread's M.
            assertEquals(15 + 9 + GC_HELPER_M_OBJECTS, raw.total("alloc_objects/count"));
            assertEquals(30720 + 9 * 416 + GC_HELPER_M_BYTES, raw.total("alloc_space/bytes"));
            assertEquals(10 + 9 + GC_HELPER_M_OBJECTS, raw.total("inuse_objects/count"));
            assertEquals(10240 + 9 * 416 + GC_HELPER_M_BYTES, raw.total("inuse_space/bytes"));
            assertTrue(hasFunction(raw, "runtime.allocm"), "allocm's records");
            assertTrue(hasFunction(raw, "main.allocA") && hasFunction(raw, "main.allocB"),
                    "symbolized through /debug/pprof/symbol: " + raw.samples().stream().map(raw::functions).toList());
        }
    }

    @Test
    void pprofFetchesTheProtoHeapAndGoroutineProfilesOfAGo119FormatProcess() throws Exception {
        try (LiveServer live = new LiveServer(GoVersion.GO1_19, null, true, p -> { })) {
            RawProfile heap = PprofClient.raw(live.url("/debug/pprof/heap"));
            assertEquals(10240 + 9 * 416 + GC_HELPER_M_BYTES, heap.total("inuse_space/bytes"), "allocA's, malg's and the GC helper M's");
            assertTrue(hasFunction(heap, "main.allocA"));
            RawProfile gr = PprofClient.raw(live.url("/debug/pprof/goroutine"));
            assertEquals(List.of("goroutine/count"), gr.sampleTypes());
            assertTrue(hasFunction(gr, "net/http.(*Server).Serve"), "the accept goroutine is in the profile");
            assertTrue(hasFunction(gr, "net/http/pprof.handler.ServeHTTP"), "and the request's own goroutine");
        }
    }

    @Test
    void cpuProfilesOfALiveProcessParseWithTheirTotals() {
        for (CpuProfiler.Format f : CpuProfiler.Format.values()) {
            LiveProgram p = new LiveProgram();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, p.run(() -> {
                p.pprof.startCPUProfile(out, f);
                Go.go(p.spin, p::spinBody);
                Go.sleep(2_000_000_000L);
                try {
                    p.pprof.stopCPUProfile();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            RawProfile raw = PprofClient.raw(out.toByteArray(), "cpu-" + f + ".pprof");
            assertEquals("cpu nanoseconds", raw.periodType(), f.toString());
            assertEquals(List.of("samples/count", "cpu/nanoseconds"), raw.sampleTypes(), f.toString());
            long samples = raw.total("samples/count");
            long expected = (LiveProgram.SPIN_1_NANOS + LiveProgram.SPIN_2_NANOS) / CpuProfiler.periodNanos();
            assertTrue(Math.abs(samples - expected) <= 2, f + ": " + samples + " samples");
            assertEquals(samples * CpuProfiler.periodNanos(), raw.total("cpu/nanoseconds"), f.toString());
        }
    }

    @Test
    void theCpuProfileEndpointServesWhatPprofReads() throws Exception {
        try (LiveServer live = new LiveServer()) {
            RawProfile raw = PprofClient.raw(live.url("/debug/pprof/profile?seconds=1"));
            assertEquals("cpu nanoseconds", raw.periodType());
            assertEquals(List.of("samples/count", "cpu/nanoseconds"), raw.sampleTypes());
        }
    }
}
