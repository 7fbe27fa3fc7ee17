package gosim.pprof.live;

import static gosim.pprof.live.LiveProgram.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.http.PprofServer;
import gosim.pprof.proto.Decoded;
import gosim.sim.GoVersion;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /debug/pprof/ served by a live simulated process (Go 1.7's net/http/pprof): every endpoint,
 * its content type and status, answered from inside the simulation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PprofHttpTest {
    static final String TEXT = "text/plain; charset=utf-8";
    static final List<String> ARGS = List.of("/tmp/gosim/main", "-rate=5", "100%");

    LiveServer live;

    @BeforeAll
    void start() throws Exception {
        live = new LiveServer(GoVersion.GO1_7, ARGS, true, p -> { });
    }

    @AfterAll
    void stop() throws Exception {
        live.close();
        assertEquals(0, live.exitStatus(), "closing the server lets main return");
    }

    static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String type(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void indexIsGo17sPageWithEachProfilesCount() throws Exception {
        HttpResponse<byte[]> r = live.get("/debug/pprof/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", type(r));
        // Go 1.7's indexTmpl, with {{range .}} over block, goroutine, heap, threadcreate.
        String row = "\n<tr><td align=right>%s<td><a href=\"%s?debug=1\">%s</a>\n";
        String expected = "<html>\n<head>\n<title>/debug/pprof/</title>\n</head>\n<body>\n/debug/pprof/<br>\n<br>\n"
                + "profiles:<br>\n<table>\n"
                + String.format(row, "1", "block", "block")
                + String.format(row, "(\\d+)", "goroutine", "goroutine")
                // heap: allocA's and allocB's records, malg's G structs (go1.7 proc.go:2688) and the GC
                // helper thread's new(m), gsignal and g0 (LiveRealClientTest.GC_HELPER_M)
                + String.format(row, "6", "heap", "heap")
                + String.format(row, "(\\d+)", "threadcreate", "threadcreate")
                + "\n</table>\n<br>\n<a href=\"goroutine?debug=2\">full goroutine stack dump</a><br>\n</body>\n</html>\n";
        String regex = Pattern.quote(expected).replace("(\\d+)", "\\E(\\d+)\\Q");
        assertTrue(Pattern.compile(regex).matcher(body(r)).matches(), body(r));
    }

    @Test
    void profilesAtEachDebugLevel() throws Exception {
        HttpResponse<byte[]> heap = live.get("/debug/pprof/heap?debug=1");
        assertEquals(200, heap.statusCode());
        assertEquals(TEXT, type(heap));
        // allocA's 10 KiB in use, allocB's 20 KiB freed, 9 G structs of 416 bytes from malg (go1.7
        // proc.go:2688), the GC helper thread's 3 blocks of 1,856 bytes (LiveRealClientTest.GC_HELPER_M);
        // writeHeap's own slices (pprof.go:470) are listed as 0: 0 until two GCs publish them
        assertTrue(body(heap).startsWith("heap profile: 22: 15840 [27: 36320] @ heap/2\n10: 10240 [10: 10240] @ "), body(heap));
        assertTrue(body(heap).contains("\tmain.allocA+"), body(heap));
        HttpResponse<byte[]> heap0 = live.get("/debug/pprof/heap");
        assertTrue(body(heap0).startsWith("heap profile: 22: 15840 [27: 36320] @ heap/2\n"), body(heap0));
        assertTrue(!body(heap0).contains("#\t"), "debug=0 has no stack comments");

        HttpResponse<byte[]> gc = live.get("/debug/pprof/heap?gc=1");
        // One more than the heap profile above saw (virtual time may also bring sysmon's forced
        // GCs, proc.go:3654-3662, between requests).
        assertTrue(numGC(body(gc)) > numGC(body(heap)), "gc=1 ran a GC first:\n" + body(gc));

        HttpResponse<byte[]> block = live.get("/debug/pprof/block?debug=1");
        assertTrue(body(block).startsWith("--- contention:\ncycles/second=2600000000\n1000 1 @ "), body(block));
        HttpResponse<byte[]> tc = live.get("/debug/pprof/threadcreate?debug=1");
        assertTrue(body(tc).startsWith("threadcreate profile: total "), body(tc));

        HttpResponse<byte[]> gr = live.get("/debug/pprof/goroutine?debug=1");
        assertTrue(body(gr).startsWith("goroutine profile: total "), body(gr));
        // The request's own goroutine, inside net/http/pprof's handler.
        assertTrue(body(gr).contains("\tnet/http/pprof.handler.ServeHTTP+"), body(gr));
        assertTrue(body(gr).contains("\tnet/http.(*conn).serve+"), body(gr));
    }

    @Test
    void fullGoroutineDumpShowsTheServerAsGoWould() throws Exception {
        String t = body(live.get("/debug/pprof/goroutine?debug=2"));
        // The handling goroutine comes first, then main parked like select {}, the sleepers and the acceptor.
        assertTrue(t.matches("(?s)goroutine \\d+ \\[running\\]:\nruntime/pprof\\.writeGoroutineStacks\\(0x[0-9a-f]+, 0x[0-9a-f]+, 0x0, 0x0\\).*"), t);
        assertTrue(t.contains("net/http/pprof.handler.ServeHTTP()\n"), t);
        assertTrue(t.contains("net/http/pprof.Index()\n"), t);
        assertTrue(t.contains("net/http.(*conn).serve()\n"), t);
        assertTrue(t.contains("\ncreated by net/http.(*Server).Serve\n\t/usr/local/go/src/net/http/server.go:2293 +"), t);
        // Idle, the process plays its timers at once: main may have waited for virtual minutes.
        assertTrue(Pattern.compile("\ngoroutine 1 \\[select \\(no cases\\)(, \\d+ minutes)?\\]:\nmain\\.main\\(\\)\n")
                .matcher(t).find(), t);
        assertTrue(Pattern.compile("\ngoroutine \\d+ \\[IO wait\\]:\nnet\\.runtime_pollWait\\(\\)\n\t"
                + "/usr/local/go/src/runtime/netpoll\\.go:160 \\+0x[0-9a-f]+\nnet\\.\\(\\*pollDesc\\)\\.wait\\(\\)\n")
                .matcher(t).find(), t);
        assertTrue(t.contains("net/http.(*Server).Serve()\n\t/usr/local/go/src/net/http/server.go:2273 +"), t);
    }

    @Test
    void unknownProfileIs404WithGosText() throws Exception {
        HttpResponse<byte[]> r = live.get("/debug/pprof/nosuch?debug=1");
        assertEquals(404, r.statusCode());
        assertEquals(TEXT, type(r));
        assertEquals("Unknown profile: nosuch\n", body(r));
        HttpResponse<byte[]> other = live.get("/elsewhere");
        assertEquals(404, other.statusCode());
        assertEquals("404 page not found\n", body(other));
        HttpResponse<byte[]> bare = live.get("/debug/pprof");
        assertEquals(301, bare.statusCode());
        assertEquals("/debug/pprof/", bare.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void cmdlineJoinsArgsWithNulThroughFprintf() throws Exception {
        HttpResponse<byte[]> r = live.get("/debug/pprof/cmdline");
        assertEquals(200, r.statusCode());
        assertEquals(TEXT, type(r));
        // The joined args are Fprintf's format: a trailing "%" has no verb.
        assertEquals("/tmp/gosim/main\u0000-rate=5\u0000100%!(NOVERB)", body(r));
    }

    @Test
    void symbolResolvesEachPcOfAGetQueryOrAPostBody() throws Exception {
        HttpResponse<byte[]> count = live.get("/debug/pprof/symbol");
        assertEquals(200, count.statusCode());
        assertEquals(TEXT, type(count));
        assertEquals("num_symbols: 1\n", body(count));
        long a = live.prog.allocA.returnPC(LiveProgram.ALLOC_A_LINE);
        long m = live.prog.mainMain.entry();
        String words = hex(a) + "+" + hex(m) + "+0x10+junk+" + hex(0x7fff_0000_0000L);
        String expected = "num_symbols: 1\n" + hex(a) + " main.allocA\n" + hex(m) + " main.main\n";
        HttpResponse<byte[]> post = live.post("/debug/pprof/symbol", words);
        assertEquals(200, post.statusCode());
        assertEquals(expected, body(post));
        assertEquals(expected, body(live.get("/debug/pprof/symbol?" + words)));
        // Decimal and octal words are PCs too (ParseUint base 0).
        String one = "num_symbols: 1\n" + hex(a) + " main.allocA\n";
        assertEquals(one, body(live.post("/debug/pprof/symbol", Long.toString(a))));
        assertEquals(one, body(live.post("/debug/pprof/symbol", "0" + Long.toOctalString(a))));
    }

    @Test
    void profileServesALegacyCpuProfileOverVirtualSeconds() throws Exception {
        HttpResponse<byte[]> r = live.get("/debug/pprof/profile?seconds=1");
        assertEquals(200, r.statusCode());
        assertEquals("application/octet-stream", type(r));
        long[] w = LiveProfilesTest.words(r.body());
        assertEquals(List.of(0L, 3L, 0L, 10_000L, 0L), Arrays.stream(w, 0, 5).boxed().toList());
        assertEquals(List.of(0L, 1L, 0L), Arrays.stream(w, w.length - 3, w.length).boxed().toList());
        // main is parked in serveForever: the answer says why the profile is empty.
        String warning = r.headers().firstValue("X-Gosim-Warning").orElse("");
        assertTrue(warning.startsWith("main has returned") && warning.contains("over 1 virtual seconds is empty"),
                warning);
    }

    @Test
    void aSecondCpuProfileGetsGos500() throws Exception {
        try (LiveServer busy = new LiveServer(GoVersion.GO1_7, null, true,
                p -> p.pprof.startCPUProfile(new ByteArrayOutputStream()))) {
            HttpResponse<byte[]> r = busy.get("/debug/pprof/profile?seconds=1");
            assertEquals(500, r.statusCode());
            assertEquals(TEXT, type(r));
            assertEquals("Could not enable CPU profiling: cpu profiling already in use\n", body(r));
        }
    }

    @Test
    void go119FormatServesProtoAtDebug0() throws Exception {
        try (LiveServer modern = new LiveServer(GoVersion.GO1_19, null, true, p -> { })) {
            HttpResponse<byte[]> r = modern.get("/debug/pprof/heap");
            assertEquals(200, r.statusCode());
            assertEquals("application/octet-stream", type(r));
            assertEquals("attachment; filename=\"heap\"", r.headers().firstValue("Content-Disposition").orElseThrow());
            // allocA's 10 KiB, 9 G structs of 416 bytes that malg allocated (go1.7 proc.go:2688), the GC helper's M
            assertEquals(10240 + 9 * 416 + LiveRealClientTest.GC_HELPER_M_BYTES, Decoded.of(r.body()).total(3));
            assertEquals(TEXT, type(modern.get("/debug/pprof/heap?debug=1")));
        }
    }

    @Test
    void aProcessThatDoesNotYieldAnswers503AfterTheTimeoutAndStaysIntact() throws Exception {
        gosim.sim.GoRuntime rt = gosim.sim.GoRuntime.builder().checkInvariants(true).build();
        gosim.pprof.Pprof pp = gosim.pprof.Pprof.attach(rt);
        java.util.concurrent.CompletableFuture<PprofServer> started = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture<Integer> exit = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> exit.complete(rt.run(() -> {
            PprofServer s = PprofServer.listen(pp).timeout(java.time.Duration.ofMillis(200));
            started.complete(s);
            // Java code that never reaches a simulator primitive: the loop cannot drain its inbox.
            while (!release.get()) {
                Thread.onSpinWait();
            }
            s.serveForever();
        })));
        t.setDaemon(true);
        t.start();
        PprofServer s = started.get(60, java.util.concurrent.TimeUnit.SECONDS);
        java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
        HttpResponse<byte[]> r = c.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + s.port() + "/debug/pprof/cmdline")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(503, r.statusCode());
        assertTrue(body(r).startsWith("gosim: the simulated process did not answer within 200ms"), body(r));
        release.set(true);
        HttpResponse<byte[]> later = c.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + s.port() + "/debug/pprof/symbol")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("num_symbols: 1\n", body(later), "the late request was dropped, the next one is served");
        s.close();
        assertEquals(0, exit.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void aProcessThatExitedAnswers503AndListenNeedsAGoroutine() throws Exception {
        LiveServer ended = new LiveServer(GoVersion.GO1_7, null, false, p -> { });
        try {
            assertEquals(0, ended.exitStatus(), "main returned without serveForever");
            HttpResponse<byte[]> r = ended.get("/debug/pprof/heap");
            assertEquals(503, r.statusCode());
            assertTrue(body(r).contains("the simulated process has exited"), body(r));
        } finally {
            ended.server.close();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PprofServer.listen(live.prog.pprof, 0));
        assertTrue(e.getMessage().contains("from a goroutine"), e.getMessage());
    }

    private static long numGC(String heapProfile) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n# NumGC = (\\d+)\n").matcher(heapProfile);
        assertTrue(m.find(), heapProfile);
        return Long.parseLong(m.group(1));
    }
}
