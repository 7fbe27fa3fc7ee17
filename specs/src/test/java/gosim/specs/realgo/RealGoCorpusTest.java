package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.realgo.ParsedOutput.BlockProfile;
import gosim.specs.realgo.ParsedOutput.CountProfile;
import gosim.specs.realgo.ParsedOutput.CountRecord;
import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.Goroutine;
import gosim.specs.realgo.ParsedOutput.GoroutineDump;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus example under real Go (skipped when Go is not installed): the harness parses all it
 * prints, two runs agree under {@link Comparison}, and each example's story shows. Expected values
 * come from the Go rules each example's header explains and from the example's own source lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealGoCorpusTest {
    private RealGo go;
    private final Map<String, RealGo.Binary> binaries = new HashMap<>();
    private final Map<String, RealGo.Result> firstRuns = new HashMap<>();

    @BeforeAll
    void locateGo() {
        go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null,
                "Go is not installed (no go on PATH, $GOSIM_GO or /usr/lib/go/bin): real-Go comparison skipped");
    }

    @AfterAll
    void cleanUp() {
        if (go != null) {
            go.close();
        }
    }

    static List<Corpus.Example> examples() {
        return Corpus.all();
    }

    private RealGo.Binary binary(String name) {
        return binaries.computeIfAbsent(name, n -> go.build(n + ".go", Corpus.named(n).source()));
    }

    private RealGo.Result run(String name) {
        return firstRuns.computeIfAbsent(name, n -> binary(n).run());
    }

    /** Lines that look like profile or traceback content but were left as text: a parse failure. */
    private static final Pattern PROFILE_LIKE = Pattern.compile(
            "^(#\\t.*|\\d+(: \\d+ \\[\\d+: \\d+\\])? @.*|\\d+ \\d+ @.*|goroutine \\d+ \\[.*|\\t.*|created by .*"
                    + "|.*profile: total \\d+|--- .*:|cycles/second=.*|# runtime\\.MemStats)$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void harnessParsesEverythingPrinted(Corpus.Example ex) {
        RealGo.Result r = run(ex.name());
        List<String> streams = ExpectedDifferences.forExample(ex.name()).compareStderr()
                ? List.of(r.stdout(), r.stderr()) : List.of(r.stdout());
        for (String s : streams) {
            for (String line : OutputParser.parse(s).textLines()) {
                assertFalse(PROFILE_LIKE.matcher(line).matches(), ex.name() + ": unparsed line: " + line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void twoRealRunsAgreeUnderTheComparison(Corpus.Example ex) {
        RealGo.Result a = run(ex.name());
        RealGo.Result b = binary(ex.name()).run();
        assertEquals(List.of(), Comparison.compare(ex.name(), a.output(), b.output()),
                ex.name() + ": the comparison must not depend on what varies between runs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void storyShowsInRealGo(Corpus.Example ex) {
        Consumer<Story> story = STORIES.get(ex.name());
        assertNotNull(story, "no story check for example " + ex.name() + ": add one to STORIES");
        story.accept(new Story(ex, run(ex.name())));
    }

    @Test
    void everyStoryHasAnExample() {
        List<String> names = Corpus.all().stream().map(Corpus.Example::name).toList();
        assertTrue(names.containsAll(STORIES.keySet()), "stories without example: " + STORIES.keySet());
    }

    /** One example's run, parsed, with helpers to find its source lines. */
    record Story(Corpus.Example ex, RealGo.Result result, ParsedOutput out, ParsedOutput err) {
        Story(Corpus.Example ex, RealGo.Result result) {
            this(ex, result, OutputParser.parse(result.stdout()), OutputParser.parse(result.stderr()));
        }

        /** The 1-based line of the only source line containing marker. */
        int line(String marker) {
            List<String> lines = ex.source().lines().toList();
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(marker)) {
                    assertEquals(-1, found, "marker not unique in " + ex.name() + ": " + marker);
                    found = i + 1;
                }
            }
            assertTrue(found > 0, "marker not in " + ex.name() + ": " + marker);
            return found;
        }

        Frame frame(String function, String marker) {
            return new Frame(function, ex.name() + ".go", line(marker));
        }

        List<String> text() {
            return Comparison.comparableText(out);
        }

        void exits(int code) {
            assertEquals(code, result.exitCode(), () -> ex.name() + " stderr:\n" + result.stderr());
        }

        void printsExactly(String... lines) {
            exits(0);
            assertEquals(List.of(lines), text());
        }

        void printsLine(String line) {
            assertTrue(out.textLines().contains(line), () -> ex.name() + " lacks line \"" + line + "\" in "
                    + out.textLines());
        }

        /** Top user frame to status, under Go 1.7's wait reason names (newer Go renamed some). */
        Map<String, String> goroutineStates(GoroutineDump d) {
            Map<String, String> m = new TreeMap<>();
            for (Goroutine g : d.goroutines()) {
                if (!g.userFrames().isEmpty()) {
                    m.put(g.userFrames().get(0).toString(),
                            ExpectedDifferences.go17Status(g.status()) + (g.lockedToThread() ? ", locked" : ""));
                }
            }
            return m;
        }
    }

    private static final Map<String, Consumer<Story>> STORIES = new TreeMap<>();

    static {
        STORIES.put("runnext", s -> s.printsExactly("3 1 2"));
        STORIES.put("stealing", s -> s.printsExactly("GOMAXPROCS: 4", "all 4 workers met"));
        STORIES.put("leak", s -> {
            s.exits(0);
            s.printsLine("goroutines: 5");
            CountProfile p = s.out().countProfiles("goroutine").get(0);
            assertEquals(5, p.total());
            CountRecord leaked = p.records().get(0);
            assertEquals(4, leaked.count(), "count-descending order puts the 4 leaked goroutines first");
            assertEquals(List.of(s.frame("main.fetch.func1", "result <- id * 10")), leaked.stack().userFrames());
        });
        STORIES.put("deadlock", s -> {
            s.exits(2);
            assertEquals(List.of("waiting for a goroutine that waits for us"), s.text());
            assertEquals("fatal error: all goroutines are asleep - deadlock!", s.err().textLines().get(0));
            assertEquals(Map.of(s.frame("main.main", "<-done").toString(), "chan receive",
                    s.frame("main.main.func1", "mu.Lock() // never granted").toString(), "semacquire"),
                    s.goroutineStates(s.err().all(GoroutineDump.class).get(0)));
        });
        STORIES.put("panic", s -> {
            s.exits(2);
            assertEquals(List.of("deferred 2", "deferred 1", "6/3 = 2 <nil>", "deferred 2", "deferred 1",
                    "1/0 = 0 recovered: division of 1 by zero", "deferred 2", "deferred 1"), s.text());
            assertEquals("panic: division of 7 by zero", s.err().textLines().get(0));
            Goroutine g = s.err().all(GoroutineDump.class).get(0).goroutines().get(0);
            assertEquals("running", g.status());
            assertEquals(List.of(s.frame("main.divide", "panic(fmt.Sprintf"),
                    s.frame("main.main", "fmt.Println(divide(7, 0))")), g.userFrames());
        });
        STORIES.put("syscalls", s -> {
            s.exits(0);
            s.printsLine("at least one thread per sleeper: true");
            long total = s.out().countProfiles("threadcreate").get(0).total();
            assertTrue(total >= ExpectedDifferences.forExample("syscalls").minSyscallThreads(), "threads: " + total);
        });
        STORIES.put("lockthread", s -> {
            s.exits(0);
            List<GoroutineDump> dumps = s.out().all(GoroutineDump.class);
            assertEquals(2, dumps.size());
            assertEquals("chan receive, locked",
                    s.goroutineStates(dumps.get(0)).get(s.frame("main.pinned", "blocked here while locked").toString()));
            assertEquals("chan receive",
                    s.goroutineStates(dumps.get(1)).get(s.frame("main.pinned", "blocked here after the unlock").toString()));
        });
        STORIES.put("heapgc", s -> {
            s.exits(0);
            List<HeapProfile> ps = s.out().all(HeapProfile.class);
            assertEquals(4, ps.size());
            String keep = key(s.frame("main.keep", "\t\tkept[i] = make"), s.frame("main.main", "keep(4)"));
            String garbage = key(s.frame("main.garbage", "sink = make"), s.frame("main.main", "garbage(3)"));
            String late = key(s.frame("main.late", "lateKept[i] = make"), s.frame("main.main", "\tlate()"));
            List<String> keepWant = List.of("4: 4096 [4: 4096]", "4: 4096 [4: 4096]", "4: 4096 [4: 4096]",
                    "4: 4096 [4: 4096]");
            List<String> garbageWant = List.of("3: 12288 [3: 12288]", "0: 0 [3: 12288]", "0: 0 [3: 12288]",
                    "0: 0 [3: 12288]");
            List<String> lateWant = java.util.Arrays.asList(null, null, "0: 0 [0: 0]", "2: 4096 [2: 4096]");
            for (int i = 0; i < 4; i++) {
                HeapProfile p = ps.get(i);
                assertEquals(1, p.memProfileRate());
                var user = Comparison.userHeap(p);
                assertEquals(keepWant.get(i), user.get(keep), "keep in profile " + (i + 1));
                assertEquals(garbageWant.get(i), user.get(garbage), "garbage in profile " + (i + 1));
                assertEquals(lateWant.get(i), user.get(late), "late in profile " + (i + 1));
            }
        });
        STORIES.put("memrate", s -> {
            s.printsExactly("default MemProfileRate: 524288", "sampleAll: 1000 objects, 64000 bytes");
        });
        STORIES.put("block", s -> {
            s.exits(0);
            s.printsLine("total: 13");
            BlockProfile b = s.out().all(BlockProfile.class).get(0);
            Map<String, Long> counts = new TreeMap<>();
            b.records().forEach(r -> {
                assertTrue(r.cycles() > 0);
                counts.merge(Comparison.key(r.stack().userFrames()), r.count(), Long::sum);
            });
            assertEquals(3L, counts.get(key(s.frame("main.locker", "mu.Lock() // contended"))));
            assertEquals(1L, counts.get(key(s.frame("main.receiver", "v := <-ch"))));
            assertEquals(1L, counts.get(key(s.frame("main.main", "wg.Wait()"))));
        });
        STORIES.put("resources", s -> {
            s.exits(0);
            s.printsLine("name: example/openconns count: 2");
            s.printsLine("second Add panics: pprof: Profile.Add of duplicate value");
            s.printsLine("second NewProfile panics: pprof: NewProfile name already in use: example/openconns");
            s.printsLine("registered: true");
            CountProfile p = s.out().countProfiles("example/openconns").get(0);
            assertEquals(2, p.total());
            assertEquals(1, p.records().size());
            assertEquals(List.of(s.frame("main.open", "conns.Add(c, 1)"), s.frame("main.handle", "c := open(id)"),
                    s.frame("main.main", "handle(id)")), p.records().get(0).stack().userFrames());
        });
        STORIES.put("goroutineprofile", s -> s.printsExactly("first try with no room: ok = false", "goroutines: 4",
                "record 0: main.main", "record 1: main.waiter", "record 2: main.waiter", "record 3: main.waiter"));
        STORIES.put("cpuprofile", s -> {
            s.printsExactly("first start: <nil>", "second start: cpu profiling already in use",
                    "20 x fib(27) = 3928360", "stopped");
            byte[] prof = s.result().stderrBytes();
            assertTrue(prof.length > 2 && (prof[0] & 0xff) == 0x1f && (prof[1] & 0xff) == 0x8b,
                    "Go 1.8+ writes a gzipped profile.proto");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(prof))) {
                assertTrue(in.readAllBytes().length > 0);
            } catch (IOException e) {
                throw new AssertionError("CPU profile is not valid gzip", e);
            }
        });
        STORIES.put("timers", s -> s.printsExactly("fast: finished after 10ms", "slow: timed out after 50ms",
                "stop pending timer: true", "stop again: false", "tick 1", "tick 2", "tick 3",
                "at least 120ms passed: true"));
        STORIES.put("fanout", s -> {
            s.printsExactly("results: 8", "sum of squares: 204");
            assertEquals(8, s.out().textLines().stream().filter(l -> l.startsWith("~got ")).count());
        });
        STORIES.put("gosched", s -> s.printsExactly("pong", "ping", "pong", "ping", "pong", "ping"));
        STORIES.put("rwmutex", s -> s.printsExactly("readers inside together: 3", "releasing readers",
                "writer in; readers inside: 0", "late reader in"));
        STORIES.put("oncecond", s -> s.printsExactly("init ran 1 time(s), config ready", "started: 4"));
        STORIES.put("closerange", s -> s.printsExactly("received 1", "received 2", "received 3", "0 false",
                "send: send on closed channel", "close: close of closed channel"));
        STORIES.put("stackdump", s -> {
            s.exits(0);
            Map<String, String> want = new TreeMap<>();
            want.put(s.frame("main.main", "n := runtime.Stack(buf, true)").toString(), "running");
            want.put(s.frame("main.recvForever", "func recvForever").toString(), "chan receive");
            want.put(s.frame("main.sendForever", "func sendForever").toString(), "chan send");
            want.put(s.frame("main.selectForever", "parks in selectgo").toString(), "select");
            want.put(s.frame("main.selectNothing", "func selectNothing").toString(), "select (no cases)");
            want.put(s.frame("main.recvNil", "func recvNil").toString(), "chan receive (nil chan)");
            want.put(s.frame("main.sleepLong", "func sleepLong").toString(), "sleep");
            want.put(s.frame("main.lockHeld", "func lockHeld").toString(), "semacquire");
            want.put(s.frame("main.waitCond", "cond.Wait()").toString(), "semacquire"); // newer Go: sync.Cond.Wait
            assertEquals(want, s.goroutineStates(s.out().all(GoroutineDump.class).get(0)));
        });
    }

    private static String key(Frame... frames) {
        return Comparison.key(List.of(frames));
    }
}
