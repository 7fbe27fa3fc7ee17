package gosim.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What goroutine code calls, as Go code calls the go statement and package runtime: start
 * goroutines, enter and leave named functions (so stacks and profiles are meaningful), mark the
 * current line, yield, and spend virtual CPU time. Every method must be called on a goroutine of a
 * running {@link GoRuntime}; elsewhere it throws IllegalStateException.
 */
public final class Go {
    private Go() {
    }

    /** The go statement: starts {@code body} as a new goroutine whose function is {@code fn}. */
    public static void go(Func fn, Runnable body) {
        G g = GoRuntime.self();
        g.rt.go(Objects.requireNonNull(fn), Objects.requireNonNull(body));
    }

    /** Calls {@code body} as function {@code fn}: its frame is on the stack while body runs. */
    public static void call(Func fn, Runnable body) {
        G g = enter(fn);
        try {
            body.run();
        } finally {
            g.popFrame(fn);
        }
    }

    /** Calls {@code body} as function {@code fn} and returns its result. */
    public static <T> T call(Func fn, Supplier<T> body) {
        G g = enter(fn);
        try {
            return body.get();
        } finally {
            g.popFrame(fn);
        }
    }

    /** Pushes a frame for fn (at its first line); pair with {@link #leave}. */
    public static G enter(Func fn) {
        G g = GoRuntime.self();
        g.pushFrame(Objects.requireNonNull(fn), fn.startLine());
        return g;
    }

    /** Pops fn's frame, which must be the innermost. */
    public static void leave(Func fn) {
        GoRuntime.self().popFrame(fn);
    }

    /** Sets the current line of the innermost frame (where the next call or allocation happens). */
    public static void line(int line) {
        G g = GoRuntime.self();
        Func f = g.fns[g.depth - 1];
        if (line < f.startLine() || line > f.endLine()) {
            throw new IllegalArgumentException(f.name() + " spans lines " + f.startLine() + "-" + f.endLine()
                    + ", not line " + line);
        }
        g.lines[g.depth - 1] = line;
    }

    /** runtime.Gosched: the goroutine goes to the global run queue and the M schedules. */
    public static void gosched() {
        G g = GoRuntime.self();
        g.rt.gosched();
    }

    /** Spends {@code nanos} of virtual CPU time on this goroutine's M. */
    public static void work(long nanos) {
        G g = GoRuntime.self();
        g.rt.advance(g, nanos);
    }

    /** Spends virtual CPU time. */
    public static void work(Duration d) {
        work(d.toNanos());
    }

    /** The current goroutine's id. */
    public static long goid() {
        return GoRuntime.self().goid;
    }

    /** The current goroutine. */
    public static G self() {
        return GoRuntime.self();
    }

    /** The runtime the current goroutine belongs to. */
    public static GoRuntime runtime() {
        return GoRuntime.self().rt;
    }

    /** Virtual time now (runtime.nanotime), in nanoseconds. */
    public static long nanotime() {
        G g = GoRuntime.self();
        return g.m.clock;
    }

    /** runtime.Callers: return PCs of the caller's stack; skip 0 is Callers itself. */
    public static int callers(int skip, long[] pcs) {
        G g = GoRuntime.self();
        return g.rt.callers(g, skip, pcs);
    }

    /** os.Exit: ends the process now with the given status. */
    public static void exit(int code) {
        GoRuntime.self().rt.exitProcess(code);
    }
}
