package gosim.pprof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.mprof.Profiling;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One way to attach profiling to a runtime: a second attach (Profiling then Pprof, Pprof twice,
 * Profiling twice) would install a second bucket table and leave the first one's records empty,
 * so it is rejected with a clear error; the one attached profiling is reached through
 * {@link Pprof#profiling()}.
 */
class AttachOnceTest {
    private static void rejected(Consumer<GoRuntime> first, Consumer<GoRuntime> second) {
        GoRuntime rt = GoRuntime.builder().build();
        first.accept(rt);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> second.accept(rt));
        assertTrue(e.getMessage().startsWith("gosim: profiling is already attached to this runtime; attach once"),
                e.getMessage());
    }

    @Test
    void profilingThenPprofIsRejected() {
        rejected(Profiling::attach, Pprof::attach);
    }

    @Test
    void pprofTwiceIsRejected() {
        rejected(Pprof::attach, Pprof::attach);
    }

    @Test
    void profilingTwiceIsRejected() {
        rejected(Profiling::attach, Profiling::attach);
    }

    @Test
    void pprofThenProfilingIsRejected() {
        rejected(Pprof::attach, Profiling::attach);
    }

    /** The one attach works: pprof's profiling is the runtime's mprof and records the run's allocations. */
    @Test
    void theOneAttachRecords() {
        GoRuntime rt = GoRuntime.builder().build();
        Pprof pprof = Pprof.attach(rt);
        assertSame(rt, pprof.profiling().runtime());
        pprof.profiling().setMemProfileRate(1);
        assertEquals(0, rt.run(() -> {
            Go.malloc(4096);
            Go.gc();
            Go.gc();
        }));
        assertTrue(pprof.profiling().memProfile(true).stream().anyMatch(r -> r.allocBytes == 4096),
                pprof.profiling().memProfile(true).toString());
    }
}
