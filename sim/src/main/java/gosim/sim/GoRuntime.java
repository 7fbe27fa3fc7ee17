package gosim.sim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import gosim.sim.events.Ev;
import gosim.sim.heap.GcMode;
import gosim.sim.heap.Heap;
import gosim.sim.heap.HeapObject;
import gosim.sim.heap.MProfHooks;
import gosim.sim.heap.MemStats;

/**
 * One simulated Go process. Models the process-level parts of proc.go: schedinit and procresize
 * (m0, the Ps), runtime.main (sysmon's thread, the runtime's own goroutines, main.main, exit) and
 * mstart. The {@link Engine} plays each M's thread in virtual time.
 *
 * <p>Build one with {@link #builder()}, then call {@link #run} once from a platform thread. Inside
 * goroutines, use the static methods of {@link Go}.
 */
public final class GoRuntime {
    /**
     * The current G of a thread that is not a goroutine's (the loop's, an observer's): a
     * goroutine's thread finds its G through its carrier ({@link Carrier#current}).
     */
    private static final ThreadLocal<G> CURRENT = new ThreadLocal<>();

    final long seed;
    final int ncpu;
    final GoVersion version;
    final SplittableRandom rand;
    final Timeline timeline;
    final Engine engine;
    final Noise noise;
    final Strategy strategy;
    private final long pctSteps;
    final Proc proc;
    final Symtab symtab = new Symtab();
    final RuntimeLayout layout;
    final EventLog eventLog;
    /** The kernel's one event stream; views attach with {@link #events()}. */
    final EventHub ev = new EventHub(this);
    /** Observers from outside (-http): they read the model between events and never change it. */
    final Observers observers = new Observers(this);
    /** The internal hooks ({@link #kernel()}). */
    private final gosim.sim.internal.Kernel kernel = new RuntimeKernel(this);
    final boolean checkInvariants;
    /** Unwind parked goroutine threads when the process ends (Builder.unwindOnExit). */
    private final boolean unwindOnExit;
    /** Goroutines as bare JDK continuations where the JVM allows it (Builder.continuations). */
    final boolean continuations;
    final int schedtrace;
    /** GODEBUG=memprofilerate=N (-1: not set), which the program's runtime applies (SimHost). */
    private final int memprofilerate;
    final boolean scheddetail;
    final PrintStream stdout;
    final PrintStream stderr;
    /**
     * The simulated CPU's tick rate, a 2.6 GHz core: cputicks() and the block profile's cycles
     * count at this rate, and the block profile prints it as cycles/second.
     */
    public static final long TICKS_PER_SECOND = 2_600_000_000L;
    /** The CPU profiler's sampling rate (SIGPROF per second of a thread's CPU time). */
    public static final int PROFILE_HZ = 100;

    final Stw stw = new Stw(this);
    /** The finalizer goroutine and queue (mfinal.go). */
    final Mfinal mfinal = new Mfinal(this);
    /** The sweep's finalizer specials (an interpreter's SetFinalizer); null: none. */
    gosim.sim.heap.FinalizerSpecials finalizers;
    /** Whether main's init creates fing: package os's init calls SetFinalizer (os/file_unix.go:57 in NewFile). */
    boolean fingAtInit = true;
    private Heap heap;
    private MProfHooks mprofHooks = MProfHooks.NONE;
    private Predicate<HeapObject> reachable = o -> !o.released();
    private CpuSampler cpuSampler;
    /** The inbox: work posted by threads outside the simulation (HTTP requests, test threads). */
    private final org.jctools.queues.MpscUnboundedXaddArrayQueue<Runnable> inbox =
            new org.jctools.queues.MpscUnboundedXaddArrayQueue<>(64);
    /** Set when {@link #run} returns: work posted from then on never runs. */
    private volatile boolean finished;
    /** Open pollers (listening sockets): while any is open, an idle process waits for the inbox. */
    private int netpollers;
    final Timers timers = new Timers(this);
    Sysmon sysmon;

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
    /** gcenable's channel: how many of bgsweep and bgscavenge have sent on it. */
    private int gcenableSignals;
    /** The goroutines blocked at exit (leaks()), or null before it is written (Builder#leaksAtExit). */
    private String leakReport = "";
    private final boolean leaksAtExit;
    /** GC cycles begun (the trace's GCStart seq), for the event stream only. */
    private long gcSeq;
    private BlockHook blockHook = BlockHook.NONE;

