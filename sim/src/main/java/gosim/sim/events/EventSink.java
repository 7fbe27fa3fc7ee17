package gosim.sim.events;

/**
 * A view of the event stream. Views only read: they never advance virtual time, start a
 * goroutine or draw a random number, so a run is the same with or without them.
 */
public interface EventSink {
    /** Called for each event, in stream order. */
    void event(Event e);

    /** The stream ends for this view (detached, or the process ended). */
    default void close() {
    }
}
