package gosim.specs.realgo;

import gosim.specs.realgo.ExpectedDifferences.Expectation;
import gosim.specs.realgo.ParsedOutput.BlockProfile;
import gosim.specs.realgo.ParsedOutput.CountProfile;
import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.Goroutine;
import gosim.specs.realgo.ParsedOutput.GoroutineDump;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import gosim.specs.realgo.ParsedOutput.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Compares a real Go run with a simulator run on what the simulator claims to model: exit status,
 * program text that does not depend on scheduling, (function, line) stacks of package main in
 * profiles, goroutine counts per stack, heap counts and bytes of user allocations at
 * MemProfileRate=1, block event counts, goroutine states in tracebacks, and a lower bound on threads.
 * Everything else is listed, with reasons, in {@link ExpectedDifferences}.
 */
public final class Comparison {
    /** Text differences reported per stream before the rest is summarized. */
    public static final int MAX_TEXT_DIFFERENCES = 5;
    /** MemProfileRate at which every allocation is recorded, so counts can be compared exactly. */
    public static final long EXACT_MEM_PROFILE_RATE = 1;
    /** Prefix by which an example marks an output line as scheduling-dependent. */
    public static final String SCHEDULING_PREFIX = "~";

    private final Expectation expectation;

    public Comparison(Expectation expectation) {
        this.expectation = Objects.requireNonNull(expectation);
    }

    /** Compares with the default expectation; an empty list means the runs agree. */
    public static List<Difference> compare(RunOutput real, RunOutput sim) {
        return new Comparison(ExpectedDifferences.DEFAULT).differences(real, sim);
    }

    /** Compares runs of the named corpus example, with its expectation. */
    public static List<Difference> compare(String example, RunOutput real, RunOutput sim) {
        return new Comparison(ExpectedDifferences.forExample(example)).differences(real, sim);
    }

    /** The differences between the two runs, in a deterministic order; empty when they agree. */
    public List<Difference> differences(RunOutput real, RunOutput sim) {
        List<Difference> out = new ArrayList<>();
        if (real.exitCode() != sim.exitCode()) {
            out.add(new Difference("exit status", "process", "" + real.exitCode(), "" + sim.exitCode()));
        }
        stream("stdout", OutputParser.parse(real.stdout()), OutputParser.parse(sim.stdout()), out);
        if (expectation.compareStderr()) {
            stream("stderr", OutputParser.parse(real.stderr()), OutputParser.parse(sim.stderr()), out);
        }
        return out;
    }

    private void stream(String name, ParsedOutput real, ParsedOutput sim, List<Difference> out) {
        text(name, real, sim, out);
        countProfiles(name, real, sim, out);
        pairs(name, "heap profile", real.all(HeapProfile.class), sim.all(HeapProfile.class), out, this::heap);
        pairs(name, "block profile", real.all(BlockProfile.class), sim.all(BlockProfile.class), out, this::block);
        pairs(name, "goroutine dump", real.all(GoroutineDump.class), sim.all(GoroutineDump.class), out,
                this::dump);
    }

    private static void text(String stream, ParsedOutput real, ParsedOutput sim, List<Difference> out) {
        List<String> r = comparableText(real);
        List<String> s = comparableText(sim);
        int reported = 0;
        for (int i = 0; i < Math.max(r.size(), s.size()) && reported < MAX_TEXT_DIFFERENCES; i++) {
            String a = i < r.size() ? r.get(i) : Difference.NONE;
            String b = i < s.size() ? s.get(i) : Difference.NONE;
            if (!a.equals(b)) {
                out.add(new Difference("text", stream + " line " + (i + 1) + " (of compared lines)", a, b));
                reported++;
            }
        }
        if (reported == MAX_TEXT_DIFFERENCES) {
            out.add(new Difference("text", stream + " (further lines not reported)", r.size() + " lines",
                    s.size() + " lines"));
        }
    }

    /** Text lines minus Ignored.BLANK_LINES and Ignored.SCHEDULING_LINES. */
    static List<String> comparableText(ParsedOutput p) {
        return p.textLines().stream()
                .filter(l -> !l.isBlank())
                .filter(l -> !l.startsWith(SCHEDULING_PREFIX))
                .toList();
    }

    private void countProfiles(String stream, ParsedOutput real, ParsedOutput sim, List<Difference> out) {
        TreeSet<String> names = new TreeSet<>();
        real.all(CountProfile.class).forEach(p -> names.add(p.name()));
        sim.all(CountProfile.class).forEach(p -> names.add(p.name()));
        for (String n : names) {
            pairs(stream, n + " profile", real.countProfiles(n), sim.countProfiles(n), out,
                    n.equals("threadcreate") ? this::threads : this::counts);
        }
    }

    private interface PairCheck<T> {
        void check(String where, T real, T sim, List<Difference> out);
    }

    /** Pairs the i-th section of a kind on each side; a different number of sections is a difference. */
    private static <T> void pairs(String stream, String kind, List<T> real, List<T> sim, List<Difference> out,
            PairCheck<T> check) {
        if (real.size() != sim.size()) {
            out.add(new Difference("number of " + kind + "s", stream, "" + real.size(), "" + sim.size()));
        }
        for (int i = 0; i < Math.min(real.size(), sim.size()); i++) {
            check.check(stream + " " + kind + " #" + (i + 1), real.get(i), sim.get(i), out);
        }
    }

