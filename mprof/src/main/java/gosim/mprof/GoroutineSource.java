package gosim.mprof;

import java.util.List;

/** What GoroutineProfile reads from the kernel: stop-the-world and the G stacks. */
interface GoroutineSource {
    /**
     * Runs {@code action} holding worldsema with the world stopped (stopTheWorld("profile") ...
     * startTheWorld()), on the calling goroutine.
     */
    void withWorldStopped(Runnable action);

    /** The calling goroutine's stack, innermost PC first (saveg of getcallerpc/getcallersp); null when the caller is an observer outside the process (no record for it). */
    long[] callerStack();

    /**
     * The stacks of every other goroutine that counts (isOK of mprof.go:525-529: not the caller,
     * not dead, not one of the runtime's own since Go 1.6), in allgs order.
     */
    List<long[]> otherStacks();
}
