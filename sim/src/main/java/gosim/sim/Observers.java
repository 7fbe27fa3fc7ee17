package gosim.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The world outside looking in (no Go file: real Go has no observer that leaves the process
 * untouched; net/http/pprof's handlers run as goroutines of the process they profile). An
 * observer, such as the CLI's {@code -http} server, reads the model from the simulator's loop
 * between two events and never changes it: no goroutine, no virtual time, no PRNG draw, no
 * allocation, no stop-the-world, no address assigned, so the process produces the same bytes
 * whether it is observed or not.
 *
 * <p>{@link #observe} runs a view as if on a goroutine the process cannot see (a ghost G that is in
 * no allgs, counted by no gcount, printed in no traceback), so that code written for goroutines
 * (runtime/pprof's writers) can read the state; stopTheWorld and startTheWorld do nothing for it,
 * because between two events no goroutine runs. {@link #at} runs a task at the first event at or
 * after a virtual time (a CPU profile over N virtual seconds), or when the process ends, whichever
 * comes first. {@link #setCpuSampler} receives the SIGPROFs of the process's CPU time beside, and
 * independently of, the process's own CPU profiler.
 */
public final class Observers {
    private final GoRuntime rt;
    private G ghost;
    private CpuSampler sampler;
    /** Pending tasks by virtual time, in the order they were asked for within one time. */
    private final List<Alarm> alarms = new ArrayList<>();

    private record Alarm(long when, Runnable task) {
    }

    Observers(GoRuntime rt) {
        this.rt = rt;
    }

    /**
     * Runs {@code view} with the ghost goroutine current; call on the loop (from a {@link
     * GoRuntime#post}ed task or an {@link #at} task) or, once the process has finished, from any
     * one thread at a time.
     */
    public synchronized <T> T observe(Supplier<T> view) {
        if (ghost != null) {
            throw new IllegalStateException("observers do not nest");
        }
        G g = new G(rt, -1);
        g.status = G._Grunning;
        ghost = g;
        GoRuntime.setCurrent(g);
        try {
            return view.get();
        } finally {
            GoRuntime.setCurrent(null);
            ghost = null;
        }
    }

    /** True while {@link #observe} runs on the calling thread's view of this process. */
    public boolean observing() {
        return ghost != null && GoRuntime.currentOrNull() == ghost;
    }

    /** True when gp is the observer's ghost (it has no M and is in no list). */
    boolean isGhost(G gp) {
        return gp != null && gp == ghost;
    }

    /**
     * Runs {@code task} on the loop at the first event at or after virtual time {@code when}, or
     * when the process ends before it (check {@link GoRuntime#nanotime()} against when). Call on
     * the loop.
     */
    public void at(long when, Runnable task) {
        Objects.requireNonNull(task);
        int i = alarms.size();
        while (i > 0 && alarms.get(i - 1).when() > when) {
            i--;
        }
        alarms.add(i, new Alarm(when, task));
    }

    /** Installs (or with null removes) the observer's SIGPROF sampler. Call on the loop. */
    public void setCpuSampler(CpuSampler s) {
        this.sampler = s;
    }

    CpuSampler sampler() {
        return sampler;
    }

    /** The due alarms, from the loop between events (or all of them when the process ended). */
    void due(boolean ended) {
        while (!alarms.isEmpty() && (ended || alarms.get(0).when() <= rt.now)) {
            alarms.remove(0).task().run();
        }
    }
}
