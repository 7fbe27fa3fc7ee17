package gosim.mprof;

import java.util.List;

/** What GoroutineProfile reads from the kernel: gcount, stop-the-world and the G stacks. */
public interface GoroutineSource {
    /** NumGoroutine(): the number of goroutines that exist now (gcount). */
    int gcount();

    /**
     * Runs {@code action} holding worldsema with the world stopped (stopTheWorld("profile") ...
     * startTheWorld()), on the calling goroutine.
     */
    void withWorldStopped(Runnable action);

    /** The calling goroutine's stack, innermost PC first (saveg of getcallerpc/getcallersp). */
    long[] callerStack();

    /** The stacks of every other goroutine that is not dead, in allgs order. */
    List<long[]> otherStacks();
}
