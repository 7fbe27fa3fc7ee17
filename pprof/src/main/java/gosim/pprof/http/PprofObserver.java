package gosim.pprof.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gosim.pprof.Pprof;
import gosim.pprof.cpu.CpuProfiler;
import gosim.sim.GoRuntime;
import gosim.sim.events.ExecTrace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * net/http/pprof of Go 1.7 served by an observer outside the simulated process (the CLI's
 * {@code -http}): unlike {@link PprofServer}, which models a program that serves its own profiles
 * (Go's {@code go http.ListenAndServe}, visible in its goroutine dump), this server adds nothing
 * to the process. The process produces the same bytes (output, exit status, schedule, event log,
 * its own profiles) with or without it and whatever requests arrive.
 *
 * <p>How: a request is {@linkplain GoRuntime#post posted} into the simulator's loop and answered
 * there between two events through {@link gosim.sim.Observers}: runtime/pprof's writers read the
 * model as a ghost goroutine that no count, dump or profile includes; the world is not stopped
 * (between two events it is still); {@code heap?gc=1} runs no GC (the answer says so). The
 * profiles are those of the instant the loop took the request, which depends on when it arrived:
 * the answers vary, the process does not.
 *
 * <p>{@code profile?seconds=N} and {@code trace?seconds=N} (N parsed as Go 1.7's pprof.go does)
 * cover N <em>virtual</em> seconds of the process from the request's instant: the observer's own
 * CPU profiler receives the process's SIGPROFs beside (and independently of) the program's own
 * {@code StartCPUProfile}, and the answer is sent at the first event at or after the end; the
 * trace is a view attached to the event stream for that long. One CPU profile and one trace at a
 * time, as in Go (500 otherwise). When the process ends first, the answer covers what ran and a
 * {@value PprofHandlers#AFTER_MAIN_HEADER} header says how much; once it has ended (the CLI keeps
 * serving its final state), such a request answers at once with an empty profile and that header.
 */
public final class PprofObserver implements AutoCloseable {
    private final Pprof pprof;
    private final GoRuntime rt;
    private final PprofHandlers handlers;
    private final HttpServer server;
    private final ExecutorService executor;
    private volatile boolean closed;

    // Touched on the loop, or after the process has finished under this object's lock.
    private boolean cpuBusy;
    private boolean traceBusy;

    private PprofObserver(Pprof pprof, InetSocketAddress addr) {
        this.pprof = pprof;
        this.rt = pprof.runtime();
        this.handlers = new PprofHandlers(pprof, () -> false, true);
        this.server = PprofServer.bind(addr, "gosim-pprof-observer", this::exchange);
        this.executor = (ExecutorService) server.getExecutor();
    }

    /** Binds {@code addr} and starts serving; call from any thread, before or during the run. */
    public static PprofObserver listen(Pprof pprof, InetSocketAddress addr) {
        PprofObserver o = new PprofObserver(Objects.requireNonNull(pprof, "pprof"), Objects.requireNonNull(addr));
        o.server.start();
        return o;
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The index page's URL, e.g. http://127.0.0.1:6060/debug/pprof/. */
    public String url() {
        return PprofServer.url(address());
    }

    /** Stops listening; callable from any thread, any number of times. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
            executor.shutdown();
        }
    }

    // ---- JDK threads -------------------------------------------------------------------------

    private void exchange(HttpExchange ex) {
        PprofServer.send(ex, this::answer);
    }

    private HttpResponse answer(HttpExchange ex) throws IOException {
        URI u = ex.getRequestURI();
        byte[] body = ex.getRequestBody().readNBytes(PprofServer.MAX_BODY);
        HttpRequest req = new HttpRequest(ex.getRequestMethod(), u.getPath() == null ? "/" : u.getPath(),
                u.getRawQuery(), body);
        CompletableFuture<HttpResponse> answer = new CompletableFuture<>();
        if (!rt.finished()) {
            rt.post(() -> start(req, answer::complete, false));
        }
        while (true) {
            try {
                return answer.get(PprofServer.POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (closed) {
                    return HttpResponse.text(503, "gosim: the pprof server is closed\n");
                }
                if (rt.finished() && !answer.isDone()) {
                    // the loop has ended: no posted task runs any more; read the final state here
                    synchronized (this) {
                        start(req, answer::complete, true);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HttpResponse.text(503, "gosim: the pprof server is closed\n");
            } catch (ExecutionException e) {
                return HttpResponse.text(500, "gosim: " + e.getCause() + "\n");
            }
        }
    }

    // ---- the loop (or the final state) -------------------------------------------------------

    /** Answers now, or for profile and trace arranges the answer N virtual seconds from now. */
    private void start(HttpRequest r, Consumer<HttpResponse> answer, boolean ended) {
        try {
            switch (r.path()) {
                case PprofHandlers.PREFIX + "profile" -> cpuProfile(r, answer, ended);
                case PprofHandlers.PREFIX + "trace" -> trace(r, answer, ended);
                default -> answer.accept(rt.observers().observe(() -> {
                    try {
                        return handlers.serve(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        } catch (RuntimeException | IOException e) {
            answer.accept(HttpResponse.text(500, "http: panic serving " + r.path() + ": " + e + "\n"));
        }
    }

    /** A CPU profile over N virtual seconds, sampled beside the program's own profiler. */
    private void cpuProfile(HttpRequest r, Consumer<HttpResponse> answer, boolean ended) throws IOException {
        long sec = PprofHandlers.profileSeconds(r);
        if (cpuBusy) {
            answer.accept(HttpResponse.text(500, "Could not enable CPU profiling: " + CpuProfiler.ALREADY_IN_USE + "\n"));
            return;
        }
        long d = sec * PprofHandlers.NANOS_PER_SECOND; // wraps as Go's time.Duration(sec)*time.Second
        long t0 = rt.nanotime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CpuProfiler c = new CpuProfiler(rt.symtab(), pprof.options().executable());
        c.start(out, pprof.defaultCpuFormat(), t0);
        if (ended || d <= 0) {
            c.stop(t0);
            answer.accept(PprofHandlers.measured(out.toByteArray(), ended ? exited("CPU profile", Long.toString(sec)) : null));
            return;
        }
        cpuBusy = true;
        rt.observers().setCpuSampler((gp, stack) -> c.addSample(stack));
        rt.observers().at(end(t0, d), () -> {
            rt.observers().setCpuSampler(null);
            cpuBusy = false;
            try {
                c.stop(rt.nanotime());
                answer.accept(PprofHandlers.measured(out.toByteArray(), cut(t0, d, Long.toString(sec))));
            } catch (IOException e) {
                answer.accept(HttpResponse.text(500, "gosim: " + e + "\n"));
            }
        });
    }

    /** A Go 1.7 execution trace over N virtual seconds: a view of the event stream for that long. */
    private void trace(HttpRequest r, Consumer<HttpResponse> answer, boolean ended) {
        double sec = PprofHandlers.traceSeconds(r);
        if (traceBusy) {
            answer.accept(HttpResponse.text(500, "Could not enable tracing: tracing is already enabled\n"));
            return;
        }
        long d = (long) (sec * PprofHandlers.NANOS_PER_SECOND);
        long t0 = rt.nanotime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExecTrace t = new ExecTrace(out, rt.symtab());
        String secs = PprofHandlers.secondsText(sec);
        if (ended) {
            t.close();
            answer.accept(PprofHandlers.measured(out.toByteArray(), exited("trace", secs)));
            return;
        }
        traceBusy = true;
        rt.events().attach(t);
        rt.observers().at(end(t0, d), () -> {
            rt.events().detach(t);
            traceBusy = false;
            answer.accept(PprofHandlers.measured(out.toByteArray(), cut(t0, d, secs)));
        });
    }

    private static long end(long t0, long d) {
        long e = t0 + d;
        return e < t0 ? Long.MAX_VALUE : e;
    }

    /** The warning when the process ended before the N seconds were over, else null. */
    private String cut(long t0, long d, String secs) {
        long ran = rt.nanotime() - t0;
        if (ran >= d) {
            return null; // alarms fire early only when the process ends
        }
        return "the process exited " + java.math.BigDecimal.valueOf(ran, 9).stripTrailingZeros().toPlainString()
                + " virtual seconds after this request, before the "
                + secs + " seconds asked for were over; this covers what ran until then";
    }

    private static String exited(String what, String secs) {
        return "the process has exited; -http serves its final state, in which no time passes, so this " + what
                + " over " + secs + " virtual seconds is empty";
    }
}
