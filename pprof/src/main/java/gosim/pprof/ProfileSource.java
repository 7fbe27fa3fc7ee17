package gosim.pprof;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.ProfileResult;
import gosim.mprof.StackRecord;
import gosim.pprof.text.MemStatsView;
import gosim.pprof.text.StackDumper;

/**
 * The runtime functions the predefined profiles of Go 1.7's runtime/pprof read (seed 004):
 * what one simulated process offers its {@link Profiles}. The record functions keep Go's
 * contract: they return (n, ok); if {@code p.length >= n} they fill p[0..n) and return ok,
 * otherwise they leave p alone and return not ok. pprof calls each first with an empty array to
 * learn n, then with room for a few more, and retries while the profile keeps growing.
 */
interface ProfileSource extends StackDumper {
    /** runtime.NumGoroutine: the goroutine profile's Count. */
    int numGoroutine();

    /** runtime.GoroutineProfile. */
    ProfileResult goroutineProfile(StackRecord[] p);

    /** runtime.ThreadCreateProfile. */
    ProfileResult threadCreateProfile(StackRecord[] p);

    /** runtime.MemProfile (pprof always passes inuseZero = true). */
    ProfileResult memProfile(MemProfileRecord[] p, boolean inuseZero);

    /** runtime.MemProfileRate (the header prints twice this value). */
    long memProfileRate();

    /** runtime.ReadMemStats, reduced to the fields the heap profile's trailer prints. */
    MemStatsView readMemStats();

    /** runtime.BlockProfile. */
    ProfileResult blockProfile(BlockProfileRecord[] p);

    /** runtime_cyclesPerSecond: the rate of the clock that block cycles are counted in. */
    long cyclesPerSecond();
}
