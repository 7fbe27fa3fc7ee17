package gosim.sim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test helper: runs a main body on a fresh runtime with invariant checks, capturing its output. */
final class Sim {
    final GoRuntime rt;
    final int status;
    final String stderr;

    private Sim(GoRuntime rt, int status, String stderr) {
        this.rt = rt;
        this.status = status;
        this.stderr = stderr;
    }

    static Sim run(long seed, int procs, Runnable main) {
        return run(seed, procs, GoVersion.GO1_7, main);
    }

    static Sim run(long seed, int procs, GoVersion v, Runnable main) {
        return run(seed, procs, v, rt -> { }, main);
    }

    static Sim run(long seed, int procs, GoVersion v, Consumer<GoRuntime> setup, Runnable main) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(procs).version(v).checkInvariants(true)
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        setup.accept(rt);
        int status = rt.run(main);
        return new Sim(rt, status, err.toString(StandardCharsets.UTF_8));
    }

    /** A goroutine's simulated stack, innermost first, as "function:line". */
    static List<String> stack(G g) {
        List<String> out = new ArrayList<>();
        for (int i = g.depth() - 1; i >= 0; i--) {
            out.add(g.frameFunc(i).name() + ":" + g.frameLine(i));
        }
        return out;
    }

    /** The innermost frames of a goroutine's stack. */
    static List<String> top(G g, int n) {
        List<String> s = stack(g);
        return s.subList(0, Math.min(n, s.size()));
    }

    /** Starts body as a goroutine and lets it run until it blocks (needs GOMAXPROCS=1). */
    static G spawnAndPark(Func fn, Runnable body) {
        G[] self = new G[1];
        Go.go(fn, () -> {
            self[0] = GoRuntime.self();
            body.run();
        });
        Go.gosched();
        return self[0];
    }

    /** A user function to name goroutines by. */
    static Func fn(String name) {
        return Go.runtime().symtab().define(name, "main.go", 100, 199);
    }
}
