package gosim.sim;

/**
 * Unwinds a goroutine's Java stack for runtime.Goexit, running finally blocks on the way as Go
 * runs deferred calls. An Error, so that catch (Exception) in goroutine code does not stop it.
 */
final class GoexitSignal extends Error {
    GoexitSignal() {
        super("runtime.Goexit", null, false, false);
    }
}
