package gosim.sim;

/**
 * A Go panic carrying a Go value (runtime/panic.go's _panic: arg, link, recovered). Goroutine code
 * throws it (or any exception, which panics with the exception as its value); unrecovered, it ends the
 * simulated process with Go's {@code panic: VALUE} report and exit status 2. One of the runtime's
 * control-flow signals, with {@link GoexitSignal}, {@link ProcessExit} and {@link GoFatal}, shared by
 * the simulator and the interpreter (whose panics subclass this one with the frame that panicked).
 */
public class GoPanic extends RuntimeException {
    private final transient Object value;
    private GoPanic link;
    private boolean recovered;

    public GoPanic(Object value) {
        this(value, null, false);
    }

    /**
     * A panic raised while an earlier one (link) was running deferred calls; recovered marks
     * link chains whose panic a deferred call recovered before panicking anew.
     */
    public GoPanic(Object value, GoPanic link, boolean recovered) {
        super(null, null, false, false); // the message is computed only when asked (getMessage)
        this.value = value;
        this.link = link;
        this.recovered = recovered;
    }

    /** The panic value. */
    public Object value() {
        return value;
    }

    /** The earlier panic this one interrupted, or null. */
    public GoPanic link() {
        return link;
    }

    /** gopanic: p.link = gp._panic, set when the panic starts (the interpreter knows it only then). */
    public void setLink(GoPanic link) {
        this.link = link;
    }

    @Override
    public String getMessage() {
        return String.valueOf(value);
    }

    public boolean recovered() {
        return recovered;
    }

    /** A deferred call recovered this panic (printed "[recovered]" if a later panic reports it). */
    public void markRecovered() {
        this.recovered = true;
    }

    /** printpanicval: how the value reads after "panic: ". Subclasses format Go values. */
    public String printValue() {
        return value == null ? "nil" : String.valueOf(value);
    }

    /** printpanics: the chain, oldest first, each "panic: V [recovered]" on its own line. */
    public String printPanics() {
        StringBuilder b = new StringBuilder();
        if (link != null) {
            b.append(link.printPanics()).append('\t');
        }
        b.append("panic: ").append(printValue());
        if (recovered) {
            b.append(" [recovered]");
        }
        return b.append('\n').toString();
    }
}
