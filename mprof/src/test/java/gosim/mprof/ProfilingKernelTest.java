package gosim.mprof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.Frame;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.heap.HeapObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record APIs wired into a running simulated process. */
class ProfilingKernelTest {

    private static List<String> names(GoRuntime rt, long[] stk) {
        List<String> out = new ArrayList<>();
        for (Frame f : rt.symtab().callersFrames(stk)) {
            out.add(f.function() + ":" + f.line());
        }
        return out;
    }

    @Test
    void heapProfileOfAllocationsSeenThroughTheKernel() {
        GoRuntime rt = GoRuntime.builder().checkInvariants(true).build();
        Profiling prof = Profiling.attach(rt);
        Func mainFn = rt.symtab().define("main.main", "main.go", 20, 40);
        Func allocA = rt.symtab().define("main.allocA", "main.go", 5, 10);
        List<MemProfileRecord> before = new ArrayList<>();
        List<MemProfileRecord> after = new ArrayList<>();
        assertEquals(0, rt.run(mainFn, () -> {
            prof.setMemProfileRate(1);
            Go.line(22);
            List<HeapObject> keep = new ArrayList<>();
            Go.call(allocA, () -> {
                for (int i = 0; i < 10; i++) {
                    Go.line(7);
                    keep.add(Go.malloc(1000)); // size class 1024
                }
            });
            Go.line(23);
            Go.release(Go.malloc(4000)); // size class 4096, garbage
            before.addAll(prof.memProfile(true));
            Go.line(24);
            Go.gc();
            after.addAll(prof.memProfile(true));
        }));
        // Before any GC the "no GC yet" rule publishes everything: two buckets, newest first.
        assertEquals(2, before.size());
        MemProfileRecord a = after.stream().filter(r -> r.allocBytes == 10 * 1024).findFirst().orElseThrow();
        assertEquals(10, a.allocObjects);
        assertEquals(0, a.freeObjects);
        assertEquals(List.of("main.allocA:7", "main.main:22", "runtime.main:183", "runtime.goexit:2086"),
                names(rt, a.stack()));
        MemProfileRecord b = after.stream().filter(r -> r.allocBytes == 4096).findFirst().orElseThrow();
        assertEquals(1, b.freeObjects, "runtime.GC swept the released object and published it at once");
        assertEquals(List.of("main.main:23", "runtime.main:183", "runtime.goexit:2086"), names(rt, b.stack()));
    }

