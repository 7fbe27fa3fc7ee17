package gosim.sim;

/**
 * A Go panic carrying a Go value. Goroutine code throws it (or any exception, which panics with
 * the exception as its value); unrecovered, it ends the simulated process with Go's
 * {@code panic: VALUE} report and exit status 2.
 */
public class GoPanic extends RuntimeException {
    private final transient Object value;
    private final GoPanic link;
    private boolean recovered;

    public GoPanic(Object value) {
        this(value, null, false);
    }

    /**
     * A panic raised while an earlier one (link) was running deferred calls; recovered marks
     * link chains whose panic a deferred call recovered before panicking anew.
     */
    public GoPanic(Object value, GoPanic link, boolean recovered) {
        super(String.valueOf(value), null, false, false);
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
