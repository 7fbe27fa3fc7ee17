package gosim.sim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * One simulated Go process. Models the process-level parts of proc.go: schedinit and procresize
 * (m0, the Ps), runtime.main (sysmon's thread, the runtime's own goroutines, main.main, exit) and
 * mstart, plus the simulator's loop that plays each M's thread in virtual time.
 *
 * <p>Build one with {@link #builder()}, then call {@link #run} once from a platform thread. Inside
 * goroutines, use the static methods of {@link Go}.
 */
public final class GoRuntime {
    /** What a goroutine asked for when it gave up the carrier. */
    static final int Y_NONE = 0;
    static final int Y_WORK = 1;
    static final int Y_PARK = 2;
    static final int Y_GOSCHED = 3;
    static final int Y_EXIT = 4;
    static final int Y_EXITPROC = 5;

    private static final ThreadLocal<G> CURRENT = new ThreadLocal<>();

    final long seed;
    final int ncpu;
    final GoVersion version;
    final SplittableRandom rand;
    final Timeline timeline;
    final Proc proc;
    final Symtab symtab = new Symtab();
    final RuntimeLayout layout;
    final EventLog eventLog;
    final boolean checkInvariants;
    final PrintStream stdout;
    final PrintStream stderr;

    private Carrier carrier;
    /** Virtual time of the event being played: the running M's clock. */
    long now;
    boolean exited;
    int exitCode;
    private boolean started;
    private Throwable panicCause;
    private String fatalReport;
    M m0;
    M sysmonM;
    G g1;
    private boolean sweepStarted;
    private BlockHook blockHook = BlockHook.NONE;

    private GoRuntime(Builder b) {
        this.seed = b.seed;
        this.ncpu = b.ncpu;
        this.version = b.version;
        this.rand = new SplittableRandom(b.seed);
        this.timeline = new Timeline(rand.split());
        int procs = b.gomaxprocs > 0 ? b.gomaxprocs : b.ncpu;
        this.proc = new Proc(this, procs);
        this.layout = new RuntimeLayout(b.version, symtab);
        this.eventLog = new EventLog(b.eventLog);
        this.checkInvariants = b.checkInvariants;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        schedinit();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a simulated process; defaults: seed 1, 4 simulated CPUs, GOMAXPROCS = CPUs, Go 1.7. */
    public static final class Builder {
        private long seed = 1;
        private int ncpu = 4;
        private int gomaxprocs;
        private GoVersion version = GoVersion.DEFAULT;
        private boolean eventLog;
        private boolean checkInvariants;
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The simulated machine's CPU count (runtime.NumCPU), never the host's. */
        public Builder ncpu(int ncpu) {
            if (ncpu < 1) {
                throw new IllegalArgumentException("ncpu must be at least 1, got " + ncpu);
            }
            this.ncpu = ncpu;
            return this;
        }

        /** GOMAXPROCS; 0 means one P per simulated CPU, as Go's default. */
        public Builder gomaxprocs(int n) {
            if (n < 0 || n > 256) {
                throw new IllegalArgumentException("GOMAXPROCS must be between 1 and 256 (or 0 for the default), got " + n);
            }
            this.gomaxprocs = n;
            return this;
        }

        public Builder version(GoVersion v) {
            this.version = Objects.requireNonNull(v);
            return this;
        }

        /** Keep a log of scheduling decisions ({@link GoRuntime#eventLog()}). */
        public Builder eventLog(boolean on) {
            this.eventLog = on;
            return this;
        }

        /** Check the scheduler's invariants after every event (slower; for tests). */
        public Builder checkInvariants(boolean on) {
            this.checkInvariants = on;
            return this;
        }

        public Builder stdout(PrintStream out) {
            this.stdout = Objects.requireNonNull(out);
            return this;
        }

        public Builder stderr(PrintStream err) {
            this.stderr = Objects.requireNonNull(err);
            return this;
        }

        public GoRuntime build() {
            return new GoRuntime(this);
        }
    }

    // ---- public view -----------------------------------------------------------------------

    public Symtab symtab() {
        return symtab;
    }

    public RuntimeLayout layout() {
        return layout;
    }

    public EventLog eventLog() {
        return eventLog;
    }

    public long seed() {
        return seed;
    }

    public GoVersion version() {
        return version;
    }

    /** runtime.NumCPU. */
    public int numCPU() {
        return ncpu;
    }

    /** runtime.GOMAXPROCS(0). */
    public int gomaxprocs() {
        return proc.gomaxprocs;
    }

    /** Virtual time now, in nanoseconds since the process started. */
    public long nanotime() {
        return now;
    }

    /** allm, newest first. */
    public List<M> allm() {
        List<M> out = new ArrayList<>();
        for (M mp = proc.allm; mp != null; mp = mp.alllink) {
            out.add(mp);
        }
        return out;
    }

    /** A copy of allgs, in creation order of the G structs. */
    public List<G> allgs() {
        return List.copyOf(proc.allgs);
    }

    /** The Ps (allp). */
    public List<P> allp() {
        return List.of(proc.allp);
    }

    /** sched.mcount: threads made so far. */
    public int mcount() {
        return proc.sched.mcount;
    }

    /** gcount (runtime.NumGoroutine in Go 1.7). */
    public int gcount() {
        return proc.gcount();
    }

    /** Length of the global run queue. */
    public int globalRunqSize() {
        return proc.sched.runqsize;
    }

    /** The exception that ended the process by an unrecovered panic, or null. */
    public Throwable panicCause() {
        return panicCause;
    }

    /** The report of a fatal error or panic as written to stderr, or null. */
    public String fatalReport() {
        return fatalReport;
    }

    // ---- startup ---------------------------------------------------------------------------

    /** schedinit + procresize: m0 holds P0, the other Ps idle (P1 first on the idle list). */
    private void schedinit() {
        m0 = proc.mcommoninit(false, null);
        for (int i = 0; i < proc.gomaxprocs; i++) {
            proc.allp[i] = new P(i);
        }
        for (int i = proc.gomaxprocs - 1; i >= 0; i--) {
            P p = proc.allp[i];
            p.status = P._Pidle;
            if (i == 0) {
                proc.acquirep(m0, p);
            } else {
                proc.pidleput(p);
            }
        }
    }

    /** Runs main as main.main (in main.go, from line 1) and returns the exit status. */
    public int run(Runnable main) {
        return run(symtab.define("main.main", "main.go", 1), main);
    }

    /**
     * Runs the process: runtime.main on goroutine 1 calls {@code mainFn}'s body; returns the exit
     * status as a Go process would (0 when main returns, os.Exit's code, 2 for a panic or fatal
     * error). Call once, from a platform thread; the call returns when the process exits.
     */
    public int run(Func mainFn, Runnable main) {
        Objects.requireNonNull(mainFn);
        Objects.requireNonNull(main);
        if (started) {
            throw new IllegalStateException("a GoRuntime runs once; build a new one for another run");
        }
        started = true;
        carrier = new Carrier();
        g1 = proc.newproc(m0, layout.runtimeMain, () -> runtimeMain(mainFn, main), 0);
        timeline.add(m0);
        try {
            loop();
        } catch (GoFatal f) {
            fatal(f, null);
        }
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    private void loop() {
        while (!exited) {
            M mp = timeline.poll();
            if (mp == null) {
                checkdead();
                return;
            }
            assert mp.clock >= now : "time went backwards: " + mp + " at " + mp.clock + " < " + now;
            now = mp.clock;
            runM(mp);
            if (checkInvariants && !exited) {
                Invariants.check(this);
            }
        }
    }

    /** Plays mp's thread from its clock until it sleeps or another thread's event comes first. */
    private void runM(M mp) {
        if (mp.wakeAction != null) {
            Runnable a = mp.wakeAction;
            mp.wakeAction = null;
            a.run();
            return;
        }
        if (mp.p == null) {
            if (mp.nextp == null) {
                throw new IllegalStateException(mp + " woke without a P to run");
            }
            P p = mp.nextp;
            mp.nextp = null;
            proc.acquirep(mp, p);
        }
        G gp = mp.curg;
        if (gp == null) {
            int resume = mp.resumeIn;
            mp.resumeIn = M.RESUME_SCHEDULE;
            gp = switch (resume) {
                case M.RESUME_FINDRUNNABLE -> proc.findrunnableThenExecute(mp);
                case M.RESUME_LOCKED -> proc.resumeLocked(mp);
                default -> proc.schedule(mp);
            };
            if (gp == null) {
                return;
            }
            mp.clock += Costs.SCHEDULE;
        }
        while (!exited) {
            if (mp.clock > timeline.peekClock()) {
                timeline.add(mp);
                return;
            }
            now = mp.clock;
            gp = switchTo(mp, gp);
            if (gp == null) {
                return;
            }
        }
    }

    /** Runs gp on the carrier until it gives up; acts on what it asked; returns mp's next G. */
    private G switchTo(M mp, G gp) {
        assert gp.m == mp && mp.curg == gp && gp.status == G._Grunning;
        gp.yield = Y_NONE;
        gp.resumed = true;
        if (gp.thread == null) {
            gp.thread = carrier.newThread("gosim goroutine", () -> gmain(gp));
            carrier.start(gp.thread);
        } else {
            carrier.resume(gp.thread);
        }
        switch (gp.yield) {
            case Y_WORK -> {
                return gp;
            }
            case Y_PARK -> {
                proc.parkM(mp, gp);
                mp.clock += Costs.PARK;
            }
            case Y_GOSCHED -> {
                proc.goschedImpl(mp, gp);
                mp.clock += Costs.GOSCHED;
            }
            case Y_EXIT -> {
                proc.goexit0(mp, gp);
                mp.clock += Costs.GOEXIT;
            }
            case Y_EXITPROC -> {
                return null;
            }
            default -> {
                throw blockedInJdk(gp);
            }
        }
        if (exited) {
            return null;
        }
        G next = proc.schedule(mp);
        if (next != null) {
            mp.clock += Costs.SCHEDULE;
        }
        return next;
    }

    private GoFatal blockedInJdk(G gp) {
        StringBuilder where = new StringBuilder();
        StackTraceElement[] st = gp.thread.getStackTrace();
        for (int i = 0; i < Math.min(st.length, 6); i++) {
            where.append("\n\tat ").append(st[i]);
        }
        return new GoFatal("fatal error: goroutine " + gp.goid + " blocked in the JDK outside a simulator "
                + "primitive (Thread.sleep, Object.wait, a java.util.concurrent lock or I/O?);"
                + " use Go's primitives so the simulator can schedule it" + where + "\n",
                "goroutine " + gp.goid + " blocked in the JDK");
    }

    /** The body of every goroutine's virtual thread: runs G bodies until the process ends. */
    private void gmain(G g) {
        CURRENT.set(g);
        while (true) {
            Runnable body = g.fn;
            g.fn = null;
            try {
                body.run();
            } catch (GoFatal f) {
                fatal(f, g);
                yieldToLoop(g, Y_EXITPROC, 0);
                return;
            } catch (Throwable t) {
                fatalPanic(g, t);
                yieldToLoop(g, Y_EXITPROC, 0);
                return;
            }
            yieldToLoop(g, Y_EXIT, 0); // resumes when the G is reused by newproc
        }
    }

    /** runtime.main of Go 1.7: sysmon's M, the runtime's goroutines, main.main, exit(0). */
    private void runtimeMain(Func mainFn, Runnable main) {
        G g = g1;
        sysmonM = proc.mcommoninit(true, null);
        // Initialization runs locked to m0, as in Go 1.7, so main.main often resumes on m0
        // after other threads ran the runtime's goroutines.
        proc.lockOSThread(g, M.LOCK_INTERNAL);
        if (layout.systemGoroutines) {
            // runtime init: forcegchelper parks until a forced GC is needed.
            spawnSystem(layout.forcegchelper, layout.forcegcParkLine, "force gc (idle)", null);
            // gcenable: bgsweep signals main on a channel, then parks.
            spawnSystem(layout.bgsweep, layout.bgsweepParkLine, "GC sweep wait", () -> {
                sweepStarted = true;
                if (g1.status == G._Gwaiting) {
                    goready(g1);
                }
            });
            if (!sweepStarted) {
                gopark("chan receive");
            }
            // package os's init sets finalizers: runfinq starts.
            spawnSystem(layout.runfinq, layout.runfinqParkLine, "finalizer wait", null);
        }
        proc.unlockOSThread(g, M.LOCK_INTERNAL);
        g.lines[0] = layout.mainCallLine;
        g.pushFrame(mainFn, mainFn.startLine());
        main.run();
        g.popFrame(mainFn);
        exitProcess(0);
    }

    private void spawnSystem(Func fn, int parkLine, String reason, Runnable first) {
        go(fn, () -> {
            if (first != null) {
                first.run();
            }
            self().lines[0] = parkLine;
            while (true) {
                gopark(reason);
            }
        });
    }

    // ---- goroutine-side primitives (called on a goroutine's thread) -------------------------

    /** The G running on the calling thread, or an error naming the misuse. */
    static G self() {
        G g = CURRENT.get();
        if (g == null) {
            throw new IllegalStateException("this gosim call must be made from a goroutine (inside GoRuntime.run)");
        }
        return g;
    }

    /** The G running on the calling thread, or null. */
    static G currentOrNull() {
        return CURRENT.get();
    }

    /** Gives the carrier back to the loop with a request, until the loop resumes this G. */
    void yieldToLoop(G g, int kind, long arg) {
        g.yield = kind;
        g.yieldArg = arg;
        g.resumed = false;
        while (!g.resumed) {
            LockSupport.park(this);
        }
    }

    /** newproc from goroutine code: the go statement. */
    G go(Func fn, Runnable body) {
        G g = self();
        M mp = g.m;
        long gopc = g.depth > 0 ? g.fns[g.depth - 1].returnPC(g.lines[g.depth - 1]) : 0;
        G newg = proc.newproc(mp, fn, body, gopc);
        advance(g, Costs.NEWPROC);
        return newg;
    }

    /** Advances the running G's M clock by d; gives up the carrier when another event is due first. */
    void advance(G g, long d) {
        if (d < 0) {
            throw new IllegalArgumentException("negative duration " + d);
        }
        M mp = g.m;
        mp.clock += d;
        if (mp.clock < timeline.peekClock()) {
            now = mp.clock;
            return;
        }
        yieldToLoop(g, Y_WORK, 0);
    }

    /**
     * gopark: the running goroutine waits with the given Go 1.7 wait reason until another
     * goroutine calls {@link #goready}. For simulator primitives.
     */
    public void gopark(String reason) {
        G g = self();
        if (g.rt != this) {
            throw new IllegalStateException("goroutine " + g.goid + " belongs to another GoRuntime");
        }
        g.waitreason = Objects.requireNonNull(reason);
        yieldToLoop(g, Y_PARK, 0);
    }

    /** goready: makes a parked goroutine runnable on the caller's P. For simulator primitives. */
    public void goready(G gp) {
        G g = self();
        proc.ready(g.m, gp);
        advance(g, Costs.PARK);
    }

    /** fastrand1 on the running goroutine's M: the scheduler's seeded random numbers. */
    public int fastrand() {
        return FastRand.fastrand1(self().m);
    }

    void gosched() {
        yieldToLoop(self(), Y_GOSCHED, 0);
    }

    /** Ends the process with the given status (os.Exit); never returns to the caller. */
    void exitProcess(int code) {
        G g = self();
        exitCode = code;
        exited = true;
        yieldToLoop(g, Y_EXITPROC, 0);
        throw new IllegalStateException("unreachable: the process has exited");
    }

    /** Fills pcs with return PCs of g's stack (runtime.Callers semantics, skip 0 = Callers). */
    int callers(G g, int skip, long[] pcs) {
        int n = 0;
        int frame = 0;
        // frame 0 is runtime.Callers itself, called from the innermost simulated frame.
        long callersPC = layout.callers.returnPC(layout.callers.startLine() + 1);
        int total = 1 + g.depth + 1;
        for (; frame < total && n < pcs.length; frame++) {
            if (frame < skip) {
                continue;
            }
            long pc;
            if (frame == 0) {
                pc = callersPC;
            } else if (frame <= g.depth) {
                int i = g.depth - frame;
                pc = g.fns[i].returnPC(g.lines[i]);
            } else {
                pc = layout.goexitPC();
            }
            pcs[n++] = pc;
        }
        return n;
    }

    // ---- failures --------------------------------------------------------------------------

    /** A runtime throw: "fatal error: msg". */
    GoFatal fatal(String output, String message) {
        return new GoFatal(output, message);
    }

    private void fatal(GoFatal f, G gp) {
        StringBuilder b = new StringBuilder(f.output());
        b.append('\n');
        if (gp != null) {
            Traceback.goroutine(b, this, gp);
            Traceback.others(b, this, gp);
        } else {
            boolean first = true;
            for (G g : proc.allgs) {
                if (g.status == G._Gdead || Traceback.isSystemGoroutine(this, g)) {
                    continue;
                }
                if (!first) {
                    b.append('\n');
                }
                first = false;
                Traceback.goroutine(b, this, g);
            }
        }
        report(b.toString());
    }

    private void fatalPanic(G gp, Throwable t) {
        panicCause = t;
        Object v = t instanceof GoPanic p ? p.value() : t;
        StringBuilder b = new StringBuilder("panic: ").append(v).append("\n\n");
        Traceback.goroutine(b, this, gp);
        report(b.toString());
    }

    private void report(String text) {
        fatalReport = text;
        stderr.print(text);
        stderr.flush();
        exitCode = 2;
        exited = true;
    }

    /** checkdead: no thread will ever run again, yet main has not returned. */
    private void checkdead() {
        fatal(new GoFatal("fatal error: all goroutines are asleep - deadlock!\n", "deadlock"), null);
    }

    // ---- hooks -----------------------------------------------------------------------------

    /** Where blocking primitives report waits (mprof's blockevent); {@link BlockHook#NONE} by default. */
    public void setBlockHook(BlockHook hook) {
        this.blockHook = Objects.requireNonNull(hook);
    }

    public BlockHook blockHook() {
        return blockHook;
    }

    void log(EventLog.Kind kind, M m, P p, G g) {
        eventLog.record(now, kind, m, p, g);
    }

    void statusChanged(G gp, int oldval, int newval) {
        // The place where status observers (tracing, invariants) attach.
    }

    /** The stack recorded in createstack for an M started on behalf of the running goroutine. */
    long[] wakeStack() {
        return null;
    }
}
