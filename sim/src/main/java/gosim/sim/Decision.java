package gosim.sim;

import java.util.Locale;

/**
 * One perturbation the engine applied to the idealized schedule: at its {@code ordinal}-th
 * decision point of this kind on thread {@code m}, {@code amount} nanoseconds (or parts per
 * million of speed, for {@link Kind#SPEED}) were added to what {@code -noise none} would do. The
 * key (kind, m, ordinal) names the point; a {@link Schedule} replays a set of decisions by key.
 *
 * @param time virtual time at which the decision was drawn (for people reading a schedule)
 * @param what what the thread was doing then (its goroutine and function), for the same readers
 */
public record Decision(Kind kind, long m, long ordinal, long time, long amount, String what) {
    /** The decision points: where the engine lets timing that Go does not control vary. */
    public enum Kind {
        /** The thread's speed over its next epoch of CPU work, in ppm above (or below) nominal. */
        SPEED,
        /** notewakeup/startm of a sleeping M: extra latency until that thread runs. */
        WAKE,
        /** newm: extra time until the new thread runs mstart. */
        NEWM,
        /** A timed note sleep (timer thread, notetsleepg): extra time past its deadline. */
        SLEEP,
        /** A blocking syscall: extra time in the kernel. */
        SYSCALL,
        /** sysmon's usleep: extra time past the asked delay (the phase of its looks). */
        SYSMON,
        /** A GC cycle's stop-the-world pause: extra pause. */
        GC,
        /** A scheduling point (an M yields the carrier to an earlier event): extra delay (random, pct). */
        DELAY,
        /**
         * GC pacing: bytes added to the next cycle's trigger (next_gc), so the cycle starts earlier
         * or later; drawn on m0 once per finished cycle, ordinal = that cycle's number - 1.
         */
        PACE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** The replay key: kind, thread and ordinal packed into one long. */
    long key() {
        return key(kind, m, ordinal);
    }

    static long key(Kind kind, long m, long ordinal) {
        return ((long) kind.ordinal() << 58) | ((m & 0x3fff) << 44) | (ordinal & 0xfff_ffff_ffffL);
    }

    /** One line of a schedule file: kind, mID, nORDINAL, amount and unit, then a comment for humans. */
    public String format() {
        String unit = kind == Kind.SPEED ? "ppm" : kind == Kind.PACE ? "B" : "ns";
        return String.format(Locale.ROOT, "%-7s m%-3d n%-6d %+10d %s   # at %s: %s", kind.label(), m, ordinal,
                amount, unit, Schedule.duration(time), what);
    }
}
