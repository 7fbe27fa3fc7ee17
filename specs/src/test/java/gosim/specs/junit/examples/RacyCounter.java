package gosim.specs.junit.examples;

import gosim.sim.Go;

/**
 * Code under test: a counter whose increment reads, works, then writes back without a lock. In
 * the simulator, Java code between two simulator calls runs atomically, so the race window is
 * the virtual work between the read and the write (Go.work), where another P may run.
 */
public final class RacyCounter {
    private int count;

    public void increment() {
        int v = count;
        Go.work(20_000); // computing the new value: another goroutine may run meanwhile
        count = v + 1;
    }

    public int get() {
        return count;
    }
}
