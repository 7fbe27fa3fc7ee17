package gosim.pprof;

/**
 * runtime.Callers(skip, pc) of the goroutine calling {@link Profile#add}: fills {@code pc} with
 * the return PCs of its stack and returns how many it stored (at most {@code pc.length}).
 * skip 0 is the frame of runtime.Callers itself, 1 the frame of its caller (Profile.Add).
 */
@FunctionalInterface
interface Callers {
    int callers(int skip, long[] pc);
}
