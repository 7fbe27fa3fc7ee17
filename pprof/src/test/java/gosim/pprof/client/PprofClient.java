package gosim.pprof.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real pprof client for tests: runs {@code go tool pprof -raw SOURCE} of an installed Go and
 * parses what it prints ({@link RawProfile}).
 *
 * <p>Go is looked up on the PATH, then in {@link #KNOWN_GO_PATHS}; {@code -Dgosim.go=PATH} picks one,
 * {@code -Dgosim.go=none} pretends there is none. Tests call {@link #assumeGo()} first: without Go they are reported as skipped with the message
 * {@value #SKIP_MESSAGE}, never passed. Each run gets a fresh HOME/GOPATH/GOCACHE in a temp
 * directory (nothing of the user's Go setup leaks in), GOTOOLCHAIN unset (no toolchain download),
 * and a {@link #TIMEOUT_SECONDS} limit.
 *
 * <p>Use {@link #raw(byte[], String)} to feed any bytes the project writes (text debug=0/1 profiles,
 * gzipped protos, legacy CPU profiles): it returns the parsed output or throws {@link PprofFailure}
 * with pprof's own message when pprof rejects the input.
 */
public final class PprofClient {
    /** The skip reason when no Go toolchain is found. */
    public static final String SKIP_MESSAGE = "go not installed: real-client check skipped";
    /** Where Go is looked for when it is not on the PATH. */
    public static final List<String> KNOWN_GO_PATHS = List.of("/usr/lib/go/bin/go", "/usr/local/go/bin/go");
    /** System property naming the go command to use; "none" runs the suite as if Go were missing. */
    public static final String GO_PROPERTY = "gosim.go";
    /** Longest a pprof run may take before it is killed. */
    public static final long TIMEOUT_SECONDS = 120;

    private static final Optional<Path> GO = locateGo();

    private PprofClient() {
    }

    private static Optional<Path> locateGo() {
        String forced = System.getProperty(GO_PROPERTY);
        if (forced != null) {
            if (forced.isBlank() || forced.equals("none")) {
                return Optional.empty();
            }
            Path p = Path.of(forced);
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException("-D" + GO_PROPERTY + "=" + forced + " is not an executable go command");
            }
            return Optional.of(p);
        }
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "go"));
                }
            }
        }
        KNOWN_GO_PATHS.forEach(p -> candidates.add(Path.of(p)));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /** The go command found on this machine, if any. */
    public static Optional<Path> go() {
        return GO;
    }

    /** True when a go command was found. */
    public static boolean goAvailable() {
        return GO.isPresent();
    }

    /** JUnit assumption: skips the calling test with {@value #SKIP_MESSAGE} when Go is missing. */
    public static void assumeGo() {
        Assumptions.assumeTrue(goAvailable(), SKIP_MESSAGE);
    }

    /** What one pprof run did. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** pprof rejected its input (or failed to run); the message holds its stderr. */
    public static final class PprofFailure extends RuntimeException {
        private final Result result;

        PprofFailure(String source, Result result) {
            super("go tool pprof -raw " + source + " failed (exit " + result.exitCode() + "): "
                    + result.stderr().strip());
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }

    /** Runs {@code go tool pprof -raw source} (a file path or a URL) and returns what happened. */
    public static Result run(String source) {
        Path go = GO.orElseThrow(() -> new IllegalStateException(SKIP_MESSAGE));
        Path home = null;
        try {
            home = Files.createTempDirectory("gosim-pprof-home");
            ProcessBuilder pb = new ProcessBuilder(go.toString(), "tool", "pprof", "-raw", source);
            Map<String, String> env = pb.environment();
            env.put("HOME", home.toString());
            env.put("GOPATH", home.resolve("gopath").toString());
            env.put("GOCACHE", home.resolve("gocache").toString());
            env.put("PPROF_TMPDIR", home.resolve("pprof").toString());
            env.remove("GOTOOLCHAIN");
            env.remove("GOFLAGS");
            env.remove("PPROF_BINARY_PATH");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            CompletableFuture<String> out = readAll(p.getInputStream());
            CompletableFuture<String> err = readAll(p.getErrorStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                throw new IllegalStateException("go tool pprof -raw " + source + " did not finish in "
                        + TIMEOUT_SECONDS + "s; stderr so far: " + err.getNow(""));
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + go + " tool pprof", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pprof", e);
        } finally {
            deleteTree(home);
        }
    }

    private static CompletableFuture<String> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }

    /** Parses {@code source} with pprof; throws {@link PprofFailure} when pprof rejects it. */
    public static RawProfile raw(String source) {
        Result r = run(source);
        if (!r.ok()) {
            throw new PprofFailure(source, r);
        }
        return RawProfile.parse(r.stdout());
    }

    /** Parses a file with pprof. */
    public static RawProfile raw(Path file) {
        return raw(file.toString());
    }

    /**
     * Writes {@code content} to a temp file named {@code name} (e.g. "heap.txt", "cpu.pprof") and
     * parses it with pprof: the entry point for text profiles (debug 0/1), gzipped protos and legacy
     * CPU profiles alike. Throws {@link PprofFailure} with pprof's message when pprof rejects it.
     */
    public static RawProfile raw(byte[] content, String name) {
        Result r = run(content, name);
        if (!r.ok()) {
            throw new PprofFailure(name, r);
        }
        return RawProfile.parse(r.stdout());
    }

    /** Like {@link #raw(byte[], String)} for text (UTF-8). */
    public static RawProfile rawText(String text, String name) {
        return raw(text.getBytes(StandardCharsets.UTF_8), name);
    }

    /** Runs pprof on {@code content} (written to a temp file {@code name}) without judging the outcome. */
    public static Result run(byte[] content, String name) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gosim-pprof-in");
            Path f = dir.resolve(name);
            Files.write(f, content);
            return run(f.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the profile for pprof", e);
        } finally {
            deleteTree(dir);
        }
    }
}
