package gosim.sim;

import gosim.sim.heap.HeapObject;
import gosim.sim.internal.Kernel;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The internal {@link Kernel} of one runtime: the package-private primitives of {@link GoRuntime}
 * (go1.7 proc.go gopark, goready, injectglist) for gosim's own modules, kept off GoRuntime's
 * public API.
 */
final class RuntimeKernel implements Kernel {
    private final GoRuntime rt;

    RuntimeKernel(GoRuntime rt) {
        this.rt = rt;
    }

    private G own(Goroutine g) {
        return own(rt, g);
    }

    /** The G behind a handle, which must be one of rt's. */
    static G own(GoRuntime rt, Goroutine g) {
        G gp = (G) Objects.requireNonNull(g);
        if (gp.rt != rt) {
            throw new IllegalArgumentException("goroutine " + gp.goid + " belongs to another GoRuntime");
        }
        return gp;
    }

    @Override
    public boolean othersWithin(long nanos) {
        G g = GoRuntime.self();
        return !g.systemStack && g.m.clock + nanos >= rt.timeline.peekClock();
    }

    @Override
    public HeapObject mallocFrom(gosim.sim.internal.AllocPath path, long size, boolean noscan) {
        G g = GoRuntime.self();
        if (g.rt != rt) {
            throw new IllegalStateException("mallocFrom: the calling goroutine belongs to another GoRuntime");
        }
        return rt.malloc(g, size, noscan, Objects.requireNonNull(path));
    }

    @Override
    public int procPin() {
        G g = GoRuntime.self();
        return g.m != null && g.m.p != null ? g.m.p.id : 0;
    }

    @Override
    public void setFinalizers(gosim.sim.heap.FinalizerSpecials specials) {
        rt.finalizers = specials;
    }

    @Override
    public void setFingAtInit(boolean atInit) {
        rt.fingAtInit = atInit;
    }

    @Override
    public void createfing() {
        if (GoRuntime.self().rt != rt) {
            throw new IllegalStateException("createfing: the calling goroutine belongs to another GoRuntime");
        }
        rt.mfinal.createfing();
    }

    @Override
    public void queuefinalizer(Runnable call, long framesz, long fnAddr) {
        rt.mfinal.queuefinalizer(call, framesz, fnAddr);
    }

    @Override
    public void gopark(String reason) {
        rt.gopark(reason);
    }

    @Override
    public void goready(Goroutine g) {
        rt.goready(own(g));
    }

    @Override
    public void netpollers(int delta) {
        rt.netpollers(delta);
    }

    @Override
    public void netpollReady(Goroutine g) {
        rt.netpollReady(own(g));
    }

    @Override
    public void setReachability(Predicate<HeapObject> reachable) {
        rt.setReachability(reachable);
    }

    @Override
    public void setArgWordsResolver(Function<Object, long[]> resolver) {
        rt.setArgWordsResolver(resolver);
    }

    @Override
    public void installMProf(gosim.sim.heap.MProfHooks hooks) {
        rt.installMProf(hooks);
    }

    @Override
    public void setBlockHook(BlockHook hook) {
        rt.setBlockHook(hook);
    }

    @Override
    public void setCpuSampler(CpuSampler sampler) {
        rt.setCpuSampler(sampler);
    }
}
