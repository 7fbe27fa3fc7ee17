package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goroutines and GCs Go 1.7's runtime adds on its own: gcStart's background mark workers
 * (mgc.go:947-949, gcBgMarkStartWorkers mgc.go:1333-1346) and sysmon's forced GC every
 * forcegcperiod (proc.go:3575, 3654-3662; forcegchelper proc.go:216-231).
 */
class GcWorkersAndForcedGcTest {
    private static final long MINUTE = 60_000_000_000L;

    private static List<G> markWorkers(GoRuntime rt) {
        List<G> ws = new ArrayList<>();
        for (G g : rt.allgs()) {
            if (g.startfn != null && g.startfn.name().equals("runtime.gcBgMarkWorker")) {
                ws.add(g);
            }
        }
        return ws;
    }

    /** Allocates until the heap goal starts a background cycle (mallocgc's gcStart, malloc.go:752). */
    private static void allocateUntilGc(long cycles) {
        List<gosim.sim.heap.HeapObject> live = new ArrayList<>();
        while (Go.readMemStats().numGC < cycles) {
            gosim.sim.heap.HeapObject o = Go.malloc(32 << 10);
            live.add(o);
            if (live.size() > 16) {
                Go.release(live.remove(0));
            }
        }
    }

    @Test
    void aBackgroundCycleStartsOneIdleMarkWorkerPerPOnce() {
        for (long seed = 1; seed <= 5; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(4).checkInvariants(true).build();
            int[] seen = new int[3];
            assertEquals(0, rt.run(() -> {
                assertEquals(0, markWorkers(Go.runtime()).size());
                allocateUntilGc(1);
                seen[0] = markWorkers(Go.runtime()).size();
                seen[1] = Go.numGoroutine(); // workers are system goroutines (traceback.go:804-811)
                allocateUntilGc(3);
                seen[2] = markWorkers(Go.runtime()).size(); // p.gcBgMarkWorker != 0: no new one
            }));
            assertEquals(4, seen[0], "seed " + seed + ": one per P (allp up to gomaxprocs)");
            assertEquals(1, seen[1], "seed " + seed);
            assertEquals(4, seen[2], "seed " + seed);
            for (G w : markWorkers(rt)) {
                assertEquals(Goroutine.Status.WAITING, w.status(), "seed " + seed);
                assertEquals("GC worker (idle)", w.waitReason(), "seed " + seed); // mgc.go:1420
                assertTrue(w.isSystem());
            }
        }
    }

    @Test
    void runtimeGcStartsNoWorkersIn17ButDoesIn119() {
        // go1.7 gcStart: `if mode == gcBackgroundMode { gcBgMarkStartWorkers() }` (mgc.go:947-949);
        // Go 1.19 calls gcBgMarkStartWorkers() unconditionally (mgc.go:645).
        int[] n = new int[2];
        GoVersion[] vs = {GoVersion.DEFAULT, GoVersion.GO1_19};
        for (int i = 0; i < 2; i++) {
            GoRuntime rt = GoRuntime.builder().version(vs[i]).gomaxprocs(3).checkInvariants(true).build();
            int k = i;
            assertEquals(0, rt.run(() -> {
                Go.gc();
                n[k] = markWorkers(Go.runtime()).size();
            }));
        }
        assertEquals(0, n[0]);
        assertEquals(3, n[1]);
    }

    @Test
    void sysmonForcesAGcEveryTwoMinutesOnceAGcHasRun() {
        // sysmon sleeps forcegcperiod/2 while every P idles (proc.go:3614) and forces a GC when
        // unixnow-lastgc > forcegcperiod (proc.go:3656): after runtime.GC at t0, five idle minutes
        // see forced cycles at about t0+2m and t0+4m, each a background cycle from forcegchelper.
        for (long seed = 1; seed <= 3; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).checkInvariants(true).build();
            long[] gcs = new long[3];
            assertEquals(0, rt.run(() -> {
                Go.gc();
                gcs[0] = Go.readMemStats().numGC;
                Go.sleep(5 * MINUTE);
                gcs[1] = Go.readMemStats().numGC;
                gcs[2] = markWorkers(Go.runtime()).size();
            }));
            assertEquals(1, gcs[0]);
            assertEquals(3, gcs[1], "seed " + seed);
            assertEquals(rt.proc.gomaxprocs, gcs[2], "a forced GC is gcBackgroundMode (proc.go:230): it makes workers");
        }
    }

    @Test
    void noForcedGcBeforeTheFirstGc() {
        // lastgc != 0 (proc.go:3656): a program that never collected is never forced to.
        GoRuntime rt = GoRuntime.builder().checkInvariants(true).build();
        long[] gcs = new long[1];
        assertEquals(0, rt.run(() -> {
            Go.sleep(10 * MINUTE);
            gcs[0] = Go.readMemStats().numGC;
        }));
        assertEquals(0, gcs[0]);
    }

    /**
     * Ms whose createstack says startTheWorldWithSema made them for GC helpers (proc.go:1069): its
     * third frame, below allocm's mcommoninit (1286) and newm's allocm (1555).
     */
    private static List<M> helpgcMs(GoRuntime rt) {
        List<M> ms = new ArrayList<>();
        long pc = KernelFuncs.STARTTHEWORLD_HELPGC.resolve(rt).returnPC(1069);
        for (M m = rt.proc.allm; m != null; m = m.alllink) {
            if (m.createstack != null && m.createstack.length > 2 && m.createstack[2] == pc) {
                ms.add(m);
            }
        }
        return ms;
    }

    @Test
    void startTheWorldAddsAGcHelperThreadWhenTooFewMsIdle() {
        // needaddgcproc (proc.go:573-585): min(gomaxprocs, ncpu, 32) - (nmidle+1) > 0. With three
        // goroutines in long syscalls their Ms are neither idle nor stoppable, so after
        // ReadMemStats' stop-the-world fewer than 3 Ms idle and startTheWorldWithSema makes one
        // mhelpgc thread (proc.go:1061-1070), which idles on midle (mstart1, proc.go:1129-1131).
        for (long seed = 1; seed <= 3; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(4).ncpu(4).checkInvariants(true).build();
            Func f = rt.symtab().define("main.blocker", "main.go", 10, 20);
            int[] seen = new int[2];
            assertEquals(0, rt.run(() -> {
                for (int i = 0; i < 3; i++) {
                    Go.go(f, () -> Go.syscall(10_000_000_000L));
                }
                Go.sleep(1_000_000L); // they are in their syscalls
                int before = helpgcMs(Go.runtime()).size();
                Go.readMemStats();
                Go.sleep(1_000_000L);
                seen[0] = helpgcMs(Go.runtime()).size() - before;
                seen[1] = 0;
                for (M m : helpgcMs(Go.runtime())) {
                    // idle on midle, or since taken off it by startm: never running fn-less work
                    seen[1] += m.idle || m.p != null || m.nextp != null ? 1 : 0;
                }
            }));
            assertTrue(seen[0] >= 1, "seed " + seed + ": helper threads made: " + seen[0]);
            assertEquals(seen[0], seen[1], "seed " + seed + ": each helper thread idles after mhelpgc");
        }
    }
}