    /** Goroutine and custom profiles: goroutines (or values) per user stack. */
    private void counts(String where, CountProfile real, CountProfile sim, List<Difference> out) {
        maps("count", where, perUserStack(real.records(), r -> r.stack(), r -> r.count()),
                perUserStack(sim.records(), r -> r.stack(), r -> r.count()), out);
    }

    /** Sums a record value per user stack; records with no user frame are Ignored.RUNTIME_RECORDS. */
    private static <R> SortedMap<String, Long> perUserStack(List<R> records, Function<R, Stack> stack,
            ToLongFunction<R> value) {
        return records.stream()
                .filter(r -> !stack.apply(r).userFrames().isEmpty())
                .collect(Collectors.groupingBy(r -> key(stack.apply(r).userFrames()), TreeMap::new,
                        Collectors.summingLong(value)));
    }

    /** Ignored.THREADCREATE_STACKS: the simulator must show at least the threads the syscalls need. */
    private void threads(String where, CountProfile real, CountProfile sim, List<Difference> out) {
        if (sim.total() < expectation.minSyscallThreads()) {
            out.add(new Difference("threads", where, "total " + real.total() + " (at least "
                    + expectation.minSyscallThreads() + " needed)", "total " + sim.total()));
        }
    }

    private void heap(String where, HeapProfile real, HeapProfile sim, List<Difference> out) {
        if (real.memProfileRate() != sim.memProfileRate()) {
            out.add(new Difference("MemProfileRate", where, "" + real.memProfileRate(), "" + sim.memProfileRate()));
            return;
        }
        if (real.memProfileRate() != EXACT_MEM_PROFILE_RATE) {
            return; // Ignored.SAMPLED_HEAP
        }
        maps("heap record inuse: bytes [alloc: bytes]", where, userHeap(real), userHeap(sim), out);
    }

    /** Allocations made by package main itself, summed per user stack. */
    static SortedMap<String, String> userHeap(HeapProfile p) {
        SortedMap<String, long[]> sums = new TreeMap<>();
        for (HeapRecord r : p.records()) {
            Stack s = r.stack();
            if (s.frames().isEmpty() || !s.frames().get(0).isUser()) {
                continue; // Ignored.RUNTIME_RECORDS, Ignored.NON_USER_FRAMES (fmt, pprof allocating)
            }
            if (s.leadingFramesHidden()) {
                continue; // Ignored.ALLOCATION_ON_BEHALF
            }
            long[] v = sums.computeIfAbsent(key(s.userFrames()), k -> new long[4]);
            v[0] += r.inuseObjects();
            v[1] += r.inuseBytes();
            v[2] += r.allocObjects();
            v[3] += r.allocBytes();
        }
        SortedMap<String, String> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, v[0] + ": " + v[1] + " [" + v[2] + ": " + v[3] + "]"));
        return out;
    }

    /** Block events per user stack; Ignored.BLOCK_CYCLES. */
    private void block(String where, BlockProfile real, BlockProfile sim, List<Difference> out) {
        if (!real.kind().equals(sim.kind())) {
            out.add(new Difference("profile kind", where, real.kind(), sim.kind()));
        }
        maps("block events", where, perUserStack(real.records(), r -> r.stack(), r -> r.count()),
                perUserStack(sim.records(), r -> r.stack(), r -> r.count()), out);
    }

    /**
     * Goroutines by user stack (and user creator), each with the sorted states of the goroutines
     * on it, so a changed state is one difference. Ids, arguments and wait durations are
     * Ignored.GOROUTINE_IDS, Ignored.ARGUMENT_WORDS, Ignored.WAIT_DURATIONS; statuses are compared
     * by their Go 1.7 names (Ignored.WAIT_REASON_NAMES).
     */
    private void dump(String where, GoroutineDump real, GoroutineDump sim, List<Difference> out) {
        maps("goroutine states", where, goroutines(real), goroutines(sim), out);
    }

    private static SortedMap<String, String> goroutines(GoroutineDump d) {
        SortedMap<String, List<String>> states = new TreeMap<>();
        for (Goroutine g : d.goroutines()) {
            if (g.userFrames().isEmpty()) {
                continue; // Ignored.RUNTIME_RECORDS
            }
            String creator = g.createdBy() != null && g.createdBy().isUser() ? " created by " + g.createdBy() : "";
            states.computeIfAbsent(key(g.userFrames()) + creator, k -> new ArrayList<>())
                    .add("[" + ExpectedDifferences.go17Status(g.status()) + (g.lockedToThread() ? ", locked to thread" : "") + "]");
        }
        SortedMap<String, String> out = new TreeMap<>();
        states.forEach((k, v) -> out.put(k, v.stream().sorted().collect(Collectors.joining(" "))));
        return out;
    }

    /** A user stack as text, innermost first: "main.f x.go:3 <- main.main x.go:9". */
    static String key(List<Frame> frames) {
        return frames.stream().map(Frame::toString).collect(Collectors.joining(" <- "));
    }

    private static <V> void maps(String aspect, String where, SortedMap<String, V> real, SortedMap<String, V> sim,
            List<Difference> out) {
        TreeSet<String> keys = new TreeSet<>(real.keySet());
        keys.addAll(sim.keySet());
        for (String k : keys) {
            V a = real.get(k);
            V b = sim.get(k);
            if (!Objects.equals(a, b)) {
                out.add(new Difference(aspect, where + " @ " + k, a == null ? Difference.NONE : "" + a,
                        b == null ? Difference.NONE : "" + b));
            }
        }
    }
}
