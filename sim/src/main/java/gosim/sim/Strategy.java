package gosim.sim;

import java.util.Locale;

/**
 * How a run's timing is perturbed (see {@link Noise} for the model and its calibration). Only
 * timing: every decision is still made by Go 1.7's algorithm.
 */
public enum Strategy {
    /** No noise: the idealized schedule of the modeled costs ({@code -noise none}). */
    NONE,
    /** Default: thread speeds, wake-up and thread-start latencies, timer slack, sysmon's phase and
     *  GC pauses drawn from distributions measured on real Go. */
    REALISTIC,
    /** Uniform perturbation at every decision point and a uniform delay at every scheduling point. */
    RANDOM,
    /**
     * Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010):
     * random thread priorities and d-1 priority change points over k steps. For a bug of depth d
     * among n threads and k steps the paper's scheduler finds it with probability at least
     * 1/(n k^(d-1)) per run; here the "threads" are Ms and a step is a scheduling point (see
     * {@link Noise}), so the bound holds for orderings the engine can express as M delays.
     */
    PCT;

    /** The name as the CLI spells it. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a CLI name (none, realistic, random, pct). */
    public static Strategy parse(String s) {
        for (Strategy st : values()) {
            if (st.flag().equals(s)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown strategy \"" + s + "\" (known: realistic, random, pct)");
    }
}
