package gosim.sim;

/**
 * The process exits (os.Exit, runtime/proc.go exit): one of the runtime's control-flow signals, with
 * {@link GoPanic}, {@link GoexitSignal} and {@link GoFatal}, shared by the simulator and the
 * interpreter. It unwinds a goroutine's stack without running deferred calls: in the simulator, from
 * the primitive a goroutine was parked in when the runtime reaps it after its process ended; in a host
 * without the simulator, from os.Exit itself. An Error, so that goroutine code's catch (Exception)
 * lets it pass.
 */
public final class ProcessExit extends Error {
    private final int code;

    public ProcessExit(int code) {
        super("exit status " + code, null, false, false);
        this.code = code;
    }

    /** The process's exit status. */
    public int code() {
        return code;
    }
}
