package gosim.specs.junit;

import gosim.sim.GoRuntime;
import gosim.sim.concurrent.Concurrency;

/**
 * One run of a {@link GoTest}: what a test method may take as a parameter to know its seed and
 * settings, and to reach its runtime and the simulator's concurrency facades.
 *
 * @param seed the run's seed
 * @param gomaxprocs its GOMAXPROCS
 * @param strategy the exploration strategy ("" for the default)
 * @param noise the noise model ("" for the default)
 * @param runtime the simulated process the method runs in
 */
public record GoTestRun(long seed, int gomaxprocs, String strategy, String noise, GoRuntime runtime) {
    /** The java.util.concurrent facades backed by the simulator. */
    public Concurrency concurrency() {
        return Concurrency.gosim();
    }

    /** The argument of {@code @GoTest(replay = ...)} that runs exactly this run again. */
    public String replayKey() {
        return RunKey.of(seed, gomaxprocs, strategy, noise);
    }
}
