package gosim.pprof.http;

import static gosim.pprof.PprofFuncs.HANDLER_FUNC;
import static gosim.pprof.PprofFuncs.HANDLER_FUNC_CALL;
import static gosim.pprof.PprofFuncs.HTTP_CMDLINE;
import static gosim.pprof.PprofFuncs.HTTP_CMDLINE_WRITE;
import static gosim.pprof.PprofFuncs.HTTP_HANDLER;
import static gosim.pprof.PprofFuncs.HTTP_HANDLER_GC;
import static gosim.pprof.PprofFuncs.HTTP_HANDLER_WRITE;
import static gosim.pprof.PprofFuncs.HTTP_INDEX;
import static gosim.pprof.PprofFuncs.HTTP_INDEX_HANDLER;
import static gosim.pprof.PprofFuncs.HTTP_INDEX_TEMPLATE;
import static gosim.pprof.PprofFuncs.HTTP_PROFILE;
import static gosim.pprof.PprofFuncs.HTTP_PROFILE_SLEEP;
import static gosim.pprof.PprofFuncs.HTTP_PROFILE_START;
import static gosim.pprof.PprofFuncs.HTTP_PROFILE_STOP;
import static gosim.pprof.PprofFuncs.HTTP_SLEEP;
import static gosim.pprof.PprofFuncs.HTTP_SLEEP_SELECT;
import static gosim.pprof.PprofFuncs.HTTP_SYMBOL;
import static gosim.pprof.PprofFuncs.HTTP_SYMBOL_LOOKUP;
import static gosim.pprof.PprofFuncs.HTTP_TRACE;
import static gosim.pprof.PprofFuncs.HTTP_TRACE_START;
import static gosim.pprof.PprofFuncs.HTTP_TRACE_SLEEP;
import static gosim.pprof.PprofFuncs.HTTP_TRACE_STOP;
import static gosim.pprof.PprofFuncs.MUX_SERVE;
import static gosim.pprof.PprofFuncs.MUX_SERVE_CALL;
import static gosim.pprof.PprofFuncs.SERVER_HANDLER;
import static gosim.pprof.PprofFuncs.SERVER_HANDLER_CALL;

import gosim.pprof.Pprof;
import gosim.pprof.PprofFuncs;
import gosim.pprof.Profile;
import gosim.sim.Func;
import gosim.sim.Go;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * net/http/pprof of Go 1.7 (net/http/pprof/pprof.go: Index, handler.ServeHTTP, Cmdline, Profile,
 * Symbol, Trace, the index template) behind net/http's ServeMux routing of its patterns. Runs on
 * a request's goroutine inside the simulation, with Go's frames on its stack.
 */
final class PprofHandlers {
    static final String PREFIX = "/debug/pprof/";
    /** The CPU profile's duration when seconds is missing or 0. */
    static final long DEFAULT_PROFILE_SECONDS = 30;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /**
     * Header on a CPU profile or trace taken after main has returned (gosim's own: real Go has
     * exited by then). The body stays a valid, mostly empty profile so clients such as go tool
     * pprof still read it.
     */
    static final String AFTER_MAIN_HEADER = "X-Gosim-Warning";

    private final Pprof pprof;
    private final PprofFuncs funcs;
    private final BooleanSupplier mainReturned;
    /** Answering for an observer outside the process ({@link PprofObserver}): nothing may change it. */
    private final boolean observer;

    /** {@code mainReturned} says whether the process is kept alive only to serve (serveForever). */
    PprofHandlers(Pprof pprof, BooleanSupplier mainReturned) {
        this(pprof, mainReturned, false);
    }

    PprofHandlers(Pprof pprof, BooleanSupplier mainReturned, boolean observer) {
        this.pprof = pprof;
        this.funcs = pprof.funcs();
        this.mainReturned = mainReturned;
        this.observer = observer;
    }

    /** A 200 octet-stream answer, with the after-main warning when main had returned at the start. */
    private static HttpResponse measured(byte[] body, boolean afterMain, String what, String seconds) {
        return measured(body, afterMain ? "main has returned and the process runs on only to serve /debug/pprof;"
                + " unless other goroutines still run, no CPU time passes, so this " + what + " over "
                + seconds + " virtual seconds is empty" : null);
    }

