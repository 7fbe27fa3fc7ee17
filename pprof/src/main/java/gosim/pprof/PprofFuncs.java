package gosim.pprof;

import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoVersion;
import gosim.sim.Symtab;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Go functions that are on a goroutine's stack while runtime/pprof and net/http/pprof work for
 * it, defined in the simulated process's symbol table so that profiles taken during that work
 * look like Go's (a goroutine profile shows runtime/pprof.writeRuntimeProfile, writeGoroutine and
 * (*Profile).WriteTo above the caller). runtime/pprof lines are those of go1.7's pprof.go, and of
 * Go 1.19's under the 1.19 dialect ({@link #CALLS}); net/http/pprof lines are counted from Go 1.6's pprof.go (1.7's has the same layout); net,
 * net/http and the netpoller rows are approximations of Go 1.7's lines inside the right function
 * of the right file.
 *
 * <p>Internal: public for gosim.pprof.http and the interpreter of gosim-specs, not API.
 */
public final class PprofFuncs {
    /** GOROOT of the simulated toolchain, as in the runtime's own layout. */
    public static final String GOROOT_SRC = "/usr/local/go/src/";

    /**
     * One function: its name, file under GOROOT/src, first and last line in go1.7 and in Go 1.19
     * (/usr/share/go-1.19/src); rows without 1.19 facts keep their 1.7 lines in both.
     */
    public record Row(String name, String file, int start, int end, int start19, int end19) {
        public Row(String name, String file, int start, int end) {
            this(name, file, start, end, start, end);
        }
    }

    /**
     * A call site of runtime/pprof: {@code row}'s call at go1.7 line {@code line17}, which Go 1.19's
     * pprof.go makes at {@code line19}; {@code call} names the callee as the source writes it.
     */
    public record Call(Row row, int line17, int line19, String call) {
    }

    // runtime/pprof: go1.7 pprof.go lines, then Go 1.19's (checked in PprofFuncsTest).
    public static final String PPROF_GO = "runtime/pprof/pprof.go";
    public static final Row PROFILE_ADD = new Row("runtime/pprof.(*Profile).Add", PPROF_GO, 253, 270, 278, 300);
    public static final int PROFILE_ADD_CALLERS = 262;
    public static final Row PROFILE_WRITE_TO = new Row("runtime/pprof.(*Profile).WriteTo", PPROF_GO, 293, 313, 325, 353);
    public static final int PROFILE_WRITE_TO_WRITE = 298;
    public static final Row WRITE_HEAP_PROFILE = new Row("runtime/pprof.WriteHeapProfile", PPROF_GO, 446, 448, 523, 525);
    /**
     * writeHeap (go1.7 pprof.go:457-553; 1.19's is a wrapper at 534-536 around writeHeapInternal,
     * 544-652) and its p = make([]runtime.MemProfileRecord, n+50) (1.7 pprof.go:470, 1.19 565).
     * Defined at first use, after the program's functions ({@link #LATE}).
     */
    public static final Row WRITE_HEAP = new Row("runtime/pprof.writeHeap", PPROF_GO, 457, 553, 534, 536);
    public static final int WRITE_HEAP_MAKE = 470;
    /** 1.19's writeHeap calls writeHeapInternal(w, debug, "") here (not a {@link Call}: 1.7's line makes the slice itself). */
    public static final int WRITE_HEAP_INTERNAL_CALL_19 = 535;
    public static final Row WRITE_HEAP_INTERNAL = new Row("runtime/pprof.writeHeapInternal", PPROF_GO, 544, 652, 544, 652);
    public static final int WRITE_HEAP_INTERNAL_MAKE_19 = 565;
    /**
     * lockProfiles (go1.7 pprof.go:155-166, 1.19 183-196) makes profiles.m on first use with a map
     * literal (1.7 at 159, 1.19 at 187), called by NewProfile, Lookup and Profiles (1.7 at 177, 195,
     * 202; 1.19 at 209, 227, 234). Defined at first use ({@link #LATE}).
     */
    public static final Row LOCK_PROFILES = new Row("runtime/pprof.lockProfiles", PPROF_GO, 155, 166, 183, 196);
    public static final int LOCK_PROFILES_MAP = 159;
    /**
     * go1.7's maplit assigns each entry at its key's line (sinit.go:1000-1012: setlineno of the key,
     * then of val, a temporary made at the first key's line 160): the first mapassign1 is at 160.
     * 1.19 assigns at the literal's line (its profile shows both allocations at pprof.go:187), so
     * this line is go1.7's only.
     */
    public static final int LOCK_PROFILES_ASSIGN = 160;
    public static final Row NEW_PROFILE = new Row("runtime/pprof.NewProfile", PPROF_GO, 176, 191, 208, 223);
    public static final int NEW_PROFILE_LOCK = 177;
    public static final Row LOOKUP = new Row("runtime/pprof.Lookup", PPROF_GO, 194, 198, 226, 230);
    public static final int LOOKUP_LOCK = 195;
    public static final Row PROFILES = new Row("runtime/pprof.Profiles", PPROF_GO, 201, 212, 233, 244);
    public static final int PROFILES_LOCK = 202;
    public static final Row WRITE_GOROUTINE = new Row("runtime/pprof.writeGoroutine", PPROF_GO, 572, 577, 679, 684);
    public static final int WRITE_GOROUTINE_STACKS_CALL = 574;
    public static final int WRITE_GOROUTINE_PROFILE_CALL = 576;
    public static final Row WRITE_GOROUTINE_STACKS = new Row("runtime/pprof.writeGoroutineStacks", PPROF_GO, 579, 598, 686, 705);
    public static final int WRITE_GOROUTINE_STACKS_STACK = 585;
    public static final Row WRITE_RUNTIME_PROFILE = new Row("runtime/pprof.writeRuntimeProfile", PPROF_GO, 600, 623, 707, 732);
    /** fetch(nil), then fetch(p). */
    public static final int WRITE_RUNTIME_PROFILE_COUNT = 608;
    public static final int WRITE_RUNTIME_PROFILE_FETCH = 614;
    public static final Row START_CPU_PROFILE = new Row("runtime/pprof.StartCPUProfile", PPROF_GO, 647, 672, 760, 785);
    public static final int START_CPU_PROFILE_RATE = 669;
    public static final Row STOP_CPU_PROFILE = new Row("runtime/pprof.StopCPUProfile", PPROF_GO, 724, 734, 819, 829);
    public static final int STOP_CPU_PROFILE_RATE = 732;

    /**
     * The itab word of an io.Writer holding an *os.File: the conversion's go.itab cache points at
     * the itab getitab made with persistentalloc (go1.7 iface.go:76), off the heap arena. The model
     * has no persistentalloc chunks, so this is a fixed, plausible address of the first one.
     */
    public static final long ITAB_OS_FILE_IO_WRITER = 0x7f0b5a3e0000L;

    /**
     * The two words of an io.Writer argument (itab, data) for an *os.File at {@code file}: what a
     * traceback prints for the w of WriteTo, writeGoroutine and writeGoroutineStacks.
     */
    public static long[] writerWords(long file) {
        return new long[] {ITAB_OS_FILE_IO_WRITER, file};
    }

    /**
     * The argument words of the debug=2 goroutine profile's three frames, innermost last, for the
     * writer words {@code w}, go1.7 pprof.go signatures (results are zeroed on entry, so 0x0):
     * (*Profile).WriteTo(p, w, debug) error is 6 words (pprof.go:293), writeGoroutine(w, debug)
     * error 5 (572), writeGoroutineStacks(w) error 4 (579).
     */
    public static long[][] goroutineStacksArgs(long profile, long[] w, long debug) {
        return new long[][] {
            {profile, w[0], w[1], debug, 0, 0},
            {w[0], w[1], debug, 0, 0},
            {w[0], w[1], 0, 0},
        };
    }

    /**
     * Where the goroutine profile's *Profile lives: {@code var goroutineProfile = &Profile{...}} is
     * initialized statically (go1.7 pprof.go:131-135), so the pointer is into the data segment,
     * which the model places after rodata (runtime.throw's messages are at 0x4b6a7c).
     */
    public static final long GOROUTINE_PROFILE_ADDR = 0x4f1d60L;

    /** Every runtime/pprof call site the model marks, with both releases' lines (pprof.go). */
    public static final Call[] CALLS = {
        new Call(PROFILE_ADD, PROFILE_ADD_CALLERS, 287, "runtime.Callers(skip+1, stk[:])"),
        new Call(LOCK_PROFILES, LOCK_PROFILES_MAP, 187, "profiles.m = map[string]*Profile{"),
        new Call(NEW_PROFILE, NEW_PROFILE_LOCK, 209, "lockProfiles()"),
        new Call(LOOKUP, LOOKUP_LOCK, 227, "lockProfiles()"),
        new Call(PROFILES, PROFILES_LOCK, 234, "lockProfiles()"),
        new Call(PROFILE_WRITE_TO, PROFILE_WRITE_TO_WRITE, 330, "p.write(w, debug)"),
        new Call(WRITE_GOROUTINE, WRITE_GOROUTINE_STACKS_CALL, 681, "writeGoroutineStacks(w)"),
        new Call(WRITE_GOROUTINE, WRITE_GOROUTINE_PROFILE_CALL, 683, "writeRuntimeProfile(w, debug, \"goroutine\""),
        new Call(WRITE_GOROUTINE_STACKS, WRITE_GOROUTINE_STACKS_STACK, 692, "runtime.Stack(buf, true)"),
        new Call(WRITE_RUNTIME_PROFILE, WRITE_RUNTIME_PROFILE_COUNT, 716, "fetch(nil"),
        new Call(WRITE_RUNTIME_PROFILE, WRITE_RUNTIME_PROFILE_FETCH, 723, "fetch(p"),
        new Call(START_CPU_PROFILE, START_CPU_PROFILE_RATE, 782, "runtime.SetCPUProfileRate(hz)"),
        new Call(STOP_CPU_PROFILE, STOP_CPU_PROFILE_RATE, 827, "runtime.SetCPUProfileRate(0)"),
    };

    // net/http/pprof (Go 1.6/1.7 pprof.go).
    public static final String HTTP_PPROF_GO = "net/http/pprof/pprof.go";
    public static final Row HTTP_CMDLINE = new Row("net/http/pprof.Cmdline", HTTP_PPROF_GO, 78, 81);
    public static final int HTTP_CMDLINE_WRITE = 80;
    public static final Row HTTP_SLEEP = new Row("net/http/pprof.sleep", HTTP_PPROF_GO, 83, 92);
    public static final int HTTP_SLEEP_SELECT = 88;
    public static final Row HTTP_PROFILE = new Row("net/http/pprof.Profile", HTTP_PPROF_GO, 96, 116);
    public static final int HTTP_PROFILE_START = 105;
    public static final int HTTP_PROFILE_SLEEP = 114;
    public static final int HTTP_PROFILE_STOP = 115;
    public static final Row HTTP_TRACE = new Row("net/http/pprof.Trace", HTTP_PPROF_GO, 121, 140);
    public static final int HTTP_TRACE_START = 130;
    /** Trace's sleep(w, ...) and trace.Stop() lines, numbered as the rows above (go1.7 pprof.go:137-138 + 1). */
    public static final int HTTP_TRACE_SLEEP = 138;
    public static final int HTTP_TRACE_STOP = 139;
    public static final Row HTTP_SYMBOL = new Row("net/http/pprof.Symbol", HTTP_PPROF_GO, 145, 188);
    public static final int HTTP_SYMBOL_LOOKUP = 171;
    public static final Row HTTP_HANDLER = new Row("net/http/pprof.handler.ServeHTTP", HTTP_PPROF_GO, 197, 212);
    public static final int HTTP_HANDLER_GC = 208;
    public static final int HTTP_HANDLER_WRITE = 210;
    public static final Row HTTP_INDEX = new Row("net/http/pprof.Index", HTTP_PPROF_GO, 218, 231);
    public static final int HTTP_INDEX_HANDLER = 222;
    public static final int HTTP_INDEX_TEMPLATE = 228;

    // net/http's server (Go 1.7 server.go, approximate).
    public static final String SERVER_GO = "net/http/server.go";
    public static final Row CONN_SERVE = new Row("net/http.(*conn).serve", SERVER_GO, 1491, 1600);
    public static final int CONN_SERVE_HANDLER = 1579;
    public static final Row HANDLER_FUNC = new Row("net/http.HandlerFunc.ServeHTTP", SERVER_GO, 1725, 1727);
    public static final int HANDLER_FUNC_CALL = 1726;
    public static final Row MUX_SERVE = new Row("net/http.(*ServeMux).ServeHTTP", SERVER_GO, 2012, 2023);
    public static final int MUX_SERVE_CALL = 2022;
    public static final Row SERVER_HANDLER = new Row("net/http.serverHandler.ServeHTTP", SERVER_GO, 2195, 2203);
    public static final int SERVER_HANDLER_CALL = 2202;
    public static final Row SERVER_SERVE = new Row("net/http.(*Server).Serve", SERVER_GO, 2248, 2295);
    public static final int SERVER_SERVE_ACCEPT = 2273;
    public static final int SERVER_SERVE_GO = 2293;

    // The netpoller path of an accepting listener (Go 1.7, approximate).
    public static final Row NETFD_ACCEPT = new Row("net.(*netFD).accept", "net/fd_unix.go", 408, 440);
    public static final int NETFD_ACCEPT_WAIT = 419;
    public static final Row POLL_WAIT_READ = new Row("net.(*pollDesc).waitRead", "net/fd_poll_runtime.go", 77, 79);
    public static final int POLL_WAIT_READ_CALL = 78;
    public static final Row POLL_WAIT = new Row("net.(*pollDesc).wait", "net/fd_poll_runtime.go", 64, 74);
    public static final int POLL_WAIT_CALL = 73;
    public static final Row RUNTIME_POLL_WAIT = new Row("net.runtime_pollWait", "runtime/netpoll.go", 146, 165);
    public static final int RUNTIME_POLL_WAIT_PARK = 160;

    static final Row[] ALL = {
        PROFILE_ADD, PROFILE_WRITE_TO, WRITE_HEAP_PROFILE, WRITE_GOROUTINE, WRITE_GOROUTINE_STACKS,
        WRITE_RUNTIME_PROFILE, START_CPU_PROFILE, STOP_CPU_PROFILE,
        HTTP_CMDLINE, HTTP_SLEEP, HTTP_PROFILE, HTTP_TRACE, HTTP_SYMBOL, HTTP_HANDLER, HTTP_INDEX,
        CONN_SERVE, HANDLER_FUNC, MUX_SERVE, SERVER_HANDLER, SERVER_SERVE,
        NETFD_ACCEPT, POLL_WAIT_READ, POLL_WAIT, RUNTIME_POLL_WAIT,
    };

    /** Rows defined only when first called, so that defining them moves no other function's address. */
    static final Row[] LATE = {WRITE_HEAP, WRITE_HEAP_INTERNAL, LOCK_PROFILES, NEW_PROFILE, LOOKUP, PROFILES};

    private final Map<Row, Func> funcs = new LinkedHashMap<>();
    private final boolean go19;
    private final Symtab symtab;

    /**
     * Defines every row in {@code symtab} (returning the existing function if already defined)
     * with the lines of {@code version}'s sources.
     */
    public PprofFuncs(Symtab symtab, GoVersion version) {
        go19 = version.atLeast(19);
        this.symtab = symtab;
        for (Row r : ALL) {
            define(r);
        }
    }

    private Func define(Row r) {
        Func f = symtab.define(r.name(), GOROOT_SRC + r.file(), go19 ? r.start19() : r.start(), go19 ? r.end19() : r.end());
        funcs.put(r, f);
        return f;
    }

    /** Whether this is the Go 1.19 dialect's layout. */
    public boolean go19() {
        return go19;
    }

    /** The line of {@code row}'s call at go1.7 line {@code line17} in this dialect. */
    public int line(Row row, int line17) {
        if (go19) {
            for (Call c : CALLS) {
                if (c.row() == row && c.line17() == line17) {
                    return c.line19();
                }
            }
        }
        return line17;
    }

    /** The function of a row. */
    public Func func(Row row) {
        Func f = funcs.get(Objects.requireNonNull(row));
        if (f == null && java.util.Arrays.asList(LATE).contains(row)) {
            f = define(row);
        }
        if (f == null) {
            throw new IllegalArgumentException("no pprof function row " + row.name());
        }
        return f;
    }

    /** A body run with a frame of a Go function on the stack; it may throw IOException. */
    @FunctionalInterface
    public interface Body<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code body} on the calling goroutine with a frame of {@code row} pushed, its current
     * line {@code line} (the call the body models), popping the frame however body ends.
     */
    public <T> T call(Row row, int line, Body<T> body) throws IOException {
        Func f = func(row);
        Go.enter(f);
        try {
            Go.line(line(row, line));
            return body.run();
        } finally {
            Go.leave(f);
        }
    }

    /** {@link #call} for a body that throws no checked exception. */
    public <T> T callUnchecked(Row row, int line, java.util.function.Supplier<T> body) {
        return callUnchecked(row, line, null, body);
    }

    /**
     * {@link #callUnchecked} whose frame prints {@code args} as its argument words (null: none),
     * laid out as go1.7's amd64 frames are: parameters then results, an interface or string two
     * words, an int, pointer or func one (see {@link #writerWords}).
     */
    public <T> T callUnchecked(Row row, int line, long[] args, java.util.function.Supplier<T> body) {
        Func f = func(row);
        Go.enter(f);
        if (args != null) {
            long[] words = args.clone();
            gosim.sim.internal.SimStack g = gosim.sim.internal.SimStack.current();
            g.setArgs(g.depth() - 1, (gosim.sim.ArgWords) () -> words);
        }
        try {
            Go.line(line(row, line));
            return body.get();
        } finally {
            Go.leave(f);
        }
    }
}
