package gosim.specs.run;

import gosim.sim.Chan;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoPanic;
import gosim.sim.GoRuntime;
import gosim.sim.Select;
import gosim.sim.heap.HeapObject;
import gosim.sim.internal.SimStack;
import gosim.specs.cli.RunOptions;
import gosim.specs.lang.Frame;
import gosim.specs.lang.FuncInfo;
import gosim.specs.lang.Goroutine;
import gosim.specs.lang.Hashmap;
import gosim.specs.lang.Host;
import gosim.specs.lang.Interp;
import gosim.specs.lang.Pos;
import gosim.specs.lang.Prelude;
import gosim.specs.lang.Program;
import gosim.specs.lang.Type;
import gosim.specs.lang.Types;
import gosim.specs.lang.Values;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interpreter's host on the simulator: every goroutine of the scenario is a G of a
 * {@link GoRuntime}, go statements are newproc, channels and select are the kernel's, calls and
 * statements keep each G's simulated stack (so profiles show the program's real lines), each
 * statement costs virtual CPU time, and escaping allocations go through the heap model. It also
 * enforces the run's budgets (steps, virtual time, simulated heap).
 */
final class SimHost implements Host {
    /** Virtual CPU time of one interpreted statement (about what compiled Go spends on a simple one). */
    static final long STATEMENT_NANOS = 2;
    /** Statement time is charged to the M in chunks of this much, and before anything that can block. */
    static final long FLUSH_NANOS = 10_000;

    /** What the host keeps per goroutine (Goroutine.hostData). */
    static final class GState {
        final SimStack g;
        /** The function the G was started with, whose frame the kernel already pushed. */
        final Func start;
        /** Depth of the G's stack with the start frame in place (1, or 2 under runtime.main). */
        final int baseDepth;
        long pendingNanos;
        /** The statement allowance last granted to the goroutine (Goroutine.allowStatements). */
        int granted;
        /**
         * The interpreter frames now mirrored in the G, outermost first ({@link #syncStack}), and
         * whether the outermost of them is the start frame the kernel pushed. A Frame object is
         * reused by its call site for later calls (Calls.Site), so each entry also keeps which
         * activation it mirrored.
         */
        Frame[] shadow = new Frame[2]; // grown on a deeper sync; a parked worker is often one Go frame deep
        int[] shadowActivation = new int[2];
        int shadowLen;
        boolean startMapped;
        /**
         * Whether the G holds the chain of a deferred call that gopanic runs ({@link #mirrorPanicChain})
         * instead of the plain caller chain the shadow describes.
         */
        boolean panicChain;
        /** Index in {@link SimHost#live} while the goroutine has not exited. */
        int liveIndex = -1;

        GState(SimStack g, Func start) {
            this.g = g;
            this.start = start;
            this.baseDepth = g.depth();
        }
    }

    final GoRuntime rt;
    final RunOptions opts;
    /** Go calls a goroutine may nest in this run (GoStack). */
    private final int maxGoDepth = GoStack.maxDepth();
    final PrintStream stdout;
    final PrintStream stderr;
    final Map<String, String> env;
    final String programName;
    private final Map<FuncInfo, Traced> funcs = new HashMap<>();
    /** Go's files and lines for the frames of our Go-source standard library. */
    private final LibraryLines libraryLines;
    private final Natives nativeTable;
    Program program;
    Program.Linked linked;
    /** Packages that import os in go1.7 (fmt/print.go, log/log.go, flag/flag.go, context via fmt, pprof.go, debug/stack.go). */
    private static final List<String> OS_IMPORTERS = List.of("os", "fmt", "log", "flag", "context", "runtime/pprof",
            "runtime/debug");
    /** Goroutines that have not exited: with the globals, the GC's roots. */
    private final ArrayList<Goroutine> live = new ArrayList<>();
    private final Map<Object, HeapObject> heapOf = new IdentityHashMap<>();
    private final Map<HeapObject, List<Object>> valueOf = new IdentityHashMap<>();
    private Set<Object> reachable;
    private long reachableForGC = -1;
    /** runtime.SetFinalizer's specials (the sweep asks them about unmarked blocks). */
    final Finalizers finalizers = new Finalizers(this);
    long steps;
    private Values.Cell memProfileRate;

    SimHost(GoRuntime rt, RunOptions opts, PrintStream stdout, PrintStream stderr, Map<String, String> env,
            String programName, Natives.Services services) {
        this.rt = rt;
        this.opts = opts;
        this.stdout = stdout;
        this.stderr = stderr;
        this.env = env;
        this.programName = programName;
        this.nativeTable = new Natives(this, services);
        this.libraryLines = new LibraryLines(rt.version().atLeast(19));
        rt.kernel().setReachability(this::isReachable);
        rt.kernel().setFinalizers(finalizers);
        boolean go119 = rt.version().atLeast(19);
        rt.kernel().setArgWordsResolver(frame -> ((Frame) frame).argumentWords(this::addressOf, go119));
    }

    /**
     * Defines the program's functions in the runtime's symbol table, in declaration order. Those of
     * the Go-source standard library (Prelude.STANDARD) get their place on first use instead, after
     * the others, as Go's linker leaves out what is never reached (cmd/link/internal/ld/deadcode.go):
     * a scenario's PCs do not move when the library grows.
     */
    void defineFunctions(Program p) {
        this.program = p;
        // os's init makes the finalizer goroutine (NewFile's SetFinalizer): only where Go would link
        // os, which these packages import in go1.7 (gosim's own fmt, log, ... need not)
        boolean os = false;
        for (String pkg : OS_IMPORTERS) {
            os |= p.links(pkg);
        }
        rt.kernel().setFingAtInit(os);
        for (FuncInfo fi : p.functions()) {
            if (library(fi)) {
                continue;
            }
            Func existing = rt.symtab().lookup(fi.name());
            funcs.put(fi, existing != null ? new Traced(existing, null) : define(fi));
        }
    }

