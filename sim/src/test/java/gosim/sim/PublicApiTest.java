package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the sim module's public API: the types a user can name (public, and public all the way out
 * for nested ones) in gosim.sim and its subpackages. Model internals (M, P, Sched, Runq,
 * RuntimeLayout, ...) are package-private; a new public type must be added here on purpose.
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
            "gosim.sim.G",
            "gosim.sim.Go",
            "gosim.sim.GoFatal",
            "gosim.sim.GoPanic",
            "gosim.sim.GoRuntime",
            "gosim.sim.GoRuntime$Builder",
            "gosim.sim.GoVersion",
            "gosim.sim.GoexitSignal",
            "gosim.sim.JavaFrames",
            "gosim.sim.JavaFrames$Site",
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
            "gosim.sim.heap.GcMode",
            "gosim.sim.heap.Heap",
            "gosim.sim.heap.HeapObject",
            "gosim.sim.heap.MProfHooks",
            "gosim.sim.heap.MemStats",
            "gosim.sim.heap.SizeClasses");

    @Test
    void publicTypesAreExactlyTheDocumentedOnes() throws Exception {
        List<String> actual = publicTypes(Path.of(GoRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        assertFalse(actual.isEmpty(), "no classes found");
        assertEquals(String.join("\n", EXPECTED), String.join("\n", actual),
                "the public API of gosim-sim changed; if on purpose, update EXPECTED");
    }

    /** Package-private model classes stay out of it. */
    @Test
    void modelInternalsAreNotPublic() throws Exception {
        for (Class<?> c : List.of(M.class, P.class, RuntimeLayout.class, Sched.class, Runq.class)) {
            assertFalse(Modifier.isPublic(c.getModifiers()), c.getName());
        }
    }

    static List<String> publicTypes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> n.startsWith("gosim.sim") && !n.endsWith("package-info"))
                    .filter(PublicApiTest::isAccessible)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isAccessible(String name) {
        Class<?> c;
        try {
            c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
