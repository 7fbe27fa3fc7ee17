package gosim.sim;

/**
 * A Go panic carrying a Go value. Goroutine code throws it (or any exception, which panics with
 * the exception as its value); unrecovered, it ends the simulated process with Go's
 * {@code panic: VALUE} report and exit status 2.
 */
public class GoPanic extends RuntimeException {
    private final transient Object value;

    public GoPanic(Object value) {
        super(String.valueOf(value), null, false, false);
        this.value = value;
    }

    /** The panic value. */
    public Object value() {
        return value;
    }
}
