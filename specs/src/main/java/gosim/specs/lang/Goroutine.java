package gosim.specs.lang;

/**
 * The interpreter's per-goroutine state: models the parts of runtime.g the language needs (the
 * innermost frame, the _panic list, the deferred calls live in frames). The host attaches its own
 * model of the G in {@link #hostData}.
 */
public final class Goroutine {
    Frame top;
    /** The innermost active panic (runtime.g._panic), linked to older ones. */
    Interp.GoPanic panic;
    /**
     * The panic a deferred reflect wrapper (Interp.Fn.wrapper) was run under, handed to the Go
     * function it calls so that function's recover() sees it (panic.go's wrapper adjustment).
     */
    Interp.GoPanic wrapperRecoverable;
    /** Result of the last comma-ok receive, set by the host. */
    public boolean recvOk;
    /** Free for the host (its G). */
    public Object hostData;
    /**
     * Statements the goroutine may still run before the host's {@link Host#onStatement} is called:
     * the host's allowance, counted down by every statement (0: call the host at every statement).
     */
    int ticks;

    /** What is left of the statement allowance (see {@link #allowStatements}). */
    public int statementsLeft() {
        return ticks;
    }

    /**
     * Lets the goroutine run n statements without calling {@link Host#onStatement}; the statement
     * after them calls it. A host that keeps a per-statement budget grants what is left of it.
     */
    public void allowStatements(int n) {
        ticks = n;
    }

    /** The innermost Go frame, or null before the goroutine's function is entered. */
    public Frame top() {
        return top;
    }

    /** The innermost active panic, or null. */
    public Interp.GoPanic panicking() {
        return panic;
    }
}
