package gosim.specs.realgo;

/**
 * One disagreement between real Go's output and the simulator's.
 *
 * @param aspect what was compared ("exit status", "text", "heap record", "goroutines"...)
 * @param where  which stream, profile and record
 * @param real   real Go's value, or "(none)"
 * @param sim    the simulator's value, or "(none)"
 */
public record Difference(String aspect, String where, String real, String sim) {
    /** Placeholder for a side that has no such item. */
    public static final String NONE = "(none)";

    @Override
    public String toString() {
        return aspect + " [" + where + "]: real Go " + real + ", simulator " + sim;
    }
}
