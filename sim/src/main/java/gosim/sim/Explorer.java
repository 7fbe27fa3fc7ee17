package gosim.sim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Runs one program many times, one fresh {@link GoRuntime} per (seed, GOMAXPROCS), in parallel on
 * the host's cores, and returns every run's {@link Outcome} in seed order: the result does not
 * depend on the parallelism. Models nothing of Go; it is the harness {@code gosim explore} and
 * Java tests use.
 *
 * <pre>{@code
 * List<Explorer.Outcome> runs = Explorer.builder().runs(100).gomaxprocs(2, 4).build()
 *         .explore(Explorer.javaMain(() -> { ... goroutine code using Go.* ... }));
 * runs.stream().filter(Explorer.Outcome::failed).findFirst()
 *         .ifPresent(o -> System.out.println("replay with seed " + o.seed()));
 * }</pre>
 */
public final class Explorer {
    /** One run: what it printed and how it ended, and how to run it again. */
    public record Outcome(long seed, int gomaxprocs, Strategy strategy, int exitCode, String stdout,
            String stderr, String leaks, long eventLogHash, Schedule schedule, long schedulingPoints, long pctSteps) {
        /** True when the process ended with a non-zero status. */
        public boolean crashed() {
            return exitCode != 0;
        }

        /** True when user goroutines stayed blocked after main returned. */
        public boolean leaked() {
            return !leaks.isEmpty();
        }

        /** A failure: a non-zero exit, or (when leaks count) a leak. */
        public boolean failed() {
            return crashed();
        }

        /** The first line of the panic or fatal error on stderr, or "". */
        public String error() {
            for (String line : stderr.split("\n")) {
                if (line.startsWith("panic: ") || line.startsWith("fatal error: ") || line.startsWith("gosim: ")) {
                    return line;
                }
            }
            return "";
        }

        /** A short digest of stdout (the first 12 hex digits of its SHA-256). */
        public String stdoutDigest() {
            return digest(stdout);
        }
    }

    /** What one run is: the runtime settings the explorer chose for it. */
    public record Settings(long seed, int gomaxprocs, Strategy strategy, boolean record, Schedule schedule,
            long pctSteps) {
        public Settings(long seed, int gomaxprocs, Strategy strategy, boolean record, Schedule schedule) {
            this(seed, gomaxprocs, strategy, record, schedule, PCT_DEFAULT_STEPS);
        }

        /** A runtime builder with these settings (and the event log on, for schedule digests). */
        public GoRuntime.Builder builder() {
            return apply(GoRuntime.builder().seed(seed).gomaxprocs(gomaxprocs));
        }

        /** Applies these settings (but seed and GOMAXPROCS) to a builder. */
        public GoRuntime.Builder apply(GoRuntime.Builder b) {
            b.strategy(strategy).recordDecisions(record).eventLog(true).pct(PCT_DEPTH, Math.max(1, pctSteps));
            return schedule == null ? b : b.schedule(schedule);
        }
    }

    /** PCT's depth d here: d-1 = 2 priority change points (bugs of depth 3 and less). */
    public static final int PCT_DEPTH = 3;
    /** PCT's k before calibration: the explorer first counts a run's scheduling points. */
    public static final long PCT_DEFAULT_STEPS = 1000;

    /** One run of the program under test, with the settings the explorer chose. */
    @FunctionalInterface
    public interface Subject {
        /** Runs the program once with a runtime built from {@code settings}; returns its outcome. */
        Outcome run(Settings settings) throws Exception;
    }

    private final int runs;
    private final long firstSeed;
    private final int[] gomaxprocs;
    private final Strategy strategy;
    private final int parallelism;
    private final boolean untilFail;
    private final int shard;
    private final int shards;
    private final Predicate<Outcome> failure;
    private final boolean record;

    private Explorer(Builder b) {
        this.runs = b.runs;
        this.firstSeed = b.firstSeed;
        this.gomaxprocs = b.gomaxprocs.clone();
        this.strategy = b.strategy;
        this.parallelism = b.parallelism;
        this.untilFail = b.untilFail;
        this.shard = b.shard;
        this.shards = b.shards;
        this.failure = b.leaks ? o -> o.failed() || o.leaked() : Outcome::failed;
        this.record = b.record;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a sweep; defaults: 1000 seeds from 1, GOMAXPROCS 4, realistic, all cores. */
    public static final class Builder {
        private int runs = 1000;
        private long firstSeed = 1;
        private int[] gomaxprocs = {4};
        private Strategy strategy = Strategy.REALISTIC;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private boolean untilFail;
        private boolean leaks;
        private int shard = 1;
        private int shards = 1;
        private boolean record;

        /** Number of seeds (each is run at every GOMAXPROCS given). */
        public Builder runs(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("runs must be at least 1, got " + n);
            }
            this.runs = n;
            return this;
        }

        public Builder firstSeed(long s) {
            this.firstSeed = s;
            return this;
        }

        public Builder gomaxprocs(int... procs) {
            if (procs.length == 0) {
                throw new IllegalArgumentException("at least one GOMAXPROCS");
            }
            this.gomaxprocs = procs.clone();
            return this;
        }

        public Builder strategy(Strategy s) {
            this.strategy = Objects.requireNonNull(s);
            return this;
        }

        /** Host threads running simulations at once; the outcomes do not depend on it. */
        public Builder parallelism(int n) {
            this.parallelism = Math.max(1, n);
            return this;
        }

        /** Stop after the first failing seed (runs of later seeds are dropped: same result at any parallelism). */
        public Builder untilFail(boolean on) {
            this.untilFail = on;
            return this;
        }

        /** Count a run whose main returned while user goroutines stay blocked as failed (as goleak does). */
        public Builder leaks(boolean on) {
            this.leaks = on;
            return this;
        }

        /** Run only the seeds of shard k of n (seed index i with i mod n == k-1). */
        public Builder shard(int k, int n) {
            if (n < 1 || k < 1 || k > n) {
                throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N, got " + k + "/" + n);
            }
            this.shard = k;
            this.shards = n;
            return this;
        }

        /** Record each run's decisions (its {@link Outcome#schedule()}); needed for shrinking. */
        public Builder recordDecisions(boolean on) {
            this.record = on;
            return this;
        }

        public Explorer build() {
            return new Explorer(this);
        }
    }

