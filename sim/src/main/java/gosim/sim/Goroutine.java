package gosim.sim;

import java.util.List;

/**
 * A goroutine, read-only: what Go 1.7's traceback prints of a g (go1.7 traceback.go:721 goroutineheader:
 * goid, status, wait reason) and its stack. {@link Go#self()} gives the calling goroutine,
 * {@link GoRuntime#goroutines()} all of them.
 *
 * <p>A handle reads the live goroutine, so read it from a goroutine of the same runtime or after
 * {@link GoRuntime#run} returned. Go reuses an exited goroutine's g for a later {@code go}
 * statement (go1.7 proc.go:2866 gfget), and the handle follows the g: compare {@link #goid()}s to tell
 * goroutines apart over time.
 */
public sealed interface Goroutine permits G {
    /** The goroutine's id (goid): 1 for main, then in creation order. */
    long goid();

    /** Its scheduling status now. */
    Status status();

    /**
     * Why it waits while {@link #status()} is {@link Status#WAITING}, in Go 1.7's words
     * ({@code "chan receive"}, {@code "semacquire"}, {@code "sleep"}, ...), else "".
     */
    String waitReason();

    /**
     * True for the runtime's own goroutines (forcegchelper, bgsweep, runfinq, timerproc, GC
     * workers: go1.7 traceback.go:804 isSystemGoroutine), which dumps, NumGoroutine and GoroutineProfile leave out.
     */
    boolean isSystem();

    /**
     * Its stack now, innermost frame first, ending in {@code runtime.goexit}: the frames
     * runtime.Callers would give from inside it, resolved as {@link Symtab#callersFrames} does.
     */
    List<Frame> stack();

    /** A g's status (runtime2.go's _G* constants; the scan bits and unused values do not occur). */
    enum Status {
        /** _Gidle: just allocated, not yet initialized. */
        IDLE,
        /** _Grunnable: on a run queue, not running. */
        RUNNABLE,
        /** _Grunning: running on an M with a P. */
        RUNNING,
        /** _Gsyscall: in a system call, its M off any P. */
        SYSCALL,
        /** _Gwaiting: blocked (see {@link Goroutine#waitReason()}). */
        WAITING,
        /** _Gdead: exited, or not yet started. */
        DEAD,
        /** _Gcopystack: its stack is being moved. */
        COPYSTACK
    }
}
