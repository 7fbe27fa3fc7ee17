package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.realgo.ExpectedDifferences.Expectation;
import gosim.specs.realgo.ExpectedDifferences.Ignored;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Comparison} on hand-written pairs: {@link Samples#REAL} (real Go 1.19 text) against
 * {@link Samples#SIM} (the same facts as the Go 1.7 model prints them) agree; changing one compared
 * fact in the simulator's text yields exactly one difference of the right aspect.
 */
class ComparisonTest {
    private static final RunOutput REAL = new RunOutput(Samples.REAL, "", 0);

    private static List<Difference> against(String simStdout) {
        return Comparison.compare(REAL, new RunOutput(simStdout, "", 0));
    }

    private static Difference single(String from, String to) {
        assertTrue(Samples.SIM.contains(from), "sample lacks " + from);
        List<Difference> d = against(Samples.SIM.replace(from, to));
        assertEquals(1, d.size(), () -> "expected one difference, got " + d);
        return d.get(0);
    }

    @Test
    void agreeingPairDespiteAddressesIdsArgumentsPathsRuntimeRecordsAndTiming() {
        assertEquals(List.of(), against(Samples.SIM));
        assertEquals(List.of(), Comparison.compare(REAL, REAL));
    }

    @Test
    void exitStatus() {
        List<Difference> d = Comparison.compare(REAL, new RunOutput(Samples.SIM, "", 2));
        assertEquals(List.of(new Difference("exit status", "process", "0", "2")), d);
    }

    @Test
    void textLine() {
        Difference d = single("order: 3 1 2", "order: 1 2 3");
        assertEquals("text", d.aspect());
        assertEquals("order: 3 1 2", d.real());
        assertEquals("order: 1 2 3", d.sim());
    }

    @Test
    void missingTextLine() {
        Difference d = single("\ndone\n", "\n");
        assertEquals("text", d.aspect());
        assertEquals(Difference.NONE, d.sim());
    }

    @Test
    void schedulingLinesAndBlankLinesAreNotCompared() {
        assertEquals(List.of(), against(Samples.SIM.replace("~got 49", "~got 1\n\n~got 2")));
    }

    @Test
    void heapBytes() {
        Difference d = single("4: 4096 [4: 4096] @ 0x401a35", "4: 8192 [4: 8192] @ 0x401a35");
        assertEquals("heap record inuse: bytes [alloc: bytes]", d.aspect());
        assertEquals("4: 4096 [4: 4096]", d.real());
        assertEquals("4: 8192 [4: 8192]", d.sim());
        assertTrue(d.where().contains("main.keep prog.go:35 <- main.main prog.go:60"), d.where());
    }

    @Test
    void heapFreedCount() {
        Difference d = single("0: 0 [3: 12288] @ 0x401b11", "1: 4096 [3: 12288] @ 0x401b11");
        assertEquals("0: 0 [3: 12288]", d.real());
    }

    @Test
    void heapStackLineShowsAsOneMissingAndOneExtraRecord() {
        List<Difference> d = against(Samples.SIM.replace("main.keep+0x74\t\tprog.go:35", "main.keep+0x74\t\tprog.go:36"));
        assertEquals(2, d.size(), d::toString);
        assertTrue(d.stream().anyMatch(x -> x.where().contains("prog.go:35") && x.sim().equals(Difference.NONE)));
        assertTrue(d.stream().anyMatch(x -> x.where().contains("prog.go:36") && x.real().equals(Difference.NONE)));
    }

    @Test
    void sampledHeapIsNotCompared() {
        String sampled = "heap profile: 1: 2 [3: 4] @ heap/1048576\n1: 64 [1: 64] @ 0x401a35\n"
                + "#\t0x401a34\tmain.keep+0x74\tprog.go:35\n";
        String sampledOther = sampled.replace("1: 64 [1: 64]", "0: 0 [0: 0]");
        assertEquals(List.of(), Comparison.compare(new RunOutput(sampled, "", 0), new RunOutput(sampledOther, "", 0)));
        Difference rate = Comparison.compare(new RunOutput(sampled, "", 0),
                new RunOutput(sampled.replace("heap/1048576", "heap/2"), "", 0)).get(0);
        assertEquals("MemProfileRate", rate.aspect());
    }

    @Test
    void goroutineCountPerStack() {
        Difference d = single("4 @ 0x42b1aa", "3 @ 0x42b1aa");
        assertEquals("count", d.aspect());
        assertEquals("4", d.real());
        assertEquals("3", d.sim());
    }

    @Test
    void blockEventCount() {
        Difference d = single("12000000 3 @", "12000000 2 @");
        assertEquals("block events", d.aspect());
        assertTrue(d.where().contains("main.locker prog.go:35"), d.where());
    }

    @Test
    void blockCyclesAreNotCompared() {
        assertEquals(List.of(), against(Samples.SIM.replace("12000000 3 @", "1 3 @")));
    }

    @Test
    void goroutineStatus() {
        Difference d = single("goroutine 6 [semacquire]:", "goroutine 6 [chan receive]:");
        assertEquals("goroutine states", d.aspect());
        assertEquals("[semacquire]", d.real());
        assertEquals("[chan receive]", d.sim());
    }

    @Test
    void waitReasonsRenamedAfterGo17CompareUnderTheirGo17Name() {
        RunOutput real = new RunOutput("goroutine 7 [sync.Cond.Wait]:\nmain.w()\n\t/x/p.go:9 +0x1\n", "", 0);
        RunOutput sim = new RunOutput("goroutine 9 [semacquire]:\nmain.w()\n\tp.go:9 +0x2\n", "", 0);
        assertEquals(List.of(), Comparison.compare(real, sim));
        RunOutput chan = new RunOutput("goroutine 9 [chan receive]:\nmain.w()\n\tp.go:9 +0x2\n", "", 0);
        assertEquals(1, Comparison.compare(real, chan).size());
    }

    @Test
    void lockedToThreadFlag() {
        Difference d = single("[chan receive, locked to thread]", "[chan receive]");
        assertEquals("[chan receive, locked to thread]", d.real());
        assertEquals("[chan receive]", d.sim());
    }

    @Test
    void goroutineFunction() {
        List<Difference> d = against(Samples.SIM.replace("main.pinned(0xc42001a0c0", "main.parked(0xc42001a0c0"));
        assertEquals(2, d.size(), d::toString);
        assertTrue(d.stream().anyMatch(x -> x.where().contains("main.pinned") && x.sim().equals(Difference.NONE)));
        assertTrue(d.stream().anyMatch(x -> x.where().contains("main.parked") && x.real().equals(Difference.NONE)));
    }

    @Test
    void missingProfile() {
        String noBlock = Samples.SIM.replaceAll("(?s)--- contention:.*?(?=threadcreate profile)", "");
        List<Difference> d = against(noBlock);
        assertEquals(List.of(new Difference("number of block profiles", "stdout", "1", "0")), d);
    }

    @Test
    void threadsOnlyAsLowerBound() {
        Comparison c = new Comparison(new Expectation(true, 5, "test"));
        RunOutput sim = new RunOutput(Samples.SIM, "", 0);
        assertEquals(List.of(), c.differences(REAL, sim), "6 threads >= 5; real Go's 7 need not match");
        List<Difference> d = c.differences(REAL,
                new RunOutput(Samples.SIM.replace("threadcreate profile: total 6", "threadcreate profile: total 3"), "", 0));
        assertEquals(1, d.size());
        assertEquals("threads", d.get(0).aspect());
    }

    @Test
    void stderrComparedUnlessTheExampleSaysNot() {
        RunOutput real = new RunOutput("ok\n", "panic: boom\n", 2);
        RunOutput sim = new RunOutput("ok\n", "panic: bang\n", 2);
        assertEquals(1, Comparison.compare(real, sim).size());
        assertEquals(List.of(), new Comparison(new Expectation(false, 0, "test")).differences(real, sim));
        assertFalse(ExpectedDifferences.forExample("cpuprofile").compareStderr());
    }

    @Test
    void everyIgnoredAspectHasAReasonAndEveryExpectationNamesAnExample() {
        for (Ignored i : Ignored.values()) {
            assertTrue(i.reason().length() > 20, i.name());
        }
        List<String> names = Corpus.all().stream().map(Corpus.Example::name).toList();
        for (String e : ExpectedDifferences.examplesWithExpectations()) {
            assertTrue(names.contains(e), "expectation for unknown example " + e);
        }
    }
}
