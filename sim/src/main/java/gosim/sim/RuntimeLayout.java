package gosim.sim;

/**
 * Where the runtime's own functions sit in a given Go release: file names under GOROOT and the
 * lines the tracebacks print (for example runtime.main's call of main.main at proc.go:183 in Go
 * 1.7, and runtime.goexit at asm_amd64.s:2086). One instance per simulated process defines these
 * functions in its {@link Symtab} before any user function, as the linker puts the runtime first.
 * Package-private: users see these functions through the symbol table and
 * {@link GoRuntime#goroot()}.
 */
final class RuntimeLayout {
    public final String goroot;
    public final Func runtimeMain;
    public final Func goexit;
    public final Func callers;
    public final Func forcegchelper;
    public final Func bgsweep;
    /** runtime.bgscavenge, which gcenable starts beside bgsweep from Go 1.13 on; null in 1.7. */
    public final Func bgscavenge;
    public final Func runfinq;
    public final Func gopark;
    public final Func goparkunlock;
    public final Func gosched;
    /** The line of runtime.main that calls main.main. */
    public final int mainCallLine;
    /** Lines of runtime.main's calls of runtime_init, gcenable and main_init. */
    public final int runtimeInitLine;
    public final int gcenableLine;
    public final int mainInitLine;
    /** Lines inside the system goroutines where they park. */
    public final int forcegcParkLine;
    /** runtime.Callers' call of callers (extern.go). */
    public final int callersCallLine;
    public final int bgsweepParkLine;
    /** bgscavenge's first scavenger.park() (1.19 mgcscavenge.go:617). */
    public final int bgscavengeParkLine = 617;
    public final int runfinqParkLine;
    /** The line of time.Sleep (runtime/time.go) where a sleeping goroutine parks. */
    public final int sleepParkLine;
    /** Whether runtime.main's init starts forcegchelper, bgsweep and runfinq as 1.7 does. */
    public final boolean systemGoroutines;

    private final GoVersion version;
    private final Symtab symtab;

    RuntimeLayout(GoVersion v, Symtab symtab) {
        this.version = v;
        this.symtab = symtab;
        boolean modern = v.atLeast(19);
        goroot = "/usr/local/go";
        String rt = goroot + "/src/runtime/";
        // Lines per release, read from the go1.7 tag and Go 1.19.8's source: runtime.main calls
        // runtime_init, gcenable, main_init and main_main at proc.go:141/151/172/183 in go1.7.
        mainCallLine = modern ? 250 : 183;
        runtimeInitLine = modern ? 199 : 141;
        gcenableLine = modern ? 209 : 151;
        mainInitLine = modern ? 233 : 172;
        runtimeMain = symtab.define("runtime.main", rt + "proc.go", modern ? 145 : 106, modern ? 277 : 201);
        gopark = symtab.define("runtime.gopark", rt + "proc.go", modern ? 346 : 245, modern ? 364 : 260);
        goparkunlock = symtab.define("runtime.goparkunlock", rt + "proc.go", modern ? 368 : 264, modern ? 370 : 266);
        forcegchelper = symtab.define("runtime.forcegchelper", rt + "proc.go", modern ? 293 : 216, modern ? 310 : 231);
        forcegcParkLine = modern ? 302 : 224;
        gosched = symtab.define("runtime.Gosched", rt + "proc.go", modern ? 316 : 237, modern ? 319 : 239);
        bgsweep = symtab.define("runtime.bgsweep", rt + "mgcsweep.go", modern ? 271 : 57, modern ? 299 : 81);
        bgsweepParkLine = modern ? 278 : 63;
        // 1.19 mgcscavenge.go:613-628; go1.7 scavenges from sysmon, with no goroutine.
        bgscavenge = modern ? symtab.define("runtime.bgscavenge", rt + "mgcscavenge.go", 613, 628) : null;
        runfinq = symtab.define("runtime.runfinq", rt + "mfinal.go", modern ? 162 : 144, modern ? 262 : 217);
        runfinqParkLine = modern ? 180 : 158;
        sleepParkLine = modern ? 195 : 59;
        callers = symtab.define("runtime.Callers", rt + "extern.go", modern ? 240 : 212, modern ? 248 : 220);
        callersCallLine = modern ? 247 : 219; // return callers(skip, pc)
        // goexit is an assembly stub with no prologue; a G's stack ends at its entry+1.
        goexit = symtab.define("runtime.goexit", rt + "asm_amd64.s", modern ? 1594 : 2086, modern ? 1596 : 2088, 0);
        systemGoroutines = true;
        for (FuncTable[] table : new FuncTable[][] {KernelFuncs.TABLE, SyncFuncs.TABLE}) {
            for (FuncTable row : table) {
                if (row.start(version) > 0) { // 0: the function does not exist in this release
                    define(row);
                }
            }
        }
    }

