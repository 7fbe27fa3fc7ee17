package gosim.specs.run;

import gosim.pprof.Pprof;
import gosim.pprof.http.PprofServer;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.GoVersion;
import gosim.specs.cli.RunOptions;
import gosim.specs.lang.GoCompileError;
import gosim.specs.lang.Goroutine;
import gosim.specs.lang.Program;
import java.io.FileOutputStream;
import java.io.IOException;
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
    /** Java stack for the carrier thread: deep Go recursion runs on it. */
    static final long CARRIER_STACK_BYTES = 1L << 29;
    /** Where scenario source files appear in stacks, so outputs do not depend on the machine. */
    public static final String SOURCE_DIR = "/home/gopher/scenario/";

    private Scenario() {
    }

    /** A problem with the command rather than the program: print it and exit 2. */
    public static final class SetupException extends Exception {
        public SetupException(String message) {
            super(message);
        }
    }

    /**
     * Reads and checks a scenario; compile errors come back as GoCompileError. The program's file
     * is named {@link #SOURCE_DIR}/BASE inside the simulation (see {@link #describe}).
     */
    public static Program check(String file) throws SetupException {
        String name = SOURCE_DIR + Path.of(file).getFileName().toString();
        try {
            return Program.check(name, Files.readString(Path.of(file)), Stubs.prelude());
        } catch (NoSuchFileException e) {
            throw new SetupException("open " + file + ": no such file or directory");
        } catch (IOException e) {
            throw new SetupException("open " + file + ": " + e.getMessage());
        }
    }

    /** Runs the checked program with the options; returns the process exit status. */
    public static int run(Program program, RunOptions o, PrintStream out, PrintStream err, Map<String, String> env)
            throws SetupException {
        GoVersion version;
        try {
            version = GoVersion.parse(o.goVersion());
        } catch (IllegalArgumentException e) {
            throw new SetupException(e.getMessage());
        }
        String base = Path.of(o.file()).getFileName().toString();
        String exe = "/tmp/go-build/" + base.replaceFirst("\\.go$", "");
        GoRuntime rt = GoRuntime.builder().seed(o.seed()).gomaxprocs(o.gomaxprocs()).version(version)
                .godebug(env.getOrDefault("GODEBUG", "")).stdout(out).stderr(err).build();
        Pprof pprof = Pprof.attach(rt, Pprof.Options.defaults(rt).withExecutable(exe)
                .withArgs(java.util.stream.Stream.concat(java.util.stream.Stream.of(exe), o.programArgs().stream())
                        .toList()));
        SimHost host = new SimHost(rt, o, out, err, env, exe, () -> pprof);
        host.defineFunctions(program);
        host.link(program.link(host, version));
        Func mainFn = host.func(host.linked.mainFunc());
        List<OutputStream> viewFiles = attachViews(rt, o.observe(), err);
        int[] status = new int[1];
        RuntimeException[] setup = new RuntimeException[1];
        Thread carrier = new Thread(null, () -> {
            try {
                status[0] = rt.run(mainFn, () -> runMain(host, pprof, o, mainFn));
            } catch (RuntimeException e) {
                setup[0] = e;
            }
        }, "gosim", CARRIER_STACK_BYTES);
        carrier.setDaemon(true); // with -http it serves until the JVM is stopped
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
                    gosim.specs.run.Natives.durationString(rt.nanotime()), host.steps, rt.allgs().size(), rt.mcount(),
                    rt.heap().numGC());
        }
        return status[0];
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
    private static void runMain(SimHost host, Pprof pprof, RunOptions o, Func mainFn) {
        Goroutine g = new Goroutine();
        host.attach(g, mainFn);
        OutputStream cpu = null;
        PprofServer server = null;
        try {
            if (o.blockprofile() != null) {
                pprof.setBlockProfileRate(1);
            }
            if (o.cpuprofile() != null) {
                cpu = open(o.cpuprofile());
                if (o.observe().legacyProfiles()) {
                    pprof.startCPUProfile(cpu);
                } else {
                    pprof.startCPUProfile(cpu, gosim.pprof.cpu.CpuProfiler.Format.PROTO);
                }
            }
            if (o.http() != null) {
                server = PprofServer.listen(pprof, address(o.http()));
                host.stderr.println("gosim: serving /debug/pprof on " + server.url());
            }
            host.linked.runMain(g);
            host.flush(g);
            writeExitProfiles(pprof, o, cpu);
            if (server != null) {
                host.stderr.println("gosim: main returned; still serving " + server.url() + " (interrupt to stop)");
                server.serveForever();
            }
        } catch (gosim.specs.lang.Interp.GoexitSignal e) {
            // main called runtime.Goexit: the process waits for the other goroutines.
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

    private static InetSocketAddress address(String addr) {
        int colon = addr.lastIndexOf(':');
        String host = colon <= 0 ? "127.0.0.1" : addr.substring(0, colon);
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
