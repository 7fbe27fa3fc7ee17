package gosim.specs.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.concurrent.Concurrency;
import gosim.specs.junit.examples.Account;
import gosim.specs.junit.examples.RacyCounter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test classes that GoTestExtensionTest runs through EngineTestKit (nested, so surefire does not
 * run them itself). Several must fail; the checks find the lines they expect in this source.
 */
final class Cases {
    private Cases() {
    }

    static final AtomicInteger RUNS = new AtomicInteger();
    static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static class Passes {
        @GoTest(seeds = 5, firstSeed = 10, gomaxprocs = {1, 3})
        void counts(GoTestRun run, GoRuntime rt) {
            RUNS.incrementAndGet();
            SEEN.add(run.replayKey());
            assertEquals(run.runtime(), rt);
            assertEquals(run.gomaxprocs(), rt.gomaxprocs());
            assertEquals(run.seed(), rt.seed());
        }
    }

    /** Fails in a spawned goroutine for seed 3 only. */
    static class FailsInGoroutine {

        @GoTest(seeds = 10, gomaxprocs = {1, 2})
        void spawned(GoTestRun run) {
            CountDownLatch done = Concurrency.gosim().countDownLatch(1);
            Go.go(() -> {
                assertNotEquals(3L, run.seed(), "seed 3 is unlucky");
                done.countDown();
            });
            try {
                done.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Deadlocks {
        @GoTest(seeds = 20, gomaxprocs = {2})
        void opposite() {
            Concurrency c = Concurrency.gosim();
            Account a = new Account(c, 100);
            Account b = new Account(c, 100);
            CountDownLatch done = c.countDownLatch(2);
            Go.go(() -> {
                Account.transfer(a, b, 1);
                done.countDown();
            });
            Go.go(() -> {
                Account.transfer(b, a, 1);
                done.countDown();
            });
            try {
                done.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Leaks {
        @GoTest(seeds = 2, gomaxprocs = {1}, failOnLeak = true)
        void forgotten() {
            Go.go(() -> {
                try {
                    Concurrency.gosim().countDownLatch(1).await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    static class LeakNotAsked {
        @GoTest(seeds = 2, gomaxprocs = {1})
        void forgotten() {
            Go.go(() -> {
                try {
                    Concurrency.gosim().countDownLatch(1).await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    static class Replays {
        @GoTest(replay = "seed=17,gomaxprocs=2")
        void once(GoTestRun run) {
            RUNS.incrementAndGet();
            SEEN.add(run.replayKey());
        }
    }

    static class ThrowsInMain {
        @GoTest(seeds = 3, gomaxprocs = {1})
        void boom(GoTestRun run) {
            if (run.seed() == 2) {
                throw new IllegalStateException("boom at seed 2");
            }
        }
    }

    static class BlocksInJdk {
        @GoTest(seeds = 1, gomaxprocs = {1})
        void jdkLatch() throws InterruptedException {
            // A JDK latch nobody counts down: parks in the JDK and never wakes (no wake-up race).
            new CountDownLatch(1).await();
        }
    }

    static class Strategy {
        @GoTest(seeds = 1, strategy = "bogus")
        void bogus() {
        }
    }

    static class BadReplay {
        @GoTest(replay = "seed=x")
        void bad() {
        }
    }

    /** The racy counter: some seed loses an update. */
    static class Racy {
        @GoTest(seeds = 50, gomaxprocs = {1, 2, 4})
        void lostUpdate() {
            RacyCounter counter = new RacyCounter();
            CountDownLatch done = Concurrency.gosim().countDownLatch(2);
            for (int i = 0; i < 2; i++) {
                Go.go(() -> {
                    counter.increment();
                    done.countDown();
                });
            }
            try {
                done.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertEquals(2, counter.get(), "lost update");
        }
    }
}