    private GoRuntime(Builder b) {
        this.seed = b.seed;
        this.strategy = b.schedule != null ? Strategy.NONE : b.strategy;
        this.pctSteps = b.pctSteps;
        this.ncpu = b.ncpu;
        this.version = b.version;
        this.rand = new SplittableRandom(b.seed);
        this.timeline = new Timeline(rand.split());
        this.noise = new Noise(this, b.strategy, b.seed, b.schedule, b.recordDecisions, b.pctDepth, b.pctSteps);
        this.engine = new Engine(this, timeline, noise);
        int procs = b.gomaxprocs > 0 ? b.gomaxprocs : b.ncpu;
        this.proc = new Proc(this, procs);
        this.layout = new RuntimeLayout(b.version, symtab);
        this.eventLog = new EventLog(b.eventLog);
        if (b.eventLog) {
            ev.attach(eventLog);
        }
        this.checkInvariants = b.checkInvariants;
        this.schedtrace = b.schedtrace;
        this.memprofilerate = b.memprofilerate;
        this.scheddetail = b.scheddetail;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.unwindOnExit = b.unwindOnExit;
        this.leaksAtExit = b.leaksAtExit || b.unwindOnExit;
        this.continuations = b.continuations;
        this.nextAddress = b.version.atLeast(11) ? HEAP_BASE_GO111 : HEAP_BASE;
        schedinit();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Settings of a simulated process; defaults: seed 1, 4 simulated CPUs, GOMAXPROCS = CPUs, Go 1.7,
     * no timing noise ({@link Strategy#NONE}).
     */
    public static final class Builder {
        private long seed = 1;
        private int ncpu = 4;
        private int gomaxprocs;
        private GoVersion version = GoVersion.DEFAULT;
        private boolean eventLog;
        private boolean checkInvariants;
        private int schedtrace;
        private int memprofilerate = -1;
        private boolean scheddetail;
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;
        // Java embedders get the idealized schedule unless they ask (their tests read exact
        // modeled times); the CLI and the Explorer default to realistic noise.
        private Strategy strategy = Strategy.NONE;
        private Schedule schedule;
        private boolean recordDecisions;
        private int pctDepth = 3;
        private long pctSteps = 1000;

        /** How timing is perturbed; {@link Strategy#NONE} (the idealized schedule) by default. */
        public Builder strategy(Strategy s) {
            this.strategy = Objects.requireNonNull(s);
            return this;
        }

        /** Shorthand: noise off is {@link Strategy#NONE}, on is {@link Strategy#REALISTIC}. */
        public Builder noise(boolean on) {
            return strategy(on ? Strategy.REALISTIC : Strategy.NONE);
        }

        /** Replays a schedule file's decisions (on the idealized schedule) instead of drawing any. */
        public Builder schedule(Schedule s) {
            this.schedule = s;
            return this;
        }

        /** Keep every perturbation drawn ({@link GoRuntime#decisions()}), for shrinking and schedule files. */
        public Builder recordDecisions(boolean on) {
            this.recordDecisions = on;
            return this;
        }

        /**
         * PCT's parameters: bug depth d (d-1 priority change points) and k, the number of steps
         * (scheduling points) over which the change points are drawn; defaults 3 and 1000.
         */
        public Builder pct(int depth, long steps) {
            if (depth < 1 || steps < 1) {
                throw new IllegalArgumentException("pct depth and steps must be at least 1");
            }
            this.pctDepth = depth;
            this.pctSteps = steps;
            return this;
        }
        private boolean unwindOnExit = true;
        private boolean leaksAtExit = true;
        private boolean continuations;

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

        /**
         * GODEBUG settings the runtime reads: schedtrace=X (a SCHED line on stderr every X ms of
         * virtual time, from sysmon), scheddetail=1 (with P, M and G lines) and memprofilerate=N
         * (runtime1.go parsedebugvars). Others are ignored.
         */
        public Builder godebug(String godebug) {
            for (String kv : godebug.split(",")) {
                String[] p = kv.split("=", 2);
                if (p.length != 2) {
                    continue;
                }
                try {
                    switch (p[0].trim()) {
                        case "schedtrace" -> schedtrace = Integer.parseInt(p[1].trim());
                        case "scheddetail" -> scheddetail = Integer.parseInt(p[1].trim()) > 0;
                        case "memprofilerate" -> memprofilerate = Integer.parseInt(p[1].trim());
                        default -> {
                        }
                    }
                } catch (NumberFormatException e) {
                    // Go's parsedebugvars ignores what it cannot parse.
                }
            }
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

        /**
         * Whether {@link #run} unwinds the goroutine threads still parked when the process ends
         * (the default; see {@link ProcessExit}). A caller whose JVM exits right after the run (the
         * CLI) turns it off: unwinding a million parked goroutines costs seconds, and Go's exit
         * does not run them either.
         */
        public Builder unwindOnExit(boolean on) {
            this.unwindOnExit = on;
            return this;
        }

        /**
         * Whether {@link #run} writes {@link #leakedGoroutines} when the process ends (the
         * default), or at its first call (off: for a caller that never asks, as the CLI without
         * an observer: a traceback of each of a million parked goroutines costs about a second).
         * Off needs unwindOnExit off too, since unwinding ends the goroutines the report shows.
         * Writing tracebacks can give objects their addresses, so a caller whose observers read
         * the final state keeps it on: they then see the addresses a report made first.
         */
        public Builder leaksAtExit(boolean on) {
            this.leaksAtExit = on;
            return this;
        }

        /**
         * Runs each goroutine as a bare JDK continuation on the thread that calls {@link #run},
         * instead of a virtual thread of its own (off by default): a switch costs about a third
         * less and a parked goroutine keeps about 200 bytes and several frozen frames less
         * (docs/kernel-profile.md), and the schedule and output are the same. For code that
         * uses only gosim's primitives, as the Go interpreter does: all goroutines then share one
         * Java thread (Thread.currentThread, ThreadLocals, the owner of a JDK lock), and a
         * goroutine that blocks in the JDK blocks the run instead of being reported (entering a
         * monitor that a parked goroutine holds hangs it). Needs the JVM option
         * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}; without it (or with
         * {@code -Dgosim.continuations=false}) goroutines run on virtual threads.
         */
        public Builder continuations(boolean on) {
            this.continuations = on;
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

    RuntimeLayout layout() {
        return layout;
    }

    /** GOROOT as the simulated process's file names show it (for example {@code /usr/local/go}). */
    public String goroot() {
        return layout.goroot;
    }

    public EventLog eventLog() {
        return eventLog;
    }

    /** The kernel's event stream: attach views (trace writers, narrations) here. */
    public Observers observers() {
        return observers;
    }

    public EventHub events() {
        return ev;
    }

    public long seed() {
        return seed;
    }

    /** The strategy the run's timing follows (NONE when replaying a schedule). */
    public Strategy strategy() {
        return strategy;
    }

    /** The perturbations drawn so far, in order (recorded only with {@link Builder#recordDecisions}). */
    public List<Decision> decisions() {
        return noise.decisions();
    }

    /** The schedule file of this run so far: its seed and every recorded decision. */
    public Schedule schedule() {
        return new Schedule(seed, proc.gomaxprocs, noise.decisions());
    }

    /** PCT's k for this run (the builder's {@code pct} steps). */
    public long pctSteps() {
        return pctSteps;
    }

    /** Scheduling points seen (what PCT's k counts); 0 with no noise. */
    public long schedulingPoints() {
        return noise.steps();
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
    List<M> allm() {
        List<M> out = new ArrayList<>();
        for (M mp = proc.allm; mp != null; mp = mp.alllink) {
            out.add(mp);
        }
        return out;
    }

    /**
     * Each thread's createstack (the PCs of the stack that asked for it), allm order (newest
     * first): what runtime.ThreadCreateProfile reports.
     */
    public List<long[]> threadCreateStacks() {
        List<long[]> out = new ArrayList<>();
        for (M mp = proc.allm; mp != null; mp = mp.alllink) {
            out.add(mp.createstack());
        }
        return out;
    }

    /** len(allgs): G structs made so far (dead ones stay for reuse). */
    public int allgCount() {
        return proc.allgs.size();
    }

    /** A copy of allgs, in creation order of the G structs. */
    List<G> allgs() {
        return List.copyOf(proc.allgs);
    }

    /**
     * The goroutines that exist now, system ones included, in creation order of their G structs
     * (allgs without the dead Gs kept for reuse).
     */
    public List<Goroutine> goroutines() {
        List<Goroutine> out = new ArrayList<>();
        for (G g : proc.allgs) {
            if (g.status != G._Gdead) {
                out.add(g);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The Ps (allp). */
    List<P> allp() {
        return List.of(proc.allp);
    }

    /** mcount(): the threads that exist, those made so far less (Go 1.10+) those that exited. */
    public int mcount() {
        return proc.mcount();
    }

    /** gcount (runtime.NumGoroutine in Go 1.7). */
    public int gcount() {
        return proc.gcount();
    }

    /** Length of the global run queue. */
    public int globalRunqSize() {
        return proc.sched.runqsize;
    }

    /**
     * After {@link #run}: the user goroutines still blocked when the process ended (as goleak
     * reports them: Go 1.7 tracebacks, blank-line separated), or "" when none.
     */
    public String leakedGoroutines() {
        if (leakReport == null && finished) {
            leakReport = leaks(); // Builder#leaksAtExit(false): nothing has run since the exit
        }
        return leakReport == null ? "" : leakReport;
    }

    /** The exit status of the finished process (what {@link #run} returned). */
    public int exitCode() {
        return exitCode;
    }

    private String leaks() {
        StringBuilder b = new StringBuilder();
        for (G gp : proc.allgs) {
            if (gp == g1 || gp.status == G._Gdead || Traceback.isSystemGoroutine(this, gp)) {
                continue;
            }
            if (gp.status == G._Gwaiting) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                Traceback.goroutine(b, this, gp);
            }
        }
        return b.toString();
    }

    /** The exception that ended the process by an unrecovered panic, or null. */
    public Throwable panicCause() {
        return panicCause;
    }

    /** The report of a fatal error or panic as written to stderr, or null. */
    public String fatalReport() {
        return fatalReport;
    }

    // ---- addresses ----------------------------------------------------------------------------

    /** Where the simulated heap's addresses start: Go 1.7's first arena address on linux/amd64. */
    public static final long HEAP_BASE = 0xc420000000L;
    /** The same from Go 1.11 on, whose arenas start at 0xc000000000. */
    public static final long HEAP_BASE_GO111 = 0xc000000000L;
    private final java.util.Map<Object, Long> addresses = new java.util.IdentityHashMap<>();
    private long nextAddress;
    /** Channels made in this process so far: their sortkeys (Chan), independent of other runtimes. */
    private long chanSortkeys;

    /** The next channel's sortkey in this process (1, 2, ...): select's lockorder needs no more. */
    long nextChanSortkey() {
        return ++chanSortkeys;
    }

    /** Spacing of {@link #addressOf}: room for a sync primitive's fields (Cond's notify list is at +16). */
    static final long ADDRESS_STRIDE = 64;

    /**
     * A deterministic address for obj (what %p and tracebacks print): the order of first use
     * decides it, {@link #ADDRESS_STRIDE} bytes apart from the release's first arena address.
     */
    public long addressOf(Object obj) {
        if (obj == null) {
            return 0;
        }
        Long a = addresses.get(obj);
        if (a == null) {
            a = nextAddress;
            nextAddress += ADDRESS_STRIDE;
            addresses.put(obj, a);
        }
        return a;
    }

    /** Gives simulator object sim the address of the Go value it implements (a sync.Mutex's struct). */
    public void aliasAddress(Object sim, Object goValue) {
        addresses.put(sim, addressOf(goValue));
    }

    // ---- the outside world -------------------------------------------------------------------

    /**
     * Posts work from any thread into the simulation's loop, where it runs between events with
     * access to the model (typically readying a goroutine with {@link #netpollReady}). Never
     * touch model state from another thread directly.
     */
    public void post(Runnable task) {
        inbox.offer(java.util.Objects.requireNonNull(task));
        engine.unparkLoop();
    }

    /**
     * True once the process has ended and {@link #run} returned (or is returning): tasks
     * {@link #post}ed from then on never run. Safe to call from any thread.
     */
    public boolean finished() {
        return finished;
    }

    void drainInbox() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            r.run();
        }
        observers.due(false);
    }

    boolean inboxEmpty() {
        return inbox.isEmpty();
    }

    /** True while a poller is open: an idle process waits for the network instead of dying. */
    boolean netpollOpen() {
        return netpollers > 0;
    }

    /**
     * Opens (+1) or closes (-1) a poller: while one is open, a process whose goroutines all wait
     * is waiting for the network, not deadlocked (Go's netpoller).
     */
    void netpollers(int delta) {
        netpollers += delta;
        if (netpollers < 0) {
            throw new IllegalStateException("more pollers closed than opened");
        }
    }

    /**
     * netpoll's injectglist for one goroutine parked waiting for I/O: it becomes runnable on the
     * global queue and idle Ps get Ms to run it. Call from the loop (a {@link #post}ed task).
     */
    void netpollReady(G gp) {
        injectglist(gp, "netpoll: to the global runq");
    }

    /** injectglist (go1.7 proc.go:2045-2066) for one G: to the global queue, an M per idle P. */
    private void injectglist(G gp, String why) {
        Proc.casgstatus(gp, G._Gwaiting, G._Grunnable);
        gp.waitreason = null;
        ev.unblock(null, null, null, gp, why);
        Runq.globrunqput(proc, gp);
        if (proc.sched.npidle != 0) {
            proc.startm(null, false, null);
        }
    }

    // ---- heap and profiling hooks -------------------------------------------------------------

    /**
     * Installs mprof's hooks (the bucket table implements them), best before {@link #run}. Without
     * it the heap is modeled but nothing is profiled; installed later (from a running test), the
     * blocks sampled before it have no bucket, so their frees are not reported either.
     */
    void installMProf(MProfHooks hooks) {
        if (mprofHooks != MProfHooks.NONE) {
            // A second bucket table would leave the first one's records silently empty.
            throw new IllegalStateException("gosim: profiling is already attached to this runtime; attach once"
                    + " (Pprof.attach, or Profiling.attach without pprof) and reach mprof with pprof.profiling()");
        }
        this.mprofHooks = java.util.Objects.requireNonNull(hooks);
    }

    /** The heap model (malloc.go/mgc.go), created on first use with the installed hooks. */
    public Heap heap() {
        if (heap == null) {
            // the hooks are read at each call: malg's new(g) may use the heap before a test attaches profiling
            heap = new Heap(new MProfHooks() {
                @Override
                public Object mProfMalloc(long[] stk, long size) {
                    return mprofHooks.mProfMalloc(stk, size);
                }

                @Override
                public void mProfFree(Object bucket, long size, boolean freed) {
                    mprofHooks.mProfFree(bucket, size, freed);
                }

                @Override
                public void mProfGC() {
                    mprofHooks.mProfGC();
                }

                @Override
                public long buckHashSys() {
                    return mprofHooks.buckHashSys();
                }
            }, this::fastrandAny, version);
        }
        return heap;
    }

    /** {@link gosim.sim.internal.Kernel#setReachability}. */
    void setReachability(Predicate<HeapObject> reachable) {
        this.reachable = java.util.Objects.requireNonNull(reachable);
    }

    /** Reads argument words from the frame objects an interpreter gives {@link G#enter(Func, Object)}. */
    java.util.function.Function<Object, long[]> argWordsResolver = o -> null;

    /** Installs how argument words are read from an interpreter's frames, for tracebacks. */
    void setArgWordsResolver(java.util.function.Function<Object, long[]> resolver) {
        this.argWordsResolver = java.util.Objects.requireNonNull(resolver);
    }

    /** Installs (or with null removes) the CPU profiler's SIGPROF sampler. */
    void setCpuSampler(CpuSampler sampler) {
        this.cpuSampler = sampler;
    }

    /** mallocgc from goroutine code: the stack is the goroutine's, innermost frame first. */
    HeapObject malloc(G g, long size) {
        return malloc(g, size, false);
    }

    /** mallocgc of a pointer-free object when noscan (eligible for the tiny allocator). */
    HeapObject malloc(G g, long size, boolean noscan) {
        return malloc(g, size, noscan, (gosim.sim.internal.AllocPath) null);
    }

    /** mallocgc made by the runtime function path (null: by the goroutine's own code) on g's behalf. */
    HeapObject malloc(G g, long size, boolean noscan, gosim.sim.internal.AllocPath path) {
        return mallocStack(g, size, noscan,
                path == null ? () -> goroutineStack(g) : () -> layout.prepend(path, goroutineStack(g)));
    }

    /** mallocgc on g recording {@code stack} when sampled. */
    HeapObject mallocStack(G g, long size, boolean noscan, java.util.function.Supplier<long[]> stack) {
        HeapObject o = heap().mallocgc(size, noscan, stack);
        if (ev.on && heap.heapAlloc() >>> 13 != heapPageTraced) {
            // heap_live grows a span at a time (mcentral.go:114, mheap.go:557 call traceHeapAlloc): one event per 8 KiB page reached.
            heapPageTraced = heap.heapAlloc() >>> 13;
            ev.emit(Ev.HEAP_ALLOC, g.m, g.m.p, g, heap.heapAlloc(), "cacheSpan");
        }
        // While a cycle is starting (its mark workers being made) Go's other allocators wait on
        // work.startSema and then see gcShouldStart false: the model lets them go on at once.
        if (heap.heapGoalCrossed(paceBytes) && !gcRunning && !g.systemStack) { // gcStart on g0 returns at once (1.19 mgc.go:585)
            gcCycle(GcMode.BACKGROUND); // gcStart(gcBackgroundMode) from mallocgc, as GOGC=100 asks
        }
        return o;
    }

    /** heap_alloc's 8 KiB page at the last HEAP_ALLOC event (observers only). */
    private long heapPageTraced;

    /** The noise's move of the coming cycle's trigger (Noise.pace): bytes past next_gc. */
    private long paceBytes;

    /** work.tstart of the last GC cycle (mgc.go:758), the stamp markroot gives waitsince. */
    private long workTstart;

    /** runtime.GC (gcForceBlockMode), or a background cycle: the whole cycle with the world stopped. */
    void gcCycle(GcMode mode) {
        G g = self();
        gcRunning = true;
        // gcStart (go1.7 mgc.go:947-949) makes the mark workers of a background cycle after taking
        // worldsema and before stopping the world; Go 1.19 makes them for every cycle (mgc.go:645).
        if (mode == GcMode.BACKGROUND || version.atLeast(19)) {
            gcBgMarkStartWorkers(g);
        }
        stopTheWorld("GC"); // sweep termination (go1.7 mgc.go:961, 1.19 665)
        ev.emitStack(Ev.GC_START, g.m, g.m.p, g, ++gcSeq, mode.name().toLowerCase(java.util.Locale.ROOT));
        long pause = Costs.GC_PAUSE_BASE + heap().heapAlloc() / Costs.GC_MARK_BYTES_PER_NS;
        pause = Math.max(0, pause + noise.gc(g.m, pause));
        // A background cycle (every cycle in 1.19) starts the world for concurrent mark (go1.7
        // mgc.go:1020, 1.19 730) and stops it again at mark termination (gcMarkDone, go1.7
        // mgc.go:1121, 1.19 855), so it has two pauses and two GoMaxProcs trace events; go1.7's
        // runtime.GC (gcForceBlockMode) goes from sweep termination straight to gcMarkTermination
        // (mgc.go:1024-1031) with the world stopped. The model marks in the second pause, so the
        // world runs between the two only until the Ms it woke stop again.
        if ((mode == GcMode.BACKGROUND || version.atLeast(19)) && !observers.observing()) {
            long sweepTerm = Math.min(pause, Costs.GC_SWEEPTERM_PAUSE);
            advance(g, sweepTerm);
            stw.startTheWorldKeepingSema();
            stw.stopTheWorldAgain("GC mark termination");
            // pause stays the cycle's work.pauseNS, the sum of both stops (go1.7 mgc.go:1022, 1238-1241)
            advanceMarkTermination(g, mode, pause - sweepTerm);
        } else {
            advanceMarkTermination(g, mode, pause);
        }
        heap.setStackInuse(stackInuse());
        heap.gc(reachable, finalizers, mode, pause, now);
        paceBytes = noise.pace(m0, heap.nextGC(), heap.heapAlloc());
        if (ev.on) {
            // gcMark's traceHeapAlloc/traceNextGC (mgc.go:1651-1652), then gcSweep, then traceGCDone (mgc.go:1202-1226).
            ev.emit(Ev.HEAP_ALLOC, g.m, g.m.p, g, heap.heapAlloc(), null);
            ev.emit(Ev.NEXT_GC, g.m, g.m.p, g, heap.nextGC(), null);
            ev.emitStack(Ev.GC_SWEEP_START, g.m, g.m.p, g, gcSeq, null);
            ev.emit(Ev.GC_SWEEP_DONE, g.m, g.m.p, g, gcSeq, null);
            heapPageTraced = heap.heapAlloc() >>> 13;
        }
        ev.emit(Ev.GC_DONE, g.m, g.m.p, g, gcSeq, null);
        lastgc = now; // memstats.last_gc, set at mark termination (go1.7 mgc.go:1240)
        startTheWorld();
        gcRunning = false;
        if (mode == GcMode.FORCE_BLOCK && version.atLeast(19) && mfinal.wakeable()) {
            // 1.19's runtime.GC parks in gcWaitOnMark (mgc.go:448) while a mark worker ends the
            // cycle and its findrunnable readies fing into runnext (proc.go:2615-2619), then
            // sweeps with Gosched (mgc.go:454-457): the queued finalizers run before GC returns.
            mfinal.wakefing(g.m);
            gosched();
        }
    }

    /** Mark termination's stack scan stamps and its pause (the part of the cycle's pause in this stop). */
    private void advanceMarkTermination(G g, GcMode mode, long pause) {
        // work.tstart is set at mark termination (mgc.go:1162, 1549). runtime.GC scans every
        // stack there; a background cycle scans them during concurrent mark, which still sees
        // the previous cycle's work.tstart (0 before the first: nothing stamped).
        proc.markrootWaitsince(mode == GcMode.BACKGROUND ? workTstart : now);
        workTstart = now;
        advance(g, pause); // the pause passes in virtual time like any work: other events keep their turn
    }

    /** A cycle is between gcStart and its end: gcphase != _GCoff for sysmon, startSema for mallocgc. */
    private boolean gcRunning;
    /** memstats.last_gc in virtual ns; -1 before the first cycle (Go's 0: no forced GC yet). */
    private long lastgc = -1;
    /** forcegc.idle and forcegc.g (proc.go:216-231): forcegchelper parked, waiting for sysmon. */
    private boolean forcegcIdle;
    private G forcegcG;
    /** work.bgMarkReady: the note a new mark worker wakes gcBgMarkStartWorkers with. */
    private boolean bgMarkReady;
    private M bgMarkSleeper;

    /** forcegcperiod (go1.7 proc.go:3575, 1.19 proc.go:5125): at most two minutes between GCs. */
    static final long FORCEGC_PERIOD = 2 * 60 * 1_000_000_000L;

    /**
     * sysmon's check (go1.7 proc.go:3654-3662; 1.19 proc.go:5264 with gcTrigger.test's
     * last_gc_nanotime, mgc.go:564-565): no GC for forcegcperiod since the last one (and at least
     * one GC ran) while forcegchelper idles: it goes to the global queue (injectglist).
     */
    void sysmonForcegc(long unixnow) {
        if (!gcRunning && lastgc >= 0 && unixnow - lastgc > FORCEGC_PERIOD && forcegcIdle) {
            forcegcIdle = false;
            injectglist(forcegcG, "sysmon: forced GC");
        }
    }

    /** forcegchelper (go1.7 proc.go:216-231): parks until sysmon injects it, then starts a GC. */
    private void forcegchelper() {
        G g = self();
        forcegcG = g;
        while (true) {
            if (forcegcIdle) {
                throw GoFatal.thrown("forcegc: phase error");
            }
            forcegcIdle = true;
            g.lines[0] = layout.forcegcParkLine;
            gopark("force gc (idle)");
            g.lines[0] = version.atLeast(19) ? KernelFuncs.FORCEGC_GCSTART_19 : KernelFuncs.FORCEGC_GCSTART;
            layout.defineGcPath();
            Func start = layout.func("runtime.gcStart");
            g.pushFrame(start, start.startLine());
            try {
                gcCycle(GcMode.BACKGROUND);
            } finally {
                g.popFrame(start);
            }
        }
    }

    /**
     * gcBgMarkStartWorkers (go1.7 mgc.go:1333-1346): each P without a mark worker gets one
     * (`go gcBgMarkWorker(p)`), and the caller sleeps in notetsleepg, handing its P off, until the
     * worker has started. Workers are system goroutines: they take goids but dumps and profiles
     * leave them out (traceback.go:804-811). The model's cycle runs with the world stopped, so the
     * workers never mark: they stay parked "GC worker (idle)". 1.19 counts workers up to
     * gomaxprocs instead of per P (mgc.go:1152-1168), which makes the same ones.
     */
    private void gcBgMarkStartWorkers(G g) {
        layout.defineGcPath();
        boolean modern = version.atLeast(19);
        Func gcStart = layout.func("runtime.gcStart");
        Func start = layout.func("runtime.gcBgMarkStartWorkers");
        Func worker = layout.func("runtime.gcBgMarkWorker");
        boolean ownFrame = g.depth == 0 || g.fns[g.depth - 1] != gcStart;
        if (ownFrame) {
            g.pushFrame(gcStart, gcStart.startLine());
        }
        g.lines[g.depth - 1] = modern ? KernelFuncs.GCSTART_STARTWORKERS_19 : KernelFuncs.GCSTART_STARTWORKERS;
        g.pushFrame(start, start.startLine());
        try {
            for (int i = 0; i < proc.gomaxprocs; i++) {
                P p = proc.allp[i];
                if (p.gcBgMarkWorker != null) {
                    continue;
                }
                g.lines[g.depth - 1] = modern ? KernelFuncs.STARTWORKERS_SLEEP_19 - 2 : KernelFuncs.STARTWORKERS_SLEEP - 1;
                bgMarkReady = false;
                go(worker, () -> gcBgMarkWorker(p));
                g.lines[g.depth - 1] = modern ? KernelFuncs.STARTWORKERS_SLEEP_19 : KernelFuncs.STARTWORKERS_SLEEP;
                if (!bgMarkReady) {
                    bgMarkSleeper = g.m;
                    notetsleepg(g, Long.MAX_VALUE / 4); // -1: until the worker's notewakeup
                    bgMarkSleeper = null;
                }
                if (!bgMarkReady) {
                    throw GoFatal.thrown("gcBgMarkStartWorkers: woke before the worker started");
                }
            }
        } finally {
            g.popFrame(start);
            if (ownFrame) {
                g.popFrame(gcStart);
            }
        }
    }

    /** gcBgMarkWorker (go1.7 mgc.go:1364-1420): attaches to p, wakes the starter, parks idle. */
    private void gcBgMarkWorker(P p) {
        G w = self();
        p.gcBgMarkWorker = w; // park's attach: the cas on p.gcBgMarkWorker
        bgMarkReady = true;
        if (bgMarkSleeper != null) {
            proc.notewakeup(bgMarkSleeper, Costs.WAKEUP);
        }
        w.lines[0] = version.atLeast(19) ? KernelFuncs.MARKWORKER_PARK_19 : KernelFuncs.MARKWORKER_PARK;
        while (true) {
            gopark("GC worker (idle)");
        }
    }

    /** runtime.ReadMemStats: a consistent copy, taken with the world stopped as Go 1.7 does. */
    MemStats readMemStats() {
        stopTheWorld("read mem stats");
        heap().setStackInuse(stackInuse());
        if (!observers.observing()) {
            // updatememstats flushes the mcaches (go1.7 mstats.go:282); an observer (-http's heap
            // page) must not: dropping the tiny block would move the process's next tiny allocation
            heap.flushallmcaches();
        }
        MemStats m = heap.readMemStats();
        startTheWorld();
        return m;
    }

    /** Bytes of goroutine and g0 stacks: 2 KiB per G struct (Go 1.7's starting size), 8 KiB per M. */
    private long stackInuse() {
        return proc.allgs.size() * 2048L + proc.sched.mcount * 8192L;
    }

    /** The stack of g as runtime.Callers would see it from inside g: innermost frame first, then goexit. */
    long[] goroutineStack(G g) {
        long[] pcs = new long[g.depth + 1];
        int n = 0;
        for (int i = g.depth - 1; i >= 0; i--) {
            pcs[n++] = g.fns[i].returnPC(g.lines[i]);
        }
        pcs[n] = layout.goexitPC();
        return pcs;
    }

    /**
     * The stack of g as return PCs, innermost first, then runtime.goexit's: what profiles record
     * (the PCs of {@link Goroutine#stack()}).
     */
    public long[] stackOf(Goroutine g) {
        return goroutineStack(RuntimeKernel.own(this, g));
    }

    /** The kernel's hooks for interpreters and kernel-level libraries (internal: not API). */
    public gosim.sim.internal.Kernel kernel() {
        return kernel;
    }

    /** fastrand on the running goroutine's M, or on m0 outside goroutines. */
    int fastrandAny() {
        G g = currentOrNull();
        return FastRand.fastrand1(g != null && g.rt == this && g.m != null ? g.m : m0);
    }

    /** Accounts CPU time [from, to) of mp running gp: one SIGPROF sample per 1/PROFILE_HZ crossed. */
    void accountCpu(M mp, G gp, long from, long to) {
        CpuSampler observer = observers.sampler();
        if (cpuSampler == null && observer == null || to <= from) {
            mp.cputime += Math.max(0, to - from);
            return;
        }
        long period = 1_000_000_000L / PROFILE_HZ;
        long before = mp.cputime / period;
        mp.cputime += to - from;
        long ticks = mp.cputime / period - before;
        if (ticks <= 0) {
            return;
        }
        long[] stack = sigprofStack(gp); // gp's stack is the same at every tick of this stretch
        for (long i = 0; i < ticks; i++) {
            if (cpuSampler != null) {
                cpuSampler.sigprof(gp, stack);
            }
            if (observer != null) {
                observer.sigprof(gp, stack);
            }
        }
    }

    /** The stack a SIGPROF sees: the interrupted PC in the innermost function, then return PCs. */
    private long[] sigprofStack(G g) {
        long[] pcs = goroutineStack(g);
        if (g.depth > 0) {
            pcs[0] = g.fns[g.depth - 1].pcOfLine(g.lines[g.depth - 1]);
        }
        return pcs;
    }

    // ---- startup ---------------------------------------------------------------------------

    /** schedinit + procresize: m0 holds P0, the other Ps idle (P1 first on the idle list). */
    private void schedinit() {
        m0 = proc.mcommoninit(false, null);
        proc.mpreinitM0();
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
        return start(mainFn, main);
    }

    /**
     * Runs a program that makes its own frames (an interpreter's): goroutine 1's body runs the
     * package inits and then main.main, calling {@link #mainInitDone} between the two, on
     * runtime.main's frame alone (at its main_init call, then at its main_main call). Returns the
     * exit status as {@link #run(Func, Runnable)} does.
     */
    public int runProgram(Runnable program) {
        return start(null, program);
    }

    /** GODEBUG's memprofilerate, or -1 when it is not set. */
    public int godebugMemProfileRate() {
        return memprofilerate;
    }

    /** The program's package inits are done: runtime.main now calls main.main (go1.7 proc.go:183). */
    public void mainInitDone() {
        g1.lines[0] = layout.mainCallLine;
    }

    private int start(Func mainFn, Runnable main) {
        Objects.requireNonNull(main);
        if (started) {
            throw new IllegalStateException("a GoRuntime runs once; build a new one for another run");
        }
        started = true;
        g1 = proc.newproc(m0, layout.runtimeMain, () -> runtimeMain(mainFn, main), 0);
        try {
            engine.run(m0);
        } catch (GoFatal f) {
            fatal(f, null);
        } finally {
            try {
                observers.due(true); // what observers waited for ends with the process
            } finally {
                finished = true;
                ev.closeAll();
            }
        }
        leakReport = leaksAtExit ? leaks() : null;
        if (unwindOnExit) {
            engine.reap();
        }
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    /** Whether this JVM can run goroutines as bare continuations (see Builder#continuations). */
    public static boolean continuationsSupported() {
        return Carrier.CONTINUATIONS;
    }

    GoFatal blockedInJdk(G gp) {
        // The JDK owns that thread's wake-up now (and getStackTrace may hand it to this carrier
        // later): the carrier can no longer tell whose continuation it is given, so no reaping.
        engine.poisonCarrier();
        StringBuilder where = new StringBuilder();
        StackTraceElement[] st = gp.thread != null ? gp.thread.getStackTrace() : new StackTraceElement[0];
        for (int i = 0; i < Math.min(st.length, 6); i++) {
            where.append("\n\tat ").append(st[i]);
        }
        return new GoFatal("fatal error: goroutine " + gp.goid + " blocked in the JDK outside a simulator "
                + "primitive (Thread.sleep, Object.wait, a java.util.concurrent lock or I/O?);"
                + " use Go's primitives so the simulator can schedule it" + where + "\n",
                "goroutine " + gp.goid + " blocked in the JDK");
    }

    /**
     * The body of every goroutine's virtual thread: runs G bodies until the process ends. A class
     * whose run is the loop itself (not a lambda calling a method), so that it is one Java frame,
     * not two, in the frozen stack of every parked goroutine.
     */
    final class Gmain implements Runnable {
        private final G g;

        Gmain(G g) {
            this.g = g;
        }

        @Override
        public void run() {
            G g = this.g;
            try {
                while (true) {
                    Runnable body = g.fn;
                    g.fn = null;
                    try {
                        body.run();
                    } catch (GoexitSignal e) {
                        // runtime.Goexit: the deferred calls (finally blocks) ran on the way out.
                    } catch (ProcessExit e) {
                        throw e;
                    } catch (GoFatal f) {
                        fatal(f, g);
                        engine.yieldToLoop(g, Engine.Yield.EXITPROC, 0);
                        return;
                    } catch (Throwable t) {
                        g.notePanicking(t);
                        fatalPanic(g, t);
                        engine.yieldToLoop(g, Engine.Yield.EXITPROC, 0);
                        return;
                    }
                    engine.yieldToLoop(g, Engine.Yield.EXIT, 0); // resumes when the G is reused by newproc
                }
            } catch (ProcessExit e) {
                // The process has ended (reap): this goroutine's thread unwinds and ends.
            }
        }
    }

    /** runtime.main of Go 1.7: sysmon's M, the runtime's goroutines, main.main, exit(0). */
    private void runtimeMain(Func mainFn, Runnable main) {
        G g = g1;
        sysmonM = proc.allocm(null, () -> proc.mcommoninit(true, null)); // newm(sysmon, nil) (go1.7 proc.go:126)
        sysmon = new Sysmon(this, sysmonM, schedtrace, scheddetail);
        sysmon.start();
        // Initialization runs locked to m0, as in Go 1.7, so main.main often resumes on m0
        // after other threads ran the runtime's goroutines.
        proc.lockOSThread(g, M.LOCK_INTERNAL);
        if (layout.systemGoroutines) {
            // runtime init: forcegchelper parks until a forced GC is needed.
            g.lines[0] = layout.runtimeInitLine;
            go(layout.forcegchelper, this::forcegchelper);
            // gcenable: bgsweep (and from 1.13 bgscavenge: 1.19 mgc.go:178-181) signals main on
            // a channel, then parks; main receives once per goroutine (go1.7 mgc.go:194-196).
            g.lines[0] = layout.gcenableLine;
            Runnable signal = () -> {
                gcenableSignals++;
                if (g1.status == G._Gwaiting) {
                    goready(g1);
                }
            };
            spawnSystem(layout.bgsweep, layout.bgsweepParkLine, "GC sweep wait", signal);
            int signals = 1;
            if (layout.bgscavenge != null) {
                spawnSystem(layout.bgscavenge, layout.bgscavengeParkLine, "GC scavenge wait", signal);
                signals = 2;
            }
            while (gcenableSignals < signals) {
                gopark("chan receive");
            }
            // package os's init sets finalizers (NewFile's SetFinalizer, go1.7 os/file_unix.go:57):
            // createfing starts runfinq.
            if (fingAtInit) {
                g.lines[0] = layout.mainInitLine;
                mfinal.createfing();
            }
        }
        proc.unlockOSThread(g, M.LOCK_INTERNAL);
        if (mainFn == null) {
            g.lines[0] = layout.mainInitLine; // the program's inits, then its main (mainInitDone)
            main.run();
        } else {
            g.lines[0] = layout.mainCallLine;
            g.pushFrame(mainFn, mainFn.startLine());
            main.run();
            g.popFrame(mainFn);
        }
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
        G g = currentOrNull();
        if (g == null) {
            throw new IllegalStateException("this gosim call must be made from a goroutine (inside GoRuntime.run)");
        }
        return g;
    }

    /** The G running on the calling thread, or null. */
    static G currentOrNull() {
        Carrier c = Carrier.running();
        return c != null ? c.current : CURRENT.get();
    }

    /** Makes g (an observer's ghost) or nobody the calling thread's goroutine. */
    static void setCurrent(G g) {
        Carrier c = Carrier.running();
        if (c != null) {
            c.current = g;
        } else if (g == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(g);
        }
    }

    /** newproc from goroutine code: the go statement. */
    G go(Func fn, Runnable body) {
        G g = self();
        long gopc = g.depth > 0 ? g.fns[g.depth - 1].returnPC(g.lines[g.depth - 1]) : 0;
        return go(fn, body, gopc);
    }

    /** newproc with the go statement's return pc given: a go statement in a function not on g's stack. */
    G go(Func fn, Runnable body, long gopc) {
        G g = self();
        G newg = proc.newproc(g.m, fn, body, gopc);
        advance(g, Costs.NEWPROC);
        return newg;
    }

    /** Advances the running G's M clock by d (see {@link Engine#advance}). */
    void advance(G g, long d) {
        engine.advance(g, d);
    }

    // ---- syscalls, sleeping, stop-the-world (goroutine side) --------------------------------

    /** A blocking syscall of ns virtual nanoseconds made by the running goroutine. */
    void syscall(long ns) {
        syscall(ns, null);
    }

    /** {@link #syscall(long)} whose syscall.Syscall frame prints {@code words} (null: none known). */
    void syscall(long ns, long[] words) {
        if (ns < 0) {
            throw new IllegalArgumentException("negative syscall duration " + ns);
        }
        G g = self();
        Func sc = layout.func("syscall.Syscall");
        g.pushFrame(sc, sc.startLine() + 1);
        if (words != null) {
            g.setArgs(g.depth - 1, (ArgWords) () -> words);
        }
        try {
            proc.entersyscall(g.m, g);
            engine.yieldToLoop(g, Engine.Yield.SYSCALL, ns);
            Proc.exitsyscallResumed(g);
        } finally {
            g.popFrame(sc);
        }
    }

    /** notetsleepg: sleeps up to ns in a syscall that hands its P off first (entersyscallblock). */
    void notetsleepg(G g, long ns) {
        Func f = layout.func("runtime.notetsleepg");
        g.pushFrame(f, f.startLine() + 6);
        try {
            proc.entersyscallblock(g.m, g, createStack(g, KernelFuncs.NEWM, KernelFuncs.STARTM,
                    KernelFuncs.HANDOFFP_WORK, KernelFuncs.ENTERSYSCALLBLOCK));
            engine.yieldToLoop(g, Engine.Yield.NOTESLEEP, ns);
            Proc.exitsyscallResumed(g);
        } finally {
            g.popFrame(f);
        }
    }

    /** The execution tracer runtime/trace started, or null. */
    private gosim.sim.events.ExecTrace tracer;

    /** StartTrace (trace.go): with the world stopped, a tracer attaches and takes its snapshot. */
    void startTrace(java.io.OutputStream w) {
        stopTheWorld("start tracing");
        try {
            if (tracer != null) {
                throw new IllegalStateException("tracing is already enabled");
            }
            tracer = new gosim.sim.events.ExecTrace(w, symtab);
            ev.attach(tracer);
        } finally {
            startTheWorld();
        }
    }

    /** StopTrace: the caller looks descheduled (traceGoSched), then the trace is written. */
    void stopTrace() {
        stopTheWorld("stop tracing");
        try {
            if (tracer != null) {
                G g = self();
                ev.sendTo(tracer, Ev.G_SCHED, g.m, g.m.p, g, "StopTrace");
                ev.detach(tracer);
                tracer = null;
            }
        } finally {
            startTheWorld();
        }
    }

    /** stopTheWorld(reason): for GC, ReadMemStats, GoroutineProfile, Stack(all). */
    public void stopTheWorld(String reason) {
        if (observers.observing()) {
            return; // between two events no goroutine runs: the world is still for an observer
        }
        stw.stopTheWorld(reason);
    }

    /** startTheWorld: undoes stopTheWorld and releases worldsema. */
    public void startTheWorld() {
        if (observers.observing()) {
            return;
        }
        stw.startTheWorld();
    }


    /** The timers of this process (time.Sleep, time.AfterFunc, ...). */
    public Timers timers() {
        return timers;
    }

    /**
     * The stack recorded in createstack for an M made on behalf of gp: the runtime frames of the
     * path that made it (innermost first), then gp's own stack. Real Go 1.7 records nothing when
     * the thread is made on g0; the model records what the seed meant to show.
     */
    long[] createStack(G gp, SyncFuncs.Site... runtimeFrames) {
        long[] own = gp == null ? new long[0] : goroutineStack(gp);
        long[] pcs = new long[Math.min(M.CREATESTACK_LEN, runtimeFrames.length + own.length)];
        int n = 0;
        for (SyncFuncs.Site site : runtimeFrames) {
            if (n == pcs.length) {
                break;
            }
            pcs[n++] = site.resolve(this).returnPC(site.line(version));
        }
        System.arraycopy(own, 0, pcs, n, pcs.length - n);
        return pcs;
    }

    /**
     * gopark: the running goroutine waits with the given Go 1.7 wait reason until another
     * goroutine calls {@link #goready}. For simulator primitives.
     */
    void gopark(String reason) {
        gopark(self(), reason);
    }

    /** gopark of the running goroutine g (a primitive that has it at hand). */
    void gopark(G g, String reason) {
        if (g.rt != this) {
            throw new IllegalStateException("goroutine " + g.goid + " belongs to another GoRuntime");
        }
        g.waitreason = Objects.requireNonNull(reason);
        engine.yieldToLoop(g, Engine.Yield.PARK, 0);
    }

    /** goready: makes a parked goroutine runnable on the caller's P. For simulator primitives. */
    void goready(G gp) {
        goready(self(), gp);
    }

    /** goready from the running goroutine g. */
    void goready(G g, G gp) {
        proc.ready(g.m, gp);
        advance(g, Costs.PARK);
    }

    /** fastrand1 on the running goroutine's M: the scheduler's seeded random numbers. */
    public int fastrand() {
        return FastRand.fastrand1(self().m);
    }

    void gosched() {
        engine.yieldToLoop(self(), Engine.Yield.GOSCHED, 0);
    }

    /** Ends the process with the given status (os.Exit); never returns to the caller. */
    void exitProcess(int code) {
        G g = self();
        exitCode = code;
        exited = true;
        engine.yieldToLoop(g, Engine.Yield.EXITPROC, 0);
        throw new IllegalStateException("unreachable: the process has exited");
    }

    /** Fills pcs with return PCs of g's stack (runtime.Callers semantics, skip 0 = Callers). */
    int callers(G g, int skip, long[] pcs) {
        long[] stk = goroutineStack(g);
        // Frame 0 is runtime.Callers itself, called from the innermost simulated frame.
        long callersPC = layout.callers.returnPC(layout.callersCallLine);
        int n = 0;
        for (int frame = Math.max(skip, 0); frame <= stk.length && n < pcs.length; frame++) {
            pcs[n++] = frame == 0 ? callersPC : stk[frame - 1];
        }
        return n;
    }

    // ---- failures --------------------------------------------------------------------------

    /** A runtime throw: "fatal error: msg". */
    GoFatal fatal(String output, String message) {
        return new GoFatal(output, message);
    }

    /**
     * newstack's throw("stack overflow") for gp, whose next frame does not fit in a stack of
     * maxstacksize (Traceback.stackOverflow says what Go prints). The report is rendered now,
     * while gp's frames are still there; throw the result on gp's thread. sp holds each frame's
     * stack pointer, outermost first, in the goroutine's stack [lo, hi).
     */
    GoFatal stackOverflow(G gp, long[] sp, long lo, long hi) {
        StringBuilder b = new StringBuilder();
        Traceback.stackOverflow(b, this, gp, sp, lo, hi);
        return new GoFatal(b.toString(), "stack overflow", true);
    }

    /**
     * The frame under a deferred call that a panic runs: runtime.gopanic at its call of the
     * deferred function (go1.7 panic.go:458 reflectcall; 1.19 panic.go:884 runOpenDeferFrame, the
     * open-coded defers gc uses unless the defer is in a loop, which calls d.fn() at 890).
     */
    public Func panicDeferCallFrame() {
        return layout.func("runtime.gopanic");
    }

    /** The line of {@link #panicDeferCallFrame}'s call. */
    public int panicDeferCallLine() {
        return version.atLeast(19) ? 884 : 458;
    }

    /**
     * maxstacksize: the most stack a goroutine may have, 1e9 bytes on 64-bit as runtime.main sets it
     * (go1.7 proc.go:117), changed by runtime/debug.SetMaxStack (rdebug.go:10-14).
     */
    long maxstacksize = MAXSTACKSIZE;
    /** maxstacksize at start. */
    public static final long MAXSTACKSIZE = Traceback.MAXSTACKSIZE;

    /** maxstacksize now: the most stack a goroutine may grow to. */
    public long maxStackSize() {
        return maxstacksize;
    }

    private void fatal(GoFatal f, G gp) {
        if (f.dumped) {
            report(f.output());
            return;
        }
        StringBuilder b = new StringBuilder(f.output());
        b.append('\n');
        if (gp != null) {
            dump(b, gp);
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

    /** tracebackothers after a throw on gp: gp first, then every other goroutine the dump shows. */
    private void dump(StringBuilder b, G gp) {
        Traceback.goroutine(b, this, gp);
        Traceback.others(b, this, gp);
    }

    /**
     * startpanic_m's freezetheworld (go1.7 panic.go:616, proc.go:615-633; 1.19 panic.go:1218):
     * preemptall stops the goroutines running on other threads at their next safe point, so the
     * dump after the throw shows them runnable with their stacks. The process is ending.
     */
    void freezetheworld(G thrower) {
        for (G gp : proc.allgs) {
            if (gp != thrower && gp.status == G._Grunning) {
                gp.status = G._Grunnable;
            }
        }
    }

    /**
     * A throw or fatal on gp whose report is rendered now, while the frames the thrower pushed
     * (sync.fatal and the sync method that called it) are still on gp's stack.
     */
    GoFatal fatalHere(G gp, String message) {
        StringBuilder b = new StringBuilder("fatal error: ").append(message).append("\n\n");
        dump(b, gp);
        return new GoFatal(b.toString(), message, true);
    }

    private void fatalPanic(G gp, Throwable t) {
        if (engine.exiting()) {
            return; // thrown by a finally block while the ended process unwinds its goroutines
        }
        panicCause = t;
        StringBuilder b = new StringBuilder();
        if (t instanceof GoPanic p) {
            b.append(p.printPanics());
        } else {
            b.append("panic: ").append(t).append('\n');
        }
        b.append('\n');
        Traceback.header(b, gp, now);
        if (!version.atLeast(19)) {
            // go1.7 traceback.go showframe always shows gopanic; 1.19 (traceback.go:966-971) only
            // when it is not the first frame, and here it is
            Traceback.panicFrame(b, this);
        }
        if (gp.panicSeen == t) {
            Traceback.frames(b, this, gp, gp.panicFns, gp.panicLines, gp.panicArgs, gp.panicFns.length);
        } else {
            Traceback.frames(b, this, gp);
        }
        report(b.toString());
    }

    /** runtime.Stack(buf, all) of Go 1.7: stops the world for all; truncates to buf. */
    int stack(G g, byte[] buf, boolean all) {
        if (all) {
            stopTheWorld("stack trace");
        }
        int n = 0;
        if (buf.length > 0) {
            StringBuilder b = new StringBuilder();
            boolean ghost = observers.isGhost(g); // an observer is not a goroutine: only the others
            if (!ghost) {
                Traceback.goroutine(b, this, g);
            }
            if (all) {
                Traceback.others(b, this, g);
            }
            if (ghost && !b.isEmpty()) {
                b.deleteCharAt(0); // the others' leading separator
            }
            byte[] text = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            n = Math.min(text.length, buf.length);
            System.arraycopy(text, 0, buf, 0, n);
        }
        if (all) {
            startTheWorld();
        }
        return n;
    }

    private void report(String text) {
        if (engine.exiting()) {
            return; // the process already ended: nothing a reaped goroutine does is output
        }
        fatalReport = text;
        stderr.print(text);
        stderr.flush();
        exitCode = 2;
        exited = true;
    }

    /** checkdead: no thread will ever run again, yet main has not returned. */
    void checkdead() {
        int waiting = 0;
        for (G gp : proc.allgs) {
            if (gp.status == G._Gwaiting && !Traceback.isSystemGoroutine(this, gp)) {
                waiting++;
            }
        }
        if (waiting == 0) {
            // go1.7 proc.go:3543 throws on g0 after the last goroutine's exit (goexit0 ->
            // schedule -> findrunnable -> stopm -> mput -> checkdead) with m.throwing = 1, so
            // dopanic_m (panic.go:656-665) prints "runtime stack:" and those runtime frames;
            // no goroutine is left to dump. 1.19's fatal() (proc.go:5077) is a user throw: no
            // runtime stack (panic.go:1264), and nothing else.
            String msg = "no goroutines (main called runtime.Goexit) - deadlock!";
            StringBuilder b = new StringBuilder("fatal error: ").append(msg).append('\n');
            if (!version.atLeast(19)) {
                layout.defineGoexitDeadlockPath();
                long[] pcs = new long[KernelFuncs.GOEXIT_DEADLOCK.length];
                for (int i = 0; i < pcs.length; i++) {
                    SyncFuncs.Site s = KernelFuncs.GOEXIT_DEADLOCK[i];
                    pcs[i] = s.resolve(this).returnPC(s.line(version));
                }
                b.append("\nruntime stack:\n");
                Traceback.systemStack(b, this, pcs, msg);
            }
            fatal(new GoFatal(b.toString(), msg, true), null);
            return;
        }
        if (proc.perPTimers() && timers.len() > 0) {
            // 1.19 checkdead returns while a P has timers (proc.go:5110-5114), trusting that an M
            // waits in netpoll for them: in the model that M is on the timeline, so none is lost.
            throw new IllegalStateException("gosim: timers are pending but no thread waits for them");
        }
        // go1.7 proc.go:3566 sets m.throwing = -1 before this throw ("do not dump full stacks"):
        // dopanic_m prints no runtime stack, only the goroutines (so does 1.19's fatal()).
        String msg = "all goroutines are asleep - deadlock!";
        fatal(new GoFatal("fatal error: " + msg + "\n", msg), null);
    }

    // ---- hooks -----------------------------------------------------------------------------

    /** Where blocking primitives report waits (mprof's blockevent); {@link BlockHook#NONE} by default. */
    void setBlockHook(BlockHook hook) {
        this.blockHook = Objects.requireNonNull(hook);
    }

    public BlockHook blockHook() {
        return blockHook;
    }



}
