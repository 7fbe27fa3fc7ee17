package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.heap.MProfHooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Go 1.19's template thread (issue 12): LockOSThread starts it when none exists (1.19
 * proc.go:4401-4406 -> startTemplateThread 2174-2188 -> newm(templateThread, nil, -1) at 2186);
 * runtime.main starts it only under cgo (proc.go:229). go1.7 has no template thread. Real Go
 * 1.19.8 (go build; a main that calls runtime.LockOSThread between two
 * pprof.Lookup("threadcreate").Count()) printed 1 in 5 of 5 runs; with MemProfileRate=1 its heap
 * profile had new(m) at allocm proc.go:1759 <- newm 2109 <- startTemplateThread 2186 <-
 * LockOSThread 4405 <- main.main, gsignal's malg 4076 <- mpreinit os_linux.go:384 <- mcommoninit
 * 815 <- allocm 1761 <- newm ..., and g0's malg 4076 <- allocm 1768 <- newm ... (addr2line).
 */
class TemplateThreadTest {

    private record Run(int threadsMade, int secondLock, List<List<String>> mStacks, List<String> newestCreatestack) {
    }

    private static Run run(GoVersion v) {
        GoRuntime rt = GoRuntime.builder().version(v).gomaxprocs(2).checkInvariants(true).build();
        List<List<String>> stacks = new ArrayList<>();
        rt.installMProf(MProfHooks.onMalloc(stk -> {
            List<String> frames = new ArrayList<>();
            for (Frame f : rt.symtab().callersFrames(stk)) {
                frames.add(f.function() + ":" + f.line());
            }
            if (frames.stream().anyMatch(s -> s.startsWith("runtime.allocm:"))) {
                stacks.add(frames);
            }
        }));
        Func main = rt.symtab().define("main.main", "main.go", 1, 20);
        int[] made = new int[2];
        assertEquals(0, rt.run(main, () -> {
            rt.heap().setMemProfileRate(1);
            int before = rt.mcount();
            Go.line(5);
            Go.lockOSThread();
            made[0] = rt.mcount() - before;
            Go.unlockOSThread();
            Go.lockOSThread(); // haveTemplateThread: no second one
            made[1] = rt.mcount() - before;
            Go.unlockOSThread();
        }));
        List<String> created = new ArrayList<>();
        for (Frame f : rt.symtab().callersFrames(rt.allm().get(0).createstack())) {
            created.add(f.function() + ":" + f.line());
        }
        return new Run(made[0], made[1], stacks, created);
    }

    @Test
    void lockOSThreadStartsOneTemplateThreadIn119() {
        Run r = run(GoVersion.GO1_19);
        assertEquals(1, r.threadsMade());
        assertEquals(1, r.secondLock());
        List<String> below = List.of("runtime.newm:2109", "runtime.startTemplateThread:2186", "runtime.LockOSThread:4405",
                "main.main:5", "runtime.main:250", "runtime.goexit:1594");
        List<List<String>> want = new ArrayList<>();
        want.add(cat(List.of("runtime.allocm:1759"), below));
        want.add(cat(List.of("runtime.malg:4076", "runtime.mpreinit:384", "runtime.mcommoninit:815", "runtime.allocm:1761"),
                below));
        want.add(cat(List.of("runtime.malg:4076", "runtime.allocm:1768"), below));
        assertEquals(want, r.mStacks());
        // Real Go 1.19.8 (runtime.ThreadCreateProfile after LockOSThread in main, FuncForPC(pc-1)):
        // allocm proc.go:1761 <- newm 2109 <- startTemplateThread 2186 <- LockOSThread 4405 <-
        // main.main <- runtime.main 250 <- goexit asm_amd64.s:1594; mcommoninit's callers(1, ...)
        // (proc.go:791) starts at allocm's mcommoninit(mp, id).
        assertEquals(cat(List.of("runtime.allocm:1761"), below), r.newestCreatestack());
    }

    @Test
    void go17HasNoTemplateThread() {
        Run r = run(GoVersion.DEFAULT);
        assertEquals(0, r.threadsMade());
        assertEquals(0, r.secondLock());
        assertEquals(List.of(), r.mStacks());
    }

