package gosim.specs.cli;

import gosim.sim.Explorer;
import gosim.sim.GoRuntime;
import gosim.sim.Schedule;
import gosim.sim.Strategy;
import gosim.specs.lang.GoCompileError;
import gosim.specs.lang.Program;
import gosim.specs.run.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gosim explore}: runs one scenario over many seeds (and GOMAXPROCS values) in parallel,
 * one fresh simulated process per run, and summarizes the distinct outcomes with a replay command
 * for each failure; {@code -shrink} reduces the first failure to a minimal schedule file.
 */
final class Explore {
    private Explore() {
    }

    static final String USAGE = """
            usage: gosim explore [flags] FILE.go [-- program args]
                   gosim explore -merge FILE.json...

            Runs the scenario many times, each run a fresh simulated process with its own seed: every
            seed is one plausible execution (thread speeds, wake-up latencies, timer slack, sysmon's
            phase, GC pauses vary; Go's scheduling decisions never do). Runs go in parallel on all
            cores; the results do not depend on it. Prints each distinct outcome (exit status, first
            line of the panic or fatal error, leak or not, digest of stdout) with its count and first
            seed, and for each failing outcome a command that replays it byte for byte.

            Exit status: 0 when every run succeeded, 1 when some run failed, 2 for usage or compile errors.

            Flags:
              -runs N            number of seeds (default 1000)
              -seed S            the first seed (default 1)
              -strategy S        realistic (default), random, or pct (see gosim help run)
              -gomaxprocs LIST   GOMAXPROCS for every seed: N or a list such as 1,2,4 (default 4)
              -until-fail        stop at the first failing seed
              -shard K/N         run only shard K of N of the seeds (seed index mod N = K-1), for a CI
                                 matrix or an indexed batch job; merge the shards' -json with -merge
              -json              print one JSON line per run instead of the summary
              -merge             the arguments are -json outputs of shards: print their summary as one
              -leaks             a run whose main returned while user goroutines stay blocked fails
                                 (as goleak); the summary shows their stacks
              -shrink            reduce the first failure to a minimal set of perturbations (delta
                                 debugging), write it as a schedule file and print it; replay it with
                                 gosim run -schedule FILE FILE.go
              -parallel N        simulations at once (default: the host's cores)
            Other flags (-go, -max-steps, -max-time, -max-heap, -noise) are passed to every run.
            """;

