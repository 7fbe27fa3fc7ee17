package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.heap.MProfHooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * m0's gsignal (issue 12): schedinit's mcommoninit(_g_.m) (go1.7 proc.go:441) calls mpreinit
 * (proc.go:507), whose mp.gsignal = malg(32 * 1024) (os_linux.go:261) is m0's only heap block: m0
 * and g0 are static variables (proc.go:79-80) and g0's stack is the OS's. Go 1.19.8 does the same
 * (proc.go:697, 815, os_linux.go:384). It is made before the program runs, at the default
 * MemProfileRate (parsedebugvars comes after it, proc.go:451 / 1.19 713).
 */
class M0GsignalTest {

    @Test
    void theHeapHoldsM0sGsignalBeforeAnythingRuns() {
        for (GoVersion v : new GoVersion[] {GoVersion.DEFAULT, GoVersion.GO1_19}) {
            GoRuntime rt = GoRuntime.builder().version(v).build();
            assertEquals(1, rt.heap().liveCount(), v + ": one block after schedinit");
            assertEquals(KernelFuncs.G_ALLOC_BYTES, rt.heap().heapAlloc(), v + ": a g, class 416");
            assertEquals(1, rt.heap().readMemStats().mallocs, v.toString());
        }
    }

    /** The frames a sampled gsignal records: g0's stack from malg down to rt0_go. */
    private static List<String> sampledStack(GoVersion v) {
        GoRuntime rt = GoRuntime.builder().version(v).build();
        List<String> frames = new ArrayList<>();
        rt.installMProf(MProfHooks.onMalloc(stk -> {
            for (long pc : stk) {
                Func f = rt.symtab().funcForPC(pc - 1);
                frames.add(f.name() + " " + f.file().substring(f.file().lastIndexOf('/') + 1) + ":" + f.line(pc - 1));
            }
        }));
        rt.heap().setMemProfileRate(1); // not possible in Go this early: only to see the stack
        rt.proc.mpreinitM0();
        return frames;
    }

    @Test
    void aSampledGsignalShowsSchedinitsPath() {
        // go1.7: malg's new(g) proc.go:2688, mpreinit os_linux.go:261, mcommoninit's mpreinit(mp)
        // proc.go:507, schedinit's mcommoninit(_g_.m) 441, rt0_go's CALL runtime·schedinit asm_amd64.s:145.
        assertEquals(List.of("runtime.malg proc.go:2688", "runtime.mpreinit os_linux.go:261",
                "runtime.mcommoninit proc.go:507", "runtime.schedinit proc.go:441", "runtime.rt0_go asm_amd64.s:145"),
                sampledStack(GoVersion.DEFAULT));
        // Go 1.19.8: proc.go:4076, os_linux.go:384, proc.go:815, 697, asm_amd64.s:345.
        assertEquals(List.of("runtime.malg proc.go:4076", "runtime.mpreinit os_linux.go:384",
                "runtime.mcommoninit proc.go:815", "runtime.schedinit proc.go:697", "runtime.rt0_go asm_amd64.s:345"),
                sampledStack(GoVersion.GO1_19));
    }
}
