package gosim.pprof.live;

import gosim.pprof.Pprof;
import gosim.pprof.PprofFuncs;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.GoVersion;
import gosim.sim.LayoutProbe;
import gosim.sim.heap.HeapObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small simulated Go program for end-to-end pprof tests, written against the Java API:
 *
 * <pre>
 * main.go
 * 10 func main() {
 * 12     allocA(10)            // 10 x 1000 bytes (size class 1024), kept
 * 13     allocB(5)             // 5 x 4000 bytes (size class 4096), garbage
 * 14     runtime.GC()
 * 16     for i := 0; i &lt; 3; i++ { go sleeper() }
 * 17     time.Sleep(time.Millisecond)
 * 18     (a blocking event of 1000 cycles recorded here)
 * 20     ... the test's body ...
 * 62 func allocA(n int) { ... 65: sink = append(sink, make([]byte, 1000)) }
 * 72 func allocB(n int) { ... 75: _ = make([]byte, 4000) }
 * 82 func sleeper() { 85: time.Sleep(time.Hour) }
 * 92 func spin() { 95: 500ms of CPU; 96: 250ms of CPU }
 * 102 func addThing() { 105: things.Add(...) }
 * </pre>
 * with MemProfileRate = 1 and the block profile rate 1.
 */
final class LiveProgram {
    static final String FILE = "/home/gopher/live/main.go";
    static final int ALLOC_A_CALL = 12;
    static final int ALLOC_B_CALL = 13;
    static final int GC_LINE = 14;
    static final int GO_LINE = 16;
    static final int SLEEP_LINE = 17;
    static final int BLOCK_LINE = 18;
    static final int BODY_LINE = 20;
    static final int ALLOC_A_LINE = 65;
    static final int ALLOC_B_LINE = 75;
    static final int SLEEPER_LINE = 85;
    static final int SPIN_LINE_1 = 95;
    static final int SPIN_LINE_2 = 96;
    static final int ADD_LINE = 105;
    static final long BLOCK_CYCLES = 1000;
    static final long SPIN_1_NANOS = 500_000_000L;
    static final long SPIN_2_NANOS = 250_000_000L;

    final GoRuntime rt;
    final Pprof pprof;
    final Func mainMain;
    final Func allocA;
    final Func allocB;
    final Func sleeper;
    final Func spin;
    final Func addThing;
    final List<HeapObject> sink = new ArrayList<>();

    LiveProgram(GoVersion format, List<String> args) {
        rt = GoRuntime.builder().seed(7).checkInvariants(true).build();
        Pprof.Options o = Pprof.Options.defaults(rt).withFormat(format);
        pprof = Pprof.attach(rt, args == null ? o : o.withArgs(args));
        mainMain = rt.symtab().define("main.main", FILE, 10, 60);
        allocA = rt.symtab().define("main.allocA", FILE, 62, 70);
        allocB = rt.symtab().define("main.allocB", FILE, 72, 80);
        sleeper = rt.symtab().define("main.sleeper", FILE, 82, 90);
        spin = rt.symtab().define("main.spin", FILE, 92, 99);
        addThing = rt.symtab().define("main.addThing", FILE, 102, 110);
    }

    LiveProgram() {
        this(GoVersion.GO1_7, null);
    }

    /** Runs the program with {@code body} at main.go:20; returns the exit status. */
    int run(Runnable body) {
        return rt.run(mainMain, () -> {
            setup();
            Go.line(BODY_LINE);
            body.run();
        });
    }

    private void setup() {
        pprof.setMemProfileRate(1);
        pprof.setBlockProfileRate(1);
        Go.line(ALLOC_A_CALL);
        Go.call(allocA, () -> {
            for (int i = 0; i < 10; i++) {
                Go.line(ALLOC_A_LINE);
                sink.add(Go.malloc(1000));
            }
        });
        Go.line(ALLOC_B_CALL);
        Go.call(allocB, () -> {
            for (int i = 0; i < 5; i++) {
                Go.line(ALLOC_B_LINE);
                Go.release(Go.malloc(4000));
            }
        });
        Go.line(GC_LINE);
        Go.gc();
        Go.line(GO_LINE);
        for (int i = 0; i < 3; i++) {
            Go.go(sleeper, () -> {
                Go.line(SLEEPER_LINE);
                Go.sleep(TimeUnit.HOURS.toNanos(1));
            });
        }
        Go.line(SLEEP_LINE);
        Go.sleep(1_000_000L);
        Go.line(BLOCK_LINE);
        rt.blockHook().blockevent(BLOCK_CYCLES, 1); // skip 1: the stack from this frame (GoRuntime.callers)
    }

    /** The spin goroutine's body: 750ms of CPU on two lines. */
    void spinBody() {
        Go.line(SPIN_LINE_1);
        Go.work(SPIN_1_NANOS);
        Go.line(SPIN_LINE_2);
        Go.work(SPIN_2_NANOS);
    }

    // ---- addresses, derived from the symbol layout (Func: return PC = line's PC + 5) ----------

    static String hex(long pc) {
        return "0x" + Long.toHexString(pc);
    }

    long rtMainPC() {
        return LayoutProbe.runtimeMain(rt).returnPC(LayoutProbe.mainCallLine(rt));
    }

    long goexitPC() {
        return LayoutProbe.goexitPC(rt);
    }

    Func fn(PprofFuncs.Row row) {
        return pprof.funcs().func(row);
    }

    /** " 0x.. 0x.." of return PCs. */
    static String pcs(long... pcs) {
        StringBuilder sb = new StringBuilder();
        for (long pc : pcs) {
            sb.append(' ').append(hex(pc));
        }
        return sb.toString();
    }

    /**
     * A regex for printStackRecord's line of return PC {@code retPC} in {@code f} at {@code line}:
     * "#\t%#x\t%s+%#x\t%s:%d" with the tabwriter's padding (one or more tabs) between the cells.
     */
    static String frameLine(Func f, long retPC, String file, int line) {
        long pc = retPC - 1;
        return "#\t" + hex(pc) + "\t+" + java.util.regex.Pattern.quote(f.name() + "+" + hex(pc - f.entry()))
                + "\t+" + java.util.regex.Pattern.quote(file + ":" + line);
    }
}