    /** One run as the summary sees it (from a live run or a -json line). */
    record Row(long seed, int gomaxprocs, String strategy, int exit, String error, boolean leak, String stdout,
            boolean failed, String leaks, String replay) {
        String key() {
            return exit + "\u0000" + error + "\u0000" + leak + "\u0000" + stdout;
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        int runs = 1000;
        long seed = 1;
        String strategy = "realistic";
        int[] procs = {4};
        boolean untilFail = false;
        boolean json = false;
        boolean merge = false;
        boolean leaks = false;
        boolean shrink = false;
        int shardK = 1;
        int shardN = 1;
        int parallel = Runtime.getRuntime().availableProcessors();
        boolean procsGiven = false;
        List<String> rest = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!a.startsWith("-") || a.equals("--")) {
                    rest.addAll(args.subList(i, args.size()));
                    break;
                }
                String name = a.replaceFirst("^--?", "");
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                switch (name) {
                    case "until-fail" -> untilFail = true;
                    case "json" -> json = true;
                    case "merge" -> merge = true;
                    case "leaks" -> leaks = true;
                    case "shrink" -> shrink = true;
                    case "runs", "seed", "strategy", "gomaxprocs", "shard", "parallel" -> {
                        if (value == null) {
                            if (i + 1 >= args.size()) {
                                throw new RunOptions.UsageException("flag needs an argument: -" + name);
                            }
                            value = args.get(++i);
                        }
                        switch (name) {
                            case "runs" -> runs = (int) Math.min(Integer.MAX_VALUE, positive("-runs", value));
                            case "seed" -> seed = number("-seed", value);
                            case "strategy" -> strategy = RunOptions.strategyName("-strategy", value);
                            case "gomaxprocs" -> {
                                procs = procsList(value);
                                procsGiven = true;
                            }
                            case "parallel" -> parallel = (int) Math.min(256, positive("-parallel", value));
                            default -> {
                                String[] kn = value.split("/");
                                if (kn.length != 2) {
                                    throw new RunOptions.UsageException("invalid value \"" + value + "\" for flag -shard: want K/N");
                                }
                                shardK = (int) positive("-shard", kn[0]);
                                shardN = (int) positive("-shard", kn[1]);
                                if (shardK > shardN) {
                                    throw new RunOptions.UsageException("invalid value \"" + value + "\" for flag -shard: K must be at most N");
                                }
                            }
                        }
                    }
                    default -> {
                        // A run flag: it goes to every run (RunOptions checks it), with its value
                        // unless it is one of run's boolean flags; explore's own flags may follow.
                        rest.add(a);
                        if (value == null && !name.equals("v") && !name.equals("explain") && i + 1 < args.size()) {
                            rest.add(args.get(++i));
                        }
                    }
                }
            }
            if (merge) {
                return merge(rest, out, err);
            }
            if (!procsGiven && env.get("GOMAXPROCS") != null && !env.get("GOMAXPROCS").isEmpty()) {
                procs = procsList(env.get("GOMAXPROCS"));
            }
            List<String> runArgs = new ArrayList<>(rest);
            RunOptions o = RunOptions.parse(runArgs, env);
            if (o.http() != null || o.cpuprofile() != null || o.memprofile() != null || o.blockprofile() != null
                    || o.schedule() != null) {
                throw new RunOptions.UsageException("-http, profile flags and -schedule belong to gosim run, not explore");
            }
            if (o.strategy().equals("none")) {
                strategy = "none";
            }
            return explore(o, rest, runs, seed, Strategy.parse(strategy), procs, untilFail, json, leaks, shrink,
                    shardK, shardN, parallel, out, err, env, terminal);
        } catch (RunOptions.UsageException e) {
            err.println("gosim explore: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    private static int explore(RunOptions o, List<String> rest, int runs, long seed, Strategy strategy, int[] procs,
            boolean untilFail, boolean json, boolean leaks, boolean shrink, int shardK, int shardN, int parallel,
            PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        Program program;
        try {
            program = Scenario.check(o.file(), o.goVersion());
        } catch (GoCompileError e) {
            err.print(Scenario.describe(e, o.file()));
            return 2;
        } catch (Scenario.SetupException e) {
            err.println("gosim explore: " + e.getMessage());
            return 2;
        }
        Explorer ex = Explorer.builder().runs(runs).firstSeed(seed).gomaxprocs(procs).strategy(strategy)
                .untilFail(untilFail).leaks(leaks).shard(shardK, shardN).parallelism(parallel).build();
        Explorer.Subject subject = subject(program, o, env);
        long start = System.nanoTime(); // the progress line only: never seen by a run
        int total = runs / shardN * procs.length;
        List<Explorer.Outcome> outcomes;
        try {
            outcomes = ex.explore(subject, done -> {
                if (terminal) {
                    double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                    synchronized (err) {
                        err.printf(Locale.ROOT, "\r%d/%d runs, %.0f runs/s", done, total, done / secs);
                    }
                }
            });
        } catch (RuntimeException e) {
            if (terminal) {
                err.println();
            }
            err.println("gosim explore: " + e.getMessage());
            return 2;
        }
        if (terminal) {
            err.print("\r\033[K");
        }
        List<Row> rows = new ArrayList<>();
        for (Explorer.Outcome oc : outcomes) {
            rows.add(row(oc, ex.isFailure(oc), replay(oc, rest, o.file())));
        }
        if (json) {
            for (Row r : rows) {
                out.println(toJson(r));
            }
        } else {
            summary(rows, out);
        }
        boolean failed = rows.stream().anyMatch(Row::failed);
        if (shrink && failed) {
            Explorer.Outcome first = outcomes.stream().filter(ex::isFailure).findFirst().orElseThrow();
            shrink(first, ex, subject, o.file(), out, err);
        }
        return failed ? 1 : 0;
    }

    /**
     * The scenario as an explorer subject: each run a fresh process, output captured. The linker
     * keeps per-run data on the checked program's functions, so each run checks its own copy.
     */
    static Explorer.Subject subject(Program checked, RunOptions o, Map<String, String> env) {
        java.util.concurrent.atomic.AtomicBoolean firstUsed = new java.util.concurrent.atomic.AtomicBoolean();
        return s -> {
            Program program = firstUsed.compareAndSet(false, true) ? checked : Scenario.check(o.file(), o.goVersion());
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            ByteArrayOutputStream be = new ByteArrayOutputStream();
            PrintStream po = new PrintStream(bo, false, StandardCharsets.UTF_8);
            PrintStream pe = new PrintStream(be, false, StandardCharsets.UTF_8);
            GoRuntime rt = Scenario.process(program, o.withSeed(s.seed(), s.gomaxprocs()), po, pe, env, s::apply);
            po.flush();
            pe.flush();
            return Explorer.outcome(rt, bo.toString(StandardCharsets.UTF_8), be.toString(StandardCharsets.UTF_8));
        };
    }

    private static Row row(Explorer.Outcome o, boolean failed, String replay) {
        return new Row(o.seed(), o.gomaxprocs(), o.strategy().flag(), o.exitCode(), o.error(), o.leaked(),
                o.stdoutDigest(), failed, o.leaks(), replay);
    }

    /** The gosim run command that reproduces a run byte for byte. */
    static String replay(Explorer.Outcome o, List<String> rest, String file) {
        StringBuilder b = new StringBuilder("./gosim run -seed ").append(o.seed());
        b.append(o.strategy() == Strategy.NONE ? " -noise none" : " -strategy " + o.strategy().flag());
        if (o.strategy() == Strategy.PCT) {
            b.append(" -pct-steps ").append(o.pctSteps());
        }
        b.append(" -gomaxprocs ").append(o.gomaxprocs());
        boolean inFlags = true;
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (inFlags && (a.equals("-noise") || a.equals("-strategy") || a.equals("--noise") || a.equals("--strategy")
                    || a.equals("-pct-steps"))) {
                i++; // explore's own choice is already on the line
                continue;
            }
            if (inFlags && (a.startsWith("-noise=") || a.startsWith("-strategy=") || a.startsWith("--noise=")
                    || a.startsWith("--strategy="))) {
                continue;
            }
            if (!a.startsWith("-")) {
                inFlags = false;
            }
            b.append(' ').append(a.isEmpty() || a.contains(" ") ? "'" + a + "'" : a);
        }
        return b.toString();
    }

    static void summary(List<Row> rows, PrintStream out) {
        Map<String, List<Row>> byOutcome = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> a.seed != b.seed ? Long.compare(a.seed, b.seed) : Integer.compare(a.gomaxprocs, b.gomaxprocs))
                .forEach(r -> byOutcome.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        long failed = rows.stream().filter(Row::failed).count();
        out.printf(Locale.ROOT, "%d runs, %d failed, %d distinct outcomes%n", rows.size(), failed, byOutcome.size());
        for (List<Row> group : byOutcome.values()) {
            Row r = group.get(0);
            out.printf(Locale.ROOT, "%6d  %s exit %d%s%s, stdout %s; first seed %d (GOMAXPROCS %d)%n", group.size(),
                    r.failed ? "FAIL" : "ok  ", r.exit, r.error.isEmpty() ? "" : ": " + r.error,
                    r.leak ? ", goroutines leaked" : "", r.stdout, r.seed, r.gomaxprocs);
            if (r.failed) {
                out.println("        replay: " + r.replay);
                if (r.leak && !r.leaks.isEmpty()) {
                    for (String line : r.leaks.split("\n")) {
                        out.println("        " + line);
                    }
                }
            }
        }
    }

    private static void shrink(Explorer.Outcome first, Explorer ex, Explorer.Subject subject, String file,
            PrintStream out, PrintStream err) {
        try {
            Explorer.Outcome full = subject.run(new Explorer.Settings(first.seed(), first.gomaxprocs(), first.strategy(),
                    true, null, first.pctSteps()));
            Schedule recorded = full.schedule();
            java.util.function.Predicate<Schedule> fails = s -> {
                try {
                    Explorer.Outcome r = subject.run(new Explorer.Settings(s.seed(), s.gomaxprocs(), Strategy.NONE, false, s));
                    return ex.isFailure(r) && r.exitCode() == first.exitCode() && r.error().equals(first.error());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            if (!fails.test(recorded)) {
                err.println("gosim explore: the recorded schedule of seed " + first.seed() + " does not reproduce the failure; not shrinking");
                return;
            }
            Schedule small = Explorer.shrink(recorded, fails, 2000);
            String base = Path.of(file).getFileName().toString().replaceFirst("\\.go$", "");
            Path path = Path.of(base + ".seed" + first.seed() + ".schedule");
            Files.writeString(path, small.format());
            out.printf(Locale.ROOT, "%nshrunk seed %d from %d perturbations to %d; schedule written to %s:%n",
                    first.seed(), recorded.decisions().size(), small.decisions().size(), path);
            if (small.decisions().isEmpty()) {
                out.println("(no perturbation is needed: the failure happens on the idealized schedule, -noise none, too)");
            }
            out.print(small.format());
            out.println("replay: ./gosim run -schedule " + path + " " + file);
        } catch (IOException e) {
            err.println("gosim explore: writing the schedule: " + e.getMessage());
        } catch (Exception e) {
            err.println("gosim explore: shrinking failed: " + e.getMessage());
        }
    }

    // ---- JSON lines --------------------------------------------------------------------------

    static String toJson(Row r) {
        return "{\"seed\":" + r.seed + ",\"gomaxprocs\":" + r.gomaxprocs + ",\"strategy\":" + q(r.strategy)
                + ",\"exit\":" + r.exit + ",\"error\":" + q(r.error) + ",\"leak\":" + r.leak + ",\"stdout\":"
                + q(r.stdout) + ",\"failed\":" + r.failed + ",\"leaks\":" + q(r.leaks) + ",\"replay\":" + q(r.replay) + "}";
    }

    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Parses one line written by {@link #toJson} (a flat object of strings, numbers and booleans). */
    static Row fromJson(String line) {
        Map<String, String> f = new LinkedHashMap<>();
        int i = line.indexOf('{') + 1;
        while (i > 0 && i < line.length()) {
            int k0 = line.indexOf('"', i);
            if (k0 < 0) {
                break;
            }
            int k1 = line.indexOf('"', k0 + 1);
            String key = line.substring(k0 + 1, k1);
            i = line.indexOf(':', k1) + 1;
            if (line.charAt(i) == '"') {
                StringBuilder v = new StringBuilder();
                int j = i + 1;
                for (; line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char n = line.charAt(++j);
                        switch (n) {
                            case 'n' -> v.append('\n');
                            case 't' -> v.append('\t');
                            case 'u' -> {
                                v.append((char) Integer.parseInt(line.substring(j + 1, j + 5), 16));
                                j += 4;
                            }
                            default -> v.append(n);
                        }
                    } else {
                        v.append(c);
                    }
                }
                f.put(key, v.toString());
                i = j + 1;
            } else {
                int j = i;
                while (j < line.length() && line.charAt(j) != ',' && line.charAt(j) != '}') {
                    j++;
                }
                f.put(key, line.substring(i, j).trim());
                i = j;
            }
            i = line.indexOf(',', i) + 1;
        }
        return new Row(Long.parseLong(f.get("seed")), Integer.parseInt(f.get("gomaxprocs")), f.get("strategy"),
                Integer.parseInt(f.get("exit")), f.get("error"), Boolean.parseBoolean(f.get("leak")), f.get("stdout"),
                Boolean.parseBoolean(f.get("failed")), f.getOrDefault("leaks", ""), f.get("replay"));
    }

    private static int merge(List<String> files, PrintStream out, PrintStream err) throws RunOptions.UsageException {
        if (files.isEmpty()) {
            throw new RunOptions.UsageException("-merge needs the -json files of the shards");
        }
        List<Row> rows = new ArrayList<>();
        for (String file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(file));
            } catch (IOException e) {
                err.println("gosim explore: open " + file + ": no such file or directory");
                return 2;
            }
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).trim();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    rows.add(fromJson(line));
                } catch (RuntimeException e) {
                    err.println("gosim explore: " + file + ":" + (n + 1) + ": not a line of gosim explore -json");
                    return 2;
                }
            }
        }
        summary(rows, out);
        return rows.stream().anyMatch(Row::failed) ? 1 : 0;
    }

    // ---- flag values -------------------------------------------------------------------------

    private static long number(String flag, String v) throws RunOptions.UsageException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new RunOptions.UsageException("invalid value \"" + v + "\" for flag " + flag + ": parse error");
        }
    }

    private static long positive(String flag, String v) throws RunOptions.UsageException {
        long n = number(flag, v);
        if (n <= 0) {
            throw new RunOptions.UsageException("invalid value \"" + v + "\" for flag " + flag + ": must be positive");
        }
        return n;
    }

    private static int[] procsList(String v) throws RunOptions.UsageException {
        String[] parts = v.split(",");
        int[] p = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long n = positive("-gomaxprocs", parts[i].trim());
            if (n > 256) {
                throw new RunOptions.UsageException("invalid value \"" + v + "\" for flag -gomaxprocs: at most 256");
            }
            p[i] = (int) n;
        }
        return p;
    }
}
