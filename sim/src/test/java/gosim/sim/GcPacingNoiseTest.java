package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.events.Ev;
import gosim.sim.heap.HeapObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When a GC starts varies with the seed (Noise.pace, Decision.Kind.PACE), within the bounds
 * Noise documents, is recorded and replays from a schedule, and stays exact under -noise none.
 */
class GcPacingNoiseTest {
    /** A mutator with a 1 MiB window of 1 KiB objects, allocating 24 MiB in all. */
    static void churn() {
        HeapObject[] window = new HeapObject[1024];
        for (int i = 0; i < 24 * 1024; i++) {
            int k = i % window.length;
            if (window[k] != null) {
                Go.release(window[k]);
            }
            window[k] = Go.malloc(1024);
            Go.work(200);
        }
    }

    /** One run: the heap at each background cycle's start, with next_gc then, and the decisions. */
    record Run(List<long[]> starts, List<Decision> decisions, Schedule schedule) {
    }

    static Run run(long seed, Strategy strategy, Schedule replay) {
        GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(2).strategy(strategy).recordDecisions(true)
                .schedule(replay).build();
        List<long[]> starts = new ArrayList<>();
        rt.events().attach(e -> {
            if (e.ev() == Ev.GC_START) {
                starts.add(new long[] {rt.heap().heapAlloc(), rt.heap().nextGC()});
            }
        });
        assertEquals(0, rt.run(GcPacingNoiseTest::churn));
        return new Run(starts, rt.decisions(), rt.schedule());
    }

    @Test
    void withoutNoiseEveryCycleStartsAtNextGc() {
        Run r = run(1, Strategy.NONE, null);
        assertTrue(r.starts().size() >= 4, r.starts().size() + " cycles");
        for (int i = 0; i < r.starts().size(); i++) {
            long[] s = r.starts().get(i);
            // mallocgc's gcShouldStart: the first allocation that takes heap_live to next_gc (1 KiB
            // objects). The first cycle's gcBgMarkStartWorkers makes one G per P (go1.7 mgc.go:1333-1346),
            // whose 416-byte structs (malg, proc.go:2688) are on the heap by the GC_START event.
            long slack = 1024 + (i == 0 ? 2 * 416 : 0);
            assertTrue(s[0] >= s[1] && s[0] < s[1] + slack, s[0] + " at next_gc " + s[1]);
        }
        assertTrue(r.decisions().isEmpty(), r.decisions().toString());
    }

    @Test
    void theSeedMovesWhenEachCycleAfterTheFirstStartsWithinTheCalibratedBounds() {
        Set<Long> firstStarts = new HashSet<>();
        Set<Long> secondStarts = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            Run r = run(seed, Strategy.REALISTIC, null);
            long[] first = r.starts().getFirst();
            firstStarts.add(first[0] / 1024);
            List<Decision> pace = r.decisions().stream().filter(d -> d.kind() == Decision.Kind.PACE).toList();
            assertTrue(pace.size() >= r.starts().size() - 1, "one PACE per finished cycle: " + pace);
            for (int i = 1; i < r.starts().size(); i++) {
                long[] s = r.starts().get(i);
                long moved = s[0] - s[1];
                // Noise.PACE_PPM stops at -40% / +60% of next_gc, never below halfway from the marked heap.
                assertTrue(moved >= -s[1] * 4 / 10 - 1024 && moved < s[1] * 6 / 10 + 1024, moved + " past " + s[1]);
                if (i == 1) {
                    secondStarts.add(s[0] / 1024);
                }
            }
            for (Decision d : pace) {
                assertEquals(0, d.m(), "pacing is keyed on m0");
            }
        }
        assertEquals(1, firstStarts.size(), "the first cycle starts at heapminimum in every run, as in real Go");
        assertTrue(secondStarts.size() >= 10, secondStarts.size() + " distinct heaps at the second cycle's start");
    }

    @Test
    void pacingDecisionsReplayFromAScheduleFile() {
        Run r = run(7, Strategy.REALISTIC, null);
        List<Decision> pace = r.decisions().stream().filter(d -> d.kind() == Decision.Kind.PACE).toList();
        Schedule onlyPace = Schedule.parse(r.schedule().with(pace).format());
        assertEquals(pace.size(), onlyPace.decisions().size());
        Run again = run(7, Strategy.NONE, onlyPace);
        Run idealized = run(7, Strategy.NONE, null);
        List<Long> want = new ArrayList<>();
        for (int i = 0; i < again.starts().size(); i++) {
            want.add(idealized.starts().size() > i ? idealized.starts().get(i)[0] : -1);
        }
        // The same moves of the trigger, alone: each cycle starts next_gc + amount on; the idealized run differs.
        for (int i = 1; i < again.starts().size(); i++) {
            long[] s = again.starts().get(i);
            long amount = pace.get(i - 1).amount();
            assertTrue(s[0] >= s[1] + amount && s[0] < s[1] + amount + 1024, i + ": " + s[0] + " vs " + (s[1] + amount));
        }
        assertTrue(!want.equals(again.starts().stream().map(s -> s[0]).toList()), "the replayed pacing moved the cycles");
    }
}
