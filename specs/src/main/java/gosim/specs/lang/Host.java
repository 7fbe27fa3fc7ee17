package gosim.specs.lang;

import java.util.List;

/**
 * What the interpreter asks of the world around it. The interpreter runs the sequential language;
 * everything that involves other goroutines or the runtime (go statements, channels, select, and the
 * body-less functions of package stubs such as time.Sleep or sync.(*Mutex).Lock) goes through here,
 * so that the simulator kernel can schedule, block and account for them. All calls happen on the
 * goroutine's own thread; a call that blocks simply does not return until the goroutine may continue.
 *
 * <p>Allocation events ({@link #onAlloc}) are reported where Go's escape analysis would heap-allocate,
 * decided by {@link Escape} (a conservative model of cmd/compile's): make, new, composite literals taken
 * by address or of slice/map type, closures with captured variables, captured or address-taken variables
 * ("moved to heap"), strings and slices built by concatenation or conversion, and interface boxing of
 * non-pointer values (runtime.convT2E) are reported when the value escapes: it is returned, sent on a
 * channel, passed to a function (method receivers excepted), stored in a package-level variable or
 * through a field, element, map entry or pointer, captured by a closure that escapes or is started by
 * go, or assigned to a local variable that escapes. A make with a non-constant size or of at least 64 KB
 * always escapes; append growth (runtime.growslice) and channels (makechan) always allocate; strings up
 * to 32 bytes that do not escape use the runtime's stack buffer. Sizes are the requested sizes (element
 * size times capacity, struct size, 48-byte hmap plus buckets); rounding to size classes is the host's.
 */
public interface Host {
    /** The pid of every simulated process (syscall.Getpid, os.Getpid). */
    long PID = 4242;


    /** Binds a body-less function of a package stub ("time.Sleep", "sync.(*Mutex).Lock"); null if unknown. */
    Native resolveNative(String symbol, Types.Signature sig);

    /** A function implemented by the host: receives Go values, returns null, one value, or Object[] for several. */
    @FunctionalInterface
    interface Native {
        Object call(Goroutine g, Object[] args);
    }

    /**
     * A go statement: start {@code child} running {@code body} (which calls the started function with
     * its already evaluated arguments). {@code start} is the started function, {@code site} the go statement.
     */
    void go(Goroutine parent, Goroutine child, FuncInfo start, Pos site, Runnable body);

    /** make(chan T, size). */
    Object makeChan(Goroutine g, Types.Chan type, long size);

    void send(Goroutine g, Object ch, Object value);

    /** Receives from ch; when commaOk, stores whether a value was received in {@link Goroutine#recvOk}. */
    Object recv(Goroutine g, Object ch, boolean commaOk);

    void close(Goroutine g, Object ch);

    int chanLen(Object ch);

    int chanCap(Object ch);

    /** One case of a select statement: a send (with value) or a receive (filled in when chosen). */
    final class SelectCase {
        public final Object ch;
        public final boolean send;
        public final Object value;
        public Object received;
        public boolean ok;

        public SelectCase(Object ch, boolean send, Object value) {
            this.ch = ch;
            this.send = send;
            this.value = value;
        }
    }

    /** Runs select; returns the index of the chosen case, or -1 for default (only when hasDefault). */
    int select(Goroutine g, SelectCase[] cases, boolean hasDefault);

    /** Whether to call onCall/onReturn (decided once, at link time). */
    default boolean traceCalls() {
        return false;
    }

    /**
     * The first call of a Go function in the run, before its body runs (a symbol table can give
     * functions their place in the order the program reaches them, as a linker keeps only those).
     */
    /** Package {@code path}'s initialization (its variables and func inits) is over; null: none has started yet. */
    default void onPackageInitDone(Goroutine g, String path) {
    }

    /** Package initialization is over and main.main is called next (go1.7 proc.go:172 then 183). */
    default void onMainStart(Goroutine g) {
    }

    default void onFirstCall(Frame callee) {
    }

    /** A Go function is entered; {@code callee.caller().line()} is the call site's line. */
    default void onCall(Goroutine g, Frame callee) {
    }

    /** A Go function returns (normally or by panicking). */
    default void onReturn(Goroutine g, Frame callee) {
    }

    /**
     * The most bytes of simulated Go stack a goroutine's interpreted frames may use, and how many
     * of them may nest, before {@link #onStackOverflow} is called (decided once, at link time).
     */
    default long goStackLimit() {
        return Long.MAX_VALUE;
    }

    default int goDepthLimit() {
        return Integer.MAX_VALUE;
    }

    /**
     * callee, just entered (g's top frame), takes the goroutine past {@link #goStackLimit} or
     * {@link #goDepthLimit}: the host reports Go's stack overflow (throws; never returns normally).
     */
    default void onStackOverflow(Goroutine g, Frame callee) {
        throw new IllegalStateException("stack overflow in " + callee.func().name());
    }

