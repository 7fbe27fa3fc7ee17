package gosim.sim;

/**
 * Where a frame's argument words come from when a traceback prints them: read at print time, as
 * Go reads the argument area of a live frame.
 *
 * <p>Go 1.19 prints typed arguments (traceback.go printArgs, reading the compiler's
 * _FUNCDATA_ArgInfo): a frame's words may instead be such a description, {@link #INFO_19} followed
 * by (operation, value) pairs, which {@link Traceback} prints as 1.19 does.
 */
@FunctionalInterface
public interface ArgWords {
    long[] words();

    /** The first word of a Go 1.19 argument description (a value no argument area starts with here). */
    long INFO_19 = 0x7a5c_a161_1900_0000L;
    /** A leaf value, printed in hex. */
    long LEAF = 0;
    /** A leaf value in a register the callee may have overwritten: printed with "?" (traceback.go:633-635). */
    long LEAF_STALE = 1;
    /** "{" opening an aggregate (_startAgg). */
    long START_AGG = 2;
    /** "}" (_endAgg). */
    long END_AGG = 3;
    /** "..." (_dotdotdot): more than 10 components, or nesting deeper than 5. */
    long DOTDOTDOT = 4;
}
