package gosim.specs.cli;

import gosim.specs.lang.GoCompileError;
import gosim.specs.lang.Program;
import gosim.specs.run.Scenario;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code gosim} command line: dispatches to one subcommand, prints usage on misuse (exit 2). */
public final class Main {
    public static final String VERSION = "gosim 0.1.0 (models go1.7)";

    private Main() {
    }

    /** Set by {@link #main}: the JVM ends with the run, so parked goroutines need no unwinding. */
    private static boolean jvmEndsWithRun;

    public static void main(String[] args) {
        jvmEndsWithRun = true;
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(
                new SigpipeOnEpipe(new java.io.FileOutputStream(java.io.FileDescriptor.out)), 8192), false);
        PrintStream err = new PrintStream(new SigpipeOnEpipe(new java.io.FileOutputStream(java.io.FileDescriptor.err)),
                true);
        int status = run(args, System.in, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Exit status a shell reports for a process killed by SIGPIPE (128 + 13). */
    static final int SIGPIPE_STATUS = 128 + 13;

    /**
     * Standard output or error as Go's os package treats them: a write to a broken pipe on fd 1 or
     * 2 kills the process with SIGPIPE (go1.7 os/file_unix.go epipecheck, os/signal/doc.go
     * "SIGPIPE"). The JVM ignores SIGPIPE and reports EPIPE as an IOException, so the process ends
     * here, at once, with the status a shell shows for that signal.
     */
    static final class SigpipeOnEpipe extends java.io.FilterOutputStream {
        SigpipeOnEpipe(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                throw epipe(e);
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            try {
                out.write(b);
            } catch (java.io.IOException e) {
                throw epipe(e);
            }
        }

        private static java.io.IOException epipe(java.io.IOException e) {
            if (String.valueOf(e.getMessage()).contains("Broken pipe")) {
                Runtime.getRuntime().halt(SIGPIPE_STATUS);
            }
            return e;
        }
    }

    /** Runs the CLI and returns the process exit status; the program's stdin is empty. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, null, out, err, env);
    }

    /** Runs the CLI with the program's os.Stdin reading {@code in} (null: empty); returns the exit status. */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err,
            Map<String, String> env) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "run" -> {
                return runOrCheck(rest, true, in, out, err, env);
            }
            case "check" -> {
                return runOrCheck(rest, false, in, out, err, env);
            }
            case "version", "-version", "--version" -> {
                out.println(VERSION);
                return 0;
            }
            case "demo" -> {
                gosim.specs.demo.EmbedExample.main(rest.toArray(String[]::new));
                return 0;
            }
            case "explore" -> {
                return Explore.run(rest, out, err, env, out == System.out && System.console() != null
                        && System.console().isTerminal());
            }
            case "bench" -> {
                return bench(rest.toArray(String[]::new), out, err);
            }
            case "help", "-h", "-help", "--help" -> {
                return help(rest, out, err);
            }
            default -> {
                err.println("gosim: unknown command \"" + args[0] + "\"");
                usage(err);
                return 2;
            }
        }
    }

    private static int runOrCheck(List<String> args, boolean run, java.io.InputStream in, PrintStream out,
            PrintStream err, Map<String, String> env) {
        String cmd = run ? "run" : "check";
        RunOptions o;
        try {
            o = RunOptions.parse(args, env);
        } catch (RunOptions.UsageException e) {
            err.println("gosim " + cmd + ": " + e.getMessage());
            commandUsage(cmd, err);
            return 2;
        }
        try {
            Program p = Scenario.check(o.file(), o.goVersion());
            if (!run) {
                return 0;
            }
            return Scenario.run(p, o, in, out, err, env, !jvmEndsWithRun);
        } catch (GoCompileError e) {
            err.print(Scenario.describe(e, o.file()));
            return 2;
        } catch (Scenario.SetupException e) {
            err.println("gosim " + cmd + ": " + e.getMessage());
            if (e.showUsage()) {
                commandUsage(cmd, err);
            }
            return 2;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * {@code gosim bench}: the suites are test code (each module's -tests jar, not the main jars),
     * which the ./gosim launcher puts on the class path for this command only.
     */
    private static int bench(String[] args, PrintStream out, PrintStream err) {
        java.lang.reflect.Method run;
        try {
            run = Class.forName("gosim.specs.bench.Benchmarks")
                    .getMethod("run", String[].class, PrintStream.class, PrintStream.class);
        } catch (ReflectiveOperationException e) {
            err.println("gosim bench: the benchmark suites are not on the class path (they ship in the"
                    + " modules' -tests jars); run ./gosim bench from a source checkout");
            return 2;
        }
        try {
            return (Integer) run.invoke(null, args, out, err);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int help(List<String> topic, PrintStream out, PrintStream err) {
        if (topic.isEmpty()) {
            usage(out);
            return 0;
        }
        switch (topic.get(0)) {
            case "run", "check" -> commandUsage(topic.get(0), out);
            case "bench" -> out.println("usage: gosim bench [kernel|mprof|pprof|interp|process|explore]...\n\n"
                    + "Runs the benchmark suites and prints each measurement beside real Go 1.19's (when go is installed).");
            case "explore" -> out.print(Explore.USAGE);
            case "demo" -> out.println("usage: gosim demo\n\nRuns the README's embedding example.");
            case "version" -> out.println("usage: gosim version");
            default -> {
                err.println("gosim help: unknown help topic \"" + topic.get(0) + "\"");
                usage(err);
                return 2;
            }
        }
        return 0;
    }

    static void commandUsage(String cmd, PrintStream w) {
        if (cmd.equals("check")) {
            w.print("""
                    usage: gosim check FILE.go

                    Parses and type-checks a scenario (a Go program in gosim's subset) without running it.
                    Errors print as FILE:LINE:COL: message; the exit status is 2 if there are any.
                    """);
            return;
        }
        w.print("""
                usage: gosim run [flags] FILE.go [-- program args]

                Runs a scenario (a small Go program) in the simulated Go 1.7 runtime. Its output and
                exit status are what Go's would be: 0, os.Exit's code, or 2 after a panic or fatal error.

                Flags:
                """);
        w.print(RunOptions.FLAGS);
    }

    static void usage(PrintStream w) {
        w.print("""
                gosim: a deterministic simulation of the Go 1.7 runtime

                Usage:
                    gosim <command> [arguments]

                Commands:
                    run        run a scenario program: gosim run [flags] FILE.go [-- args]
                    check      parse and type-check a scenario without running it
                    explore    run a scenario over many seeds; summarize outcomes, replay and shrink failures
                    demo       run the README's embedding example
                    bench      run the benchmarks, beside real Go when go is installed
                    version    print the gosim version
                    help       print this help, or help on one command: gosim help run

                """);
    }
}
