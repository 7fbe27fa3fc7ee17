package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.events.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How often a GC cycle stops the world (issue 12). go1.7's gcStart stops it for sweep termination
 * (mgc.go:961); a background cycle starts it again for concurrent mark (mgc.go:1020) and
 * gcMarkDone stops it once more for mark termination (mgc.go:1121) until gcMarkTermination's
 * start (mgc.go:1264). runtime.GC (gcForceBlockMode) skips concurrent mark: gcStart calls
 * gcMarkTermination with the world still stopped (mgc.go:1024-1031), one stop. Go 1.19 has the
 * two stops in every cycle (mgc.go:665/730, 855/1059). Every start runs procresize, whose
 * traceGomaxprocs (go1.7 proc.go:1028, 3288-3290; 1.19 1273, 4809-4811) puts one GoMaxProcs
 * event in the trace. The two pauses add up to the cycle's PauseNs (work.pauseNS, mgc.go:1022,
 * 1238-1241), which stays the model's one pause cost.
 *
 * <p>Real Go 1.19.8 agrees for runtime.GC: `GODEBUG=gctrace=1 ./gconly` (a main that only calls
 * runtime.GC, built with go build, 2 Ps) printed "gc 1 @0.000s 4%: 0.008+0.093+0.001 ms clock, ...
 * (forced)": sweep termination's stop, concurrent mark, mark termination's stop (mgc.go:1094-1105).
 */
class GcStopTheWorldTest {

    /** The stop/start, GoMaxProcs and GC events from the cycle's first stop to its last start. */
    private static List<String> cycle(GoVersion v, boolean background, long[] pauseNs) {
        GoRuntime rt = GoRuntime.builder().version(v).gomaxprocs(2).checkInvariants(true).build();
        List<String> seen = new ArrayList<>();
        rt.events().attach((Event e) -> {
            switch (e.ev()) {
                case STW_START -> seen.add("stop " + e.why());
                case STW_DONE -> seen.add("start");
                case GOMAXPROCS -> seen.add("GoMaxProcs");
                case GC_START -> seen.add("GCStart");
                case GC_DONE -> seen.add("GCDone");
                default -> {
                }
            }
        });
        assertEquals(0, rt.run(() -> {
            if (background) {
                List<gosim.sim.heap.HeapObject> live = new ArrayList<>();
                while (rt.heap().numGC() < 1) {
                    live.add(Go.malloc(32 << 10)); // mallocgc's gcStart(gcBackgroundMode) at the heap goal
                }
            } else {
                Go.gc();
            }
            pauseNs[0] = Go.readMemStats().pauseTotalNs;
        }));
        int from = seen.indexOf("stop GC");
        int done = seen.indexOf("GCDone");
        return seen.subList(from, done + seen.subList(done, seen.size()).indexOf("start") + 1);
    }

    private static final List<String> TWO_STOPS = List.of("stop GC", "GCStart", "GoMaxProcs", "start",
            "stop GC mark termination", "GCDone", "GoMaxProcs", "start");

    @Test
    void aBackgroundCycleStopsTheWorldTwice() {
        for (GoVersion v : new GoVersion[] {GoVersion.DEFAULT, GoVersion.GO1_19}) {
            long[] pause = new long[1];
            assertEquals(TWO_STOPS, cycle(v, true, pause), v.toString());
            assertTrue(pause[0] >= Costs.GC_PAUSE_BASE, v + ": both stops' pause, " + pause[0]);
        }
    }

    @Test
    void runtimeGcStopsItOnceInGo17AndTwiceInGo119() {
        long[] pause = new long[1];
        assertEquals(List.of("stop GC", "GCStart", "GCDone", "GoMaxProcs", "start"),
                cycle(GoVersion.DEFAULT, false, pause));
        assertEquals(TWO_STOPS, cycle(GoVersion.GO1_19, false, pause));
    }
}
