package gosim.sim;

/**
 * The CPU profiler's side of sigprof (proc.go): called once per 1/{@link GoRuntime#PROFILE_HZ}
 * of an M's virtual CPU time while a profiler is installed, with the running goroutine's stack
 * (the interrupted PC first, then return PCs).
 */
@FunctionalInterface
public interface CpuSampler {
    void sigprof(Goroutine gp, long[] stack);
}
