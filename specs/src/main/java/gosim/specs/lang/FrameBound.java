package gosim.specs.lang;

/**
 * An interpreted function with its frame ready (Calls.bind's usual result). Also the Runnable a go
 * statement starts: public and final so that the host's goroutine entry can call {@link #run()}
 * directly, which C1 inlines (an interface call it does not), leaving the entry one Java frame
 * above {@link Interp#invoke} in the frozen stack of every parked goroutine (docs/kernel-profile.md).
 */
public final class FrameBound implements Calls.Bound, Runnable {
    private final Interp in;
    private final Interp.Fn fn;
    private final Frame cf;

    FrameBound(Interp in, Interp.Fn fn, Frame cf) {
        this.in = in;
        this.fn = fn;
        this.cf = cf;
    }

    @Override
    public FuncInfo start() {
        return fn.info;
    }

    @Override
    public void run(Frame caller) {
        in.invoke(caller, cf);
    }

    /** Runs the function as a goroutine's body (no Go caller). */
    @Override
    public void run() {
        in.invoke(null, cf);
    }

    @Override
    public Interp.Deferred asDeferred() {
        return new Interp.DeferredFrame(cf);
    }
}
