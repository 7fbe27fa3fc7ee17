package gosim.sim;

/**
 * Unwinds a goroutine's thread after its process ended: thrown from the primitive it was parked
 * in when the runtime reaps it. An Error, so that goroutine code's catch (Exception) lets it pass.
 */
final class ProcessExit extends Error {
    ProcessExit() {
        super("the simulated process has exited", null, false, false);
    }
}
