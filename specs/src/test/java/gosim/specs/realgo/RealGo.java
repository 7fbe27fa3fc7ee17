package gosim.specs.realgo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a Go program under a real Go toolchain, isolated from the user's environment: GOCACHE, GOPATH
 * and HOME point into a private temporary directory, GO111MODULE=off (a single file needs no module),
 * GOTOOLCHAIN, GOFLAGS, GOROOT and GOMAXPROCS are removed. The program is built with {@code go build}
 * and the binary is run directly, because {@code go run} turns a program's exit status 2 into its own
 * status 1 and appends "exit status 2" to stderr. Close the instance to delete its directory.
 */
public final class RealGo implements AutoCloseable {
    /** Default limit for one build or one run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** Where to look for go when it is not on the PATH (Debian's golang-go layout). */
    private static final List<Path> WELL_KNOWN = List.of(Path.of("/usr/bin/go"), Path.of("/usr/lib/go/bin/go"),
            Path.of("/usr/local/go/bin/go"));
    /** Environment variables that would make a run depend on the host's Go setup. */
    private static final List<String> REMOVED_ENV = List.of("GOTOOLCHAIN", "GOFLAGS", "GOROOT", "GOMAXPROCS",
            "GODEBUG", "GOGC", "GOTRACEBACK", "GOOS", "GOARCH", "CGO_ENABLED", "GOENV");

    /** A finished run: raw bytes (a CPU profile on stderr is binary) and the exit status. */
    public record Result(byte[] stdoutBytes, byte[] stderrBytes, int exitCode) {
        public String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        public String stderr() {
            return new String(stderrBytes, StandardCharsets.UTF_8);
        }

        /** The run as text, for {@link Comparison}. */
        public RunOutput output() {
            return new RunOutput(stdout(), stderr(), exitCode);
        }
    }

    /** A built program that can be run any number of times. */
    public final class Binary {
        private final Path exe;

        private Binary(Path exe) {
            this.exe = exe;
        }

        /** Runs the program with args and extra environment variables (e.g. GOMAXPROCS). */
        public Result run(List<String> args, Map<String, String> env) {
            return run(args, env, null);
        }

        /** Runs the program with its stdin read from the file {@code stdin} (null: /dev/null). */
        public Result run(List<String> args, Map<String, String> env, Path stdin) {
            List<String> cmd = new ArrayList<>();
            cmd.add(exe.toString());
            cmd.addAll(args);
            return exec(cmd, exe.getParent(), env, timeout, stdin);
        }

        public Result run() {
            return run(List.of(), Map.of());
        }
    }

    private final Path go;
    private final Duration timeout;
    private final Path root;
    private int runs;

    /** A runner for the go binary at {@code go}. */
    public RealGo(Path go, Duration timeout) {
        if (!Files.isExecutable(go)) {
            throw new IllegalArgumentException("not an executable go binary: " + go);
        }
        this.go = go;
        this.timeout = timeout;
        try {
            this.root = Files.createTempDirectory("gosim-realgo");
            for (String d : List.of("cache", "gopath", "home")) {
                Files.createDirectories(root.resolve(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for go", e);
        }
    }

    /** The go binary: $GOSIM_GO, else go on the PATH, else a well-known install location. */
    public static Optional<Path> find() {
        String explicit = System.getenv("GOSIM_GO");
        if (explicit != null && !explicit.isEmpty()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
                    return Optional.of(Path.of(dir, "go"));
                }
            }
        }
        return WELL_KNOWN.stream().filter(Files::isExecutable).findFirst();
    }

    /** A runner for the go that {@link #find()} finds, or empty when Go is not installed. */
    public static Optional<RealGo> locate() {
        return find().map(p -> new RealGo(p, DEFAULT_TIMEOUT));
    }

    /** Runs {@code go tool ARGS...} (pprof, trace) in the private directory. */
    public Result tool(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(go.toString());
        cmd.add("tool");
        cmd.addAll(List.of(args));
        return exec(cmd, root, Map.of(), timeout);
    }

    /** The toolchain's version line, e.g. "go version go1.19.8 linux/amd64". */
    public String version() {
        Result r = exec(List.of(go.toString(), "version"), root, Map.of(), timeout);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("go version failed: " + r.stderr());
        }
        return r.stdout().trim();
    }

    /** Builds source as fileName (e.g. "prog.go") in a fresh directory; compile errors throw. */
    public Binary build(String fileName, String source) {
        if (!fileName.endsWith(".go") || fileName.contains("/")) {
            throw new IllegalArgumentException("file name must be a plain NAME.go: " + fileName);
        }
        try {
            Path dir = Files.createDirectories(root.resolve("run" + (++runs)));
            Files.writeString(dir.resolve(fileName), source, StandardCharsets.UTF_8);
            Path exe = dir.resolve(fileName.substring(0, fileName.length() - 3));
            // The runner's timeout bounds the program; a build on a loaded machine gets the default at least.
            Duration buildTimeout = timeout.compareTo(DEFAULT_TIMEOUT) > 0 ? timeout : DEFAULT_TIMEOUT;
            Result r = exec(List.of(go.toString(), "build", "-o", exe.toString(), fileName), dir, Map.of(),
                    buildTimeout);
            if (r.exitCode() != 0) {
                throw new IllegalStateException("go build " + fileName + " failed (exit " + r.exitCode() + "):\n"
                        + r.stderr());
            }
            return new Binary(exe);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName, e);
        }
    }

    /** Builds and runs source once with no arguments. */
    public Result run(String fileName, String source) {
        return build(fileName, source).run();
    }

    /** Builds and runs a corpus example under its own file name (NAME.go), as the simulator should too. */
    public Result run(Corpus.Example example) {
        return run(example.name() + ".go", example.source());
    }

    private Result exec(List<String> cmd, Path dir, Map<String, String> env, Duration timeout) {
        return exec(cmd, dir, env, timeout, null);
    }

    private Result exec(List<String> cmd, Path dir, Map<String, String> env, Duration timeout, Path stdin) {
        try {
            Path out = Files.createTempFile(root, "stdout", ".txt");
            Path err = Files.createTempFile(root, "stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(stdin != null ? stdin.toFile()
                            : new java.io.File("/dev/null")));
            Map<String, String> e = pb.environment();
            REMOVED_ENV.forEach(e::remove);
            e.put("GOCACHE", root.resolve("cache").toString());
            e.put("GOPATH", root.resolve("gopath").toString());
            e.put("HOME", root.resolve("home").toString());
            e.put("GO111MODULE", "off");
            e.putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", cmd) + " did not finish within " + timeout);
            }
            Result r = new Result(Files.readAllBytes(out), Files.readAllBytes(err), p.exitValue());
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        }
    }

    /** Deletes the temporary directory (the build cache included). */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                // Go marks module cache files read-only; the cache here is plain, but be safe.
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
