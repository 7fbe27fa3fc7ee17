package gosim.sim;

/**
 * Where the blocking primitives report a goroutine that waited: models the call of mprof.go's
 * {@code blockevent(cycles, skip)} made by chan.go, select.go and sema.go (Go 1.7) when a
 * goroutine resumes after blocking. The block profile (mprof) implements it; the default does
 * nothing. Set one with {@code GoRuntime.kernel().setBlockHook}.
 *
 * <p>The hook runs on the goroutine that blocked, right after it resumed. Its simulated stack then
 * ends with the runtime function that calls blockevent in Go (for example runtime.chanrecv below
 * runtime.chanrecv1), so {@code Go.callers(skip, pcs)} inside the hook gives the PCs Go's
 * {@code callers(skip, ...)} gives inside blockevent: frame 0 (runtime.Callers) stands for
 * blockevent itself.
 */
@FunctionalInterface
public interface BlockHook {
    /** The default: block profiling off (blockprofilerate == 0), so nothing is timed. */
    BlockHook NONE = new BlockHook() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void blockevent(long cycles, int skip) {
        }
    };

    /**
     * Whether blocking operations time themselves (Go: {@code blockprofilerate > 0}), asked when
     * an operation starts, as Go reads blockprofilerate before it may block.
     */
    default boolean enabled() {
        return true;
    }

    /**
     * One blocking event: {@code cycles} CPU ticks between the start of the operation and the
     * moment another goroutine made this one runnable; {@code skip} as Go passes it.
     */
    void blockevent(long cycles, int skip);

    /** cputicks() for a virtual time in nanoseconds, at {@link GoRuntime#TICKS_PER_SECOND} (2.6 GHz). */
    static long cputicks(long nanos) {
        return nanos / 5 * 13 + nanos % 5 * 13 / 5;
    }
}
