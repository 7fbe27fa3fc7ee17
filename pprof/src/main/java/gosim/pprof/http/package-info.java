/**
 * net/http/pprof of Go 1.7 served from a live simulated process over the JDK's HttpServer,
 * bound to 127.0.0.1 by default, in two ways: {@link gosim.pprof.http.PprofServer} models a
 * program that serves its own profiles (its goroutines are the process's, as in Go), and
 * {@link gosim.pprof.http.PprofObserver} (the CLI's -http) answers from outside, between events,
 * without changing the process at all.
 *
 * <pre>{@code
 * GoRuntime rt = GoRuntime.builder().build();
 * Pprof pprof = Pprof.attach(rt);                    // before run: installs mprof's hooks
 * rt.run(mainFn, () -> {
 *     PprofServer srv = PprofServer.listen(pprof, 6060); // from a goroutine, like go http.ListenAndServe
 *     ... the program ...
 *     srv.serveForever();                            // keep serving the final state after main's work
 * });                                                // returns once srv.close() is called from any thread
 * }</pre>
 *
 * <p>Endpoints, as Go 1.7's: {@code /debug/pprof/} (the HTML index with each profile's count),
 * {@code /debug/pprof/NAME?debug=N} (text/plain; {@code gc=1} runs a GC before the heap profile;
 * with a Go 1.19 format version, debug=0 is application/octet-stream profile.proto), an unknown
 * name gives 404 {@code "Unknown profile: NAME\n"}, {@code /debug/pprof/cmdline} (os.Args joined by
 * NUL, through Fprintf as Go 1.7 does), {@code /debug/pprof/profile?seconds=N} (a CPU profile over N
 * <em>virtual</em> seconds; like Go, a missing, zero or unparsable value means 30; a profile
 * already running gives 500 {@code "Could not enable CPU profiling: cpu profiling already in
 * use\n"}), {@code /debug/pprof/symbol} (GET: {@code "num_symbols: 1\n"}; POST body or GET query of
 * {@code +}-separated PCs: {@code "%#x NAME\n"} per PC inside a function), {@code /debug/pprof/trace}
 * (500: the execution tracer is not modeled). {@code /debug/pprof} redirects to the index;
 * other paths give Go's {@code "404 page not found\n"}.
 *
 * <p>Requests enter the simulation only through {@link gosim.sim.GoRuntime#post}; they are answered
 * by goroutines of the process. When the process has exited, the server is closed, or the process
 * does not answer within {@link gosim.pprof.http.PprofServer#timeout} (5 minutes by default), the
 * answer is a 503 saying which.
 */
package gosim.pprof.http;
