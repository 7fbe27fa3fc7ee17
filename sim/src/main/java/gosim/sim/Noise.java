package gosim.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The noise model: the timing a real Go process does not control, drawn at the engine's decision
 * points ({@link Decision.Kind}) from a generator seeded by the run's seed, and recorded. Go's own
 * decisions (schedule, findrunnable, runqput, select, fastrand) are never touched: this class only
 * adds nanoseconds to clocks, so every run is a schedule that Go 1.7's algorithms could produce on
 * some machine. With {@link Strategy#NONE} nothing is drawn and the schedule is the idealized one
 * of {@link Costs}.
 *
 * <h2>Calibration ({@link Strategy#REALISTIC})</h2>
 *
 * Measured with real Go 1.19 on the 2-core development machine (shared with other jobs, which is
 * why the tails are long); the program is sim/calibration/noise.go, its output beside it. Figures are microseconds,
 * p10 / p50 / p90 / p99 of 200-3000 samples:
 * <ul>
 * <li>wake-up of a goroutine parked on another, idle thread (send on a channel, the receiver's M
 *     sleeps in futex): 1.8 / 13.2 / 16.6 / 33.6. The idealized {@link Costs#WAKEUP} is 5.
 * <li>start of a goroutine that needs another thread (LockOSThread right away): 19.8 / 57.2 /
 *     663 / 7908. The p99 is the machine's other jobs; the table stops at p90.
 *     {@link Costs#THREAD_START} is 20.
 * <li>overshoot of a 50us nanosleep (the kernel's default timer slack is 50us): 43.7 / 50.8 /
 *     66.8 / 82.5. Used for syscalls, timed note sleeps (Go 1.7's timer thread sleeps in futex
 *     with a timeout) and sysmon's usleep.
 * <li>the same 31.7us of CPU work, repeated on one thread: 31.2 / 31.7 / 33.2 (p10-p90 within
 *     -2% / +5%); on two threads at once 30.8 / 45.4 / 52.8 (the cores are shared). Speed is
 *     redrawn every {@link #SPEED_EPOCH_NS} of a thread's virtual time (the kernel tick is 4ms).
 * </ul>
 * The GC pause varies by up to +/-10% (an assumption: mark work depends on what the mutators
 * did meanwhile; not measured).
 *
 * <p>When a GC starts ({@link Decision.Kind#PACE}): Go 1.7's pacer moves the trigger after every
 * cycle (gcControllerState.endCycle, mgc.go:559-571, feeds back the measured mark CPU utilization
 * and heap growth, both wall-clock facts) and mallocgc notices the crossing only at span refills
 * (heap_live counts whole cached spans, mcentral.go cacheSpan). The kernel keeps the initial
 * triggerRatio, so the seed moves each cycle's trigger instead. Measured with real Go 1.19
 * (sim/calibration/gcpace.go, output in gcpace-go1.19.txt: two goroutines allocating 64-byte
 * objects with a 2 MiB window, 30 runs, GODEBUG=gcpacertrace=1): the heap at which cycle k
 * starts, over the median of cycle k across runs, is p10 / p50 / p90 = -27% / 0% / +27% (tails
 * -63% and +187%). The table below stops the tails at -40% / +60%, and the trigger never falls
 * below halfway between the marked heap and the unperturbed trigger, so a GC never storms. The
 * first cycle starts at heapminimum in every run, real Go's too (its trigger was 3997696 B in all
 * 30 runs), so it is not perturbed.
 *
 * <h2>Scheduling points ({@link Strategy#RANDOM}, {@link Strategy#PCT})</h2>
 *
 * A scheduling point is every charge of CPU time to a running M ({@link Engine#advance}: a
 * {@code Go.work}, an interpreted statement batch, a runtime operation's cost, the points between
 * which goroutine code runs atomically) and every wake-up of a sleeping M (notewakeup, startm,
 * newm). There the strategy may delay the M: that is the only choice the engine has, since which
 * G an M runs is Go's decision. PCT's priorities become delays: an M waits one quantum per live M
 * of higher priority at each of its steps, so higher-priority threads run first wherever
 * their steps compete, and a change point drops the M at that step below all others.
 */
final class Noise {
    /** A thread's speed holds for this much of its virtual time, then is drawn again. */
    static final long SPEED_EPOCH_NS = 500_000;
    /** RANDOM: the largest delay at a scheduling point. */
    static final long RANDOM_MAX_DELAY_NS = 20_000;
    /** PCT: the delay per priority rank at a scheduling point. */
    static final long PCT_QUANTUM_NS = 20_000;

    // Inverse CDFs: quantiles 0, .1, .5, .9, 1 of the measured figures above (ns, or ppm of speed).
    private static final double[] Q = {0, 0.1, 0.5, 0.9, 1};
    private static final long[] WAKE_NS = {1_500, 1_800, 13_200, 16_600, 33_600};
    private static final long[] NEWM_NS = {15_000, 19_800, 57_200, 120_000, 663_000};
    private static final long[] SLACK_NS = {40_000, 43_700, 50_800, 66_800, 82_500};
    private static final long[] SPEED_PPM = {-20_000, -15_000, 0, 50_000, 600_000};
    /** The trigger moves by this many ppm of itself (gcpace-go1.19.txt, tails clipped). */
    private static final long[] PACE_PPM = {-400_000, -270_000, 0, 270_000, 600_000};

    private final Strategy strategy;
    private final GoRuntime rt;
    private final SplittableRandom rand;
    /** GC pacing's own stream, so adding it moved no other draw (a run's timing before its first GC is as before). */
    private final SplittableRandom paceRand;
    /** Replaying: amounts come from here instead of the generator. */
    private final Schedule schedule;
    private final List<Decision> recorded = new ArrayList<>();
    /** Per (kind, m) ordinals of decision points seen. */
    private long[][] ordinals = new long[Decision.Kind.values().length][8];
    private final boolean record;

    // PCT (Burckhardt et al., ASPLOS 2010): priorities per M and d-1 change points over k steps.
    private final int pctDepth;
    private long[] priority = new long[8];
    private final long[] changePoints;
    private long steps;
    private int changesDone;

    Noise(GoRuntime rt, Strategy strategy, long seed, Schedule schedule, boolean record, int pctDepth, long pctSteps) {
        this.rt = rt;
        this.strategy = schedule != null ? Strategy.NONE : strategy;
        // A stream of its own: the run's main generator (tie-breaks, fastrand) is drawn exactly
        // as with no noise, so a schedule file replays on top of the same seed.
        this.rand = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x5eed_0f_401e5eL);
        this.paceRand = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + 0x9ace_0f_6cL);
        this.schedule = schedule;
        this.record = record;
        this.pctDepth = pctDepth;
        if (this.strategy == Strategy.PCT) {
            if (pctDepth < 1 || pctSteps < 1) {
                throw new IllegalArgumentException("pct needs depth >= 1 and steps >= 1");
            }
            changePoints = new long[pctDepth - 1];
            for (int i = 0; i < changePoints.length; i++) {
                changePoints[i] = 1 + rand.nextLong(pctSteps);
            }
            Arrays.sort(changePoints);
        } else {
            changePoints = new long[0];
        }
    }

    boolean off() {
        return strategy == Strategy.NONE && schedule == null;
    }

    /** The decisions drawn so far (empty unless recording). */
    List<Decision> decisions() {
        return List.copyOf(recorded);
    }

    /** Steps (scheduling points) seen: what PCT's k counts. */
    long steps() {
        return steps;
    }

    // ---- decision points ---------------------------------------------------------------------

    /** CPU work of d ns on mp: d scaled by mp's current speed. */
    long work(M mp, long d) {
        if (off() || d == 0) {
            return d;
        }
        if (mp.clock >= mp.speedUntil) {
            mp.speedUntil = mp.clock + SPEED_EPOCH_NS;
            long ppm = switch (strategy) {
                case REALISTIC -> quantile(SPEED_PPM);
                case RANDOM -> rand.nextLong(-50_000, 1_000_001); // 0.95x to 2x
                default -> 0;
            };
            mp.speedPpm = decide(Decision.Kind.SPEED, mp, ppm);
        }
        return mp.speedPpm == 0 ? d : Math.max(0, d + d * mp.speedPpm / 1_000_000);
    }

    /** notewakeup of mp after the idealized latency base: the extra latency. */
    long wake(M mp, long base) {
        if (off()) {
            return 0;
        }
        long extra = switch (strategy) {
            case REALISTIC -> quantile(WAKE_NS) - base;
            case RANDOM -> rand.nextLong(-base + 1_000, 50_001);
            default -> 0;
        };
        return decide(Decision.Kind.WAKE, mp, extra) + schedulingPoint(mp);
    }

    /** newm: the extra time until the new thread runs. */
    long newm(M mp) {
        if (off()) {
            return 0;
        }
        long extra = switch (strategy) {
            case REALISTIC -> quantile(NEWM_NS) - Costs.THREAD_START;
            case RANDOM -> rand.nextLong(0, 100_001);
            default -> 0;
        };
        return decide(Decision.Kind.NEWM, mp, extra) + schedulingPoint(mp);
    }

    /**
     * The kernel's timer slack past a deadline: a timed note sleep (SLEEP), a syscall (SYSCALL)
     * or sysmon's usleep (SYSMON, the phase of its looks).
     */
    long kernel(Decision.Kind kind, M mp) {
        if (off()) {
            return 0;
        }
        long extra = switch (strategy) {
            case REALISTIC, PCT -> quantile(SLACK_NS);
            case RANDOM -> rand.nextLong(0, 100_001);
            default -> 0;
        };
        return decide(kind, mp, extra);
    }

    /** A GC pause of the given length: the extra pause (may be negative). */
    long gc(M mp, long pause) {
        if (off()) {
            return 0;
        }
        long extra = strategy == Strategy.NONE ? 0 : pause * (rand.nextLong(201) - 100) / 1000;
        return decide(Decision.Kind.GC, mp, extra);
    }

    /**
     * A GC cycle has set next_gc above the marked heap: the bytes to add to it before mallocgc
     * starts the next cycle (negative: earlier). Keyed on m0, one per finished cycle.
     */
    long pace(M m0, long nextGc, long marked) {
        if (off()) {
            return 0;
        }
        long drawn = switch (strategy) {
            case REALISTIC, PCT -> quantile(PACE_PPM, paceRand) * nextGc / 1_000_000;
            case RANDOM -> paceRand.nextLong(PACE_PPM[0], PACE_PPM[4] + 1) * nextGc / 1_000_000;
            default -> 0;
        };
        long floor = -(nextGc - marked) / 2; // never below halfway from the marked heap to the trigger
        return Math.max(floor, decide(Decision.Kind.PACE, m0, Math.max(floor, drawn)));
    }

    /** An M running goroutine code gives the carrier back: the strategy's delay. */
    long schedulingPoint(M mp) {
        if (off()) {
            return 0;
        }
        steps++;
        long delay = switch (strategy) {
            case RANDOM -> rand.nextLong(RANDOM_MAX_DELAY_NS + 1);
            case PCT -> pctDelay(mp);
            default -> 0;
        };
        if (strategy != Strategy.RANDOM && strategy != Strategy.PCT && schedule == null) {
            return 0; // realistic noise has no decision here: it would only double-count speed
        }
        return decide(Decision.Kind.DELAY, mp, delay);
    }

    /**
     * PCT's rule, in virtual time: the M of highest priority runs first, so an M is delayed by one
     * quantum per live M of higher priority. Ms get a random priority above the change-point
     * range when they are made (PCT's random initial priorities, for threads that appear later);
     * at the i-th change point the M at that step gets priority d-1-i, below all initial ones.
     */
    private long pctDelay(M mp) {
        long[] pr = priorities(mp);
        if (changesDone < changePoints.length && steps >= changePoints[changesDone]) {
            pr[(int) mp.id] = pctDepth - 1 - changesDone;
            changesDone++;
        }
        long mine = pr[(int) mp.id];
        int higher = 0;
        for (M m = rt.proc.allm; m != null; m = m.alllink) {
            if (!m.sysmon && m != mp && pr[(int) m.id] > mine) {
                higher++;
            }
        }
        return higher * PCT_QUANTUM_NS;
    }

    private long[] priorities(M mp) {
        if (mp.id >= priority.length) {
            priority = Arrays.copyOf(priority, (int) Math.max(priority.length * 2, mp.id + 1));
        }
        for (M m = rt.proc.allm; m != null; m = m.alllink) {
            if (m.id < priority.length && priority[(int) m.id] == 0) {
                priority[(int) m.id] = pctDepth + rand.nextLong(Long.MAX_VALUE - pctDepth);
            }
        }
        return priority;
    }

    // ---- recording ---------------------------------------------------------------------------

    /** Records (or, replaying, looks up) the decision at mp's next point of this kind. */
    private long decide(Decision.Kind kind, M mp, long drawn) {
        long[] ord = ordinals[kind.ordinal()];
        if (mp.id >= ord.length) {
            ord = ordinals[kind.ordinal()] = Arrays.copyOf(ord, (int) Math.max(ord.length * 2, mp.id + 1));
        }
        long n = ord[(int) mp.id]++;
        long amount = schedule != null ? schedule.amount(kind, mp.id, n) : drawn;
        if (record && amount != 0) {
            recorded.add(new Decision(kind, mp.id, n, rt.now, amount, doing(mp)));
        }
        return amount;
    }

    /**
     * What mp is doing, for a schedule's reader: its goroutine and innermost function, or the P
     * it is about to run and the goroutine that woke or made it.
     */
    private String doing(M mp) {
        if (mp.sysmon) {
            return "sysmon";
        }
        G g = mp.curg;
        if (g != null) {
            return "g" + g.goid + " in " + innermost(g);
        }
        P p = mp.p != null ? mp.p : mp.nextp;
        String s = p == null ? "idle" : "m" + mp.id + " to run P" + p.id;
        G by = GoRuntime.currentOrNull();
        if (by != null && by.rt == rt && by.m != mp) {
            s += ", for g" + by.goid + " in " + innermost(by);
        }
        return s;
    }

    private static String innermost(G g) {
        return g.depth > 0 ? g.fns[g.depth - 1].name() : "?";
    }

    private long quantile(long[] table) {
        return quantile(table, rand);
    }

    private static long quantile(long[] table, SplittableRandom rand) {
        double u = rand.nextDouble();
        int i = 1;
        while (i < Q.length - 1 && u > Q[i]) {
            i++;
        }
        double f = (u - Q[i - 1]) / (Q[i] - Q[i - 1]);
        return table[i - 1] + Math.round(f * (table[i] - table[i - 1]));
    }
}
