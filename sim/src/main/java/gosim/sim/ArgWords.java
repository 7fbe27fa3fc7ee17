package gosim.sim;

/**
 * Where a frame's argument words come from when a traceback prints them: read at print time, as
 * Go reads the argument area of a live frame.
 */
@FunctionalInterface
public interface ArgWords {
    long[] words();
}