    @Test
    void threadCreateAndGoroutineProfilesFollowGosNOkContract() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).checkInvariants(true).build();
        Profiling prof = Profiling.attach(rt);
        Func worker = rt.symtab().define("main.worker", "main.go", 50, 60);
        ProfileResult[] tc = new ProfileResult[2];
        ProfileResult[] gr = new ProfileResult[3];
        StackRecord[][] recs = new StackRecord[1][];
        int[] mcount = new int[1];
        assertEquals(0, rt.run(() -> {
            for (int i = 0; i < 3; i++) {
                Go.go(worker, () -> Go.sleep(1_000_000_000L));
            }
            Go.sleep(1000);
            tc[0] = prof.threadCreateProfile(new StackRecord[0]);
            StackRecord[] t = new StackRecord[tc[0].n()];
            for (int i = 0; i < t.length; i++) {
                t[i] = new StackRecord();
            }
            tc[1] = prof.threadCreateProfile(t);
            mcount[0] = rt.mcount();
            gr[0] = prof.goroutineProfile(new StackRecord[0]);
            StackRecord[] g = new StackRecord[gr[0].n() + 2];
            for (int i = 0; i < g.length; i++) {
                g[i] = new StackRecord();
            }
            gr[1] = prof.goroutineProfile(g);
            recs[0] = g;
        }));
        assertEquals(mcount[0], tc[0].n());
        assertTrue(!tc[0].ok() && tc[1].ok());
        // main + 3 workers; the runtime's own goroutines (forcegc, bgsweep, runfinq, timerproc) are
        // left out since Go 1.6.
        assertEquals(4, gr[0].n());
        assertTrue(gr[1].ok());
        assertEquals("main.main", rt.symtab().callersFrames(recs[0][0].stack()).getFirst().function(),
                "the caller's own stack comes first");
    }

    @Test
    void blockProfileRecordsAContendedMutexAndAChannelWait() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).checkInvariants(true).build();
        Profiling prof = Profiling.attach(rt);
        Func holder = rt.symtab().define("main.holder", "main.go", 50, 60);
        List<BlockProfileRecord> recs = new ArrayList<>();
        assertEquals(0, rt.run(rt.symtab().define("main.main", "main.go", 20, 40), () -> {
            prof.setBlockProfileRate(1);
            gosim.sim.Mutex mu = new gosim.sim.Mutex();
            gosim.sim.Chan<Integer> ch = gosim.sim.Chan.make();
            Go.line(23);
            Go.go(holder, () -> {
                mu.lock();
                Go.sleep(1_000_000); // hold the lock for 1ms of virtual time
                mu.unlock();
                ch.send(1);
            });
            Go.gosched(); // let the holder take the lock
            Go.line(25);
            mu.lock();    // blocks about 1ms
            mu.unlock();
            Go.line(27);
            ch.recv();
            recs.addAll(prof.blockProfile());
        }));
        List<String> tops = new ArrayList<>();
        for (BlockProfileRecord r : recs) {
            assertTrue(r.count >= 1 && r.cycles > 0);
            tops.add(names(rt, r.stack()).getFirst().split(":")[0]);
        }
        assertTrue(tops.contains("sync.(*Mutex).Lock"), tops.toString());
        BlockProfileRecord lock = recs.get(tops.indexOf("sync.(*Mutex).Lock"));
        // About 1ms at 2.6 GHz: main asks for the lock a few microseconds into the holder's 1ms
        // sleep and gets it a few microseconds (wake-ups) after the sleep ends.
        assertTrue(Math.abs(lock.cycles - 2_600_000L) < 100_000L, "cycles " + lock.cycles);
        assertTrue(names(rt, lock.stack()).contains("main.main:25"));
    }

    @Test
    void goroutineProfileRetryLoopWorksWhileGoroutinesAreBeingCreated() {
        for (long seed = 1; seed <= 5; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(4).checkInvariants(true).build();
            Profiling prof = Profiling.attach(rt);
            Func spawner = rt.symtab().define("main.spawner", "main.go", 50, 60);
            Func leaf = rt.symtab().define("main.leaf", "main.go", 70, 80);
            int[] tries = {0};
            int[] got = {0};
            int[] live = {0};
            assertEquals(0, rt.run(() -> {
                Go.go(spawner, () -> {
                    for (int i = 0; i < 200; i++) {
                        Go.go(leaf, () -> Go.sleep(10_000_000_000L));
                        Go.work(2_000);
                    }
                });
                Go.work(50_000); // the spawner is busy on another P meanwhile
                // Go's idiom: ask for n, allocate a little more, retry until it fits.
                StackRecord[] p = new StackRecord[0];
                while (true) {
                    tries[0]++;
                    ProfileResult r = prof.goroutineProfile(p);
                    if (r.ok()) {
                        got[0] = r.n();
                        live[0] = rt.gcount();
                        break;
                    }
                    p = new StackRecord[r.n() / 2]; // deliberately short once, then right-sized below
                    if (tries[0] > 1) {
                        p = new StackRecord[r.n() + 10];
                    }
                    for (int i = 0; i < p.length; i++) {
                        p[i] = new StackRecord();
                    }
                }
            }), "seed " + seed);
            assertTrue(tries[0] >= 2, "the first call with an empty slice cannot fit");
            assertTrue(got[0] > 2 && got[0] <= live[0], "n " + got[0] + " live " + live[0]);
        }
    }
}
