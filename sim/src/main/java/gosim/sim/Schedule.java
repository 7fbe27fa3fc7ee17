package gosim.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A schedule file: the seed and a set of {@link Decision}s, replayed by key on top of the idealized
 * schedule ({@code -noise none}): a decision point named in the file gets its amount, every other
 * point gets nothing. A run's full decision list replays the run byte for byte; a shrunk list
 * replays just the perturbations a failure needs.
 *
 * <p>Format, one item a line, {@code #} to the end of a line is a comment:
 * <pre>
 * seed 7
 * gomaxprocs 2
 * wake    m3   n2      +12500 ns   # at 1.234us: ...
 * </pre>
 */
public final class Schedule {
    private final long seed;
    private final int gomaxprocs;
    private final List<Decision> decisions;
    private final Map<Long, Long> byKey = new HashMap<>();

    public Schedule(long seed, int gomaxprocs, List<Decision> decisions) {
        this.seed = seed;
        this.gomaxprocs = gomaxprocs;
        this.decisions = List.copyOf(decisions);
        for (Decision d : this.decisions) {
            byKey.put(d.key(), d.amount());
        }
    }

    public long seed() {
        return seed;
    }

    /** GOMAXPROCS of the run it came from; 0 when not recorded. */
    public int gomaxprocs() {
        return gomaxprocs;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    /** The same seed with only the given decisions. */
    public Schedule with(List<Decision> subset) {
        return new Schedule(seed, gomaxprocs, subset);
    }

    /** The amount recorded for a decision point, 0 when the point is not in the schedule. */
    long amount(Decision.Kind kind, long m, long ordinal) {
        Long a = byKey.get(Decision.key(kind, m, ordinal));
        return a == null ? 0 : a;
    }

    /** The schedule file's text. */
    public String format() {
        StringBuilder b = new StringBuilder("# gosim schedule: replay with gosim run -schedule FILE prog.go\n");
        b.append("seed ").append(seed).append('\n');
        if (gomaxprocs > 0) {
            b.append("gomaxprocs ").append(gomaxprocs).append('\n');
        }
        for (Decision d : decisions) {
            b.append(d.format()).append('\n');
        }
        return b.toString();
    }

    /** Parses a schedule file; the message of the exception names the bad line. */
    public static Schedule parse(String text) {
        long seed = 1;
        int procs = 0;
        List<Decision> ds = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String comment = hash >= 0 ? line.substring(hash + 1).trim() : "";
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            String[] f = line.trim().split("\\s+");
            if (f.length == 0 || f[0].isEmpty()) {
                continue;
            }
            try {
                switch (f[0]) {
                    case "seed" -> seed = Long.parseLong(f[1]);
                    case "gomaxprocs" -> procs = Integer.parseInt(f[1]);
                    default -> {
                        Decision.Kind kind = Decision.Kind.parse(f[0]);
                        long m = Long.parseLong(strip(f[1], "m"));
                        long ordinal = Long.parseLong(strip(f[2], "n"));
                        long amount = Long.parseLong(f[3].replace("+", ""));
                        String what = comment.contains(": ") ? comment.substring(comment.indexOf(": ") + 2) : comment;
                        ds.add(new Decision(kind, m, ordinal, 0, amount, what));
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("schedule line " + (i + 1) + ": cannot parse \"" + lines[i].trim() + "\"");
            }
        }
        return new Schedule(seed, procs, ds);
    }

    private static String strip(String s, String prefix) {
        if (!s.startsWith(prefix)) {
            throw new IllegalArgumentException(s);
        }
        return s.substring(prefix.length());
    }

    /** A virtual time for humans: 1.234567ms. */
    static String duration(long ns) {
        if (ns < 1000) {
            return ns + "ns";
        }
        if (ns < 1_000_000) {
            return String.format(Locale.ROOT, "%.3fus", ns / 1e3);
        }
        if (ns < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.6fms", ns / 1e6);
        }
        return String.format(Locale.ROOT, "%.9fs", ns / 1e9);
    }
}
