package gosim.sim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A small benchmark harness: runs a measurement several rounds after warm-up and reports the
 * median, and runs the matching Go program (when {@code go} is installed) in the same run so the
 * two can be printed side by side. Timing lives here only, never in tests.
 */
public final class Bench {
    private Bench() {
    }

    /** One measured quantity: a name, a unit, the simulator's median, and real Go's (or NaN). */
    public record Result(String name, String unit, double gosim, double go) {
        public String ratio() {
            if (Double.isNaN(go) || go == 0) {
                return "-";
            }
            return String.format("%.2fx", gosim / go);
        }
    }

    /**
     * Median over {@code rounds} of {@code perOp}, each returning nanoseconds per operation as a
     * double encoded by {@link Double#doubleToLongBits}, after {@code warmup} unmeasured rounds.
     */
    public static double median(int warmup, int rounds, LongSupplier perOpBits) {
        for (int i = 0; i < warmup; i++) {
            perOpBits.getAsLong();
        }
        double[] v = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            v[i] = Double.longBitsToDouble(perOpBits.getAsLong());
        }
        Arrays.sort(v);
        return rounds % 2 == 1 ? v[rounds / 2] : (v[rounds / 2 - 1] + v[rounds / 2]) / 2;
    }

    /** Encodes ns/op for {@link #median}. */
    public static long nsPerOp(long startNanos, long ops) {
        return Double.doubleToLongBits((System.nanoTime() - startNanos) / (double) ops);
    }

    /** The go command, or null when Go is not installed. */
    public static Path goCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "go");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (String p : List.of("/usr/lib/go/bin/go", "/usr/local/go/bin/go")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /**
     * Runs a Go program given as source text and parses its "name value" output lines; an empty
     * map when Go is missing or the program fails (the reason goes to {@code log}).
     */
    public static Map<String, Double> runGo(String source, PrintStream log) {
        Map<String, Double> out = new TreeMap<>();
        Path go = goCommand();
        if (go == null) {
            log.println("(go is not installed: real Go columns are empty)");
            return out;
        }
        try {
            Path dir = Files.createTempDirectory("gosim-bench");
            Path file = dir.resolve("main.go");
            Files.writeString(file, source);
            List<String> cmd = new ArrayList<>(List.of(go.toString(), "run", file.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("GOCACHE", dir.resolve("cache").toString());
            pb.environment().put("GOPATH", dir.resolve("gopath").toString());
            pb.environment().put("HOME", dir.toString());
            pb.environment().put("GO111MODULE", "off");
            pb.environment().remove("GOTOOLCHAIN");
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                log.println("(the Go baseline failed: " + text.strip() + ")");
                return out;
            }
            for (String line : text.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2) {
                    try {
                        out.put(f[0], Double.parseDouble(f[1]));
                    } catch (NumberFormatException e) {
                        // not a result line
                    }
                }
            }
        } catch (IOException e) {
            log.println("(could not run the Go baseline: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** Prints results as a table: name, unit, gosim, real Go, ratio. */
    public static void print(PrintStream out, String title, List<Result> results) {
        out.println("== " + title);
        out.printf("%-52s %-16s %12s %12s %8s%n", "benchmark", "unit", "gosim", "go1.19", "ratio");
        for (Result r : results) {
            out.printf("%-52s %-16s %12.1f %12s %8s%n", r.name(), r.unit(), r.gosim(),
                    Double.isNaN(r.go()) ? "-" : String.format("%.1f", r.go()), r.ratio());
        }
    }

    /** Real Go's value for name, or NaN. */
    public static double go(Map<String, Double> goResults, String name) {
        return goResults.getOrDefault(name, Double.NaN);
    }
}