    /**
     * A function's Func in the G's symbol table and the line Go prints for a line of our source:
     * the source's own, or for our standard library Go's where {@link LibraryLines} knows it.
     */
    static final class Traced {
        final Func fn;
        /** Null: the frame prints our source's lines. */
        private final LibraryLines.Placement at;

        Traced(Func fn, LibraryLines.Placement at) {
            this.fn = fn;
            this.at = at;
        }

        /** The line printed for a frame of this function at source line {@code line}. */
        int line(int line) {
            return at != null ? at.line(line) : clampLine(fn, line);
        }
    }

    /** Defines fi in the symbol table, with Go's file and lines if it is a tabled library function. */
    private Traced define(FuncInfo fi) {
        String f = fi.file();
        LibraryLines.Placement at = f.startsWith(GOROOT_SRC)
                ? libraryLines.place(fi, f.substring(GOROOT_SRC.length(), f.lastIndexOf('/'))) : null;
        if (at != null) {
            // the heap model may have defined it first, with the same file and lines (an AllocPath frame)
            Func made = rt.symtab().lookup(fi.name());
            return new Traced(made != null ? made : rt.symtab().define(fi.name(), rt.goroot() + "/src/" + at.file(), at.start(), at.end()), at);
        }
        String file = f.replace("$GOROOT", rt.goroot());
        int end = Math.max(fi.startLine(), fi.endLine());
        if (!fi.renamed()) {
            return new Traced(rt.symtab().define(fi.name(), file, fi.startLine(), end), null);
        }
        // line directives: the function's pcfile and pcln tables name other files and lines
        String[] files = new String[end - fi.startLine() + 1];
        int[] lines = new int[files.length];
        for (int i = 0; i < files.length; i++) {
            String fl = fi.fileOf(fi.startLine() + i);
            files[i] = fl.equals(f) ? file : fl;
            lines[i] = fi.lineOf(fi.startLine() + i);
        }
        return new Traced(rt.symtab().define(fi.name(), file, fi.startLine(), end, files, lines), null);
    }

    private static final String GOROOT_SRC = "$GOROOT/src/";

    private static boolean library(FuncInfo fi) {
        String f = fi.file();
        if (!f.startsWith(GOROOT_SRC)) {
            return false;
        }
        String path = f.substring(GOROOT_SRC.length(), f.lastIndexOf('/'));
        return Prelude.STANDARD.contains(path);
    }

    void link(Program.Linked l) {
        this.linked = l;
        this.memProfileRate = l.global("runtime", "MemProfileRate");
    }

    Func func(FuncInfo fi) {
        return traced(fi).fn;
    }

    private Traced traced(FuncInfo fi) {
        Traced t = funcs.get(fi);
        if (t == null) {
            // library functions, and those the interpreter makes up (runtime helpers), get a place on first use
            t = define(fi);
            funcs.put(fi, t);
        }
        return t;
    }

    static GState state(Goroutine g) {
        return (GState) g.hostData;
    }

    /**
     * GODEBUG=memprofilerate=N: go1.7's schedinit sets MemProfileRate (runtime1.go:376-377) over its
     * static initial value (mprof.go:342), so every package init is sampled at N: set before the
     * first init and again after our runtime stub's, which assigns the initial value. Go 1.19's
     * runtime init sets it again (mprof.go:587, a dynamic initializer), so there the setting is lost.
     */
    @Override
    public void onPackageInitDone(Goroutine g, String path) {
        int rate = rt.godebugMemProfileRate();
        if ((path == null || path.equals("runtime")) && rate >= 0 && memProfileRate != null
                && !rt.version().atLeast(13)) {
            memProfileRate.v = (long) rate;
            syncMemProfileRate();
        }
    }

    @Override
    public void onMainStart(Goroutine g) {
        rt.mainInitDone();
    }

    /** Attaches goroutine g to the running G, whose start frame is fn's (null: the G has none of its own). */
    GState attach(Goroutine g, Func start) {
        GState st = new GState(SimStack.current(), start);
        g.hostData = st;
        st.liveIndex = live.size();
        live.add(g);
        return st;
    }

    /** Removes g from the live goroutines in O(1): the last one takes its slot. */
    void detach(Goroutine g) {
        GState st = state(g);
        settle(g, st);
        int i = st.liveIndex;
        if (i < 0) {
            return;
        }
        Goroutine last = live.removeLast();
        if (last != g) {
            live.set(i, last);
            state(last).liveIndex = i;
        }
        st.liveIndex = -1;
    }

    // ---- natives ------------------------------------------------------------------------------

    @Override
    public Native resolveNative(String symbol, Types.Signature sig) {
        Native n = nativeTable.resolve(symbol);
        if (n == null) {
            return null;
        }
        // a native may block, allocate, sample or dump stacks: the kernel sees the program's frames
        return (g, args) -> {
            enter(g);
            return n.call(g, args);
        };
    }

    // ---- goroutines ---------------------------------------------------------------------------

    @Override
    public void go(Goroutine parent, Goroutine child, FuncInfo start, Pos site, Runnable body) {
        GState ps = enter(parent);
        flushPending(ps);
        checkMemory(STACK_BYTES_PER_G);
        Frame top = parent.top();
        ps.g.line(top != null ? traced(top).line(site.line()) : site.line());
        if (start == FuncInfo.NIL_GO) {
            throw gosim.sim.GoFatal.goOfNilFunc(); // newproc1, before any G is made
        }
        Func f = func(start);
        Go.go(f, new GoroutineBody(child, f, body));
    }