    /** True when this outcome counts as a failure under this explorer's settings (-leaks). */
    public boolean isFailure(Outcome o) {
        return failure.test(o);
    }

    /** The (seed, GOMAXPROCS) pairs this explorer runs, in order. */
    private long[][] plan() {
        List<long[]> p = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (i % shards != shard - 1) {
                continue;
            }
            for (int procs : gomaxprocs) {
                p.add(new long[] {firstSeed + i, procs});
            }
        }
        return p.toArray(long[][]::new);
    }

    /** Runs the sweep. */
    public List<Outcome> explore(Subject subject) {
        return explore(subject, done -> {
        });
    }

    /** Runs the sweep, calling progress with the number of runs done after each (from any thread). */
    public List<Outcome> explore(Subject subject, IntConsumer progress) {
        long[][] plan = plan();
        long pctSteps = PCT_DEFAULT_STEPS;
        if (strategy == Strategy.PCT && plan.length > 0) {
            // PCT's k: the number of steps of a run, counted on the first seed's run.
            try {
                pctSteps = Math.max(1, subject.run(new Settings(plan[0][0], (int) plan[0][1], strategy, false, null))
                        .schedulingPoints());
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
        long k = pctSteps;
        Outcome[] out = new Outcome[plan.length];
        AtomicLong next = new AtomicLong();
        AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong done = new AtomicLong();
        RuntimeException[] problem = new RuntimeException[1];
        Runnable worker = () -> {
            while (true) {
                int i = (int) next.getAndIncrement();
                if (i >= plan.length || i > stopAt.get()) {
                    return;
                }
                Settings b = new Settings(plan[i][0], (int) plan[i][1], strategy, record, null, k);
                try {
                    out[i] = subject.run(b);
                } catch (Exception e) {
                    synchronized (problem) {
                        if (problem[0] == null) {
                            problem[0] = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                        }
                    }
                    stopAt.set(-1);
                    return;
                }
                if (untilFail && failure.test(out[i])) {
                    stopAt.accumulateAndGet(i, Math::min);
                }
                progress.accept((int) done.incrementAndGet());
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Math.min(parallelism, Math.max(1, plan.length)); t++) {
            // Platform threads: each run's GoRuntime needs one as its carrier.
            Thread th = new Thread(null, worker, "gosim explore " + t, 1L << 29);
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (problem[0] != null) {
            throw problem[0];
        }
        List<Outcome> result = new ArrayList<>();
        long stop = stopAt.get();
        for (int i = 0; i < out.length && i <= stop; i++) {
            result.add(out[i]);
        }
        return result;
    }

    /**
     * A Java main as a subject: each run builds its runtime from the explorer's settings, captures
     * stdout and stderr, and runs {@code main} as main.main.
     */
    public static Subject javaMain(Runnable main) {
        return settings -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            GoRuntime rt = settings.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
            rt.run(main);
            return outcome(rt, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        };
    }

    /** The outcome of a finished runtime, given what it wrote. */
    public static Outcome outcome(GoRuntime rt, String stdout, String stderr) {
        return new Outcome(rt.seed(), rt.gomaxprocs(), rt.strategy(), rt.exitCode(), stdout, stderr,
                rt.leakedGoroutines(), rt.eventLog().hashCode(), rt.schedule(), rt.schedulingPoints(), rt.pctSteps());
    }

    /**
     * Delta debugging (Zeller and Hildebrandt, "Simplifying and isolating failure-inducing input",
     * TSE 2002, ddmin) over a failing run's decisions: returns a subset that still fails when
     * replayed as a schedule, such that removing any single decision of it makes the run pass
     * (1-minimal), or the full list if the budget of test runs ends first.
     *
     * @param fails replays a schedule and says whether the run still fails the same way
     */
    public static Schedule shrink(Schedule failing, Predicate<Schedule> fails, int maxTests) {
        List<Decision> c = failing.decisions();
        int n = 2;
        int tests = 0;
        while (c.size() >= 2 && tests < maxTests) {
            int chunk = (c.size() + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < c.size() && tests < maxTests; start += chunk) {
                List<Decision> part = c.subList(start, Math.min(c.size(), start + chunk));
                List<Decision> complement = new ArrayList<>(c.subList(0, start));
                complement.addAll(c.subList(Math.min(c.size(), start + chunk), c.size()));
                tests++;
                if (n > 2 && fails.test(failing.with(part))) {
                    c = List.copyOf(part);
                    n = 2;
                    reduced = true;
                    break;
                }
                tests++;
                if (fails.test(failing.with(complement))) {
                    c = complement;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= c.size()) {
                    break;
                }
                n = Math.min(c.size(), 2 * n);
            }
        }
        if (c.size() == 1 && fails.test(failing.with(List.of()))) {
            c = List.of();
        }
        return failing.with(c);
    }

    static String digest(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
