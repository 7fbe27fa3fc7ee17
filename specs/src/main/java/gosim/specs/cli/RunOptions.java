package gosim.specs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The flags of {@code gosim run} and {@code gosim check}, parsed Go-flag style ({@code -name value}
 * or {@code -name=value}, one or two dashes), then the file, then {@code --} and program args.
 */
public record RunOptions(
        String file,
        long seed,
        int gomaxprocs,
        String cpuprofile,
        String memprofile,
        String blockprofile,
        String http,
        boolean verbose,
        long maxSteps,
        long maxVirtualNanos,
        long maxHeapBytes,
        String goVersion,
        List<String> programArgs,
        String strategy,
        String schedule,
        long pctSteps,
        Map<String, String> environment,
        Observe observe,
        Map<String, String> files) {

    /**
     * The environment a program sees instead of the host's (os.Getenv): fixed, like the Go
     * playground's sandbox, plus what {@code -env K=V} adds. GOMAXPROCS is set only when given.
     */
    public static final Map<String, String> DEFAULT_ENV = Map.of(
            "HOME", "/home/gopher",
            "PATH", "/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "USER", "gopher",
            "LANG", "C.UTF-8");

    /**
     * The views of the event stream asked for (-events, -trace, -timeline, -explain) and the
     * format of the profile files (-profile-format: proto, the default, or legacy).
     */
    public record Observe(String events, String trace, String timeline, boolean explain, boolean legacyProfiles) {
        public static final Observe NONE = new Observe(null, null, null, false, false);
    }

    /** Step budget: statements the interpreter may run before the program is stopped (~10-20s). */
    public static final long DEFAULT_MAX_STEPS = 500_000_000L;
    /** Virtual-time budget: one virtual hour. */
    public static final long DEFAULT_MAX_VIRTUAL_NANOS = 3_600_000_000_000L;
    /**
     * Simulated-memory budget: heap plus goroutine stacks (2 KiB each, as Go 1.7 starts them). The
     * interpreter holds a Go byte in a Java reference, so a simulated MiB costs the JVM several.
     * The default follows what the JVM can afford, as a real Go program's limit is the machine's
     * memory: half the JVM's maximum heap, and at least this much.
     */
    public static final long DEFAULT_MAX_HEAP = 256L << 20;

    /** The default -max-heap: half of {@link Runtime#maxMemory()}, at least {@link #DEFAULT_MAX_HEAP}. */
    public static long defaultMaxHeap() {
        return Math.max(DEFAULT_MAX_HEAP, Runtime.getRuntime().maxMemory() / 2);
    }

    /** A command-line mistake: the message is printed with the usage, exit status 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Flag names and what they take, for the usage text. */
    static final String FLAGS = """
              -seed N            the simulation's seed (default 1): same seed, same run
              -gomaxprocs N      GOMAXPROCS (default: the GOMAXPROCS environment variable, else 4)
              -cpuprofile FILE   write a CPU profile at exit (profile.proto; see -profile-format)
              -memprofile FILE   write a heap profile at exit (as go test -memprofile)
              -blockprofile FILE write a block profile at exit (sets the block profile rate to 1)
              -profile-format F  proto (default: symbolized, go tool pprof needs no binary) or legacy
                                 (Go 1.7's own bytes, as runtime/pprof writes them)
              -trace FILE        write a Go 1.7 execution trace (for go tool trace)
              -events FILE       write the kernel's event stream as JSON lines (docs/events.md)
              -timeline FILE     write an HTML page with one lane per M and per P
              -explain           narrate every scheduler decision on stderr
              -http ADDR         serve /debug/pprof on ADDR (e.g. 127.0.0.1:6060); keeps serving after main returns
              -v                 print the seed and a summary of the run to stderr
              -go VERSION        the Go release to model: 1.7 (default) or 1.19
              -max-steps N       stop a runaway program after N interpreted statements (default 500000000)
              -max-time DUR      stop it after this much virtual time (default 1h; units ns us ms s m h)
              -max-heap BYTES    stop it when its live simulated heap plus 2KiB per goroutine exceeds this
                                 (default half the JVM's heap, at least 256MiB; k, M, G suffixes; the
                                 JVM's own memory is not counted)
              -strategy S        how the seed perturbs timing: realistic (default), random, pct
              -noise none        no perturbation at all: the idealized schedule (same as -strategy none)
              -pct-steps K       pct's k: steps over which its 2 priority change points fall (default 1000;
                                 gosim explore counts them on its first run and prints them in replay lines)
              -schedule FILE     replay a schedule file written by gosim explore -shrink (its seed too)
              -env K=V           add K=V to the program's environment (repeatable); the program
                                 never sees the host's: HOME=/home/gopher, PATH, USER=gopher, LANG
              -file NAME=HOSTPATH
                                 put a copy of host file HOSTPATH at NAME in the program's in-memory
                                 filesystem (repeatable; read before the run, nothing is written back)
            """;

    static RunOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        long seed = 1;
        int procs = 0;
        String cpu = null;
        String mem = null;
        String block = null;
        String http = null;
        boolean verbose = false;
        long steps = DEFAULT_MAX_STEPS;
        long vtime = DEFAULT_MAX_VIRTUAL_NANOS;
        long heap = defaultMaxHeap();
        String version = "1.7";
        String file = null;
        String strategy = "realistic";
        String schedule = null;
        long pctSteps = 1000;
        String events = null;
        String trace = null;
        String timeline = null;
        boolean explain = false;
        boolean legacy = false;
        List<String> rest = new ArrayList<>();
        Map<String, String> environment = new java.util.TreeMap<>(DEFAULT_ENV);
        Map<String, String> files = new java.util.LinkedHashMap<>();
        String envProcs = env.get("GOMAXPROCS");
        if (envProcs != null && !envProcs.isEmpty()) {
            procs = positiveInt("GOMAXPROCS environment variable", envProcs);
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (file != null) {
                if (a.equals("--")) {
                    rest.addAll(args.subList(i + 1, args.size()));
                    break;
                }
                rest.add(a); // Go's flag package stops at the first non-flag
                continue;
            }
            if (a.equals("--")) {
                throw new UsageException("missing the program file before --");
            }
            if (!a.startsWith("-") || a.equals("-")) {
                file = a;
                continue;
            }
            String name = a.replaceFirst("^--?", "");
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("v")) {
                verbose = value == null || Boolean.parseBoolean(value);
                continue;
            }
            if (name.equals("explain")) {
                explain = value == null || Boolean.parseBoolean(value);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("flag needs an argument: -" + name);
                }
                value = args.get(++i);
            }
            switch (name) {
                case "seed" -> seed = parseLong("-seed", value);
                case "gomaxprocs" -> procs = positiveInt("-gomaxprocs", value);
                case "cpuprofile" -> cpu = value;
                case "memprofile" -> mem = value;
                case "blockprofile" -> block = value;
                case "http" -> http = httpAddress(value);
                case "trace" -> trace = value;
                case "events" -> events = value;
                case "timeline" -> timeline = value;
                case "profile-format" -> legacy = switch (value) {
                    case "proto" -> false;
                    case "legacy" -> true;
                    default -> throw new UsageException("invalid value \"" + value
                            + "\" for flag -profile-format: want proto or legacy");
                };
                case "go" -> version = value;
                case "max-steps" -> steps = positiveLong("-max-steps", value);
                case "max-time" -> vtime = Durations.parse("-max-time", value);
                case "max-heap" -> heap = Durations.parseBytes("-max-heap", value);
                case "strategy" -> strategy = strategyName("-strategy", value);
                case "noise" -> strategy = noiseName(value, strategy);
                case "schedule" -> schedule = value;
                case "pct-steps" -> pctSteps = positiveLong("-pct-steps", value);
                case "env" -> {
                    int k = value.indexOf('=');
                    if (k <= 0) {
                        throw new UsageException("invalid value \"" + value + "\" for flag -env: want KEY=VALUE");
                    }
                    environment.put(value.substring(0, k), value.substring(k + 1));
                }
                case "file" -> {
                    int k = value.indexOf('=');
                    if (k <= 0 || k == value.length() - 1) {
                        throw new UsageException("invalid value \"" + value + "\" for flag -file: want NAME=HOSTPATH");
                    }
                    files.put(value.substring(0, k), value.substring(k + 1));
                }
                default -> throw new UsageException("flag provided but not defined: -" + name);
            }
        }
        if (file == null) {
            throw new UsageException("no program file given");
        }
        if (procs > 0 && !environment.containsKey("GOMAXPROCS") && envProcs != null && !envProcs.isEmpty()) {
            environment.put("GOMAXPROCS", envProcs);
        }
        return new RunOptions(file, seed, procs, cpu, mem, block, http, verbose, steps, vtime, heap, version,
                List.copyOf(rest), strategy, schedule, pctSteps,
                java.util.Collections.unmodifiableMap(environment), new Observe(events, trace, timeline, explain, legacy),
                java.util.Collections.unmodifiableMap(files));
    }

    static String strategyName(String flag, String v) throws UsageException {
        return switch (v) {
            case "realistic", "random", "pct", "none" -> v;
            default -> throw new UsageException("invalid value \"" + v + "\" for flag " + flag
                    + ": want realistic, random or pct");
        };
    }

    private static String noiseName(String v, String current) throws UsageException {
        return switch (v) {
            case "none" -> "none";
            case "realistic" -> current.equals("none") ? "realistic" : current;
            default -> throw new UsageException("invalid value \"" + v + "\" for flag -noise: want none or realistic");
        };
    }

    /** This run's options with another seed and GOMAXPROCS (gosim explore's runs). */
    public RunOptions withSeed(long s, int procs) {
        return new RunOptions(file, s, procs, cpuprofile, memprofile, blockprofile, http, verbose, maxSteps,
                maxVirtualNanos, maxHeapBytes, goVersion, programArgs, strategy, schedule, pctSteps, environment, observe, files);
    }

    /**
     * Checks -http's HOST:PORT (HOST may be empty, meaning 127.0.0.1, or a bracketed IPv6 address)
     * as net.Listen would: a port 0..65535 and a host that resolves. Returns it unchanged.
     */
    static String httpAddress(String v) throws UsageException {
        int colon = v.lastIndexOf(':');
        if (colon < 0) {
            throw new UsageException("invalid value \"" + v + "\" for flag -http: address " + v + ": missing port in address");
        }
        String host = v.substring(0, colon);
        String port = v.substring(colon + 1);
        if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 5
                || Integer.parseInt(port) > 65535) {
            throw new UsageException("invalid value \"" + v + "\" for flag -http: invalid port \"" + port
                    + "\" (want 0..65535)");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!host.isEmpty()) {
            try {
                java.net.InetAddress.getByName(host);
            } catch (java.net.UnknownHostException | SecurityException e) {
                throw new UsageException("invalid value \"" + v + "\" for flag -http: lookup " + host + ": no such host");
            }
        }
        return v;
    }

    private static long parseLong(String flag, String v) throws UsageException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("invalid value \"" + v + "\" for flag " + flag + ": parse error");
        }
    }

    private static long positiveLong(String flag, String v) throws UsageException {
        long n = parseLong(flag, v);
        if (n <= 0) {
            throw new UsageException("invalid value \"" + v + "\" for flag " + flag + ": must be positive");
        }
        return n;
    }

    private static int positiveInt(String flag, String v) throws UsageException {
        long n = positiveLong(flag, v);
        if (n > 256) {
            throw new UsageException("invalid value \"" + v + "\" for " + flag + ": at most 256");
        }
        return (int) n;
    }
}
