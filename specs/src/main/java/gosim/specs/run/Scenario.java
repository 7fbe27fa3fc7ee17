package gosim.specs.run;

import gosim.pprof.Pprof;
import gosim.pprof.http.PprofObserver;
import gosim.pprof.http.PprofServer;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.GoVersion;
import gosim.sim.Schedule;
import gosim.sim.Strategy;
import gosim.specs.cli.RunOptions;
import gosim.specs.lang.GoCompileError;
import gosim.specs.lang.Goroutine;
import gosim.specs.lang.Program;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import gosim.sim.events.Explain;
import gosim.sim.events.ExecTrace;
import gosim.sim.events.JsonLines;
import gosim.sim.events.TimelineHtml;

/**
 * Runs one scenario file in a fresh simulated process: parse and check, lay out its functions in
 * the text segment, link the interpreter to a {@link SimHost}, run main as goroutine 1, write the
 * profiles asked for at exit, and return the exit status Go would.
 */
public final class Scenario {
    /**
     * Java stack for the carrier thread: every goroutine's virtual thread runs its frames on it
     * while mounted, so it holds GoStack.MAX_DEPTH nested Go calls (about 600 bytes of Java stack
     * each for a simple call). The JVM copies a parked goroutine's frames to the heap (a stack
     * chunk), which G1 refuses above half a region ("Humongous stack chunk"): the launcher runs
     * the parallel collector.
     */
    static final long CARRIER_STACK_BYTES = 1L << 31;
    /** Where scenario source files appear in stacks, so outputs do not depend on the machine. */
    public static final String SOURCE_DIR = "/home/gopher/scenario/";

    private Scenario() {
    }

    /** Largest source file read (Go has no limit; this keeps {@code gosim run /dev/zero} from eating memory). */
    public static final int MAX_SOURCE_BYTES = 64 << 20;
    /** Java stack for the front end (lexer, parser, checker, compiler recurse once per nesting level). */
    static final long FRONT_END_STACK_BYTES = 1L << 30;

    /** A problem with the command rather than the program: print it and exit 2. */
    public static final class SetupException extends Exception {
        private final boolean usage;

        public SetupException(String message) {
            this(message, true);
        }

        public SetupException(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        /** Whether the command's usage text helps (a flag mistake) or not (a file that cannot be read). */
        public boolean showUsage() {
            return usage;
        }
    }

    /**
     * Reads and checks a scenario; compile errors come back as GoCompileError. The program's file
     * is named {@link #SOURCE_DIR}/BASE inside the simulation (see {@link #describe}).
     */
    public static Program check(String file) throws SetupException {
        return check(file, null);
    }

    /**
     * {@link #check(String)} in the dialect of release {@code goVersion} (as -go gives it): the
     * library's declarations of later releases are undefined. Null or unparsable: all of them.
     */
    public static Program check(String file, String goVersion) throws SetupException {
        String name = SOURCE_DIR + Path.of(file).getFileName().toString();
        byte[] src = read(file);
        GoVersion v = null;
        try {
            v = goVersion == null ? null : GoVersion.parse(goVersion);
        } catch (RuntimeException e) {
            // reported by the run with the option's own error
        }
        gosim.specs.lang.Prelude prelude = v == null ? Stubs.prelude() : Stubs.prelude().forRelease(v::atLeast);
        return onFrontEndStack(() -> Program.check(name, src, prelude));
    }

    /** The file's bytes, at most {@link #MAX_SOURCE_BYTES} of them. */
    private static byte[] read(String file) throws SetupException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new SetupException("read " + file + ": is a directory", false);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes(MAX_SOURCE_BYTES + 1);
            if (b.length > MAX_SOURCE_BYTES) {
                throw new SetupException("read " + file + ": file too large (gosim reads at most "
                        + (MAX_SOURCE_BYTES >> 20) + " MiB of source)", false);
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new SetupException("open " + file + ": no such file or directory", false);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new SetupException("open " + file + ": permission denied", false);
        } catch (IOException e) {
            throw new SetupException("open " + file + ": " + e.getMessage(), false);
        }
    }

