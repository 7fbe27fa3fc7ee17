package gosim.specs.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deterministic concurrency test: the method runs as the main goroutine (main.main) of a fresh
 * {@link gosim.sim.GoRuntime}, once per seed and per GOMAXPROCS setting. A failure in any run (an
 * exception or AssertionError in any goroutine, a Go panic, a deadlock, a leaked goroutine with
 * {@link #failOnLeak}) fails the test with the original exception and its Java stack, Go's report
 * with the goroutine dump, and the line that replays exactly that run, for example
 * {@code @GoTest(replay = "seed=17,gomaxprocs=2")}.
 *
 * <p>The method may take a {@link gosim.sim.GoRuntime} or a {@link GoTestRun} parameter. Runs go
 * in parallel on the machine's cores (system property {@code gosim.test.parallelism}), each on its
 * own runtime; the failure reported is always the first in (seed, GOMAXPROCS) order, so results
 * do not depend on parallelism. The test instance is shared by the runs: keep per-run state in
 * local variables.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(GoTestExtension.class)
public @interface GoTest {
    /** How many seeds to run, from {@link #firstSeed}. */
    int seeds() default 100;

    /** The first seed. */
    long firstSeed() default 1;

    /** The GOMAXPROCS settings to run each seed with. */
    int[] gomaxprocs() default {1, 2, 4};

    /** The exploration strategy by name; empty for the runtime's default schedule. */
    String strategy() default "";

    /** The timing-noise model by name; empty for the runtime's default. */
    String noise() default "";

    /** Fail a run whose goroutines are still alive when the method returns. */
    boolean failOnLeak() default false;

    /** Runs only this run, as printed by a failure: {@code "seed=17,gomaxprocs=2"}. */
    String replay() default "";
}