    @Test
    void lockOSThreadNestsFromGo110() {
        // 1.19 LockOSThread counts m.lockedExt (proc.go:4408) and UnlockOSThread undoes one
        // (4458-4459), so two locks need two unlocks; go1.7's sets a bit (proc.go:2951-2954).
        for (GoVersion v : new GoVersion[] {GoVersion.DEFAULT, GoVersion.GO1_19}) {
            GoRuntime rt = GoRuntime.builder().version(v).checkInvariants(true).build();
            boolean[] locked = new boolean[3];
            assertEquals(0, rt.run(() -> {
                G g = GoRuntime.self();
                Go.lockOSThread();
                Go.lockOSThread();
                Go.unlockOSThread();
                locked[0] = g.lockedm != null;
                Go.unlockOSThread();
                locked[1] = g.lockedm != null;
                Go.unlockOSThread(); // one too many: nothing (4455-4457)
                Go.lockOSThread();
                locked[2] = g.lockedm != null;
                Go.unlockOSThread();
            }));
            assertEquals(v == GoVersion.GO1_19, locked[0], v + ": still locked after one of two unlocks");
            assertEquals(false, locked[1], v.toString());
            assertEquals(true, locked[2], v.toString());
        }
    }

    /** When the M that newm made for main's P first ran a worker, after main's go statements. */
    private record Started(long delay, int newMs) {
    }

    /**
     * main, locked to its thread by LockOSThread (external) or by the runtime (internal, as
     * runtime.main's init is), puts one idle M in a long syscall, then starts two workers and
     * sleeps: the first go statement's wakep takes the other idle M, so stoplockedm's handoffp of main's P, which has the other worker, needs a
     * new M (newm on main's locked M). Returns how long after the go statements a new M first ran a
     * worker, and how many Ms the round made.
     */
    private static Started handOffMainsP(GoVersion v, boolean external) {
        GoRuntime rt = GoRuntime.builder().version(v).gomaxprocs(2).noise(false).checkInvariants(true).build();
        long[] seen = {-1, 0};
        assertEquals(0, rt.run(() -> {
            G self = GoRuntime.self();
            Go.lockOSThread(); // 1.19: the template thread starts in both cases
            if (!external) {
                Go.unlockOSThread();
                rt.proc.lockOSThread(self, M.LOCK_INTERNAL);
            }
            Go.go(() -> Go.syscall(20_000_000)); // one of the two idle Ms is in the kernel throughout
            Go.work(1_000_000); // one M idles, none spins, the template thread sleeps
            int before = rt.mcount();
            long t0 = Go.nanotime();
            Runnable worker = () -> {
                if (Go.mid() >= before && seen[0] < 0) {
                    seen[0] = Go.nanotime() - t0;
                }
                Go.work(1_000_000);
            };
            Go.go(worker);
            Go.go(worker);
            Go.sleep(5_000_000);
            seen[1] = rt.mcount() - before;
            rt.proc.unlockOSThread(self, external ? M.LOCK_EXTERNAL : M.LOCK_INTERNAL);
        }));
        return new Started(seen[0], (int) seen[1]);
    }

    /**
     * 1.19 newm on an M with lockedExt != 0 (proc.go:2112) queues the new M on newmHandoff and
     * wakes the template thread (2128-2133), which starts it with newm1 (2210-2219): the M is on
     * allm at once (allocm, 2109) but runs one wake-up later than a newm that clones the thread
     * itself (newm1, 2141), as newm does on an M the runtime locked (lockOSThread counts in
     * m.lockedInt, 4420-4424, which newm does not look at). go1.7's newm always clones
     * (proc.go:1554-1573).
     */
    @Test
    void aLockedThreadHandsNewThreadsToTheTemplateThread() {
        Started ext = handOffMainsP(GoVersion.GO1_19, true);
        Started internal = handOffMainsP(GoVersion.GO1_19, false);
        assertEquals(1, ext.newMs(), "stoplockedm's handoffp made one M");
        assertEquals(1, internal.newMs());
        assertTrue(internal.delay() >= 0, "the new M ran a worker");
        assertEquals(internal.delay() + Costs.WAKEUP, ext.delay(), "the template thread's wake-up comes first");
        Started ext17 = handOffMainsP(GoVersion.DEFAULT, true);
        Started internal17 = handOffMainsP(GoVersion.DEFAULT, false);
        assertTrue(ext17.delay() >= 0, "the new M ran a worker");
        assertEquals(internal17, ext17, "go1.7 has no handoff");
    }

    private static List<String> cat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
