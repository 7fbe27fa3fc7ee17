package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.realgo.ParsedOutput.BlockProfile;
import gosim.specs.realgo.ParsedOutput.CountProfile;
import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.Goroutine;
import gosim.specs.realgo.ParsedOutput.GoroutineDump;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on real Go 1.19 text (see {@link Samples}) and on the edge cases of each format. */
class OutputParserTest {
    private final ParsedOutput real = OutputParser.parse(Samples.REAL);

    @Test
    void splitsTextAndSectionsInOrder() {
        assertEquals(List.of("order: 3 1 2", "~got 25", "done"), real.textLines());
        List<String> kinds = real.sections().stream().map(s -> s.getClass().getSimpleName()).toList();
        assertEquals(List.of("TextLine", "TextLine", "HeapProfile", "CountProfile", "BlockProfile", "CountProfile",
                "GoroutineDump", "TextLine"), kinds);
    }

    @Test
    void heapProfileHeaderRecordsAndMemStats() {
        HeapProfile h = real.all(HeapProfile.class).get(0);
        assertEquals(List.of(6L, 4608L, 9L, 16800L, 1L), List.of(h.inuseObjects(), h.inuseBytes(), h.allocObjects(),
                h.allocBytes(), h.memProfileRate()));
        assertEquals(5, h.records().size());
        HeapRecord keep = h.records().get(0);
        assertEquals(List.of(4L, 4096L, 4L, 4096L),
                List.of(keep.inuseObjects(), keep.inuseBytes(), keep.allocObjects(), keep.allocBytes()));
        assertEquals(List.of(new Frame("main.keep", "prog.go", 35), new Frame("main.main", "prog.go", 60),
                new Frame("runtime.main", "proc.go", 250)), keep.stack().frames());
        assertEquals(4, keep.stack().pcs().size());
        assertFalse(keep.stack().leadingFramesHidden());
        assertTrue(h.records().get(1).stack().leadingFramesHidden(), "malg record printed from main.main");
        assertEquals("67136", h.memStats().get("Alloc"));
        assertEquals("[21008 0 0]", h.memStats().get("PauseNs"));
        assertEquals("2891776", h.memStats().get("MaxRSS"));
    }

    @Test
    void countProfilesWithTabAlignedCommentsAndEmptyStacks() {
        CountProfile g = real.countProfiles("goroutine").get(0);
        assertEquals(5, g.total());
        assertEquals(4, g.records().get(0).count());
        assertEquals(List.of(new Frame("main.fetch.func1", "prog.go", 30)), g.records().get(0).stack().frames());
        assertEquals(List.of(new Frame("main.main", "prog.go", 46)), g.records().get(1).stack().userFrames());
        assertEquals("runtime/pprof.runtime_goroutineProfileWithLabels",
                g.records().get(1).stack().frames().get(0).function());

        CountProfile t = real.countProfiles("threadcreate").get(0);
        assertEquals(7, t.total());
        assertEquals(1, t.records().size());
        assertTrue(t.records().get(0).stack().pcs().isEmpty());
        assertTrue(t.records().get(0).stack().frames().isEmpty(), "#\\t0x0 names no function");
    }

    @Test
    void blockProfile() {
        BlockProfile b = real.all(BlockProfile.class).get(0);
        assertEquals("contention", b.kind());
        assertEquals("2596152469", b.cyclesPerSecond());
        assertEquals(2, b.records().size());
        assertEquals(79953952L, b.records().get(0).cycles());
        assertEquals(3L, b.records().get(0).count());
        assertEquals(List.of(new Frame("sync.(*Mutex).Lock", "mutex.go", 90), new Frame("main.locker", "prog.go", 35)),
                b.records().get(0).stack().frames());
    }

    @Test
    void goroutineDumpWithStatusesLocksInlinedFramesAndCreators() {
        GoroutineDump d = real.all(GoroutineDump.class).get(0);
        assertEquals(3, d.goroutines().size());
        Goroutine main = d.goroutines().get(0);
        assertEquals(1, main.id());
        assertEquals("running", main.status());
        assertNull(main.createdBy());
        assertEquals(List.of(new Frame("main.main", "prog.go", 40)), main.userFrames());
        Goroutine pinned = d.goroutines().get(1);
        assertEquals("chan receive", pinned.status());
        assertTrue(pinned.lockedToThread());
        assertEquals(new Frame("main.main", "prog.go", 36), pinned.createdBy());
        Goroutine locker = d.goroutines().get(2);
        assertEquals("semacquire", locker.status());
        assertFalse(locker.lockedToThread());
        assertEquals(4, locker.frames().size());
        assertEquals(new Frame("sync.(*Mutex).Lock", "mutex.go", 90), locker.frames().get(2), "inlined frame, no +0x");
    }

    @Test
    void panicOnStderr() {
        ParsedOutput p = OutputParser.parse("""
                panic: division of 7 by zero

                goroutine 1 [running]:
                main.divide(0x4ba558?, 0xc00009a008?)
                \t/tmp/x/panic.go:23 +0x15b
                main.main()
                \t/tmp/x/panic.go:42 +0x17d
                exit status 2
                """);
        assertEquals(List.of("panic: division of 7 by zero", "", "exit status 2"), p.textLines());
        Goroutine g = p.all(GoroutineDump.class).get(0).goroutines().get(0);
        assertEquals(List.of(new Frame("main.divide", "panic.go", 23), new Frame("main.main", "panic.go", 42)),
                g.frames());
    }

    @Test
    void waitDurationAndGo121CreatorAndElidedFrames() {
        Goroutine g = OutputParser.parse("""
                goroutine 7 [select, 3 minutes, locked to thread]:
                main.loop()
                \t/a/b.go:9 +0x1
                ...additional frames elided...
                created by main.main in goroutine 1
                \t/a/b.go:3 +0x2
                """).all(GoroutineDump.class).get(0).goroutines().get(0);
        assertEquals("select", g.status());
        assertTrue(g.lockedToThread());
        assertEquals(List.of(new Frame("main.loop", "b.go", 9)), g.frames());
        assertEquals(new Frame("main.main", "b.go", 3), g.createdBy());
    }

    @Test
    void debugZeroCountProfileHasPcsButNoFrames() {
        CountProfile p = OutputParser.parse("""
                goroutine profile: total 2
                2 @ 0x42a0 0x42b0

                after
                """).countProfiles("goroutine").get(0);
        assertEquals(List.of(0x42a0L, 0x42b0L), p.records().get(0).stack().pcs());
        assertTrue(p.records().get(0).stack().frames().isEmpty());
        assertFalse(p.records().get(0).stack().leadingFramesHidden());
    }

    @Test
    void malformedStackCommentIsAClearError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OutputParser.parse("goroutine profile: total 1\n1 @ 0x10\n#\tmain.f\tx.go:3\n"));
        assertTrue(e.getMessage().contains("output line 3") && e.getMessage().contains("main.f"), e.getMessage());
    }

    @Test
    void textThatOnlyResemblesProfilesStaysText() {
        ParsedOutput p = OutputParser.parse("3 1 2\n# not a comment\n10: 20\ngoroutines: 5\n");
        assertEquals(List.of("3 1 2", "# not a comment", "10: 20", "goroutines: 5"), p.textLines());
        assertEquals(OutputParser.parse("").sections(), List.of());
    }
}
