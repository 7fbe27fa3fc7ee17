package gosim.specs.lang;

import java.io.ByteArrayOutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A host for running the sequential language alone (tests, `gosim check`-like tools): output is
 * collected in memory, maps iterate in an order drawn from a seeded random source, and anything that
 * needs the simulator (goroutines, channels, select, time/sync/runtime natives) fails with
 * "unsupported in sequential mode".
 */
public class SequentialHost implements Host {
    /** Go 1.7's first heap arena address on linux/amd64 (mallocinit's arena start hint). */
    public static final long HEAP_BASE = 0xc420000000L;

    public final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    public final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final List<String> args;
    private final Map<String, String> env;
    private final SplittableRandom random;
    private final Map<Object, Long> addresses = new IdentityHashMap<>();
    private long nextAddress = HEAP_BASE;

    public SequentialHost(List<String> args, Map<String, String> env, long seed) {
        this.args = List.copyOf(args);
        this.env = Map.copyOf(env);
        this.random = new SplittableRandom(seed);
    }

    /** Thrown for any operation that needs the simulator. */
    public static final class UnsupportedInSequentialMode extends RuntimeException {
        public UnsupportedInSequentialMode(String what) {
            super("unsupported in sequential mode: " + what);
        }
    }

    @Override
    public Native resolveNative(String symbol, Types.Signature sig) {
        Native clock = Natives.stoppedClock(symbol);
        return clock != null ? clock : (g, a) -> {
            throw new UnsupportedInSequentialMode(symbol);
        };
    }

    @Override
    public void go(Goroutine parent, Goroutine child, FuncInfo start, Pos site, Runnable body) {
        throw new UnsupportedInSequentialMode("go statement at " + site);
    }

    @Override
    public Object makeChan(Goroutine g, Types.Chan type, long size) {
        throw new UnsupportedInSequentialMode("make(" + type + ")");
    }

    @Override
    public void send(Goroutine g, Object ch, Object value) {
        throw new UnsupportedInSequentialMode("channel send");
    }

    @Override
    public Object recv(Goroutine g, Object ch, boolean commaOk) {
        throw new UnsupportedInSequentialMode("channel receive");
    }

    @Override
    public void close(Goroutine g, Object ch) {
        throw new UnsupportedInSequentialMode("close");
    }

    @Override
    public int chanLen(Object ch) {
        throw new UnsupportedInSequentialMode("len of channel");
    }

    @Override
    public int chanCap(Object ch) {
        throw new UnsupportedInSequentialMode("cap of channel");
    }

    @Override
    public int select(Goroutine g, SelectCase[] cases, boolean hasDefault) {
        throw new UnsupportedInSequentialMode("select");
    }

    /** Bytes the sequential runner lets a program allocate in one object before "out of memory". */
    public static final long MAX_OBJECT_BYTES = 1L << 30;

    @Override
    public void beforeAlloc(Goroutine g, long sizeBytes) {
        if (sizeBytes > MAX_OBJECT_BYTES) {
            throw gosim.sim.GoFatal.thrown("runtime: out of memory");
        }
    }

    @Override
    public void write(Goroutine g, int fd, byte[] b, int off, int len) {
        (fd == 2 ? stderr : stdout).write(b, off, len);
    }

    @Override
    public void exit(Goroutine g, int code) {
        throw new gosim.sim.ProcessExit(code);
    }

    private final MemFS fs = new MemFS();

    @Override
    public MemFS fs() {
        return fs;
    }

    @Override
    public String getenv(String key) {
        return env.getOrDefault(key, "");
    }

    @Override
    public java.util.List<String> environ() {
        return Host.environ(env);
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public long addressOf(Object obj) {
        Long a = addresses.get(obj);
        if (a == null) {
            a = nextAddress;
            nextAddress += 0x10;
            addresses.put(obj, a);
        }
        return a;
    }

    @Override
    public int fastrand(int n) {
        return random.nextInt(n);
    }

    /** The outcome of a sequential run: output bytes and Go's exit status. */
    public record Result(String stdout, String stderr, int exitCode) {
    }

    /**
     * Checks, links and runs a program sequentially: exit status 0, os.Exit's code, or 2 after an
     * unrecovered panic (printed as "panic: MSG [recovered]..." plus "\ngoroutine 1 [running]:" and the
     * frames, in Go's format without PCs).
     */
    public static Result run(String file, String source, List<String> args, Map<String, String> env, long seed) {
        return run(file, source, args, env, seed, gosim.sim.GoVersion.DEFAULT);
    }

    /** {@link #run(String, String, List, Map, long)} in the dialect of Go release {@code version}. */
    public static Result run(String file, String source, List<String> args, Map<String, String> env, long seed,
            gosim.sim.GoVersion version) {
        Program p = Program.check(file, source);
        SequentialHost h = new SequentialHost(args, env, seed);
        Program.Linked l = p.link(h, version);
        Goroutine g = new Goroutine();
        Throwable[] outcome = new Throwable[1];
        // Go stacks grow to 1 GB; give the interpreter a deep Java stack of its own
        Thread t = new Thread(null, () -> {
            try {
                l.runMain(g);
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "gosim-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + file, e);
        }
        int code = 0;
        try {
            if (outcome[0] != null) {
                throw outcome[0];
            }
        } catch (gosim.sim.ProcessExit e) {
            code = e.code();
        } catch (StackOverflowError e) {
            h.stderr.writeBytes(("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                    + "fatal error: stack overflow\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            code = 2;
        } catch (gosim.sim.GoFatal e) {
            h.stderr.writeBytes(e.output()
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            code = 2;
        } catch (RuntimeException | Error e) {
            if (!(e instanceof Interp.GoPanic)) {
                throw e;
            }
            Interp.GoPanic gp = (Interp.GoPanic) e;
            code = printPanic(h, l, g, gp);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return new Result(h.stdout.toString(java.nio.charset.StandardCharsets.UTF_8),
                h.stderr.toString(java.nio.charset.StandardCharsets.UTF_8), code);
    }

    /**
     * Java stack reserved for the sequential main goroutine: room for over a million nested Go
     * calls, as the simulator's carrier has (Go itself allows 1 GB of goroutine stack; a deeper
     * recursion here is reported as Go's stack overflow). Only touched pages are committed.
     */
    public static final long STACK_BYTES = 2L << 30;

    private static int printPanic(SequentialHost h, Program.Linked l, Goroutine g, Interp.GoPanic e) {
        {
            StringBuilder sb = new StringBuilder();
            printPanics(sb, l, g, e);
            sb.append("\ngoroutine 1 [running]:\n");
            for (Frame f = e.frame(); f != null; f = f.caller()) {
                sb.append(f.func().name()).append("()\n\t").append(f.func().fileOf(f.line())).append(':').append(f.func().lineOf(f.line()))
                        .append('\n');
            }
            sb.append("exit status 2\n");
            h.stderr.writeBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return 2;
        }
    }

    /** printpanics: older panics first, each "panic: v" with " [recovered]" when recovered. */
    private static void printPanics(StringBuilder sb, Program.Linked l, Goroutine g, Interp.GoPanic p) {
        if (p.link() != null) {
            printPanics(sb, l, g, p.link());
            sb.append('\t');
        }
        sb.append("panic: ").append(l.panicMessage(g, p.value()));
        if (p.recovered()) {
            sb.append(" [recovered]");
        }
        sb.append('\n');
    }
}
