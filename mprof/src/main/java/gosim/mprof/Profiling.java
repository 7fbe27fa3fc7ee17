package gosim.mprof;

import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.Goroutine;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's profiling record APIs for one simulated process (mprof.go's MemProfile,
 * BlockProfile, ThreadCreateProfile, GoroutineProfile, SetBlockProfileRate): the bucket table
 * wired into the kernel's heap and blocking points, and the stack profiles read from allm and
 * allgs. Methods that stop the world must be called from a goroutine of the process.
 */
public final class Profiling {
    private final GoRuntime rt;
    private final MProf mprof;

    private Profiling(GoRuntime rt) {
        this.rt = rt;
        this.mprof = new MProf(GoRuntime.TICKS_PER_SECOND, rt::fastrand);
    }

    /** Creates the bucket table of rt and installs it as rt's mprof hooks; call before rt.run. */
    public static Profiling attach(GoRuntime rt) {
        Profiling p = new Profiling(rt);
        rt.kernel().installMProf(p.mprof);
        rt.kernel().setBlockHook(p.blockHook());
        return p;
    }

    public GoRuntime runtime() {
        return rt;
    }

    /** The bucket table. */
    MProf mprof() {
        return mprof;
    }

    /** runtime.MemProfileRate. */
    public int memProfileRate() {
        return rt.heap().memProfileRate();
    }

    /** Sets runtime.MemProfileRate (0 turns heap profiling off, 1 records every allocation). */
    public void setMemProfileRate(int rate) {
        rt.heap().setMemProfileRate(rate);
    }

    /** runtime.MemProfile with Go's (n, ok) contract. */
    public ProfileResult memProfile(MemProfileRecord[] p, boolean inuseZero) {
        return mprof.memProfile(p, inuseZero);
    }

    /** The heap profile's records, newest bucket first. */
    public List<MemProfileRecord> memProfile(boolean inuseZero) {
        return mprof.memProfile(inuseZero);
    }

    /**
     * The block profile's end of blockevent: enabled while the rate is positive; the stack is
     * the resumed goroutine's from the frame Go's callers(skip) would start at.
     */
    private gosim.sim.BlockHook blockHook() {
        return new gosim.sim.BlockHook() {
            @Override
            public boolean enabled() {
                return mprof.blockProfileRate() > 0;
            }

            @Override
            public void blockevent(long cycles, int skip) {
                long[] stk = new long[StackRecord.MAX_STACK];
                int n = Go.callers(skip, stk);
                mprof.blockevent(cycles, java.util.Arrays.copyOf(stk, n));
            }
        };
    }

    /** runtime.SetBlockProfileRate(ns). */
    public void setBlockProfileRate(long ns) {
        mprof.setBlockProfileRate(ns);
    }

    /** runtime.BlockProfile with Go's (n, ok) contract. */
    public ProfileResult blockProfile(BlockProfileRecord[] p) {
        return mprof.blockProfile(p);
    }

    public List<BlockProfileRecord> blockProfile() {
        return mprof.blockProfile();
    }

    /** runtime.ThreadCreateProfile: one record per M, newest first, holding its createstack. */
    public ProfileResult threadCreateProfile(StackRecord[] p) {
        return StackProfiles.threadCreateProfile(rt::threadCreateStacks, p);
    }

    /**
     * runtime.GoroutineProfile: the caller's stack first, then every other goroutine that is not
     * dead (nor, since Go 1.6, one of the runtime's own), taken with worldsema held and the world
     * stopped. Call from a goroutine.
     */
    public ProfileResult goroutineProfile(StackRecord[] p) {
        Goroutine self = Go.self();
        return StackProfiles.goroutineProfile(new GoroutineSource() {
            @Override
            public void withWorldStopped(Runnable action) {
                rt.stopTheWorld("profile");
                try {
                    action.run();
                } finally {
                    rt.startTheWorld();
                }
            }

            @Override
            public long[] callerStack() {
                // an observer (-http) is not a goroutine of the process: no caller record
                return rt.observers().observing() ? null : rt.stackOf(self);
            }

            @Override
            public List<long[]> otherStacks() {
                List<long[]> out = new ArrayList<>();
                for (Goroutine g : rt.goroutines()) {
                    if (g != self && !(g.isSystem() && rt.version().atLeast(6))) {
                        out.add(rt.stackOf(g));
                    }
                }
                return out;
            }
        }, p);
    }
}
