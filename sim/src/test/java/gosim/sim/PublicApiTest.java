package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the sim module's public API: the types a user can name (public, and public all the way out
 * for nested ones) in gosim.sim and its subpackages. Model internals (G, M, P, Sched, Runq,
 * RuntimeLayout, ...) are package-private; what gosim's own modules need beyond the API is in
 * gosim.sim.internal. A new public type must be added here on purpose.
 */
class PublicApiTest {
    /** The expected surface, sorted. */
    private static final List<String> EXPECTED = List.of(
            "gosim.sim.ArgWords",
            "gosim.sim.BlockHook",
            "gosim.sim.Chan",
            "gosim.sim.Chan$Recv",
            "gosim.sim.Cond",
            "gosim.sim.CpuSampler",
            "gosim.sim.Decision",
            "gosim.sim.Decision$Kind",
            "gosim.sim.EventHub",
            "gosim.sim.EventLog",
            "gosim.sim.EventLog$Kind",
            "gosim.sim.Explorer",
            "gosim.sim.Explorer$Builder",
            "gosim.sim.Explorer$Outcome",
            "gosim.sim.Explorer$Settings",
            "gosim.sim.Explorer$Subject",
            "gosim.sim.Frame",
            "gosim.sim.Func",
            "gosim.sim.Go",
            "gosim.sim.GoFatal",
            "gosim.sim.GoPanic",
            "gosim.sim.GoRuntime",
            "gosim.sim.GoRuntime$Builder",
            "gosim.sim.GoVersion",
            "gosim.sim.GoexitSignal",
            "gosim.sim.Goroutine",
            "gosim.sim.Goroutine$Status",
            "gosim.sim.JavaFrames",
            "gosim.sim.Locker",
            "gosim.sim.Mutex",
            "gosim.sim.Observers",
            "gosim.sim.Once",
            "gosim.sim.ProcessExit",
            "gosim.sim.RWMutex",
            "gosim.sim.Schedule",
            "gosim.sim.Select",
            "gosim.sim.Sema",
            "gosim.sim.Strategy",
            "gosim.sim.Symtab",
            "gosim.sim.TimeChans",
            "gosim.sim.TimeChans$Timer",
            "gosim.sim.Timers",
            "gosim.sim.Timers$Timer",
            "gosim.sim.Timers$TimerFunc",
            "gosim.sim.WaitGroup",
            "gosim.sim.concurrent.Concurrency",
            "gosim.sim.concurrent.Concurrency$Jdk",
            "gosim.sim.concurrent.Concurrency$Sim",
            "gosim.sim.concurrent.SimBlockingQueue",
            "gosim.sim.concurrent.SimClock",
            "gosim.sim.concurrent.SimCountDownLatch",
            "gosim.sim.concurrent.SimExecutorService",
            "gosim.sim.concurrent.SimFuture",
            "gosim.sim.concurrent.SimLock",
            "gosim.sim.concurrent.SimReadWriteLock",
            "gosim.sim.concurrent.SimSemaphore",
            "gosim.sim.events.Ev",
            "gosim.sim.events.Event",
            "gosim.sim.events.EventSink",
            "gosim.sim.events.ExecTrace",
            "gosim.sim.events.Explain",
            "gosim.sim.events.JsonLines",
            "gosim.sim.events.TimelineHtml",
            "gosim.sim.heap.FinalizerSpecials",
            "gosim.sim.heap.GcMode",
            "gosim.sim.heap.Heap",
            "gosim.sim.heap.HeapObject",
            "gosim.sim.heap.MProfHooks",
            "gosim.sim.heap.MemStats",
            "gosim.sim.heap.SizeClasses",
            "gosim.sim.internal.AllocPath",
            "gosim.sim.internal.AllocPath$Frame",
            "gosim.sim.internal.Kernel",
            "gosim.sim.internal.SimStack");

    @Test
    void publicTypesAreExactlyTheDocumentedOnes() throws Exception {
        List<String> actual = ApiSurface.publicTypes(GoRuntime.class);
        assertFalse(actual.isEmpty(), "no classes found");
        assertEquals(String.join("\n", EXPECTED), String.join("\n", actual),
                "the public API of gosim-sim changed; if on purpose, update EXPECTED");
    }

    /** Package-private model classes stay out of it, and no public signature names one. */
    @Test
    void modelInternalsAreNotPublic() throws Exception {
        for (Class<?> c : List.of(G.class, M.class, P.class, RuntimeLayout.class, Sched.class, Runq.class)) {
            assertFalse(Modifier.isPublic(c.getModifiers()), c.getName());
        }
        assertEquals(List.of(), ApiSurface.leaks(GoRuntime.class, EXPECTED));
    }

    /** gosim.sim.internal says it is not API where javadoc readers look (the working directory is sim/). */
    @Test
    void internalPackageIsDocumentedAsInternal() throws Exception {
        String info = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/gosim/sim/internal/package-info.java"));
        org.junit.jupiter.api.Assertions.assertTrue(info.startsWith("/**\n * Internal: "), info);
    }

    /** The interpreter's hooks live behind {@link GoRuntime#kernel()} (gosim.sim.internal), not on GoRuntime. */
    @Test
    void hostHooksAreNotOnGoRuntime() {
        List<String> hooks = List.of("setReachability", "setArgWordsResolver", "installMProf", "setBlockHook", "setCpuSampler", "gopark", "goready",
                "netpollReady", "netpollers", "allgs");
        for (java.lang.reflect.Method m : GoRuntime.class.getMethods()) {
            assertFalse(hooks.contains(m.getName()), "GoRuntime." + m.getName() + " is public");
        }
    }

    /**
     * The read-only view is what {@link Go#self()} and {@link GoRuntime#goroutines()} give: a
     * goroutine parked in a receive shows Go's wait reason (go1.7 chan.go:496 "chan receive") and
     * its start function at its line outermost; once it exits it is no longer listed.
     */
    @Test
    void goroutineViewReadsTheLiveG() {
        GoRuntime rt = GoRuntime.builder().build();
        Func f = rt.symtab().define("main.waiter", "main.go", 10, 20);
        List<String> seen = new java.util.ArrayList<>();
        long[] waiter = new long[1];
        rt.run(() -> {
            Goroutine self = Go.self();
            Chan<Integer> c = Chan.make(0, 0);
            Go.go(f, () -> {
                waiter[0] = Go.goid();
                Go.line(12);
                c.recv();
            });
            Go.gosched();
            seen.add(describe(rt, self));
            seen.add(self.status() + " [" + self.waitReason() + "]");
            c.send(1);
            Go.gosched();
            seen.add(describe(rt, self));
        });
        assertEquals(List.of("goroutine " + waiter[0] + " WAITING chan receive main.waiter:12", "RUNNING []", ""), seen);
    }

    /** The user goroutines other than self, with their status, wait reason and outermost frame. */
    private static String describe(GoRuntime rt, Goroutine self) {
        StringBuilder b = new StringBuilder();
        for (Goroutine g : rt.goroutines()) {
            if (g != self && !g.isSystem()) {
                List<Frame> stk = g.stack();
                Frame start = stk.get(stk.size() - 2); // the last one is runtime.goexit
                b.append("goroutine ").append(g.goid()).append(' ').append(g.status()).append(' ')
                        .append(g.waitReason()).append(' ').append(start.function()).append(':').append(start.line());
            }
        }
        return b.toString();
    }
}
