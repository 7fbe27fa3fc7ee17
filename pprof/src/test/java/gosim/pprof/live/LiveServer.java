package gosim.pprof.live;

import gosim.pprof.http.PprofServer;
import gosim.sim.GoVersion;
import gosim.sim.Go;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link LiveProgram} run on its own platform thread, serving /debug/pprof/ from its main
 * goroutine: main sets up, listens on a free loopback port, runs {@code beforeServing}, then
 * parks in {@link PprofServer#serveForever()} (or returns, if {@code keepServing} is false).
 */
final class LiveServer implements AutoCloseable {
    static final long START_TIMEOUT_SECONDS = 60;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Virtual time a serving process sleeps before the first request can reach it. Idle, the
     * process plays its timers at once, so a request that arrives early (a loaded machine) used to
     * find the heap profile before sysmon's forced GCs (every 2 minutes, go1.7 proc.go:3575) had
     * published the goroutines' and Ms' records: 5 minutes holds two of them, after which nothing
     * allocates until a request comes, so every request sees the same profile.
     */
    static final long SETTLE_NANOS = TimeUnit.MINUTES.toNanos(5);

    final LiveProgram prog;
    final PprofServer server;
    private final Thread thread;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    LiveServer(GoVersion format, List<String> args, boolean keepServing, Consumer<LiveProgram> beforeServing)
            throws Exception {
        prog = new LiveProgram(format, args);
        CompletableFuture<PprofServer> started = new CompletableFuture<>();
        thread = new Thread(() -> {
            try {
                exit.complete(prog.run(() -> {
                    PprofServer s = PprofServer.listen(prog.pprof);
                    beforeServing.accept(prog);
                    if (keepServing) {
                        Go.sleep(SETTLE_NANOS);
                    }
                    started.complete(s);
                    if (keepServing) {
                        s.serveForever();
                    }
                }));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
                started.completeExceptionally(t);
            }
        }, "live-program");
        thread.setDaemon(true);
        thread.start();
        server = started.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    LiveServer() throws Exception {
        this(GoVersion.GO1_7, null, true, p -> { });
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.port() + pathAndQuery;
    }

    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String pathAndQuery, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The process's exit status, waiting for it to end. */
    int exitStatus() throws Exception {
        return exit.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Closes the server; main returns from serveForever and the process exits. */
    @Override
    public void close() throws Exception {
        server.close();
        exitStatus();
    }
}