    /**
     * Runs a front-end phase on a thread with a large Java stack: each level of source nesting is a
     * few Java frames, and the parser allows {@code Parser.MAX_NEST} levels. Exceptions pass through.
     */
    static <T> T onFrontEndStack(java.util.function.Supplier<T> phase) {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = phase.get();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "gosim-front-end", FRONT_END_STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thrown[0] instanceof RuntimeException r) {
            throw r;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    /** Runs the checked program with the options; returns the process exit status. */
    public static int run(Program program, RunOptions o, PrintStream out, PrintStream err, Map<String, String> env)
            throws SetupException {
        return run(program, o, out, err, env, true);
    }

    /**
     * As {@link #run(Program, RunOptions, PrintStream, PrintStream, Map)}; {@code unwind} false
     * leaves the goroutines parked at exit (see GoRuntime.Builder#unwindOnExit), for a JVM that
     * ends with the run.
     */
    public static int run(Program program, RunOptions o, PrintStream out, PrintStream err, Map<String, String> env,
            boolean unwind) throws SetupException {
        return run(program, o, null, out, err, env, unwind);
    }

    /**
     * Runs the checked program as {@link #run} does, with {@code tune} applied last to the runtime's
     * settings (gosim explore records decisions and keeps the event log); returns the finished runtime.
     */
    public static GoRuntime process(Program program, RunOptions o, PrintStream out, PrintStream err,
            Map<String, String> env, java.util.function.UnaryOperator<GoRuntime.Builder> tune) throws SetupException {
        return process(program, o, null, out, err, env, tune, false);
    }

    /**
     * As {@link #run(Program, RunOptions, PrintStream, PrintStream, Map, boolean)} with the program's
     * os.Stdin reading {@code stdin} (null: empty). The stream is read to its end, at once, when the
     * program first reads fd 0, so the run does not depend on how the bytes arrive.
     */
    public static int run(Program program, RunOptions o, java.io.InputStream stdin, PrintStream out,
            PrintStream err, Map<String, String> env, boolean unwind) throws SetupException {
        // without -http nothing reads the final state, so the leak report is written only if asked
        return process(program, o, stdin, out, err, env,
                b -> b.unwindOnExit(unwind).leaksAtExit(unwind || o.http() != null), !unwind).exitCode();
    }

    /** As {@link #process(Program, RunOptions, PrintStream, PrintStream, Map, java.util.function.UnaryOperator)} with stdin. */
    public static GoRuntime process(Program program, RunOptions o, java.io.InputStream stdin, PrintStream out,
            PrintStream err, Map<String, String> env, java.util.function.UnaryOperator<GoRuntime.Builder> tune)
            throws SetupException {
        return process(program, o, stdin, out, err, env, tune, false);
    }

    /** {@link #process}; {@code jvmEnds}: the JVM ends with this run (the CLI), so -http may set its status. */
    private static GoRuntime process(Program program, RunOptions o, java.io.InputStream stdin, PrintStream out,
            PrintStream err, Map<String, String> env, java.util.function.UnaryOperator<GoRuntime.Builder> tune,
            boolean jvmEnds) throws SetupException {
        gosim.specs.lang.MemFS files = filesystem(o, stdin);
        GoVersion version;
        try {
            version = GoVersion.parse(o.goVersion());
        } catch (IllegalArgumentException e) {
            throw new SetupException(e.getMessage());
        }
        OutputStream cpu = preflight(o);
        String base = Path.of(o.file()).getFileName().toString();
        String exe = "/tmp/go-build/" + base.replaceFirst("\\.go$", "");
        GoRuntime rt = tune.apply(builder(o, version, env).stdout(out).stderr(err)).build();
        Pprof pprof = Pprof.attach(rt, Pprof.Options.defaults(rt).withExecutable(exe)
                .withArgs(java.util.stream.Stream.concat(java.util.stream.Stream.of(exe), o.programArgs().stream())
                        .toList()));
        // the program sees the run's fixed environment, never the host's; GODEBUG, which the runtime
        // honours, is visible to it as in Go
        Map<String, String> progEnv = new java.util.TreeMap<>(o.environment());
        if (env.containsKey("GODEBUG")) {
            progEnv.putIfAbsent("GODEBUG", env.get("GODEBUG"));
        }
        SimHost host = new SimHost(rt, o, out, err, progEnv, exe, () -> pprof);
        host.files = files;
        host.link(onFrontEndStack(() -> {
            host.defineFunctions(program);
            return program.link(host, version);
        }));
        host.func(host.linked.mainFunc()); // main.main gets its place in the symbol table now, as before
        List<OutputStream> viewFiles = attachViews(rt, o.observe(), err);
        PprofObserver observer = null;
        if (o.http() != null) {
            // an observer from outside: the process runs exactly as it would without -http
            try {
                observer = PprofObserver.listen(pprof, address(o.http()));
            } catch (java.io.UncheckedIOException e) {
                closeAll(viewFiles);
                throw new SetupException("listen tcp " + o.http() + ": bind: address already in use", false);
            }
            err.println("gosim: serving /debug/pprof on " + observer.url());
        }
        int[] status = new int[1];
        RuntimeException[] setup = new RuntimeException[1];
        Thread carrier = new Thread(null, () -> {
            try {
                status[0] = rt.runProgram(() -> runMain(host, pprof, o, cpu));
            } catch (RuntimeException e) {
                setup[0] = e;
            }
        }, "gosim", CARRIER_STACK_BYTES);
        carrier.setDaemon(true);
        carrier.start();
        try {
            carrier.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupException("interrupted");
        }
        closeAll(viewFiles);
        if (setup[0] != null) {
            throw setup[0];
        }
        out.flush();
        if (o.verbose()) {
            err.printf("gosim: seed %d, GOMAXPROCS %d, %s, exit status %d, virtual time %s, %d statements, "
                    + "%d goroutines created, %d threads, %d GCs%n", o.seed(), rt.gomaxprocs(), version, status[0],
                    gosim.specs.run.Natives.durationString(rt.nanotime()), host.steps, rt.allgCount(), rt.mcount(),
                    rt.heap().numGC());
        }
        if (env.containsKey(LIVE_HEAP_ENV)) {
            liveHeap(rt, err);
        }
        if (observer != null) {
            serveFinalState(observer, status[0], err, jvmEnds);
        }
        return rt;
    }

    /** Set in the host's environment: {@link #liveHeap} after the run (gosim bench process asks for it). */
    public static final String LIVE_HEAP_ENV = "GOSIM_LIVE_HEAP";

    /**
     * An observer after the process has ended, so that it changes nothing the program sees: the
     * JVM's heap in use right after a full collection (System.gc is one under the launcher's
     * Parallel collector), while the runtime and the goroutines still parked at exit (their G,
     * continuation and frozen stack chunks) are reachable. Printed to stderr as
     * "gosim: live heap after a full GC: BYTES bytes, N goroutines" (N: G structs made, allgs).
     */
    private static void liveHeap(GoRuntime rt, PrintStream err) {
        java.lang.management.MemoryMXBean mem = java.lang.management.ManagementFactory.getMemoryMXBean();
        mem.gc();
        long used = mem.getHeapMemoryUsage().getUsed();
        err.println("gosim: live heap after a full GC: " + used + " bytes, " + rt.allgCount() + " goroutines");
        err.flush();
        java.lang.ref.Reference.reachabilityFence(rt);
    }

    /**
     * -http after the process has ended: keeps serving its final state until the JVM is stopped
     * (interrupt); under the CLI the JVM then exits with the process's own status.
     */
    private static void serveFinalState(PprofObserver observer, int status, PrintStream err, boolean jvmEnds) {
        err.println("gosim: the process exited with status " + status + "; still serving " + observer.url()
                + " (its final state; interrupt to stop)");
        err.flush();
        if (jvmEnds) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(status)));
        }
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            observer.close();
        }
    }

    /** The run's in-memory filesystem: the -file copies (read now, before the run) and stdin. */
    static gosim.specs.lang.MemFS filesystem(RunOptions o, java.io.InputStream stdin) throws SetupException {
        gosim.specs.lang.MemFS fs = new gosim.specs.lang.MemFS(() -> {
            if (stdin == null) {
                return new byte[0];
            }
            try {
                return stdin.readAllBytes();
            } catch (java.io.IOException e) {
                return new byte[0]; // a stdin that cannot be read reads as empty
            }
        });
        for (Map.Entry<String, String> f : o.files().entrySet()) {
            try {
                fs.seed(f.getKey(), java.nio.file.Files.readAllBytes(Path.of(f.getValue())));
            } catch (java.io.IOException | RuntimeException e) {
                throw new SetupException("-file " + f.getKey() + "=" + f.getValue() + ": cannot read "
                        + f.getValue() + ": " + (e instanceof java.nio.file.NoSuchFileException
                                ? "no such file or directory" : String.valueOf(e.getMessage())), false);
            }
        }
        return fs;
    }

    /** The process's settings from the options: seed, GOMAXPROCS, release, GODEBUG, strategy or schedule. */
    public static GoRuntime.Builder builder(RunOptions o, GoVersion version, Map<String, String> env)
            throws SetupException {
        // The interpreter's goroutines use only gosim's primitives: bare continuations suit them.
        GoRuntime.Builder b = GoRuntime.builder().continuations(true).seed(o.seed()).gomaxprocs(o.gomaxprocs()).version(version)
                .godebug(o.environment().getOrDefault("GODEBUG", env.getOrDefault("GODEBUG", ""))).strategy(Strategy.parse(o.strategy())).pct(gosim.sim.Explorer.PCT_DEPTH, o.pctSteps());
        if (o.schedule() != null) {
            Schedule s = readSchedule(o.schedule());
            b.schedule(s).seed(s.seed());
            if (s.gomaxprocs() > 0 && o.gomaxprocs() == 0) {
                b.gomaxprocs(s.gomaxprocs());
            }
        }
        return b;
    }

    /** Reads a schedule file, with Go-style messages for a missing or malformed one. */
    public static Schedule readSchedule(String file) throws SetupException {
        try {
            return Schedule.parse(Files.readString(Path.of(file)));
        } catch (NoSuchFileException e) {
            throw new SetupException("open " + file + ": no such file or directory");
        } catch (IOException e) {
            throw new SetupException("open " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new SetupException(file + ": " + e.getMessage());
        }
    }

    /**
     * Attaches the views of the kernel's event stream the flags ask for, before the run starts;
     * the files are complete when the process ends (GoRuntime closes its views).
     */
    private static List<OutputStream> attachViews(GoRuntime rt, RunOptions.Observe v, PrintStream err)
            throws SetupException {
        List<OutputStream> files = new ArrayList<>();
        try {
            if (v.trace() != null) {
                OutputStream f = create(v.trace(), files);
                rt.events().attach(new ExecTrace(f, rt.symtab()));
            }
            if (v.events() != null) {
                OutputStream f = create(v.events(), files);
                rt.events().attach(new JsonLines(new PrintStream(f, false, StandardCharsets.UTF_8), rt.symtab()));
            }
            if (v.timeline() != null) {
                OutputStream f = create(v.timeline(), files);
                rt.events().attach(new TimelineHtml(f, rt.symtab()));
            }
        } catch (SetupException e) {
            closeAll(files);
            throw e;
        }
        if (v.explain()) {
            rt.events().attach(new Explain(err));
        }
        return files;
    }

    private static OutputStream create(String file, List<OutputStream> files) throws SetupException {
        try {
            OutputStream f = new java.io.BufferedOutputStream(new FileOutputStream(file));
            files.add(f);
            return f;
        } catch (IOException e) {
            throw new SetupException("open " + file + ": " + (e.getMessage().contains("No such file")
                    ? "no such file or directory" : e.getMessage()));
        }
    }

    private static void closeAll(List<OutputStream> files) {
        for (OutputStream f : files) {
            try {
                f.close();
            } catch (IOException e) {
                // the report of the run itself matters more than a view's close
            }
        }
    }

    /** Goroutine 1's body: profiling set-up, package init and main.main, then the exit-time profiles. */
    private static void runMain(SimHost host, Pprof pprof, RunOptions o, OutputStream cpu) {
        Goroutine g = new Goroutine();
        host.attach(g, null); // the interpreter's frames sit on runtime.main: inits, then main.main
        try {
            if (o.blockprofile() != null) {
                pprof.setBlockProfileRate(1);
            }
            if (cpu != null) {
                if (o.observe().legacyProfiles()) {
                    pprof.startCPUProfile(cpu);
                } else {
                    pprof.startCPUProfile(cpu, gosim.pprof.cpu.CpuProfiler.Format.PROTO);
                }
            }
            host.linked.runMain(g);
            host.flush(g);
            writeExitProfiles(pprof, o, cpu);
        } catch (gosim.sim.GoexitSignal e) {
            throw e; // main called runtime.Goexit: goroutine 1 ends, the others go on (panic.go Goexit)
        } catch (RuntimeException | Error e) {
            throw host.failure(g, e);
        } finally {
            host.detach(g);
        }
    }

    private static void writeExitProfiles(Pprof pprof, RunOptions o, OutputStream cpu) {
        try {
            if (cpu != null) {
                pprof.stopCPUProfile();
                cpu.close();
            }
            if (o.memprofile() != null) {
                Go.gc(); // as go test -memprofile does, so the profile is up to date
                try (OutputStream w = open(o.memprofile())) {
                    if (o.observe().legacyProfiles()) {
                        pprof.writeHeapProfile(w);
                    } else {
                        pprof.writeProto("heap", w);
                    }
                }
            }
            if (o.blockprofile() != null) {
                try (OutputStream w = open(o.blockprofile())) {
                    if (o.observe().legacyProfiles()) {
                        pprof.writeTo("block", w, 0);
                    } else {
                        pprof.writeProto("block", w);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("gosim: writing a profile failed: " + e.getMessage(), e);
        }
    }

    private static OutputStream open(String file) {
        try {
            return new FileOutputStream(file);
        } catch (IOException e) {
            throw new IllegalStateException("gosim: cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * What must work before the process starts, so that a mistake is one line and exit 2 rather
     * than a failure inside the run: the profile files can be created (the CPU profile's is
     * opened and returned, as go test opens it first), and the -http address can be bound.
     */
    private static OutputStream preflight(RunOptions o) throws SetupException {
        for (String f : new String[] {o.memprofile(), o.blockprofile()}) {
            if (f != null) {
                try {
                    open(f).close();
                } catch (IOException | IllegalStateException e) {
                    throw new SetupException(openError(f, e), false);
                }
            }
        }
        if (o.http() != null) {
            InetSocketAddress a = address(o.http());
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(a);
            } catch (IOException e) {
                throw new SetupException("listen tcp " + o.http() + ": bind: "
                        + (e instanceof java.net.BindException ? "address already in use" : e.getMessage()), false);
            }
        }
        if (o.cpuprofile() == null) {
            return null;
        }
        try {
            return open(o.cpuprofile());
        } catch (IllegalStateException e) {
            throw new SetupException(openError(o.cpuprofile(), e.getCause()), false);
        }
    }

    /** Go's os.Create error text for the common causes. */
    private static String openError(String file, Throwable e) {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        String why = parent != null && !Files.isDirectory(parent) ? "no such file or directory"
                : Files.isDirectory(Path.of(file)) ? "is a directory" : "permission denied";
        return "open " + file + ": " + why;
    }

    /** The -http address (checked by RunOptions); an empty host is the loopback. */
    static InetSocketAddress address(String addr) {
        int colon = addr.lastIndexOf(':');
        String host = colon <= 0 ? PprofServer.DEFAULT_HOST : addr.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = Integer.parseInt(addr.substring(colon + 1));
        return new InetSocketAddress(host, port);
    }

    /** A compile error as the user should read it: positions in the file as they named it. */
    public static String describe(GoCompileError e, String file) {
        String base = Path.of(file).getFileName().toString();
        String text = e.getMessage().replace(SOURCE_DIR + base, file);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
