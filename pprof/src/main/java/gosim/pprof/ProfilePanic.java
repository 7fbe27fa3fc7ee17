package gosim.pprof;

/**
 * A panic raised by runtime/pprof (seed 004, pprof.go); the message is Go's panic text exactly,
 * e.g. "pprof: NewProfile name already in use: NAME".
 */
public final class ProfilePanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfilePanic(String goPanicText) {
        super(goPanicText);
    }
}
