package gosim.sim;

/**
 * runtime.Goexit in flight (runtime/panic.go Goexit): one of the runtime's control-flow signals,
 * with {@link GoPanic}, {@link ProcessExit} and {@link GoFatal}, shared by the simulator and the
 * interpreter. It unwinds a goroutine's Java stack, running finally blocks (the interpreter: deferred
 * calls) on the way; recover returns nil. An Error, so that catch (Exception) in goroutine code does
 * not stop it.
 */
public final class GoexitSignal extends Error {
    public GoexitSignal() {
        super("runtime.Goexit", null, false, false);
    }
}