    /**
     * The body of every goroutine but main: Go's panics, Goexit and os.Exit mapped onto the kernel.
     * A class rather than a lambda around a method, so that it is one Java frame, not two, on the
     * frozen stack of every parked goroutine.
     */
    void runGoroutine(Goroutine g, Func start, Runnable body) {
        new GoroutineBody(g, start, body).run();
    }

    private final class GoroutineBody implements Runnable {
        private final Goroutine g;
        private final Func start;
        private final Runnable body;

        GoroutineBody(Goroutine g, Func start, Runnable body) {
            this.g = g;
            this.start = start;
            this.body = body;
        }

        @Override
        public void run() {
            attach(g, start);
            try {
                if (body instanceof gosim.specs.lang.FrameBound fb) {
                    fb.run(); // a final class's small method: inlined by C1 too, no frame of its own
                } else {
                    body.run();
                }
            } catch (gosim.sim.GoexitSignal e) {
                // runtime.Goexit: deferred calls ran; the goroutine ends.
            } catch (RuntimeException | Error e) {
                throw failure(g, e);
            } finally {
                detach(g);
            }
        }
    }

    /**
     * What an exception escaping a goroutine means for the process: an unrecovered Go panic (with
     * the stack where it started, returned for the caller to throw), os.Exit, or a fatal error
     * (thrown from here).
     */
    RuntimeException failure(Goroutine g, Throwable e) {
        GState st = state(g);
        settle(g, st);
        if (e instanceof Interp.GoPanic p) {
            p.describe(v -> linked.panicMessage(g, v));
            notePanicStack(st, p, p.frame());
            return p;
        }
        if (e instanceof StackOverflowError) {
            throw fatal("stack overflow", rt.maxStackSize());
        }
        if (e instanceof BudgetExceeded b) {
            stderr.print(b.getMessage());
            stderr.flush();
            Go.exit(2);
        }
        if (e instanceof OutOfMemoryError) {
            stderr.print("gosim: program stopped: the JVM ran out of memory with " + rt.heap().heapAlloc()
                    + " bytes of simulated heap and " + rt.allgCount() + " goroutines (lower -max-heap, or give"
                    + " the JVM more with JAVA_TOOL_OPTIONS=-Xmx...)\n");
            stderr.flush();
            Go.exit(2);
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        throw (Error) e;
    }

    private static gosim.sim.GoFatal fatal(String msg, long maxstacksize) {
        String prefix = msg.equals("stack overflow")
                ? "runtime: goroutine stack exceeds " + maxstacksize + "-byte limit\n" : "";
        return gosim.sim.GoFatal.of(prefix + "fatal error: " + msg + "\n", msg);
    }

    /** The kernel prints a panicking goroutine's stack as it was where the panic started. */
    private void notePanicStack(GState st, Throwable t, Frame at) {
        List<Interp.GoPanic> runners = new ArrayList<>();
        List<Frame> chain = panicChain(at, runners);
        // frames below the start function (runtime.main for main); a finalizer's frames sit above
        // all of fing's (runfinq, callN), none of which is the finalizer. Decided from the chain
        // itself: the panic may come before any sync has mirrored it.
        boolean startMapped = !chain.isEmpty() && traced(chain.get(chain.size() - 1)).fn == st.start;
        int base = startMapped ? st.baseDepth - 1 : st.baseDepth;
        Func[] fns = new Func[base + chain.size()];
        int[] lines = new int[fns.length];
        long[][] args = new long[fns.length][];
        for (int i = 0; i < base; i++) {
            fns[i] = st.g.frameFunc(i);
            lines[i] = st.g.frameLine(i);
        }
        int runner = runners.size();
        for (int i = 0; i < chain.size(); i++) {
            Frame f = chain.get(chain.size() - 1 - i);
            if (f == null) {
                fns[base + i] = rt.panicDeferCallFrame();
                lines[base + i] = rt.panicDeferCallLine();
                args[base + i] = panicArgWords(runners.get(--runner));
                continue;
            }
            Traced tf = traced(f);
            fns[base + i] = tf.fn;
            lines[base + i] = tf.line(f.line());
            args[base + i] = f.argumentWords(this::addressOf, rt.version().atLeast(19));
        }
        st.g.notePanicStack(t, fns, lines, args);
    }

    /**
     * The frames from at outwards as Go's stack holds them, innermost first: a deferred call that
     * gopanic runs sits on gopanic's frame, above the frame that panicked (not its deferrer); null
     * marks that gopanic frame, and runners gets its panic (go1.7 panic.go:458 gopanic's
     * reflectcall of d.fn, go1.19 panic.go:884 its fn() call).
     */
    private static List<Frame> panicChain(Frame at, List<Interp.GoPanic> runners) {
        List<Frame> chain = new ArrayList<>();
        for (Frame f = at; f != null; ) {
            chain.add(f);
            Interp.GoPanic running = f.deferredForPanic();
            if (running == null) {
                f = f.caller();
                continue;
            }
            chain.add(null);
            runners.add(running);
            f = running.frame() != null ? running.frame() : f.caller();
        }
        return chain;
    }

    /**
     * While a deferred call that gopanic runs is on the stack, the G holds {@link #panicChain} in
     * full (rewritten at each sync: such calls are rare and short), so runtime.Caller(s), dumps and
     * profiles see gopanic and the frame where the panic began (fixedbugs/issue5856.go, bug347.go).
     * Returns false, touching nothing, when no such call is on the stack.
     */
    private boolean mirrorPanicChain(GState st, Frame top) {
        List<Interp.GoPanic> runners = new ArrayList<>();
        List<Frame> chain = panicChain(top, runners);
        if (runners.isEmpty()) {
            return false;
        }
        SimStack gg = st.g;
        popToStart(st);
        Frame outer = chain.get(chain.size() - 1);
        int runner = runners.size();
        st.startMapped = traced(outer).fn == st.start;
        st.shadowLen = 0; // the next sync mirrors again from the start frame
        for (int i = chain.size() - 1; i >= 0; i--) {
            Frame f = chain.get(i);
            if (f == null) {
                Interp.GoPanic p = runners.get(--runner);
                gg.enter(rt.panicDeferCallFrame(), (gosim.sim.ArgWords) () -> panicArgWords(p));
                gg.line(rt.panicDeferCallLine());
                continue;
            }
            Traced t = traced(f);
            if (f == outer && st.startMapped) {
                gg.setArgs(st.baseDepth - 1, f); // the kernel's start frame is this one
            } else {
                gg.enter(t.fn, f);
            }
            gg.line(t.line(f.line()));
        }
        return true;
    }

    /** Pops the G's frames above the ones the kernel pushed at newproc. */
    private static void popToStart(GState st) {
        while (st.g.depth() > st.baseDepth) {
            st.g.leave(st.g.frameFunc(st.g.depth() - 1));
        }
    }

    /** gopanic(e interface{}): e's type word and data word, as the deferred call's caller shows them. */
    private long[] panicArgWords(Interp.GoPanic p) {
        Object v = p.value();
        if (v instanceof Values.Iface iv) {
            return new long[] {addressOf(iv.type()), iv.val() == null ? 0 : addressOf(iv.val())};
        }
        return new long[] {0, v == null ? 0 : addressOf(v)};
    }

    private static int clampLine(Func f, int line) {
        return Math.max(f.startLine(), Math.min(f.endLine(), line));
    }

    // ---- calls, statements, time ----------------------------------------------------------------

    /**
     * The kernel's view of the goroutine, brought up to date before anything that enters the
     * kernel (a primitive, a native, an allocation): the statements run since the last grant are
     * counted, and the G's simulated stack gets the interpreter's frames. Between two entries the
     * G's stack is not touched: the kernel reads it (dumps, profiles, gopc) only inside an entry
     * of this goroutine, or while the goroutine is parked in one.
     */
    GState enter(Goroutine g) {
        GState st = state(g);
        settle(g, st);
        syncStack(st, g.top());
        return st;
    }

    /** Counts the statements run under the goroutine's allowance and takes the allowance back. */
    private void settle(Goroutine g, GState st) {
        int n = st.granted - g.statementsLeft();
        if (n > 0) {
            steps += n;
            st.pendingNanos += STATEMENT_NANOS * n;
        }
        st.granted = 0;
        g.allowStatements(0);
    }

    /**
     * Functions of the library get their place in the symbol table at their first call (see
     * {@link #defineFunctions}), as when every call was mirrored into the G: the PCs of a run do
     * not depend on which stacks the kernel happened to look at.
     */
    @Override
    public long goStackLimit() {
        return GoStack.limit(rt.version().atLeast(19), rt.maxStackSize());
    }

    @Override
    public int goDepthLimit() {
        return maxGoDepth - 1; // the G's frame index is the interpreter's depth plus runtime.main's
    }

    /**
     * The interpreter found callee past the stack's limit: the frames go to the G, and their
     * sizes, outermost first, give each one's stack pointer in Go's report.
     */
    @Override
    public void onStackOverflow(Goroutine g, Frame callee) {
        GState st = state(g);
        syncStack(st, callee);
        int depth = st.g.depth();
        int offset = depth - 1 - callee.depth();
        Frame[] frames = new Frame[callee.depth() + 1];
        for (Frame f = callee; f != null; f = f.caller()) {
            frames[f.depth()] = f;
        }
        GoStack stack = new GoStack(rt.version().atLeast(19), Integer.MAX_VALUE, rt.maxStackSize());
        for (int i = 0; i < frames.length - 1; i++) {
            stack.push(offset + i, frames[i].frameBytes());
        }
        stack.overflow(depth - 1);
        throw st.g.stackOverflow(stack.sp(depth), stack.lo(), stack.hi());
    }

    /**
     * A map write's hashWriting window (go1.7 hashmap.go:457-460 to 552-555; mapdelete 571-574 to
     * 614-617; 1.19 map.go mapassign 594-597 to 685-688, the fast variants alike). The write is the
     * current statement, whose time [t, t + STATEMENT_NANOS) ends the goroutine's pending time. The
     * flag is set until {@link #mapWriteEnd}, so a write whose allocation stops the world (a GC)
     * is still under way for the goroutines that run meanwhile. When no other thread has an event
     * before the statement's end and no write of mv is under way, nothing can overlap it and its
     * time is not split (no change to the run). Otherwise the time before it runs
     * first (other threads due earlier play), then the flag is set while the statement's own time
     * passes, so a thread whose write of mv falls inside that window finds it set: Go's
     * "concurrent map writes", raised by the second writer, as in Go. Threads overlap only where
     * their virtual times do, so a program whose writes are ordered by a lock or a channel never
     * sees a window open.
     */
    @Override
    public void mapWriteBegin(Goroutine g, Values.MapVal mv, Hashmap.ThrowSite site) {
        GState st = state(g);
        settle(g, st);
        long end = st.pendingNanos;
        if (mv.hashWriting == null && !rt.kernel().othersWithin(end)) {
            mv.hashWriting = g; // set for the whole write: its allocations may start a GC, which lets others run
            return;
        }
        syncStack(st, g.top()); // others may dump this goroutine while it waits inside the write
        long window = untilStatement(st, end);
        if (mv.hashWriting != null && mv.hashWriting != g) {
            throw mapThrow(g, st, site);
        }
        mv.hashWriting = g;
        st.pendingNanos = window;
        flushPending(st);
    }

    @Override
    public void mapWriteEnd(Goroutine g, Values.MapVal mv) {
        if (mv.hashWriting == g) {
            mv.hashWriting = null;
        }
    }

    /**
     * A read that finds another goroutine's write flag: the time before this statement runs first
     * (the writer's window may close meanwhile); if the write is still under way, mapaccess's throw.
     */
    @Override
    public void mapReadWhileWriting(Goroutine g, Values.MapVal mv, Hashmap.ThrowSite site) {
        GState st = enter(g);
        long window = untilStatement(st, st.pendingNanos);
        st.pendingNanos = window;
        if (mv.hashWriting != null && mv.hashWriting != g && !mv.isEmpty()) {
            throw mapThrow(g, st, site);
        }
    }

    /** Charges the pending time before the current statement (threads due before it run now); returns the statement's own time. */
    private long untilStatement(GState st, long end) {
        long window = Math.min(STATEMENT_NANOS, end);
        st.pendingNanos = end - window;
        flushPending(st);
        return window;
    }

    /**
     * The throw on a map found mid-write. go1.7 throws in the map function ({@code site}, e.g.
     * mapassign1's hashmap.go:458): throw's dopanic (panic.go:566) with m.throwing set shows the
     * runtime frames and fp/sp of the goroutine (traceback.go:688-689, 414-416), with arguments
     * that are placeholders of their shape (throw's message pointer and length). 1.19's map.go
     * calls fatal (a user throw): the goroutine dump without runtime frames, as real Go 1.19 prints.
     */
    private gosim.sim.GoFatal mapThrow(Goroutine g, GState st, Hashmap.ThrowSite site) {
        String msg = site.message();
        syncStack(st, g.top());
        if (rt.version().atLeast(19)) {
            return st.g.fatal(msg);
        }
        Func fn = runtimeFunc(site.name(), site.file(), site.start(), site.end());
        Func th = runtimeFunc("runtime.throw", "runtime/panic.go", 559, 568);
        Frame top = g.top();
        int depth = st.g.depth();
        int offset = depth - 1 - top.depth();
        Frame[] frames = new Frame[top.depth() + 1];
        for (Frame f = top; f != null; f = f.caller()) {
            frames[f.depth()] = f;
        }
        GoStack stack = new GoStack(false, Integer.MAX_VALUE, rt.maxStackSize());
        for (int i = 0; i < frames.length; i++) {
            stack.push(offset + i, frames[i].frameBytes());
        }
        stack.push(depth, MAP_FRAME_BYTES);
        stack.push(depth + 1, THROW_FRAME_BYTES);
        long[] mapWords = java.util.Arrays.copyOf(MAP_WORDS, site.words());
        long[] throwWords = {THROW_MSG_WORD, msg.length()};
        st.g.enter(fn, (gosim.sim.ArgWords) () -> mapWords);
        st.g.line(site.line());
        st.g.enter(th, (gosim.sim.ArgWords) () -> throwWords);
        st.g.line(566);
        try {
            return st.g.thrown(msg, stack.sp(depth + 2), stack.hi());
        } finally {
            st.g.leave(th);
            st.g.leave(fn);
        }
    }

    /** A runtime function of GOROOT/src/file, defined at first use (after the program's: no address moves). */
    private Func runtimeFunc(String name, String file, int start, int end) {
        Func f = rt.symtab().lookup(name);
        return f != null ? f : rt.symtab().define(name, rt.goroot() + "/src/" + file, start, end);
    }

    // Placeholders of the shape go1.7 prints for a map throw's frames: the map function's frame
    // (0xe8 bytes of locals), throw's (0x20); the maptype in rodata, the hmap in the heap, the key,
    // value and result temporaries on the stack; the message's bytes in rodata.
    private static final long MAP_FRAME_BYTES = 0xe8;
    private static final long THROW_FRAME_BYTES = 0x20;
    private static final long[] MAP_WORDS = {0x4a1e60L, 0xc42007e150L, 0xc42002df98L, 0xc42002df90L, 0xc42002df88L,
        0xc42002df80L};
    private static final long THROW_MSG_WORD = 0x4c2d3aL;

    @Override
    public void onFirstCall(Frame callee) {
        traced(callee);
    }

    /** The G's Func for an interpreter frame, resolved once per function and kept on it. */
    private Traced traced(Frame fr) {
        Object tag = fr.funcTag();
        if (tag == null) {
            tag = traced(fr.func());
            fr.setFuncTag(tag);
        }
        return (Traced) tag;
    }

    /**
     * Mirrors the interpreter's frames (top and its callers) into the G above the frames the kernel
     * pushed at newproc; the outermost one takes the kernel's start frame when it runs the start
     * function. Frames the last sync wrote and that cannot have run since (their callee is still the
     * same activation) are left alone, so a sync costs what changed, not the depth.
     */
    private void syncStack(GState st, Frame top) {
        SimStack gg = st.g;
        if (st.panicChain) {
            if (mirrorPanicChain(st, top)) {
                return;
            }
            // the deferred calls gopanic ran have returned: the plain chain again, from the start frame
            st.panicChain = false;
            popToStart(st);
            st.shadowLen = 0;
            st.startMapped = false;
        }
        int offset = st.startMapped ? st.baseDepth - 1 : st.baseDepth;
        if (gg.depth() != offset + st.shadowLen) {
            // something else moved the G's frames (a native's own frames): mirror everything again
            st.shadowLen = 0;
            st.startMapped = false;
            offset = st.baseDepth;
        }
        // the lowest frame to write: below it, every frame is mirrored with its current line
        Frame lowest = null;
        boolean lowestMatched = false;
        boolean aboveMatched = false;
        boolean forPanic = false;
        for (Frame fr = top; fr != null; fr = fr.caller()) {
            int i = fr.depth();
            boolean match = i < st.shadowLen && st.shadow[i] == fr && st.shadowActivation[i] == fr.activation();
            if (match && aboveMatched) {
                break;
            }
            // a frame not mirrored before that gopanic runs, or that runs above one
            forPanic |= fr.deferredForPanic() != null;
            lowest = fr;
            lowestMatched = match;
            aboveMatched = match;
        }
        if (forPanic && mirrorPanicChain(st, top)) {
            st.panicChain = true;
            return;
        }
        int n = top == null ? 0 : top.depth() + 1;
        int j = lowest == null ? n : lowest.depth();
        if (j == 0 && !lowestMatched) {
            // a new outermost frame: it takes the kernel's start frame if it runs the start function
            st.startMapped = lowest != null && traced(lowest).fn == st.start;
            offset = st.startMapped ? st.baseDepth - 1 : st.baseDepth;
        }
        int keep = offset + j + (lowestMatched ? 1 : 0);
        int floor = st.baseDepth; // the start frame stays until the G exits
        while (gg.depth() > Math.max(keep, floor)) {
            gg.leave(gg.frameFunc(gg.depth() - 1));
        }
        if (n == 0) {
            st.shadowLen = 0;
            st.startMapped = false;
            return;
        }
        if (st.shadow.length < n) {
            st.shadow = java.util.Arrays.copyOf(st.shadow, Math.max(n, st.shadow.length * 2));
            st.shadowActivation = java.util.Arrays.copyOf(st.shadowActivation, st.shadow.length);
        }
        // frames from lowest up, outermost first
        Frame fr = top;
        for (int i = n - 1; i >= j; i--) {
            st.shadow[i] = fr;
            st.shadowActivation[i] = fr.activation();
            fr = fr.caller();
        }
        for (int i = j; i < n; i++) {
            Frame f = st.shadow[i];
            Traced t = traced(f);
            int gi = offset + i;
            if (gi < gg.depth()) {
                // mirrored already (or the start frame): only its line and arguments
                if (gi == st.baseDepth - 1 && i == 0 && st.startMapped) {
                    gg.setArgs(gi, f);
                }
            } else {
                gg.enter(t.fn, f);
            }
            gg.line(t.line(f.line()));
        }
        for (int i = n; i < st.shadowLen; i++) {
            st.shadow[i] = null;
        }
        st.shadowLen = n;
    }

    @Override
    public boolean traceStatements() {
        return true;
    }

    /**
     * The goroutine used up its statement allowance: this statement and the allowance's count
     * (step budget, virtual CPU time), and the next allowance runs to the first statement that
     * could stop the run or charge the time, so those happen at the same statement as if each
     * statement were counted here.
     */
    @Override
    public void onStatement(Goroutine g, Frame f, int line) {
        GState st = state(g);
        int n = st.granted + 1;
        st.granted = 0;
        if ((steps += n) > opts.maxSteps()) {
            throw new BudgetExceeded("gosim: program stopped: it ran more than " + opts.maxSteps()
                    + " statements (raise the budget with -max-steps)\n");
        }
        st.pendingNanos += STATEMENT_NANOS * n;
        if (st.pendingNanos >= FLUSH_NANOS) {
            flush(g);
        }
        long free = Math.min(opts.maxSteps() - steps, (FLUSH_NANOS - st.pendingNanos - 1) / STATEMENT_NANOS);
        st.granted = (int) Math.min(free, Integer.MAX_VALUE);
        g.allowStatements(st.granted);
    }

    /** Charges the goroutine's pending statement time to its M (a point where it may be preempted). */
    private void flushPending(GState st) {
        long d = st.pendingNanos;
        if (d > 0) {
            st.pendingNanos = 0;
            Go.work(d);
        }
        checkTime();
    }

    /** The virtual-time budget: nothing the program does after the limit is seen. */
    private void checkTime() {
        if (Go.nanotime() > opts.maxVirtualNanos()) {
            throw timeBudget();
        }
    }

    private BudgetExceeded timeBudget() {
        return new BudgetExceeded("gosim: program stopped: it ran past " + opts.maxVirtualNanos() / 1_000_000
                + "ms of virtual time (raise the budget with -max-time)\n");
    }

    /**
     * time.Sleep under the budget: a sleep that ends past the limit stops the run when it wakes,
     * before the program can do anything more (the timer keeps Go's deadline, so the schedule up
     * to the limit is the unbudgeted one).
     */
    void sleep(Goroutine g, long d) {
        flush(g);
        Go.sleep(d);
        checkTime();
    }

    /** Enters the kernel and charges the pending statement time (see {@link #enter}). */
    void flush(Goroutine g) {
        flushPending(enter(g));
    }

    // ---- heap -----------------------------------------------------------------------------------

    /** Bytes of goroutine stack per G counted against the memory budget (Go 1.7's starting size). */
    static final long STACK_BYTES_PER_G = 2048;

    /**
     * The budget is the simulated machine's memory: a single request larger than all of it could
     * never be mapped, which in Go is the throw of a refused mmap (1.19 mem_linux.go:186-187
     * sysMapOS: "runtime: out of memory"), what real Go prints for make([]byte, 1<<45). A heap that
     * grows past the budget is gosim's stop instead (checkMemory): whether real Go would get that
     * memory depends on the machine.
     */
    @Override
    public void beforeAlloc(Goroutine g, long bytes) {
        if (bytes > opts.maxHeapBytes()) {
            GState st = enter(g);
            syncStack(st, g.top()); // the dump shows the allocating statement's line
            throw st.g.fatal("runtime: out of memory");
        }
        checkMemory(bytes);
    }

    /** The memory budget: live simulated heap plus goroutine stacks. */
    private void checkMemory(long more) {
        long used = rt.heap().heapAlloc() + (long) rt.allgCount() * STACK_BYTES_PER_G + more;
        if (used > opts.maxHeapBytes()) {
            throw new BudgetExceeded("gosim: program stopped: its simulated heap and goroutine stacks passed "
                    + opts.maxHeapBytes() + " bytes (raise the budget with -max-heap)\n");
        }
    }

    @Override
    public int procPin(Goroutine g) {
        enter(g);
        return rt.kernel().procPin();
    }

    @Override
    public int gomaxprocs() {
        return rt.gomaxprocs();
    }

    @Override
    public long numGC() {
        return rt.heap().numGC();
    }

    @Override
    public void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site) {
        onAlloc(g, obj, size, type, site, null);
    }

