package gosim.sim.concurrent;

import gosim.sim.Go;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A {@link Clock} on the simulated process's virtual time (runtime.nanotime), starting at the Go
 * playground's epoch, 2009-11-10 23:00:00 UTC (the scenario language's time.Now does the same),
 * with {@link #sleep} as time.Sleep (time.go's timeSleep: the goroutine parks "sleep" on a timer).
 * It must be read on a goroutine.
 */
public final class SimClock extends Clock {
    /** 2009-11-10T23:00:00Z in milliseconds since 1970. */
    public static final long EPOCH_MILLIS = 1_257_894_000_000L;
    static final SimClock INSTANCE = new SimClock(ZoneOffset.UTC);

    private final ZoneId zone;

    private SimClock(ZoneId zone) {
        this.zone = zone;
    }

    /** The virtual clock in UTC. */
    public static SimClock get() {
        return INSTANCE;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new SimClock(z);
    }

    @Override
    public long millis() {
        return EPOCH_MILLIS + Go.nanotime() / 1_000_000;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(EPOCH_MILLIS).plusNanos(Go.nanotime());
    }

    /** time.Sleep(d) on virtual time. */
    public void sleep(Duration d) {
        Go.sleep(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimClock c && c.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "SimClock[" + zone + "]";
    }
}
