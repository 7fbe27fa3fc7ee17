package gosim.sim.events;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The narration of {@code gosim run -explain}: one line per scheduler decision, in proc.go's
 * words, with the virtual time, M, P and G: "P0 schedule: runnext g6 (inherits the time slice)",
 * "m4 spinning: runqsteal from P1 took 2 of 4 (g17 g18)", "sysmon: P1 in syscall 20µs, retake".
 */
public final class Explain implements EventSink {
    private final PrintStream out;

    public Explain(PrintStream out) {
        this.out = out;
    }

    @Override
    public void event(Event e) {
        if (e.seq() < 0 && e.ts() > 0 || e.ev() == Ev.G_EXISTS) {
            return; // the snapshot of a view attached mid-run says nothing new
        }
        String line = narrate(e);
        if (line != null) {
            out.println(String.format(Locale.ROOT, "%10.3fµs  %-4s %-3s %-5s %s", e.ts() / 1000.0,
                    e.m() < 0 ? "" : "m" + e.m(), e.p() < 0 ? "" : "P" + e.p(), e.g() == 0 ? "" : "g" + e.g(), line));
        }
    }

    /** The sentence for one event, or null for events that are not decisions. */
    static String narrate(Event e) {
        String P = "P" + e.p();
        String g = "g" + e.g();
        String g2 = "g" + e.g2();
        return switch (e.ev()) {
            case PROC_START -> "acquirep " + P;
            case PROC_STOP -> "releasep " + P + (e.m() < 0 ? "" : " (m" + e.m() + " lets it go)");
            case M_NEW -> "newm: new thread m" + e.m() + (e.p() < 0 ? "" : " to run " + P)
                    + (e.why() == null ? "" : " (" + e.why() + ")");
            case M_WAKE -> "startm: wake idle m" + e.m() + " to run " + P + (e.why() == null ? "" : " (" + e.why() + ")");
            case M_STOP -> "stopm: m" + e.m() + " has nothing to do, sleeps on sched.midle";
            case M_SPIN -> "m" + e.m() + " spinning: findrunnable looks for work to steal";
            case G_CREATE -> "newproc: " + g2 + (e.fn() == null ? "" : " (" + e.fn() + ")") + " created"
                    + (e.g() == 0 ? " on g0" : " by " + g) + ", put in " + P + "'s runnext";
            case G_START -> P + " schedule: " + startReason(e);
            case G_END -> "goexit0: " + g + " is dead, to " + P + "'s gfree list";
            case G_SCHED -> e.why() != null ? e.why() + ": " + g + " descheduled"
                    : "Gosched: " + g + " to the global run queue";
            case G_PREEMPT -> "gopreempt_m: " + g + " preempted, to the global run queue";
            case G_BLOCK -> "gopark: " + g + " waits (" + e.why() + ")" + (e.obj() == null ? "" : " on " + e.obj());
            case G_UNBLOCK -> (e.g() == 0 ? "" : g + " ") + "goready " + g2 + ": "
                    + (e.p() >= 0 && "goready: to runnext".equals(e.why()) ? "to " + P + "'s runnext" : e.why());
            case SYSCALL -> "entersyscall: " + g + " enters a syscall, " + P + " in _Psyscall"
                    + (e.why() == null ? "" : " (" + e.why() + ")");
            case SYSCALL_BLOCK -> "syscall of " + g + " blocks: " + P + " is handed off (" + e.why() + ")";
            case SYSCALL_EXIT -> "exitsyscall: " + g + " returns; " + e.why();
            case STEAL -> "m" + e.m() + " spinning: runqsteal from P" + e.p2() + " took " + e.n() + " "
                    + e.why() + " (" + goids(e.goids()) + ")";
            case HANDOFF -> "handoffp " + P + ": " + e.why();
            case RETAKE -> "sysmon: " + P + ("syscall".equals(e.why())
                    ? " in syscall " + micros(e.n()) + ", retake"
                    : " ran " + g + " " + micros(e.n()) + " without a schedule, preemptone");
            case STW_START -> "stopTheWorld(\"" + e.why() + "\")";
            case STW_DONE -> "startTheWorld";
            case GC_START -> "gcStart: GC cycle " + e.n() + " (" + e.why() + ")";
            case GC_DONE -> "GC cycle " + e.n() + " done";
            case HEAP_ALLOC -> e.why() != null ? null : "heap_live = " + e.n() + " bytes"; // not every span refill
            case NEXT_GC -> "next_gc = " + e.n() + " bytes";
            case GC_SWEEP_START -> "gcSweep: sweeping the heap's spans";
            case GC_SWEEP_DONE -> "gcSweep: done";
            case GOMAXPROCS -> "procresize: GOMAXPROCS=" + e.n();
            case G_EXISTS -> null;
        };
    }

    private static String startReason(Event e) {
        String g = "g" + e.g();
        String why = e.why() == null ? "" : e.why();
        return switch (why) {
            case "runnext" -> "runnext " + g + " (inherits the time slice)";
            case "local runq" -> "runqget " + g + " from the local run queue";
            case "global runq (every 61st schedtick)" -> "schedtick%61 == 0: globrunqget " + g
                    + " from the global run queue (fairness)";
            case "global runq" -> "globrunqget " + g + " from the global run queue";
            case "stolen" -> "execute stolen " + g;
            case "" -> "execute " + g;
            default -> "execute " + g + " (" + why + ")";
        };
    }

    private static String goids(long[] goids) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; goids != null && i < goids.length; i++) {
            b.append(i == 0 ? "g" : " g").append(goids[i]);
        }
        return b.toString();
    }

    private static String micros(long ns) {
        return ns % 1000 == 0 ? ns / 1000 + "µs" : String.format(Locale.ROOT, "%.3fµs", ns / 1000.0);
    }

    @Override
    public void close() {
        out.flush();
    }
}
