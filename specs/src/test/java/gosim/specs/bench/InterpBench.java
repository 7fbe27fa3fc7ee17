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
 * operations (compare, increment, xor, call, multiply, shift, add, modulo, assign).
 */
public final class InterpBench {
    static final int OUTER = 2000;
    static final int INNER = 1000;

    static final String SOURCE = """
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
            """.formatted(OUTER, INNER, OUTER * INNER);

    private InterpBench() {
    }

    public static List<Bench.Result> run(PrintStream log) {
        Map<String, Double> go = Bench.runGo(SOURCE, log);
        Path file;
        try {
            file = Files.createTempFile("gosim-bench", ".go");
            Files.writeString(file, SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double ns = Bench.median(1, 5, () -> {
            long t0 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"run", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    log, Map.of());
            if (status != 0) {
                throw new IllegalStateException("the benchmark scenario failed: " + out);
            }
            return Bench.nsPerOp(t0, (long) OUTER * INNER);
        });
        return List.of(new Bench.Result("interpreted loop iteration (call + 8 ops)", "ns/iteration", ns,
                Bench.go(go, "iteration")));
    }

    public static void main(String[] args) {
        Bench.print(System.out, "specs", run(System.out));
    }
}
