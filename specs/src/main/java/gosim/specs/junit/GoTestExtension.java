package gosim.specs.junit;

import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.Goroutine;
import gosim.sim.JavaFrames;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a {@link GoTest} method: one fresh GoRuntime per (seed, GOMAXPROCS), the method as its
 * main goroutine (runtime.main calling main.main, proc.go), in parallel on platform threads (each
 * runtime plays its own loop on the thread that calls run). Results are collected in run order
 * and the first failing run is reported, so the outcome does not depend on the parallelism.
 */
public final class GoTestExtension implements InvocationInterceptor, ParameterResolver {
    static {
        JavaFrames.machinery(GoTestExtension.class); // the extension's frames are not the user's
    }

    /** The system property that caps parallel runs (default: available processors). */
    public static final String PARALLELISM = "gosim.test.parallelism";
    /** How many Gosched rounds main gives other goroutines to finish before a leak is reported. */
    static final int LEAK_ROUNDS = 1000;

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        Class<?> t = pc.getParameter().getType();
        return t == GoRuntime.class || t == GoTestRun.class;
    }

    /** A placeholder: each run passes its own runtime and settings. */
    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
        return null;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ctx,
            ExtensionContext ec) throws Throwable {
        invocation.skip();
        Method m = ctx.getExecutable();
        GoTest spec = m.getAnnotation(GoTest.class);
        List<GoTestRun> runs = plan(spec);
        Object target = ctx.getTarget().orElse(null);
        List<Object> args = ctx.getArguments();
        int par = Math.max(1, Math.min(runs.size(), Integer.getInteger(PARALLELISM,
                Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(par, r -> {
            Thread t = new Thread(r, "gosim @GoTest " + m.getName());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GoTestFailure>> results = new ArrayList<>();
            for (GoTestRun run : runs) {
                results.add(pool.submit(() -> runOnce(m, target, args, run, spec.failOnLeak())));
            }
            for (int i = 0; i < results.size(); i++) {
                GoTestFailure f;
                try {
                    f = results.get(i).get();
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
                if (f != null) {
                    for (int j = i + 1; j < results.size(); j++) {
                        results.get(j).cancel(false); // runs after the first failure do not matter
                    }
                    throw f;
                }
            }
        } catch (CancellationException e) {
            throw new IllegalStateException("gosim: a @GoTest run was cancelled", e);
        } finally {
            pool.shutdown();
        }
    }

    /** The runs a spec asks for, in report order: seed-major, GOMAXPROCS in the given order. */
    static List<GoTestRun> plan(GoTest spec) {
        List<GoTestRun> runs = new ArrayList<>();
        if (!spec.replay().isEmpty()) {
            Map<String, String> k = RunKey.parse(spec.replay());
            runs.add(new GoTestRun(Long.parseLong(k.get("seed")), Integer.parseInt(k.get("gomaxprocs")),
                    k.getOrDefault("strategy", spec.strategy()), k.getOrDefault("noise", spec.noise()), null));
            return runs;
        }
        if (spec.seeds() < 1) {
            throw new IllegalArgumentException("gosim: @GoTest(seeds = " + spec.seeds() + ") must be at least 1");
        }
        if (spec.gomaxprocs().length == 0) {
            throw new IllegalArgumentException("gosim: @GoTest(gomaxprocs = {}) names no GOMAXPROCS setting");
        }
        for (int p : spec.gomaxprocs()) {
            if (p < 1 || p > 256) {
                throw new IllegalArgumentException("gosim: @GoTest(gomaxprocs) must be 1..256, got " + p);
            }
        }
        for (long s = 0; s < spec.seeds(); s++) {
            for (int p : spec.gomaxprocs()) {
                runs.add(new GoTestRun(spec.firstSeed() + s, p, spec.strategy(), spec.noise(), null));
            }
        }
        return runs;
    }

    /**
     * The one place where @GoTest's strategy and noise reach the runtime's builder: a strategy by
     * its CLI name (realistic, random, pct, none), or noise "none" / "realistic"; both empty keep
     * the builder's default, the idealized schedule. Anything else is a clear error.
     */
    static GoRuntime.Builder explore(GoRuntime.Builder b, String strategy, String noise) {
        if (!strategy.isEmpty()) {
            try {
                b.strategy(gosim.sim.Strategy.parse(strategy));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gosim: @GoTest(strategy = \"" + strategy + "\"): " + e.getMessage());
            }
        }
        switch (noise) {
            case "" -> {
            }
            case "none" -> b.noise(false);
            case "realistic" -> {
                if (strategy.isEmpty()) {
                    b.noise(true);
                }
            }
            default -> throw new IllegalArgumentException("gosim: @GoTest(noise = \"" + noise
                    + "\"): want none or realistic");
        }
        return b;
    }

    /** One run: null when it passed, else its failure. */
    static GoTestFailure runOnce(Method m, Object target, List<Object> args, GoTestRun plan, boolean failOnLeak) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        GoRuntime rt = explore(GoRuntime.builder().seed(plan.seed()).gomaxprocs(plan.gomaxprocs()), plan.strategy(),
                plan.noise()).stderr(errStream).build();
        GoTestRun run = new GoTestRun(plan.seed(), plan.gomaxprocs(), plan.strategy(), plan.noise(), rt);
        Object[] actual = args.toArray();
        Parameter[] ps = m.getParameters();
        for (int i = 0; i < ps.length; i++) {
            if (ps[i].getType() == GoRuntime.class) {
                actual[i] = rt;
            } else if (ps[i].getType() == GoTestRun.class) {
                actual[i] = run;
            }
        }
        Func mainFn = JavaFrames.func(rt.symtab(), m.getDeclaringClass().getName(), m.getName(),
                sourceFile(m.getDeclaringClass()));
        m.setAccessible(true);
        int status = rt.run(mainFn, () -> {
            try {
                m.invoke(target, actual);
            } catch (InvocationTargetException e) {
                throw GoTestExtension.<RuntimeException>sneaky(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("gosim: cannot call " + m, e);
            }
            if (failOnLeak) {
                checkLeaks(rt);
            }
        });
        if (status == 0) {
            return null;
        }
        String report = err.toString(StandardCharsets.UTF_8);
        Throwable cause = rt.panicCause();
        String what;
        if (cause != null) {
            String msg = cause.getMessage();
            what = cause.getClass().getName() + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
        } else if (rt.fatalReport() != null) {
            what = rt.fatalReport().lines().findFirst().orElse("fatal error");
        } else {
            what = "exit status " + status;
        }
        return new GoTestFailure(run.replayKey(), what, report, cause);
    }

    /** Main has returned: others get a chance to end; any still alive then is a leak. */
    private static void checkLeaks(GoRuntime rt) {
        for (int i = 0; i < LEAK_ROUNDS && alive(rt, true) > 0; i++) {
            Go.gosched();
        }
        int n = alive(rt, false);
        if (n > 0) {
            byte[] buf = new byte[1 << 20];
            int len = Go.stack(buf, true);
            throw new GoroutineLeak(n, new String(buf, 0, len, StandardCharsets.UTF_8));
        }
    }

    /** Goroutines of the test other than main that are alive (only runnable ones, with runnableOnly). */
    private static int alive(GoRuntime rt, boolean runnableOnly) {
        int n = 0;
        long self = Go.goid();
        for (Goroutine g : rt.goroutines()) {
            if (g.goid() == self || g.isSystem()) {
                continue;
            }
            if (!runnableOnly || g.status() == Goroutine.Status.RUNNABLE || g.status() == Goroutine.Status.RUNNING) {
                n++;
            }
        }
        return n;
    }

    /** Goroutines still alive after the test method returned. */
    public static final class GoroutineLeak extends AssertionError {
        GoroutineLeak(int n, String dump) {
            super(n + (n == 1 ? " goroutine" : " goroutines") + " leaked (still alive after the test returned):\n\n" + dump);
        }
    }

    /** Source file of a class as javac names it: the top-level class's simple name. */
    static String sourceFile(Class<?> c) {
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return c.getSimpleName() + ".java";
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
