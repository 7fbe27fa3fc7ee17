package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Go 1.14+'s timers, as the 1.19 dialect models them: per-P heaps run by the scheduler, no timer
 * goroutine, and an idle M that waits for the next timer in netpoll (epoll_wait, whole
 * milliseconds). Go 1.7's timerproc stays in the 1.7 dialect.
 */
class Go119TimersTest {

    private static List<String> startFuncs(GoRuntime rt) {
        List<String> out = new ArrayList<>();
        for (Goroutine g : rt.goroutines()) {
            out.add(((G) g).startfn.name());
        }
        return out;
    }

    @Test
    void go17StartsTimerprocAtTheFirstTimerAnd119StartsNoGoroutine() {
        // go1.7 time.go:116-119: addtimerLocked starts `go timerproc()` once. 1.19 time.go:256-283
        // (addtimer) puts the timer on the current P and calls wakeNetPoller: no goroutine.
        for (GoVersion v : new GoVersion[] {GoVersion.GO1_7, GoVersion.GO1_19}) {
            List<String> funcs = new ArrayList<>();
            long[] ids = new long[1];
            int[] counts = new int[2];
            Sim s = Sim.run(1, 1, v, () -> {
                counts[0] = Go.runtime().gcount();
                Go.sleep(1_000_000);
                counts[1] = Go.runtime().gcount();
                funcs.addAll(startFuncs(Go.runtime()));
                Func child = Go.runtime().symtab().define("main.child", "main.go", 10, 12);
                Go.go(child, () -> ids[0] = Go.goid());
                Go.sleep(1_000_000);
            });
            assertEquals(0, s.status, s.stderr);
            List<String> expected = new ArrayList<>(List.of("runtime.main", "runtime.forcegchelper", "runtime.bgsweep"));
            if (v == GoVersion.GO1_19) {
                expected.add("runtime.bgscavenge"); // 1.19 mgc.go:178-179
            }
            expected.add("runtime.runfinq");
            if (v == GoVersion.GO1_7) {
                expected.add("runtime.timerproc");
            }
            assertEquals(expected, funcs, v.toString());
            // At GOMAXPROCS 1 every goid comes from P0's cache in order: the child is next.
            assertEquals(expected.size() + 1, ids[0], v.toString());
            // NumGoroutine leaves the runtime's goroutines out (1.7 and 1.19 isSystemGoroutine).
            assertEquals(1, counts[0], v.toString());
            assertEquals(1, counts[1], v + ": the timer goroutine is not counted either");
        }
    }

    @Test
    void anIdleSleepWaitsWholeMillisecondsInNetpollUnder119() {
        // 1.19 findRunnable blocks in netpoll(pollUntil-now) (proc.go:2816-2837), and netpoll turns
        // a delay under 1ms into epoll_wait(1ms) (netpoll_epoll.go:111-114): a 100us sleep of an
        // idle process takes a millisecond. Go 1.7's timerproc sleeps in a futex with ns precision.
        long[] slept = new long[2];
        int i = 0;
        for (GoVersion v : new GoVersion[] {GoVersion.GO1_7, GoVersion.GO1_19}) {
            int k = i++;
            Sim s = Sim.run(1, 1, v, () -> {
                long t0 = Go.nanotime();
                Go.sleep(100_000);
                slept[k] = Go.nanotime() - t0;
            });
            assertEquals(0, s.status, s.stderr);
        }
        assertTrue(slept[0] >= 100_000 && slept[0] < 1_000_000, "1.7 slept " + slept[0]);
        assertTrue(slept[1] >= 1_000_000 && slept[1] < 1_100_000, "1.19 slept " + slept[1]);
    }

    @Test
    void timersOnIdlePsFireInDeadlineOrderUnderEverySeed() {
        // Timers added on several Ps, then every P idles: the M in netpoll wakes for the earliest
        // (checkTimersNoP, proc.go:2812), and stealWork's last pass runs other Ps' timers
        // (proc.go:2938). Invariants hold after every event (one netpoller, without a P).
        for (long seed = 1; seed <= 12; seed++) {
            for (int procs : new int[] {1, 2, 4}) {
                List<Integer> woke = new ArrayList<>();
                int[] done = {0};
                Sim s = Sim.run(seed, procs, GoVersion.GO1_19, () -> {
                    G main = GoRuntime.self();
                    Func f = Go.runtime().symtab().define("main.main.func1", "main.go", 10, 20);
                    int[] ms = {7, 3, 11, 5, 2, 13, 17, 19};
                    for (int d : ms) {
                        Go.go(f, () -> {
                            Go.work(50_000);
                            Go.sleep(d * 1_000_000L);
                            woke.add(d);
                            if (++done[0] == ms.length) {
                                Go.runtime().goready(main);
                            }
                        });
                    }
                    Go.runtime().gopark("chan receive");
                });
                assertEquals(0, s.status, s.stderr);
                assertEquals(List.of(2, 3, 5, 7, 11, 13, 17, 19), woke, "seed " + seed + " procs " + procs);
                assertEquals(0, s.rt.timers().len());
            }
        }
    }
}
