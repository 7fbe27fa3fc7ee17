package gosim.sim;

/**
 * A fatal runtime error (Go's {@code throw}): the simulated process prints it and exits with
 * status 2. Thrown from model code, which may be running on a goroutine's thread.
 */
public final class GoFatal extends Error {
    private final String output;
    /** The output already holds the goroutine dump (rendered where the throw happened). */
    final boolean dumped;

    GoFatal(String output, String message) {
        this(output, message, false);
    }

    GoFatal(String output, String message, boolean dumped) {
        super(message, null, false, false);
        this.output = output;
        this.dumped = dumped;
    }

    /**
     * A fatal error raised by an interpreter running on the simulator: {@code output} is what
     * the process writes before the goroutine dump ("fatal error: ...\n").
     */
    public static GoFatal of(String output, String message) {
        return new GoFatal(output, message);
    }

    /**
     * runtime.throw (runtime/panic.go): a broken invariant of the model, checked in every run
     * (not a Java {@code assert}, which the launcher leaves off). Use as
     * {@code if (!ok) throw GoFatal.thrown("what broke")}.
     */
    public static GoFatal thrown(String message) {
        return new GoFatal("fatal error: " + message + "\n", message);
    }

    /**
     * newproc1's check of a go statement's function (go1.7 proc.go:2723-2726 throw with
     * m.throwing = -1, "do not dump full stacks"; 1.19 proc.go:4115-4117 fatal): the current
     * goroutine and the others print at the default level, with no runtime frames, no new G is made.
     */
    public static GoFatal goOfNilFunc() {
        return thrown("go of nil func value");
    }

    /** What the process writes to stderr before the goroutine dump. */
    public String output() {
        return output;
    }
}
