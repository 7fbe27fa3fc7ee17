package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Random programs of spawns, yields, work and exits. The runtime checks its invariants after every
 * event (each P held by one M at most, runq within 256, every G in the one place its status says,
 * legal status transitions in casgstatus); the test checks that every G ran to completion exactly
 * once and that the same seed replays the same schedule.
 */
class SchedulerPropertiesTest {

    /** One step of a goroutine's program. */
    sealed interface Op permits Spawn, Yield, Work {
    }

    record Spawn(List<Op> child) implements Op {
    }

    record Yield() implements Op {
    }

    record Work(long nanos) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> programs() {
        return program(3);
    }

    private Arbitrary<List<Op>> program(int depth) {
        Arbitrary<Op> leaf = Arbitraries.oneOf(
                Arbitraries.just(new Yield()),
                Arbitraries.longs().between(1, 2_000_000).map(Work::new));
        Arbitrary<Op> op = depth == 0 ? leaf
                : Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, leaf),
                        net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> program(depth - 1)).map(Spawn::new)));
        return op.list().ofMaxSize(depth == 3 ? 12 : 6);
    }

    /** Runs prog as main; returns the event log and the number of goroutine bodies finished. */
    private record Outcome(EventLog log, int finished, int spawned, int status) {
    }

    private Outcome run(List<Op> prog, long seed, int procs) {
        return run(prog, seed, procs, false);
    }

    private Outcome run(List<Op> prog, long seed, int procs, boolean bare) {
        GoRuntime rt = GoRuntime.builder().continuations(bare).seed(seed).gomaxprocs(procs).eventLog(true)
                .checkInvariants(true).build();
        Func child = rt.symtab().define("main.child", "main.go", 10, 30);
        int[] live = {0};
        int[] finished = {0};
        int[] spawned = {0};
        G[] mainG = {null};
        boolean[] mainWaiting = {false};
        class Interp {
            void exec(List<Op> ops) {
                for (Op op : ops) {
                    switch (op) {
                        case Spawn s -> {
                            live[0]++;
                            spawned[0]++;
                            Go.go(child, () -> {
                                exec(s.child());
                                finished[0]++;
                                if (--live[0] == 0 && mainWaiting[0]) {
                                    mainWaiting[0] = false;
                                    Go.runtime().goready(mainG[0]);
                                }
                            });
                        }
                        case Yield y -> Go.gosched();
                        case Work w -> Go.work(w.nanos());
                    }
                }
            }
        }
        int status = rt.run(() -> {
            mainG[0] = GoRuntime.self();
            new Interp().exec(prog);
            if (live[0] > 0) {
                mainWaiting[0] = true;
                Go.runtime().gopark("chan receive");
            }
        });
        return new Outcome(rt.eventLog(), finished[0], spawned[0], status);
    }

    @Property(tries = 60)
    void everyGoroutineRunsToCompletionOnce(@ForAll("programs") List<Op> prog,
            @ForAll @LongRange(min = 1, max = 1000) long seed, @ForAll @IntRange(min = 1, max = 4) int procs) {
        Outcome o = run(prog, seed, procs);
        assertEquals(0, o.status());
        assertEquals(o.spawned(), o.finished(), "every spawned goroutine finished exactly once");
        // Each spawned G was created once and exited once in the log.
        long newprocs = 0;
        long exits = 0;
        for (int i = 0; i < o.log().size(); i++) {
            if (o.log().kind(i) == EventLog.Kind.NEWPROC && o.log().goid(i) != 1) {
                newprocs++;
            }
            if (o.log().kind(i) == EventLog.Kind.GOEXIT) {
                exits++;
            }
        }
        // The runtime's own three goroutines never exit.
        assertEquals(o.spawned() + 3, newprocs);
        assertEquals(o.spawned(), exits);
    }

    @Property(tries = 30)
    void sameSeedSameSchedule(@ForAll("programs") List<Op> prog, @ForAll @LongRange(min = 1, max = 1000) long seed,
            @ForAll @IntRange(min = 1, max = 4) int procs) {
        Outcome a = run(prog, seed, procs);
        Outcome b = run(prog, seed, procs);
        assertEquals(a.log(), b.log());
        assertTrue(a.log().size() > 0);
    }

    @Property(tries = 30)
    void bareContinuationsGiveTheSameScheduleAsVirtualThreads(@ForAll("programs") List<Op> prog,
            @ForAll @LongRange(min = 1, max = 1000) long seed, @ForAll @IntRange(min = 1, max = 4) int procs) {
        // Carrier's two modes (GoRuntime.Builder#continuations) drive the same engine.
        assertTrue(GoRuntime.continuationsSupported(), "the test JVM exports jdk.internal.vm (pom's gosim.jvmArgs)");
        Outcome threads = run(prog, seed, procs, false);
        Outcome bare = run(prog, seed, procs, true);
        assertEquals(threads.log(), bare.log());
        assertEquals(threads.finished(), bare.finished());
    }

    @Property(tries = 20)
    void runqNeverExceeds256EvenWithThousandsOfSpawns(@ForAll @IntRange(min = 300, max = 2000) int n,
            @ForAll @LongRange(min = 1, max = 100) long seed) {
        List<Op> prog = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            prog.add(new Spawn(List.of(new Work(1000))));
        }
        Outcome o = run(prog, seed, 1);
        assertEquals(n, o.finished());
    }
}