    /** A 200 octet-stream answer with an {@value #AFTER_MAIN_HEADER} header when warning is not null. */
    static HttpResponse measured(byte[] body, String warning) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", HttpResponse.OCTETS);
        if (warning != null) {
            h.put(AFTER_MAIN_HEADER, warning);
        }
        return new HttpResponse(200, h, body);
    }

    /** serverHandler.ServeHTTP then the ServeMux with net/http/pprof's five patterns. */
    HttpResponse serve(HttpRequest r) throws IOException {
        return funcs.call(SERVER_HANDLER, SERVER_HANDLER_CALL, () -> funcs.call(MUX_SERVE, MUX_SERVE_CALL, () -> {
            String path = r.path();
            return switch (path) {
                case PREFIX + "cmdline" -> handlerFunc(HTTP_CMDLINE, HTTP_CMDLINE_WRITE, () -> cmdline());
                case PREFIX + "profile" -> handlerFunc(HTTP_PROFILE, HTTP_PROFILE_START, () -> profile(r));
                case PREFIX + "symbol" -> handlerFunc(HTTP_SYMBOL, HTTP_SYMBOL_LOOKUP, () -> symbol(r));
                case PREFIX + "trace" -> handlerFunc(HTTP_TRACE, HTTP_TRACE_START, () -> trace(r));
                case "/debug/pprof" -> redirect(PREFIX);
                default -> path.startsWith(PREFIX)
                        ? handlerFunc(HTTP_INDEX, HTTP_INDEX_HANDLER, () -> index(r))
                        : HttpResponse.text(404, "404 page not found\n");
            };
        }));
    }

    private HttpResponse handlerFunc(PprofFuncs.Row fn, int line, PprofFuncs.Body<HttpResponse> body)
            throws IOException {
        return funcs.call(HANDLER_FUNC, HANDLER_FUNC_CALL, () -> funcs.call(fn, line, body));
    }

    /** http.Redirect with 301 for a GET: Location and a short HTML note. */
    private static HttpResponse redirect(String url) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", url);
        h.put("Content-Type", HttpResponse.HTML);
        String note = "<a href=\"" + GoText.htmlText(url) + "\">Moved Permanently</a>.\n\n";
        return new HttpResponse(301, h, note.getBytes(StandardCharsets.UTF_8));
    }

    /** Index: a profile by name, or the HTML list of profiles with their counts. */
    private HttpResponse index(HttpRequest r) throws IOException {
        String name = r.path().substring(PREFIX.length());
        if (!name.isEmpty()) {
            return handler(name, r);
        }
        Go.line(HTTP_INDEX_TEMPLATE);
        StringBuilder sb = new StringBuilder();
        sb.append("<html>\n<head>\n<title>/debug/pprof/</title>\n</head>\n<body>\n/debug/pprof/<br>\n<br>\n")
                .append("profiles:<br>\n<table>\n");
        for (Profile p : pprof.profiles()) {
            sb.append("\n<tr><td align=right>").append(p.count()).append("<td><a href=\"")
                    .append(GoText.urlAttr(p.name())).append("?debug=1\">").append(GoText.htmlText(p.name()))
                    .append("</a>\n");
        }
        sb.append("\n</table>\n<br>\n<a href=\"goroutine?debug=2\">full goroutine stack dump</a><br>\n")
                .append("</body>\n</html>\n");
        // Index sets no Content-Type: net/http sniffs "<html>" as HTML.
        return HttpResponse.of(200, HttpResponse.HTML, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** handler(name).ServeHTTP: ?debug=N, ?gc=1 for heap, 404 for an unknown name. */
    private HttpResponse handler(String name, HttpRequest r) throws IOException {
        return funcs.call(HTTP_HANDLER, HTTP_HANDLER_WRITE, () -> {
            int debug = GoText.atoi(r.formValue("debug"));
            Optional<Profile> p = pprof.lookup(name);
            if (p.isEmpty()) {
                return HttpResponse.text(404, "Unknown profile: " + name + "\n");
            }
            boolean gcIgnored = false;
            if (name.equals("heap") && GoText.atoi(r.formValue("gc")) > 0 && observer) {
                gcIgnored = true; // a GC would change the observed process
            } else if (name.equals("heap") && GoText.atoi(r.formValue("gc")) > 0) {
                Go.line(HTTP_HANDLER_GC);
                Go.gc();
                Go.line(HTTP_HANDLER_WRITE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pprof.writeTo(p.get(), out, debug);
            Map<String, String> h = new LinkedHashMap<>();
            if (debug == 0 && pprof.protoAtDebug0()) {
                h.put("Content-Type", HttpResponse.OCTETS);
                h.put("Content-Disposition", "attachment; filename=\"" + name + "\"");
            } else {
                h.put("Content-Type", HttpResponse.TEXT);
            }
            if (gcIgnored) {
                h.put(AFTER_MAIN_HEADER, "gc=1 ignored: -http observes the process and never runs a GC in it;"
                        + " this is the heap profile as of the last GC");
            }
            return new HttpResponse(200, h, out.toByteArray());
        });
    }

    /** Cmdline: os.Args joined by NUL, through Fprintf as a format. */
    private HttpResponse cmdline() {
        return HttpResponse.text(200, GoText.sprintfNoArgs(String.join("\u0000", pprof.options().args())));
    }

    /** Profile: a CPU profile over ?seconds=N virtual seconds (30 when missing or 0). */
    private HttpResponse profile(HttpRequest r) throws IOException {
        long sec = profileSeconds(r);
        boolean afterMain = mainReturned.getAsBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pprof.startCPUProfile(out);
        } catch (IllegalStateException e) {
            return HttpResponse.text(500, "Could not enable CPU profiling: " + e.getMessage() + "\n");
        }
        long d = sec * NANOS_PER_SECOND;
        Go.line(HTTP_PROFILE_SLEEP);
        funcs.call(HTTP_SLEEP, HTTP_SLEEP_SELECT, () -> {
            if (d > 0) {
                Go.sleep(d);
            }
            return null;
        });
        Go.line(HTTP_PROFILE_STOP);
        pprof.stopCPUProfile();
        return measured(out.toByteArray(), afterMain, "CPU profile", Long.toString(sec));
    }

    /**
     * Trace: a Go 1.7 execution trace over ?seconds=N virtual seconds (a float; 1 when missing,
     * unparsable or not positive), pprof.go:120-139; 500 when tracing is already on.
     */
    private HttpResponse trace(HttpRequest r) throws IOException {
        double sec = traceSeconds(r);
        boolean afterMain = mainReturned.getAsBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Go.startTrace(out);
        } catch (IllegalStateException e) {
            return HttpResponse.text(500, "Could not enable tracing: " + e.getMessage() + "\n");
        }
        long d = (long) (sec * NANOS_PER_SECOND);
        Go.line(HTTP_TRACE_SLEEP);
        funcs.call(HTTP_SLEEP, HTTP_SLEEP_SELECT, () -> {
            Go.sleep(d);
            return null;
        });
        Go.line(HTTP_TRACE_STOP);
        Go.stopTrace();
        return measured(out.toByteArray(), afterMain, "trace", secondsText(sec));
    }

    /**
     * Profile's ?seconds=N: 30 when missing, 0 or unparsable; times time.Second, it wraps as Go's
     * int64 multiplication does.
     */
    static long profileSeconds(HttpRequest r) {
        long sec = GoText.parseInt(r.formValue("seconds"));
        return sec == 0 ? DEFAULT_PROFILE_SECONDS : sec;
    }

    /** Trace's ?seconds=N: a float, 1 when missing, unparsable or not positive (pprof.go:120-139). */
    static double traceSeconds(HttpRequest r) {
        double sec;
        try {
            sec = Double.parseDouble(r.formValue("seconds"));
        } catch (NumberFormatException | NullPointerException e) {
            sec = 0;
        }
        return sec > 0 ? sec : 1;
    }

    /** The seconds as the warning prints them (no trailing zeros). */
    static String secondsText(double sec) {
        return java.math.BigDecimal.valueOf(sec).stripTrailingZeros().toPlainString();
    }

    /**
     * Symbol: "num_symbols: 1", then "%#x name" for each word of the POST body (or the raw
     * query of a GET), split at '+', that parses as a PC inside a function.
     */
    private HttpResponse symbol(HttpRequest r) {
        StringBuilder sb = new StringBuilder("num_symbols: 1\n");
        String words = r.method().equals("POST") ? new String(r.body(), StandardCharsets.ISO_8859_1)
                : r.rawQuery() == null ? "" : r.rawQuery();
        int start = 0;
        while (true) {
            int plus = words.indexOf('+', start);
            String word = plus < 0 ? words.substring(start) : words.substring(start, plus);
            long pc = GoText.parseUint0(word);
            if (pc != 0) {
                Func f = pc > 0 ? pprof.runtime().symtab().funcForPC(pc) : null;
                if (f != null) {
                    sb.append("0x").append(Long.toHexString(pc)).append(' ').append(f.name()).append('\n');
                }
            }
            if (plus < 0) {
                break;
            }
            start = plus + 1;
        }
        return HttpResponse.text(200, sb.toString());
    }
}