    /** Defines the functions of a throw's system stack (KernelFuncs.THROW_PATH) if not yet defined. */
    void defineThrowPath() {
        defineLate(KernelFuncs.THROW_PATH);
    }

    /** Defines the stack-overflow throw's functions (KernelFuncs.OVERFLOW_PATH) if not yet defined. */
    void defineOverflowPath() {
        defineLate(KernelFuncs.OVERFLOW_PATH);
    }

    /** Defines the "no goroutines" deadlock's functions (KernelFuncs.GOEXIT_DEADLOCK_PATH) if not yet defined. */
    void defineGoexitDeadlockPath() {
        defineLate(KernelFuncs.GOEXIT_DEADLOCK_PATH);
    }

    /** Defines the functions of a new M's heap blocks (KernelFuncs.M_PATH) if not yet defined. */
    void defineMPath() {
        defineLate(KernelFuncs.M_PATH);
    }

    /** Defines mexit's functions (KernelFuncs.MEXIT_PATH) if not yet defined. */
    void defineMexitPath() {
        defineLate(KernelFuncs.MEXIT_PATH);
    }

    /** Defines the GC start path's functions (KernelFuncs.GC_PATH) if not yet defined. */
    void defineGcPath() {
        defineLate(KernelFuncs.GC_PATH);
    }

    /**
     * The stack of malg's new(g) (KernelFuncs.MALG_PATH), defining its functions at first use. The
     * PCs are kept after that (a defined function never moves): every new G asked for them, and the
     * symbol lookups were a few percent of spawning 100,000 goroutines (docs/kernel-profile.md).
     */
    long[] malgStack() {
        long[] pcs = malgPcs;
        if (pcs == null) {
            defineLate(KernelFuncs.MALG_PATH);
            int[] lines = version.atLeast(19) ? KernelFuncs.MALG_LINES_19 : KernelFuncs.MALG_LINES;
            pcs = new long[lines.length];
            for (int i = 0; i < lines.length; i++) {
                pcs[i] = func(KernelFuncs.MALG_PATH[i].name()).returnPC(lines[i]);
            }
            malgPcs = pcs;
        }
        return pcs.clone(); // the caller's own, as before
    }

    /** malgStack's PCs once its functions are defined. */
    private long[] malgPcs;

    /**
     * The runtime frames of an allocation path, then {@code stack} but for the frames the path drops: the functions are defined at
     * first use, after everything defined so far, as {@link #malgStack} does. A record's stack keeps
     * at most 32 PCs (mprof.go maxStack), the innermost.
     */
    long[] prepend(gosim.sim.internal.AllocPath path, long[] stack) {
        java.util.List<gosim.sim.internal.AllocPath.Frame> fs = path.frames();
        if (path.dropped() > 0) {
            stack = java.util.Arrays.copyOfRange(stack, Math.min(path.dropped(), stack.length), stack.length);
        }
        int n = Math.min(fs.size() + stack.length, 32);
        long[] pcs = new long[n];
        for (int i = 0; i < n; i++) {
            if (i < fs.size()) {
                gosim.sim.internal.AllocPath.Frame f = fs.get(i);
                Func fn = symtab.lookup(f.name());
                if (fn == null) {
                    fn = symtab.define(f.name(), goroot + "/src/" + f.file(), f.start(), f.end());
                }
                pcs[i] = fn.returnPC(f.line());
            } else {
                pcs[i] = stack[i - fs.size()];
            }
        }
        return pcs;
    }

    /** Defines the rows not yet defined, after everything defined so far (no address moves). */
    private void defineLate(FuncTable[] rows) {
        for (FuncTable row : rows) {
            if (symtab.lookup(row.name()) == null && row.start(version) > 0) {
                define(row);
            }
        }
    }

    private Func define(FuncTable row) {
        return symtab.define(row.name(), goroot + "/src/" + row.file(version), row.start(version), row.end(version));
    }

    /** A runtime or library function of the tables, defined at startup; error if unknown. */
    public Func func(String name) {
        Func f = symtab.lookup(name);
        if (f == null) {
            throw new IllegalArgumentException("no runtime function " + name + " in the function tables");
        }
        return f;
    }

    /** The return PC every goroutine's stack ends with: goexit+PCQuantum. */
    public long goexitPC() {
        return goexit.entry() + 1;
    }
}
