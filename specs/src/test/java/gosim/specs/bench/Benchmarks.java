package gosim.specs.bench;

import gosim.sim.bench.Bench;
import gosim.mprof.bench.MprofBench;
import gosim.pprof.bench.PprofBench;
import gosim.sim.bench.KernelBench;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code gosim bench [name...]}: runs each module's benchmarks and prints them beside real Go.
 * The benchmarks are test code (the modules' -tests jars), so the CLI reaches this class by name.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    /** Benchmark suites by name, in the order they run. */
    private static final Map<String, Function<PrintStream, List<Bench.Result>>> SUITES = Map.of(
            "kernel", KernelBench::run,
            "mprof", MprofBench::run,
            "pprof", PprofBench::run,
            "interp", InterpBench::run,
            "process", ProcessBench::run,
            "explore", ExploreBench::run);
    private static final List<String> ORDER = List.of("kernel", "mprof", "pprof", "interp", "process", "explore");

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> names = args.length == 0 ? ORDER : List.of(args);
        for (String n : names) {
            if (!SUITES.containsKey(n)) {
                err.println("gosim bench: unknown benchmark suite \"" + n + "\" (known: " + String.join(", ", ORDER) + ")");
                return 2;
            }
        }
        for (String n : names) {
            Bench.print(out, n, SUITES.get(n).apply(out));
            out.println();
        }
        return 0;
    }
}