    @Override
    public gosim.sim.internal.AllocPath paramPath(FuncInfo fn) {
        return library(fn) && libraryLines.inlined(fn.name()) ? IN_CALLER : null;
    }

    /** An allocation of the caller's: no frames of the heap model's, the goroutine's innermost dropped. */
    private static final gosim.sim.internal.AllocPath IN_CALLER = gosim.sim.internal.AllocPath.of(List.of(), 1);

    @Override
    public void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site, gosim.sim.internal.AllocPath path) {
        GState st = enter(g);
        atSite(st, g.top(), site);
        syncMemProfileRate();
        HeapObject h = path == null ? Go.malloc(size, noscan(obj, type))
                : rt.kernel().mallocFrom(path, size, noscan(obj, type));
        List<Object> in = valueOf.get(h); // a tiny block already holds other objects
        if (obj != null && !heapOf.containsKey(obj)) {
            heapOf.put(obj, h);
            if (in == null) {
                valueOf.put(h, in = new ArrayList<>(1));
            }
            in.add(obj);
        } else if (obj != null && in == null) {
            // a second block of the same value (a channel's separate buffer): it lives as long as the value
            valueOf.put(h, new ArrayList<>(List.of(obj)));
        } else if (in == null) {
            h.release(); // nothing references the block itself
        }
        checkMemory(0);
    }

    /**
     * An allocation is attributed to the line of its expression, as Go's pcln table attributes the
     * call of mallocgc, not to the first line of a statement spanning several (a composite literal
     * with a make in a field on a line of its own); only for an expression of the running function.
     */
    private void atSite(GState st, Frame top, Pos site) {
        if (site == null || top == null || site.line() == top.line()) {
            return;
        }
        FuncInfo fi = top.func();
        if (site.line() >= fi.startLine() && site.line() <= fi.endLine() && site.file().equals(fi.file())) {
            st.g.line(traced(top).line(site.line()));
        }
    }

    /**
     * Whether the allocation's type has no pointers: a string's bytes (rawstring), a backing array of
     * pointer-free elements (makeslice, growslice), or any other pointer-free object (newobject).
     */
    static boolean noscan(Object obj, Type type) {
        if (obj instanceof String) {
            return true;
        }
        if (obj instanceof Object[] && type.underlying() instanceof Types.Slice s) {
            return !Types.hasPointers(s.elem);
        }
        return !Types.hasPointers(type);
    }

    /** runtime.MemProfileRate is a variable the program assigns; the heap reads it at each malloc. */
    void syncMemProfileRate() {
        if (memProfileRate != null && memProfileRate.v instanceof Long rate
                && rate.intValue() != rt.heap().memProfileRate()) {
            rt.heap().setMemProfileRate(rate.intValue());
        }
    }

    /**
     * b's bytes as a string that is, for the heap, b's own block (Go's unsafe string header over a
     * slice, strings/builder.go:48): no allocation, and the block lives while the string does. The
     * Java string is a copy, which is the same as aliasing because no one writes those bytes again.
     */
    String aliasString(Values.SliceVal b) {
        if (b == null) {
            return "";
        }
        String s = new String(Values.bytes(b), java.nio.charset.StandardCharsets.ISO_8859_1);
        HeapObject h = heapOf.get(b.a);
        List<Object> in = h == null ? null : valueOf.get(h);
        if (in != null) {
            heapOf.put(s, h);
            in.add(s);
        }
        return s;
    }

    /** The heap block holding Go value v, or null (not on the simulated heap). */
    HeapObject heapObject(Object v) {
        return heapOf.get(v);
    }

    /** The Go values in heap block h, by offset (several only in a tiny block); empty if none. */
    List<Object> valuesIn(HeapObject h) {
        List<Object> vs = valueOf.get(h);
        return vs == null ? List.of() : vs;
    }

    /** The GC's mark: objects reachable from globals, live goroutines' frames and channel buffers. */
    private boolean isReachable(HeapObject h) {
        List<Object> vs = valueOf.get(h);
        if (vs == null) {
            return !h.released();
        }
        if (reachableForGC != rt.heap().numGC()) {
            reachable = mark();
            reachableForGC = rt.heap().numGC();
        }
        // a tiny block lives while any object in it is reachable
        for (Object v : vs) {
            if (reachable.contains(v)) {
                return true;
            }
        }
        if (finalizers.hasFinalizer(h)) {
            return false; // the sweep keeps it for its finalizer (Finalizers.queuefinalizers)
        }
        valueOf.remove(h);
        for (Object v : vs) {
            heapOf.remove(v);
        }
        return false;
    }

    private Set<Object> mark() {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> work = new ArrayDeque<>();
        java.util.function.Consumer<Object> visit = o -> {
            if (o != null && !(o instanceof Long) && !(o instanceof Boolean) && seen.add(o)) {
                work.add(o);
            }
        };
        linked.forEachGlobalRoot(visit);
        for (Goroutine g : live) {
            Interp.forEachStackRoot(g, visit);
        }
        finalizers.forEachRoot(visit);
        while (!work.isEmpty()) {
            Object o = work.poll();
            if (o instanceof Chan<?> c) {
                c.forEachBuffered(visit);
            } else {
                Values.forEachReference(o, visit);
            }
        }
        return seen;
    }

    // ---- channels -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Chan<Object> chan(Object ch) {
        return ch == null ? Chan.nil() : (Chan<Object>) ch;
    }

    /** Runs a kernel operation, turning the kernel's panics into the interpreter's. */
    <T> T guarded(Goroutine g, java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (Interp.GoPanic p) {
            throw p; // interpreted code's own panic (e.g. a function run by the primitive)
        } catch (GoPanic p) {
            throw kernelPanic(g, p);
        }
    }

    /** The interpreter's panic for a panic the kernel raised in an operation of g. */
    private RuntimeException kernelPanic(Goroutine g, GoPanic p) {
        String msg = p.printValue();
        return linked.panic(g, msg, !msg.startsWith("sync:"));
    }

    @Override
    public Object makeChan(Goroutine g, Types.Chan type, long size) {
        if (size < 0 || size > Chan.MAX_BUFFER) {
            throw linked.panic(g, "makechan: size out of range", true);
        }
        enter(g);
        return Chan.make((int) size, Values.zero(type.elem));
    }

    @Override
    public void send(Goroutine g, Object ch, Object value) {
        flush(g);
        // guarded's try inlined here: a goroutine parked in a send or receive keeps every Java frame
        // between its entry and the park frozen in its stack chunk
        try {
            chan(ch).send(value);
        } catch (Interp.GoPanic p) {
            throw p;
        } catch (GoPanic p) {
            throw kernelPanic(g, p);
        }
    }

    @Override
    public Object recv(Goroutine g, Object ch, boolean commaOk) {
        flush(g);
        try {
            if (commaOk) {
                Chan.Recv<Object> r = chan(ch).recv2();
                g.recvOk = r.ok();
                return r.value();
            }
            return chan(ch).recv();
        } catch (Interp.GoPanic p) {
            throw p;
        } catch (GoPanic p) {
            throw kernelPanic(g, p);
        }
    }

    @Override
    public void close(Goroutine g, Object ch) {
        enter(g);
        guarded(g, () -> {
            chan(ch).close();
            return null;
        });
    }

    @Override
    public int chanLen(Object ch) {
        return ch == null ? 0 : chan(ch).len();
    }

    @Override
    public int chanCap(Object ch) {
        return ch == null ? 0 : chan(ch).cap();
    }

    @Override
    public int select(Goroutine g, SelectCase[] cases, boolean hasDefault) {
        flush(g);
        Select sel = new Select();
        for (SelectCase c : cases) {
            if (c.send) {
                sel.send(chan(c.ch), c.value, null);
            } else {
                sel.recv2(chan(c.ch), r -> {
                    c.received = r.value();
                    c.ok = r.ok();
                });
            }
        }
        if (hasDefault) {
            sel.dflt(null);
        }
        int i = guarded(g, sel::run);
        return i == cases.length ? -1 : i;
    }

    // ---- the process ----------------------------------------------------------------------------

    @Override
    public void write(Goroutine g, int fd, byte[] b, int off, int len) {
        if (rt.finished()) {
            return; // a goroutine unwinding after the process ended: Go never runs that code
        }
        checkTime(); // output after the -max-time limit (a goroutine woken past it) is never written
        PrintStream to = fd == 2 ? stderr : stdout;
        to.write(b, off, len);
        // os.Stdout/Stderr are unbuffered in Go (one write(2) per File.Write): what the program wrote
        // reaches the OS even if the JVM halts next (e.g. -XX:+ExitOnOutOfMemoryError)
        to.flush();
    }

    @Override
    public void exit(Goroutine g, int code) {
        flush(g);
        stdout.flush();
        Go.exit(code);
    }

    /** The run's in-memory files (Scenario seeds them before the program starts). */
    gosim.specs.lang.MemFS files = new gosim.specs.lang.MemFS();

    @Override
    public gosim.specs.lang.MemFS fs() {
        files.clock(wallClock);
        return files;
    }

    /** Files' modification times: the virtual wall clock that time.Now reads (Natives' time.now). */
    private final java.util.function.LongSupplier wallClock = () -> Natives.EPOCH_UNIX_NANOS + Go.nanotime();

    /** A file syscall: the M blocks in the kernel for nanos (syscall.Syscall's entersyscall/exitsyscall). */
    @Override
    public void fileSyscall(Goroutine g, long nanos) {
        flush(g);
        Go.syscall(nanos);
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
        List<String> a = new ArrayList<>();
        a.add(programName);
        a.addAll(opts.programArgs());
        return a;
    }

    @Override
    public long addressOf(Object obj) {
        return rt.addressOf(obj);
    }

    @Override
    public long funcEntry(FuncInfo fn) {
        Func f = rt.symtab().lookup(fn.name());
        return f == null ? 0 : f.entry();
    }

    @Override
    public int fastrand(int n) {
        return Integer.remainderUnsigned(rt.fastrand(), n);
    }

    /** A budget ran out: the message is printed and the process exits with status 2. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
