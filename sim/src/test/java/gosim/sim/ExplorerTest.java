package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The noise model explores (issue 9's must-shows), replays, shrinks, and does not depend on parallelism. */
class ExplorerTest {
    /** 3 producers, 2 consumers, a channel of capacity 2. */
    static void boundedBuffer() {
        Chan<Integer> ch = Chan.make(2);
        WaitGroup wg = new WaitGroup();
        Func producer = Go.runtime().symtab().define("main.producer", "main.go", 10);
        Func consumer = Go.runtime().symtab().define("main.consumer", "main.go", 20);
        for (int p = 0; p < 3; p++) {
            int id = p;
            wg.add(1);
            Go.go(producer, () -> {
                for (int i = 0; i < 4; i++) {
                    Go.work(1_000);
                    ch.send(id * 10 + i);
                }
                wg.done();
            });
        }
        Chan<Boolean> done = Chan.make();
        for (int c = 0; c < 2; c++) {
            Go.go(consumer, () -> {
                while (true) {
                    Chan.Recv<Integer> r = ch.recv2();
                    if (!r.ok()) {
                        break;
                    }
                    Go.work(1_500);
                }
                done.send(true);
            });
        }
        wg.await();
        ch.close();
        done.recv();
        done.recv();
    }

    /** Two goroutines do read; 1us of work; write, twice each: an update is lost when they overlap. */
    static void racyCounter() {
        int[] counter = {0};
        WaitGroup wg = new WaitGroup();
        Func inc = Go.runtime().symtab().define("main.inc", "main.go", 10);
        for (int g = 0; g < 2; g++) {
            wg.add(1);
            Go.go(inc, () -> {
                for (int i = 0; i < 2; i++) {
                    int v = counter[0];
                    Go.work(1_000);
                    counter[0] = v + 1;
                    Go.work(20_000);
                }
                wg.done();
            });
        }
        wg.await();
        if (counter[0] != 4) {
            throw new GoPanic("lost update: counter " + counter[0]);
        }
    }

    /** Two goroutines take two mutexes in opposite order. */
    static void twoMutexes() {
        Mutex a = new Mutex();
        Mutex b = new Mutex();
        WaitGroup wg = new WaitGroup();
        Func f = Go.runtime().symtab().define("main.locker", "main.go", 10);
        for (int g = 0; g < 2; g++) {
            Mutex first = g == 0 ? a : b;
            Mutex second = g == 0 ? b : a;
            wg.add(1);
            Go.go(f, () -> {
                Go.work(5_000);
                first.lock();
                Go.work(2_000);
                second.lock();
                second.unlock();
                first.unlock();
                wg.done();
            });
        }
        wg.await();
    }

    private static List<Explorer.Outcome> explore(Runnable main, int procs, int parallelism) {
        return Explorer.builder().runs(100).gomaxprocs(procs).parallelism(parallelism).build()
                .explore(Explorer.javaMain(main));
    }

    @Test
    void theBoundedBufferGivesAtLeast90DistinctSchedulesIn100Seeds() {
        for (int procs : new int[] {2, 4}) {
            Set<Long> schedules = new HashSet<>();
            for (Explorer.Outcome o : explore(ExplorerTest::boundedBuffer, procs, 2)) {
                assertEquals(0, o.exitCode(), o.stderr());
                schedules.add(o.eventLogHash());
            }
            assertTrue(schedules.size() >= 90, "GOMAXPROCS " + procs + ": " + schedules.size() + " distinct schedules");
        }
    }

    @Test
    void withoutNoiseEverySeedGivesNearlyTheSameSchedule() {
        // The baseline the noise is measured against: seeds alone only break ties.
        Set<Long> schedules = new HashSet<>();
        List<Explorer.Outcome> runs = Explorer.builder().runs(20).gomaxprocs(2).strategy(Strategy.NONE).build()
                .explore(Explorer.javaMain(ExplorerTest::boundedBuffer));
        runs.forEach(o -> schedules.add(o.eventLogHash()));
        assertTrue(schedules.size() < 10, schedules.size() + " distinct schedules without noise");
    }

    @Test
    void theRacyCounterLosesAnUpdateInSomeSeedsAndNotInOthers() {
        List<Explorer.Outcome> runs = explore(ExplorerTest::racyCounter, 2, 2);
        long lost = runs.stream().filter(o -> o.stderr().startsWith("panic: lost update")).count();
        long ok = runs.stream().filter(o -> o.exitCode() == 0).count();
        assertTrue(lost > 0 && ok > 0, lost + " runs lost an update, " + ok + " did not");
        assertEquals(runs.size(), lost + ok);
    }

    @Test
    void theTwoMutexProgramDeadlocksInSomeSeeds() {
        List<Explorer.Outcome> runs = explore(ExplorerTest::twoMutexes, 2, 2);
        long dead = runs.stream().filter(o -> o.error().equals("fatal error: all goroutines are asleep - deadlock!")).count();
        assertTrue(dead > 0 && dead < runs.size(), dead + " of " + runs.size() + " deadlocked");
    }

    @Test
    void theSameSeedGivesTheSameEventLogAtAnyParallelism() {
        List<Explorer.Outcome> one = explore(ExplorerTest::boundedBuffer, 4, 1);
        List<Explorer.Outcome> four = explore(ExplorerTest::boundedBuffer, 4, 4);
        assertEquals(one.size(), four.size());
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i).seed(), four.get(i).seed());
            assertEquals(one.get(i).eventLogHash(), four.get(i).eventLogHash(), "seed " + one.get(i).seed());
            assertEquals(one.get(i).stdout() + one.get(i).stderr(), four.get(i).stdout() + four.get(i).stderr());
        }
    }

    private static Explorer.Outcome replay(Runnable main, Explorer.Outcome o, Schedule s) throws Exception {
        return Explorer.javaMain(main).run(new Explorer.Settings(o.seed(), o.gomaxprocs(),
                s == null ? o.strategy() : Strategy.NONE, s == null, s, o.pctSteps()));
    }

    @Test
    void aFailureReplaysByteForByteFromItsSeedAndFromItsRecordedSchedule() throws Exception {
        for (Strategy st : new Strategy[] {Strategy.REALISTIC, Strategy.RANDOM, Strategy.PCT}) {
            Explorer.Outcome fail = Explorer.builder().runs(200).gomaxprocs(2).strategy(st).untilFail(true).build()
                    .explore(Explorer.javaMain(ExplorerTest::twoMutexes)).getLast();
            assertTrue(fail.failed(), st + ": no failure in 200 seeds");
            Explorer.Outcome again = replay(ExplorerTest::twoMutexes, fail, null);
            assertEquals(fail.stderr(), again.stderr());
            assertEquals(fail.eventLogHash(), again.eventLogHash());
            Explorer.Outcome fromSchedule = replay(ExplorerTest::twoMutexes, fail, again.schedule());
            assertEquals(fail.stderr(), fromSchedule.stderr(), st + ": the recorded schedule replays the run");
            assertEquals(fail.eventLogHash(), fromSchedule.eventLogHash());
        }
    }

    @Test
    void aShrunkScheduleStillFailsAndRemovingAnyOneOfItsPerturbationsMakesItPass() throws Exception {
        Explorer.Outcome fail = Explorer.builder().runs(200).gomaxprocs(2).untilFail(true).build()
                .explore(Explorer.javaMain(ExplorerTest::twoMutexes)).getLast();
        assertTrue(fail.failed());
        Schedule full = replay(ExplorerTest::twoMutexes, fail, null).schedule();
        java.util.function.Predicate<Schedule> fails = s -> {
            try {
                return replay(ExplorerTest::twoMutexes, fail, s).failed();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Schedule small = Explorer.shrink(full, fails, 5000);
        assertTrue(fails.test(small), "the shrunk schedule fails");
        assertTrue(small.decisions().size() < full.decisions().size(), small.decisions().size() + " of " + full.decisions().size());
        assertFalse(small.decisions().isEmpty(), "the idealized schedule does not deadlock");
        for (int i = 0; i < small.decisions().size(); i++) {
            List<Decision> less = new java.util.ArrayList<>(small.decisions());
            less.remove(i);
            assertFalse(fails.test(small.with(less)), "still fails without " + small.decisions().get(i).format());
        }
        // The file round-trips.
        Schedule parsed = Schedule.parse(small.format());
        assertEquals(small.decisions().size(), parsed.decisions().size());
        assertTrue(fails.test(parsed));
    }
}
