package gosim.specs.bench;

import gosim.sim.bench.Bench;
import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A CPU-bound scenario (nested loops with arithmetic and a function call per iteration) run by
 * `gosim run` and by real Go 1.19: nanoseconds per inner-loop iteration, each about eight
 * operations (compare, increment, xor, call, multiply, shift, add, modulo, assign). Go times the
 * loop inside the program; gosim's clock is virtual, so each round times a whole run and subtracts
 * a run of the same program with no iterations (parsing, checking, compiling the program and its
 * library, starting the runtime), which would otherwise be most of what is measured.
 */
public final class InterpBench {
    static final int OUTER = 10000;
    static final int INNER = 1000;

    static final String SOURCE = source(OUTER);

    static String source(int outer) {
        return """
            package main

            import (
            	"fmt"
            	"time"
            )

            func mix(a, b int) int {
            	return a + b*3 - (a >> 1)
            }

            func main() {
            	start := time.Now()
            	sum := 0
            	for i := 0; i < %d; i++ {
            		for j := 0; j < %d; j++ {
            			sum = mix(sum, i^j) %% 1000003
            		}
            	}
            	fmt.Println("sum", sum)
            	fmt.Println("iteration", float64(time.Since(start).Nanoseconds())/float64(%d))
            }
            """.formatted(outer, INNER, Math.max(1, outer * INNER));
    }

    private InterpBench() {
    }

    public static List<Bench.Result> run(PrintStream log) {
        Map<String, Double> go = Bench.runGo(SOURCE, log);
        Path file = write(SOURCE);
        Path empty = write(source(0));
        double ns = Bench.median(1, 5, () -> {
            long t0 = System.nanoTime();
            run(empty, log);
            long t1 = System.nanoTime();
            run(file, log);
            long t2 = System.nanoTime();
            long fixed = t1 - t0;
            double ops = (double) OUTER * INNER;
            // the loop's time: the whole run less the run without iterations; until 2026-12-04 this
            // returned the whole run (nsPerOp(t0 + fixed) is from t1), the fixed part included
            log.printf("interp round: run without iterations %.1f ms, whole run %.1f ns/iteration%n", fixed / 1e6,
                    (t2 - t1) / ops);
            return Double.doubleToLongBits((t2 - t1 - fixed) / ops);
        });
        return List.of(new Bench.Result("interpreted loop iteration (call + 8 ops)", "ns/iteration", ns,
                Bench.go(go, "iteration")));
    }

    private static Path write(String source) {
        try {
            Path file = Files.createTempFile("gosim-bench", ".go");
            Files.writeString(file, source);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path file, PrintStream log) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                log, Map.of());
        if (status != 0) {
            throw new IllegalStateException("the benchmark scenario failed: " + out);
        }
    }

    public static void main(String[] args) {
        Bench.print(System.out, "specs", run(System.out));
    }
}
