package gosim.pprof.http;

import static gosim.pprof.PprofFuncs.CONN_SERVE;
import static gosim.pprof.PprofFuncs.CONN_SERVE_HANDLER;
import static gosim.pprof.PprofFuncs.NETFD_ACCEPT;
import static gosim.pprof.PprofFuncs.NETFD_ACCEPT_WAIT;
import static gosim.pprof.PprofFuncs.POLL_WAIT;
import static gosim.pprof.PprofFuncs.POLL_WAIT_CALL;
import static gosim.pprof.PprofFuncs.POLL_WAIT_READ;
import static gosim.pprof.PprofFuncs.POLL_WAIT_READ_CALL;
import static gosim.pprof.PprofFuncs.RUNTIME_POLL_WAIT;
import static gosim.pprof.PprofFuncs.RUNTIME_POLL_WAIT_PARK;
import static gosim.pprof.PprofFuncs.SERVER_SERVE;
import static gosim.pprof.PprofFuncs.SERVER_SERVE_ACCEPT;
import static gosim.pprof.PprofFuncs.SERVER_SERVE_GO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gosim.pprof.Pprof;
import gosim.pprof.PprofFuncs;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.Goroutine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * net/http/pprof served from a live simulated process: models Go's net/http server as the
 * simulation sees it (server.go (*Server).Serve and (*conn).serve, the netpoller's
 * runtime_pollWait) on top of the JDK's {@link HttpServer}, bound to the loopback by default.
 *
 * <p>Requests reach the simulation only through {@link GoRuntime#post}: the accept goroutine
 * (net/http.(*Server).Serve) waits parked in "IO wait" with a poller open; a posted task queues the
 * request and readies it with {@link gosim.sim.internal.Kernel#netpollReady}; it starts one goroutine per request
 * (net/http.(*conn).serve) that computes the answer inside the simulation, through the process's
 * {@link Pprof}, and completes the future the JDK thread waits on. A JDK thread never touches
 * model state; if the process ends or does not answer in time, it answers 503 with a message.
 *
 * <p>Use: {@code PprofServer s = PprofServer.listen(pprof, 0)} from a goroutine (as Go's
 * {@code go http.ListenAndServe(...)}); {@link #serveForever()} at the end of main keeps serving
 * the final state after main's work is done; {@link #close()} from any thread stops it.
 */
public final class PprofServer implements AutoCloseable {
    /** Loopback: the profiles are not offered to the network unless asked for. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** How long a JDK thread waits for the simulation's answer before a 503. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    /** JDK threads that may wait for answers at once (more requests queue in the JDK). */
    static final int HANDLER_THREADS = 8;
    /** How often a waiting JDK thread checks whether the process has ended. */
    static final long POLL_MILLIS = 50;
    /** Largest request body read (symbol lookups are a few KB). */
    static final int MAX_BODY = 4 << 20;
    /** Wait reason of a goroutine keeping the process alive for the server (Go's select {}). */
    static final String FOREVER_REASON = "select (no cases)";

    private final Pprof pprof;
    private final GoRuntime rt;
    private final PprofHandlers handlers;
    private final PprofFuncs funcs;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile Duration timeout = DEFAULT_TIMEOUT;

    // Simulation side: touched only on the simulator's loop thread (goroutines and posted tasks).
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final List<Goroutine> waitingForever = new ArrayList<>();
    private Goroutine acceptG;
    private boolean acceptParked;
    private boolean closedInSim;

    /** A request on its way into the simulation and the answer a JDK thread waits for. */
    private record Pending(HttpRequest request, CompletableFuture<HttpResponse> answer) {
    }

    private PprofServer(Pprof pprof, InetSocketAddress addr) {
        this.pprof = pprof;
        this.rt = pprof.runtime();
        this.handlers = new PprofHandlers(pprof, () -> !waitingForever.isEmpty());
        this.funcs = pprof.funcs();
        this.server = bind(addr, "gosim-pprof-http", this::exchange);
        this.executor = (ExecutorService) server.getExecutor();
    }

    /** A JDK server on addr, not started, whose handler runs on HANDLER_THREADS daemon threads. */
    static HttpServer bind(InetSocketAddress addr, String threadName, com.sun.net.httpserver.HttpHandler handler) {
        ExecutorService executor = Executors.newFixedThreadPool(HANDLER_THREADS, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        HttpServer server;
        try {
            server = HttpServer.create(addr, 0);
        } catch (IOException e) {
            executor.shutdown();
            throw new UncheckedIOException("pprof server cannot listen on " + addr + ": " + e.getMessage(), e);
        }
        server.createContext("/", handler);
        server.setExecutor(executor);
        return server;
    }

    /** Listens on 127.0.0.1 on a free port. Call from a goroutine of pprof's process. */
    public static PprofServer listen(Pprof pprof) {
        return listen(pprof, 0);
    }

    /** Listens on 127.0.0.1:port (0 picks a free port). Call from a goroutine of pprof's process. */
    public static PprofServer listen(Pprof pprof, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        return listen(pprof, new InetSocketAddress(DEFAULT_HOST, port));
    }

    /**
     * Binds {@code addr}, opens a poller and starts the accept goroutine, created by the caller
     * (as {@code go srv.Serve(l)}). Call from a goroutine of pprof's process.
     */
    public static PprofServer listen(Pprof pprof, InetSocketAddress addr) {
        Objects.requireNonNull(pprof, "pprof");
        Objects.requireNonNull(addr, "address");
        requireOwnGoroutine(pprof.runtime(), "PprofServer.listen");
        PprofServer s = new PprofServer(pprof, addr);
        s.server.start();
        s.rt.kernel().netpollers(1);
        Go.go(s.funcs.func(SERVER_SERVE), s::acceptLoop);
        return s;
    }

    private static void requireOwnGoroutine(GoRuntime rt, String what) {
        if (!onGoroutineOf(rt)) {
            throw new IllegalStateException(what + " must be called from a goroutine of the simulated process");
        }
    }

    private static boolean onGoroutineOf(GoRuntime rt) {
        try {
            return Go.runtime() == rt;
        } catch (IllegalStateException notAGoroutine) {
            return false;
        }
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return address().getPort();
    }

    /** The index page's URL, e.g. http://127.0.0.1:6060/debug/pprof/. */
    public String url() {
        return url(address());
    }

    /** The index page's URL on a bound address. */
    static String url(InetSocketAddress a) {
        // a wildcard address (0.0.0.0, ::) is not one a client can use: name the loopback instead
        String host = a.getAddress() != null && a.getAddress().isAnyLocalAddress() ? DEFAULT_HOST : a.getHostString();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]"; // an IPv6 literal in a URL
        }
        return "http://" + host + ":" + a.getPort() + PprofHandlers.PREFIX;
    }

    /** Sets how long a request waits for the simulation before a 503. */
    public PprofServer timeout(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + d);
        }
        this.timeout = d;
        return this;
    }

    // ---- inside the simulation ---------------------------------------------------------------

    /** net/http.(*Server).Serve: accept, then one goroutine per request, until closed. */
    private void acceptLoop() {
        acceptG = Go.self();
        while (true) {
            Go.line(SERVER_SERVE_ACCEPT);
            Pending p = accept();
            if (p == null) {
                return;
            }
            Go.line(SERVER_SERVE_GO);
            Go.go(funcs.func(CONN_SERVE), () -> serveConn(p));
        }
    }

    /** The accept path down to runtime_pollWait, parked in "IO wait" until a request is posted. */
    private Pending accept() {
        return funcs.callUnchecked(NETFD_ACCEPT, NETFD_ACCEPT_WAIT,
                () -> funcs.callUnchecked(POLL_WAIT_READ, POLL_WAIT_READ_CALL,
                        () -> funcs.callUnchecked(POLL_WAIT, POLL_WAIT_CALL,
                                () -> funcs.callUnchecked(RUNTIME_POLL_WAIT, RUNTIME_POLL_WAIT_PARK, () -> {
                                    while (pending.isEmpty() && !closedInSim) {
                                        acceptParked = true;
                                        rt.kernel().gopark("IO wait");
                                    }
                                    return pending.poll();
                                }))));
    }

    /** net/http.(*conn).serve: runs the handler; a panic is answered 500 instead of killing the process. */
    private void serveConn(Pending p) {
        Go.line(CONN_SERVE_HANDLER);
        HttpResponse resp;
        try {
            resp = handlers.serve(p.request());
        } catch (IOException | RuntimeException e) {
            resp = HttpResponse.text(500, "http: panic serving " + p.request().path() + ": " + e + "\n");
        }
        p.answer().complete(resp);
    }

    /** A posted task: the netpoller found a new connection. */
    private void deliver(Pending p) {
        if (closedInSim) {
            p.answer().complete(closedResponse());
            return;
        }
        pending.add(p);
        if (acceptParked) {
            acceptParked = false;
            rt.kernel().netpollReady(acceptG);
        }
    }

    /**
     * Keeps the calling goroutine (typically main, after its work) parked like Go's {@code
     * select {}} while the server is open, so the process keeps serving its final state instead of
     * exiting; returns when the server is closed. With the poller open, the simulator waits for
     * requests rather than reporting a deadlock.
     */
    public void serveForever() {
        requireOwnGoroutine(rt, "PprofServer.serveForever");
        if (closedInSim) {
            return;
        }
        waitingForever.add(Go.self());
        rt.kernel().gopark(FOREVER_REASON);
    }

    /** Closes the poller, wakes the accept goroutine (which returns) and any serveForever caller. */
    private void closeInSim(Consumer<Goroutine> ready) {
        if (closedInSim) {
            return;
        }
        closedInSim = true;
        rt.kernel().netpollers(-1);
        if (acceptParked) {
            acceptParked = false;
            ready.accept(acceptG);
        }
        for (Pending p : pending) {
            p.answer().complete(closedResponse());
        }
        pending.clear();
        // goready may yield to other goroutines: iterate over a copy.
        List<Goroutine> waiting = List.copyOf(waitingForever);
        waitingForever.clear();
        waiting.forEach(ready);
    }

    // ---- outside: JDK threads ------------------------------------------------------------------

    /**
     * Stops the server: the JDK listener closes at once; inside the simulation the poller closes
     * and goroutines parked in {@link #serveForever} continue. Callable from any thread, any
     * number of times.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        // HttpServer.stop joins its dispatcher thread: never do that on a goroutine.
        Thread stopper = new Thread(() -> {
            server.stop(0);
            executor.shutdown();
        }, "gosim-pprof-http-stop");
        stopper.setDaemon(true);
        stopper.start();
        if (onGoroutineOf(rt)) {
            closeInSim(rt.kernel()::goready);
        } else if (!rt.finished()) {
            rt.post(() -> closeInSim(rt.kernel()::netpollReady));
        }
    }

    private void exchange(HttpExchange ex) {
        send(ex, this::answer);
    }

    /** How a JDK thread answers one exchange. */
    @FunctionalInterface
    interface Answerer {
        HttpResponse answer(HttpExchange ex) throws IOException;
    }

    /** Sends what {@code answerer} gives for {@code ex} (no body for HEAD), then closes it. */
    static void send(HttpExchange ex, Answerer answerer) {
        try (ex) {
            HttpResponse resp = answerer.answer(ex);
            for (Map.Entry<String, String> h : resp.headers().entrySet()) {
                ex.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            boolean head = ex.getRequestMethod().equals("HEAD");
            byte[] body = resp.body();
            ex.sendResponseHeaders(resp.status(), head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientGone) {
            // The client closed the connection: nothing left to answer.
        }
    }

    private HttpResponse answer(HttpExchange ex) throws IOException {
        URI u = ex.getRequestURI();
        byte[] body = ex.getRequestBody().readNBytes(MAX_BODY);
        HttpRequest req = new HttpRequest(ex.getRequestMethod(), u.getPath() == null ? "/" : u.getPath(),
                u.getRawQuery(), body);
        if (rt.finished()) {
            return exitedResponse();
        }
        if (closing.get()) {
            return closedResponse();
        }
        Pending p = new Pending(req, new CompletableFuture<>());
        rt.post(() -> deliver(p));
        long waited = 0;
        long limit = timeout.toMillis();
        while (true) {
            try {
                return p.answer().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                waited += POLL_MILLIS;
                if (rt.finished()) {
                    return exitedResponse();
                }
                if (closing.get()) {
                    return closedResponse();
                }
                if (waited >= limit) {
                    return HttpResponse.text(503, "gosim: the simulated process did not answer within "
                            + (limit % 1000 == 0 ? limit / 1000 + "s" : limit + "ms")
                            + " (it answers between events; is a goroutine spinning"
                            + " without yielding?)\n");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return closedResponse();
            } catch (ExecutionException e) {
                return HttpResponse.text(500, "gosim: " + e.getCause() + "\n");
            }
        }
    }

    private static HttpResponse exitedResponse() {
        return HttpResponse.text(503, "gosim: the simulated process has exited; there is nothing left to profile\n");
    }

    private static HttpResponse closedResponse() {
        return HttpResponse.text(503, "gosim: the pprof server is closed\n");
    }
}
