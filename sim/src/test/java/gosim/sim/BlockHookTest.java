package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blockevent calls of chan.go, select.go and sema.go reach the block hook. */
class BlockHookTest {
    static final long WORK = 10_000;

    /** What one blockevent saw: cycles, skip, the frame that calls blockevent, the first PC's function. */
    record Event(long cycles, int skip, String caller, String first) {
    }

    private static List<Event> events(GoVersion v, Runnable main) {
        List<Event> out = new ArrayList<>();
        Sim s = Sim.run(1, 1, v, rt -> rt.setBlockHook((cycles, skip) -> {
            long[] pcs = new long[32];
            int n = Go.callers(skip, pcs);
            assertTrue(n > 0);
            Func f = rt.symtab().funcForPC(pcs[0] - 1);
            out.add(new Event(cycles, skip, Sim.top(GoRuntime.self(), 1).get(0), f.name()));
        }), main);
        assertEquals(0, s.status, s.stderr);
        return out;
    }

    /** Main blocks in {@code op}; another goroutine works WORK ns, then {@code release}s it. */
    private static List<Event> blockOnce(GoVersion v, Runnable setup, Runnable op, Runnable release) {
        return events(v, () -> {
            setup.run();
            Go.go(Sim.fn("main.releaser"), () -> {
                Go.work(WORK);
                release.run();
            });
            op.run();
        });
    }

    private static void assertOneEvent(List<Event> ev, int skip, String caller, String first) {
        assertEquals(1, ev.size(), ev.toString());
        Event e = ev.get(0);
        assertEquals(skip, e.skip());
        assertEquals(caller, e.caller());
        assertEquals(first, e.first());
        // cycles = virtual ns between the start of the wait and the release, at 2.6 ticks per ns.
        assertTrue(e.cycles() >= WORK * 26 / 10 && e.cycles() < 2 * WORK * 26 / 10, e.toString());
    }

    @Test
    void channelReceiveAndSend() {
        Chan<Integer> c = Chan.make();
        // chanrecv calls blockevent(mysg.releasetime-t0, 2) at chan.go:504: the stack starts at chanrecv1.
        assertOneEvent(blockOnce(GoVersion.GO1_7, () -> { }, c::recv, () -> c.send(1)), 2, "runtime.chanrecv:504",
                "runtime.chanrecv1");
        Chan<Integer> d = Chan.make();
        assertOneEvent(blockOnce(GoVersion.GO1_7, () -> { }, () -> d.send(1), d::recv), 2, "runtime.chansend:238",
                "runtime.chansend1");
    }

    @Test
    void select() {
        Chan<Integer> a = Chan.make();
        Chan<Integer> b = Chan.make();
        // Go 1.7: blockevent(cas.releasetime-t0, 2) in selectgoImpl: the stack starts at selectgo.
        assertOneEvent(blockOnce(GoVersion.GO1_7, () -> { }, () -> new Select().recv(a, null).recv(b, null).run(),
                () -> b.send(1)), 2, "runtime.selectgoImpl:590", "runtime.selectgo");
        Chan<Integer> c = Chan.make();
        Chan<Integer> d = Chan.make();
        // Go 1.19: selectgo itself calls blockevent(..., 1) at select.go:509.
        assertOneEvent(blockOnce(GoVersion.GO1_19, () -> { }, () -> new Select().recv(c, null).recv(d, null).run(),
                () -> c.send(1)), 1, "runtime.selectgo:509", "runtime.selectgo");
    }

    @Test
    void mutexWaitGroupAndCond() {
        Mutex mu = new Mutex();
        // semacquire calls blockevent(s.releasetime-t0, 3): past sync.runtime_Semacquire to Mutex.Lock.
        assertOneEvent(blockOnce(GoVersion.GO1_7, mu::lock, mu::lock, mu::unlock), 3, "runtime.semacquire:117",
                "sync.(*Mutex).Lock");
        WaitGroup wg = new WaitGroup();
        assertOneEvent(blockOnce(GoVersion.GO1_7, () -> wg.add(1), wg::await, wg::done), 3, "runtime.semacquire:117",
                "sync.(*WaitGroup).Wait");
        Mutex m2 = new Mutex();
        Cond cond = new Cond(m2);
        // notifyListWait calls blockevent(s.releasetime-t0, 2): the stack starts at Cond.Wait.
        assertOneEvent(blockOnce(GoVersion.GO1_7, m2::lock, cond::await, cond::signal), 2,
                "sync.runtime_notifyListWait:269", "sync.(*Cond).Wait");
    }

    @Test
    void noEventWithoutBlockingOrWhenProfilingIsOff() {
        List<Event> ev = events(GoVersion.GO1_7, () -> {
            Chan<Integer> c = Chan.make(1);
            c.send(1);
            c.recv();
            Mutex mu = new Mutex();
            mu.lock();
            mu.unlock();
        });
        assertEquals(List.of(), ev);
        int[] calls = new int[1];
        Sim s = Sim.run(1, 1, GoVersion.GO1_7, rt -> rt.setBlockHook(new BlockHook() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public void blockevent(long cycles, int skip) {
                calls[0]++;
            }
        }), () -> {
            Chan<Integer> c = Chan.make();
            Go.go(Sim.fn("main.sender"), () -> c.send(1));
            c.recv();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(0, calls[0]);
    }

    @Test
    void cputicksAreNanosecondsAtTwoPointSixGigahertz() {
        assertEquals(0, BlockHook.cputicks(0));
        assertEquals(26, BlockHook.cputicks(10));
        assertEquals(2_600_000_000L, BlockHook.cputicks(1_000_000_000L));
        assertEquals(GoRuntime.TICKS_PER_SECOND, BlockHook.cputicks(1_000_000_000L));
        assertEquals(2, BlockHook.cputicks(1));
    }
}
