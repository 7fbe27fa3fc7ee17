package gosim.sim.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's event stream: views never change a run, and the stream carries the scheduler's reasons. */
class EventStreamTest {
    record Outcome(List<String> ran, long end, int threads, List<Event> events, byte[] trace) {
    }

    /** Workers with syscalls, sleeps and channel hand-offs on four Ps, optionally watched by every view. */
    static Outcome run(boolean watched) {
        GoRuntime rt = GoRuntime.builder().seed(7).gomaxprocs(4).build();
        List<Event> seen = new ArrayList<>();
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        if (watched) {
            rt.events().attach(seen::add);
            rt.events().attach(new ExecTrace(trace, rt.symtab()));
            rt.events().attach(new Explain(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
            rt.events().attach(new JsonLines(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    rt.symtab()));
            rt.events().attach(new TimelineHtml(new ByteArrayOutputStream(), rt.symtab()));
        }
        Func mainFn = rt.symtab().define("main.main", "main.go", 10, 40);
        Func worker = rt.symtab().define("main.worker", "main.go", 50, 60);
        List<String> ran = new ArrayList<>();
        rt.run(mainFn, () -> {
            gosim.sim.Chan<Integer> done = gosim.sim.Chan.make();
            for (int i = 0; i < 6; i++) {
                int id = i;
                Go.line(12);
                Go.go(worker, () -> {
                    Go.work(1_000_000 + id * 10_000);
                    if (id % 2 == 0) {
                        Go.syscall(30_000);
                    } else {
                        Go.sleep(50_000);
                    }
                    ran.add(id + "@" + Go.nanotime());
                    done.send(id);
                });
            }
            for (int i = 0; i < 6; i++) {
                done.recv();
            }
        });
        return new Outcome(ran, rt.nanotime(), rt.mcount(), seen, trace.toByteArray());
    }

    @Test
    void viewsNeverChangeTheRun() {
        Outcome plain = run(false);
        Outcome watched = run(true);
        assertEquals(plain.ran(), watched.ran());
        assertEquals(plain.end(), watched.end());
        assertEquals(plain.threads(), watched.threads());
        assertArrayEquals(watched.trace(), run(true).trace(), "the same trace bytes every run");
        assertEquals("go 1.7 trace\0\0\0\0", new String(Arrays.copyOf(watched.trace(), 16), StandardCharsets.US_ASCII));
    }

    @Test
    void theStreamIsOrderedAndCarriesReasons() {
        List<Event> ev = run(true).events().stream().filter(e -> e.seq() >= 0).toList();
        assertEquals(0, ev.get(0).seq());
        for (int i = 1; i < ev.size(); i++) {
            assertEquals(ev.get(i - 1).seq() + 1, ev.get(i).seq());
            assertTrue(ev.get(i).ts() >= ev.get(i - 1).ts());
        }
        assertTrue(ev.stream().anyMatch(e -> e.ev() == Ev.G_START && "runnext".equals(e.why())));
        assertTrue(ev.stream().anyMatch(e -> e.ev() == Ev.STEAL && e.goids() != null && e.goids().length == e.n()
                && e.p2() >= 0));
        assertTrue(ev.stream().anyMatch(e -> e.ev() == Ev.G_BLOCK && "chan receive".equals(e.why())
                && e.obj() != null && e.obj().startsWith("chan#") && e.stack() != null));
        assertTrue(ev.stream().anyMatch(e -> e.ev() == Ev.G_BLOCK && "sleep".equals(e.why())));
        assertTrue(ev.stream().anyMatch(e -> e.ev() == Ev.G_UNBLOCK && e.g() != 0 && e.g2() != 0));
        assertTrue(ev.stream().anyMatch(e -> e.ev() == Ev.SYSCALL));
        // Every created goroutine but main is created by a running goroutine, on that goroutine's P.
        assertTrue(ev.stream().filter(e -> e.ev() == Ev.G_CREATE && e.g2() != 1).allMatch(e -> e.g() != 0 && e.p() >= 0));
    }

    @Test
    void javaStartsAndStopsTracingToAnOutputStream() {
        GoRuntime rt = GoRuntime.builder().seed(1).gomaxprocs(2).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rt.run(() -> {
            Go.startTrace(out);
            assertThrows(IllegalStateException.class, () -> Go.startTrace(new ByteArrayOutputStream()));
            Go.go(rt.symtab().define("main.w", "main.go", 20), () -> Go.work(1000));
            Go.sleep(1_000_000);
            Go.stopTrace();
            Go.stopTrace(); // a no-op, as Go's StopTrace when not tracing
        });
        byte[] b = out.toByteArray();
        assertEquals("go 1.7 trace\0\0\0\0", new String(Arrays.copyOf(b, 16), StandardCharsets.US_ASCII));
        assertTrue(b.length > 100);
    }
}
