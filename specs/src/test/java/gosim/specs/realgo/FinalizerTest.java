package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runtime.SetFinalizer: finalizers run on the lazily created finalizer goroutine after a GC, the
 * object is resurrected for one cycle, SetFinalizer(x, nil) clears, only the outer of two linked
 * finalizable objects is finalized per cycle, NumGoroutine leaves fing out while it runs. Compared
 * with real Go 1.19 at GOMAXPROCS=1; the go1.7 frames come from its source.
 */
class FinalizerTest {
    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        return HeapDump.resource("/gosim/finalizer/" + name);
    }

    private String gosim(String name, String... flags) throws IOException {
        RunOutput r = GosimRun.run(dir, name, resource(name), flags);
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    private static String realGo(String name) throws IOException {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go not installed: real-Go comparison skipped");
        try (go) {
            return go.build(name, resource(name)).run(List.of(), Map.of("GOMAXPROCS", "1")).stdout();
        }
    }

    @Test
    void finalizersMatchRealGo119() throws IOException {
        assertEquals(realGo("finalizers.go"), gosim("finalizers.go", "-go", "1.19", "-gomaxprocs", "1"));
    }

    @Test
    void go17RunsTheSameFinalizers() throws IOException {
        // Same order: the three objects share one size class (go1.7 sweeps h_allspans in order,
        // mgcsweep.go), runfinq runs finq newest first (mfinal.go:165-166). NumGoroutine is 1 in
        // the finalizer: fing is in sched.ngsys from newproc1 (proc.go:2775-2777, gcount 2998).
        assertEquals(resource("finalizers.go.out"), gosim("finalizers.go", "-gomaxprocs", "1"));
    }

    @Test
    void framesAndRecordMatchRealGo119() throws IOException {
        String real = realGo("frames.go");
        String sim = gosim("frames.go", "-go", "1.19", "-gomaxprocs", "1");
        // the Callers frames of a finalizer (call16 is an elided WRAPPER in 1.19)
        assertEquals(real.substring(0, real.indexOf("heap profile")), sim.substring(0, sim.indexOf("heap profile")));
        // runfinq's frame (mfinal.go:207): 16 bytes whose stack is runtime.goexit alone (callers(4) skips runfinq)
        assertTrue(real.matches("(?s).*\n1: 16 \\[1: 16\\] @ 0x[0-9a-f]+\n\n.*"), real);
        assertTrue(sim.matches("(?s).*\n1: 16 \\[1: 16\\] @ 0x[0-9a-f]+\n\n.*"), sim);
    }

    @Test
    void go17FramesFromTheSource() throws IOException {
        String sim = gosim("frames.go", "-gomaxprocs", "1");
        // go1.7: reflectcall reaches call32 (asm_amd64.s:417 DISPATCH, 479 CALLFN) from runfinq's
        // mfinal.go:200; gentraceback of 1.7 elides no wrapper; goexit at asm_amd64.s:2086.
        assertEquals("runtime.Callers extern.go:219\nmain.make1.func1 frames.go:22\nruntime.call32 asm_amd64.s:479\n"
                + "runtime.runfinq mfinal.go:200\nruntime.goexit asm_amd64.s:2086\n", sim.substring(0, sim.indexOf("heap profile")));
        assertTrue(sim.matches("(?s).*\n1: 16 \\[1: 16\\] @ 0x[0-9a-f]+\n\n.*"), sim);
    }
}