    /**
     * mapassign1 or mapdelete of mv (go1.7's throw at {@code site}) starts at the current statement: go1.7 checks
     * and sets h.flags' hashWriting first (hashmap.go:457-460, 571-574) and clears it last (552-555,
     * 614-617). A host whose threads run in parallel may let others run inside the write (and throw
     * "concurrent map writes" when another goroutine's write of mv is under way); every call is
     * followed by {@link #mapWriteEnd} once the write is done.
     */
    default void mapWriteBegin(Goroutine g, Values.MapVal mv, Hashmap.ThrowSite site) {
    }

    /**
     * A read of non-empty mv (mapaccess) finds mv's hashWriting set by another goroutine, whose
     * write is under way on another thread or was interrupted (go1.7 hashmap.go:285-286): the host
     * throws {@code site}'s message ("concurrent map read and map write"; 1.19's range loops check
     * too, "concurrent map iteration and map write") if that write still is under way at this
     * statement's time, at {@code site} (go1.7's access function).
     */
    default void mapReadWhileWriting(Goroutine g, Values.MapVal mv, Hashmap.ThrowSite site) {
    }

    /** The write {@link #mapWriteBegin} opened is done: hashWriting is cleared. */
    default void mapWriteEnd(Goroutine g, Values.MapVal mv) {
    }

    /** Whether to call onStatement before every statement (decided once, at link time). */
    default boolean traceStatements() {
        return false;
    }

    /**
     * Before a statement on line {@code line} of f, once the goroutine's statement allowance is used
     * up: at every statement unless the host grants more with {@link Goroutine#allowStatements}
     * (then once per allowance, the statements before it uncounted by the host until it asks).
     */
    default void onStatement(Goroutine g, Frame f, int line) {
    }

    /**
     * Called before the interpreter builds an object whose size depends on run-time values (make of a
     * slice, append growth, strings.Repeat), so that a memory budget can stop the program (throw
     * {@link gosim.sim.GoFatal}) before the JVM is asked for the memory.
     */
    default void beforeAlloc(Goroutine g, long sizeBytes) {
    }

    /** A heap allocation (see the class comment for which allocations count). */
    default void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site) {
    }

    /** {@link #onAlloc} made by a runtime function on the program's behalf: its record starts with path's frames. */
    default void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site, gosim.sim.internal.AllocPath path) {
        onAlloc(g, obj, size, type, site);
    }

    /**
     * The path of a parameter of fn that moves to the heap at fn's entry: null for fn's own frame;
     * a path dropping fn's frame where Go inlines fn, which allocates the parameter in its caller.
     */
    default gosim.sim.internal.AllocPath paramPath(FuncInfo fn) {
        return null;
    }

    /** sync.runtime_procPin: the id of the P running g (sync.Pool's per-P slot). */
    default int procPin(Goroutine g) {
        return 0;
    }

    /** runtime.GOMAXPROCS(0). */
    default int gomaxprocs() {
        return 1;
    }

    /** memstats.numgc: the GC cycles completed (sync.Pool's poolCleanup runs at each one's start). */
    default long numGC() {
        return 0;
    }

    /** Writes program output: fd 1 is stdout, fd 2 stderr. */
    void write(Goroutine g, int fd, byte[] b, int off, int len);

    /** The process's files and file descriptors (os): an in-memory filesystem, one per run. */
    MemFS fs();

    /**
     * A blocking file system call lasting {@code nanos} of virtual time (syscall.Syscall's
     * entersyscall/exitsyscall); nothing by default.
     */
    default void fileSyscall(Goroutine g, long nanos) {
    }

    /** os.Exit: must not return normally (throw {@link gosim.sim.ProcessExit} or the host's own). */
    void exit(Goroutine g, int code);

    /** os.Getenv: "" when unset. */
    String getenv(String key);

    /** The process's initial environment (runtime.envs), "key=value" sorted by key: never the host's. */
    default List<String> environ() {
        return List.of();
    }

    /** env as "key=value" lines sorted by key (a fixed order, whatever the map's). */
    static List<String> environ(java.util.Map<String, String> env) {
        return new java.util.TreeMap<>(env).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** os.Args (the first is the program name). */
    List<String> args();

    /** A deterministic address for a pointer, map, chan or func value (%p, %v of pointers). */
    long addressOf(Object obj);

    /** The entry PC of a function of the program (what runtime.FuncForPC maps back to it), 0 if none. */
    default long funcEntry(FuncInfo fn) {
        return 0;
    }

    /** A random number in [0, n) from the run's seeded source (map iteration order). */
    int fastrand(int n);
}
