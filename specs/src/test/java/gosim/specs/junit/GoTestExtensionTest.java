package gosim.specs.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The @GoTest extension, run on the classes in {@link Cases} through JUnit's EngineTestKit. */
class GoTestExtensionTest {
    private static EngineExecutionResults run(Class<?> c) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(c)).execute();
    }

    /** The one failure of a case class. */
    private static Throwable failure(Class<?> c) {
        EngineExecutionResults r = run(c);
        assertEquals(1, r.testEvents().failed().count(), c.getSimpleName() + " must fail");
        return r.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    /** The line of the first occurrence of text in a test source file (checked from the source). */
    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/gosim/specs/junit").resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void everySeedAndGomaxprocsRunsOnceInItsOwnRuntime() {
        Cases.RUNS.set(0);
        Cases.SEEN.clear();
        EngineExecutionResults r = run(Cases.Passes.class);
        assertEquals(1, r.testEvents().succeeded().count(), () -> r.allEvents().list().toString());
        assertEquals(10, Cases.RUNS.get());
        assertEquals(Set.of("seed=10,gomaxprocs=1", "seed=10,gomaxprocs=3", "seed=11,gomaxprocs=1",
                "seed=11,gomaxprocs=3", "seed=12,gomaxprocs=1", "seed=12,gomaxprocs=3", "seed=13,gomaxprocs=1",
                "seed=13,gomaxprocs=3", "seed=14,gomaxprocs=1", "seed=14,gomaxprocs=3"), Cases.SEEN);
    }

    @Test
    void assertionInAGoroutineFailsWithSeedJavaStackAndReplayLine() throws IOException {
        Throwable t = failure(Cases.FailsInGoroutine.class);
        GoTestFailure f = assertInstanceOf(GoTestFailure.class, t);
        assertEquals("seed=3,gomaxprocs=1", f.replayKey());
        assertTrue(f.getMessage().startsWith("gosim run seed=3,gomaxprocs=1 failed: "
                + "org.opentest4j.AssertionFailedError: seed 3 is unlucky"), f.getMessage());
        assertTrue(f.getMessage().contains("replay: @GoTest(replay = \"seed=3,gomaxprocs=1\")"), f.getMessage());
        assertInstanceOf(org.opentest4j.AssertionFailedError.class, f.getCause());
        int line = lineOf("Cases.java", "assertNotEquals(3L");
        assertTrue(List.of(f.getStackTrace()).stream().anyMatch(e -> "Cases.java".equals(e.getFileName())
                && e.getLineNumber() == line), "the Java stack names Cases.java:" + line);
        // Go's panic report, with the goroutine named after the Java method that started it.
        assertTrue(f.report().startsWith("panic: org.opentest4j.AssertionFailedError: seed 3 is unlucky"), f.report());
        assertTrue(f.report().contains("created by gosim.specs.junit.Cases$FailsInGoroutine.spawned\n\tCases.java:"
                + lineOf("Cases.java", "Go.go(() -> {\n".strip()) + " "), f.report());
    }

    @Test
    void exceptionInTheTestMethodIsItsFailure() throws IOException {
        GoTestFailure f = assertInstanceOf(GoTestFailure.class, failure(Cases.ThrowsInMain.class));
        assertEquals("seed=2,gomaxprocs=1", f.replayKey());
        IllegalStateException cause = assertInstanceOf(IllegalStateException.class, f.getCause());
        assertEquals("boom at seed 2", cause.getMessage());
        assertEquals(lineOf("Cases.java", "boom at seed 2"), f.getStackTrace()[0].getLineNumber());
    }

    @Test
    void lockOrderDeadlockIsReportedWithBothGoroutinesStacks() throws IOException {
        GoTestFailure f = assertInstanceOf(GoTestFailure.class, failure(Cases.Deadlocks.class));
        assertTrue(f.getMessage().contains("failed: fatal error: all goroutines are asleep - deadlock!"), f.getMessage());
        String inner = "gosim.specs.junit.examples.Account.transfer()\n\tAccount.java:"
                + lineOf("examples/Account.java", "to.lock.lock()") + " ";
        String r = f.report();
        assertEquals(2, r.split(java.util.regex.Pattern.quote(inner), -1).length - 1, r);
        assertTrue(r.contains("Cases.java:" + lineOf("Cases.java", "Account.transfer(a, b, 1)") + " "), r);
        assertTrue(r.contains("Cases.java:" + lineOf("Cases.java", "Account.transfer(b, a, 1)") + " "), r);
        assertTrue(r.contains(" [semacquire]:\n"), r);
    }

    @Test
    void leakFailsOnlyWhenAsked() throws IOException {
        GoTestFailure f = assertInstanceOf(GoTestFailure.class, failure(Cases.Leaks.class));
        assertInstanceOf(GoTestExtension.GoroutineLeak.class, f.getCause());
        assertTrue(f.getMessage().contains("1 goroutine leaked"), f.getMessage());
        assertTrue(f.report().contains("Cases.java:" + lineOf("Cases.java", "countDownLatch(1).await()") + " "),
                f.report());
        assertEquals(1, run(Cases.LeakNotAsked.class).testEvents().succeeded().count());
    }

    @Test
    void replayRunsOnlyThatRun() {
        Cases.RUNS.set(0);
        Cases.SEEN.clear();
        assertEquals(1, run(Cases.Replays.class).testEvents().succeeded().count());
        assertEquals(1, Cases.RUNS.get());
        assertEquals(Set.of("seed=17,gomaxprocs=2"), Cases.SEEN);
    }

    @Test
    void blockingInTheJdkKeepsItsClearError() {
        Throwable t = failure(Cases.BlocksInJdk.class);
        if (!(t instanceof GoTestFailure)) {
            throw new AssertionError("not a GoTestFailure", t);
        }
        GoTestFailure f = (GoTestFailure) t;
        assertTrue(f.getMessage().contains("blocked in the JDK outside a simulator primitive"), f.getMessage());
    }

    @Test
    void unsupportedSettingsAreClearErrors() {
        Throwable s = failure(Cases.Strategy.class);
        assertInstanceOf(IllegalArgumentException.class, s);
        assertTrue(s.getMessage().contains("@GoTest(strategy = \"bogus\"): unknown strategy"), s.getMessage());
        Throwable r = failure(Cases.BadReplay.class);
        assertTrue(r.getMessage().startsWith("gosim: bad @GoTest(replay = \"seed=x\")"), r.getMessage());
    }

    /**
     * The racy counter's lost update: seed 1 with GOMAXPROCS=2 finds it (the first multi-P run;
     * GOMAXPROCS=1 never does, as nothing preempts a 20us window), the replay line reproduces it,
     * and the same run is reported at any parallelism.
     */
    @Test
    void racyCounterLostUpdateIsFoundAndReplayed() throws Exception {
        String before = System.getProperty(GoTestExtension.PARALLELISM);
        try {
            String key = null;
            for (String par : new String[] {"1", "3"}) {
                System.setProperty(GoTestExtension.PARALLELISM, par);
                GoTestFailure f = assertInstanceOf(GoTestFailure.class, failure(Cases.Racy.class));
                assertTrue(f.getMessage().contains("lost update ==> expected: <2> but was: <1>"), f.getMessage());
                if (key != null) {
                    assertEquals(key, f.replayKey(), "parallelism " + par);
                }
                key = f.replayKey();
            }
            assertEquals("seed=1,gomaxprocs=2", key);
        } finally {
            if (before == null) {
                System.clearProperty(GoTestExtension.PARALLELISM);
            } else {
                System.setProperty(GoTestExtension.PARALLELISM, before);
            }
        }
        // The replay line alone runs that run again and fails the same way.
        java.lang.reflect.Method m = Cases.Racy.class.getDeclaredMethod("lostUpdate");
        GoTest replay = replayOf("seed=1,gomaxprocs=2");
        List<GoTestRun> runs = GoTestExtension.plan(replay);
        assertEquals(1, runs.size());
        GoTestFailure again = GoTestExtension.runOnce(m, new Cases.Racy(), List.of(), runs.get(0), false);
        assertNotNull(again, "the replayed run fails");
        assertTrue(again.getMessage().contains("lost update"), again.getMessage());
        // GOMAXPROCS=1 with the same seed does not lose the update.
        assertEquals(null, GoTestExtension.runOnce(m, new Cases.Racy(), List.of(),
                new GoTestRun(1, 1, "", "", null), false));
    }

    private static GoTest replayOf(String key) {
        return new GoTest() {
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return GoTest.class;
            }

            public int seeds() {
                return 100;
            }

            public long firstSeed() {
                return 1;
            }

            public int[] gomaxprocs() {
                return new int[] {1, 2, 4};
            }

            public String strategy() {
                return "";
            }

            public String noise() {
                return "";
            }

            public boolean failOnLeak() {
                return false;
            }

            public String replay() {
                return key;
            }
        };
    }
}
