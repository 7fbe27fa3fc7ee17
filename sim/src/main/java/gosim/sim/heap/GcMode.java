package gosim.sim.heap;

/** gcMode of Go 1.7's mgc.go: how a cycle ends, which decides when the mprof GC step runs. */
public enum GcMode {
    /**
     * gcBackgroundMode: a cycle started because the heap reached NextGC. gcSweep runs mProf_GC
     * once and the sweep follows, so its frees land in the "prev" stage and are published by the
     * next cycle.
     */
    BACKGROUND,
    /**
     * gcForceBlockMode: runtime.GC(). The sweep completes inside the pause and gcSweep then runs
     * mProf_GC twice, so every event up to now is published at once.
     */
    FORCE_BLOCK
}
