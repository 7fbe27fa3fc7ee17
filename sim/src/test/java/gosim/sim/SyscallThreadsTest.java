package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blocking syscalls make threads: sysmon retakes the P of a goroutine stuck in the kernel and
 * hands it to another M, reusing an idle M before making a new one; the new M's createstack
 * names the path that made it, on top of the stack of the goroutine it was made for.
 */
class SyscallThreadsTest {

    private static List<String> names(GoRuntime rt, long[] stk) {
        List<String> out = new ArrayList<>();
        for (Frame f : rt.symtab().callersFrames(stk)) {
            out.add(f.function());
        }
        return out;
    }

    private static List<String> lines(GoRuntime rt, long[] stk) {
        List<String> out = new ArrayList<>();
        for (Frame f : rt.symtab().callersFrames(stk)) {
            out.add(f.function() + ":" + f.line());
        }
        return out;
    }

    private record Run(GoRuntime rt, int status, List<Long> allm) {
    }

    private Run run(long seed) {
        return run(seed, rt -> {
        });
    }

    private Run run(long seed, java.util.function.Consumer<GoRuntime> before) {
        GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(1).checkInvariants(true).eventLog(true).build();
        before.accept(rt);
        Func block = rt.symtab().define("main.blockInKernel", "main.go", 10, 14);
        Func worker = rt.symtab().define("main.main.func1", "main.go", 20, 24);
        int status = rt.run(rt.symtab().define("main.main", "main.go", 30, 40), () -> {
            Go.line(32);
            Go.go(worker, () -> {
                Go.line(22);
                Go.call(block, () -> {
                    Go.line(12);
                    Go.nanosleep(50_000_000);
                });
            });
            Go.line(33);
            Go.call(block, () -> {
                Go.line(12);
                Go.nanosleep(10_000_000);
            });
            Go.line(34);
            Go.sleep(100_000_000); // let the worker's syscall finish
        });
        List<Long> ids = new ArrayList<>();
        for (M m : rt.allm()) {
            ids.add(m.id());
        }
        return new Run(rt, status, ids);
    }

    /**
     * A goroutine asleep in syscall.Nanosleep(&ts, nil) shows both syscall frames with go1.7's
     * argument words: Syscall(trap, a1, a2, a3 uintptr) (r1, r2, err uintptr) is 7 words
     * (asm_linux_amd64.s:17 "$0-56"), called as Syscall(SYS_NANOSLEEP, time, leftover, 0)
     * (zsyscall_linux_amd64.go:725; SYS_NANOSLEEP = 35, zsysnum_linux_amd64.go:44); Nanosleep(time,
     * leftover *Timespec) (err error) is 4 (zsyscall_linux_amd64.go:724). Results read 0x0.
     */
    @Test
    void syscallFramesPrintGo17sArgumentWords() {
        GoRuntime rt = GoRuntime.builder().seed(1).gomaxprocs(1).build();
        Func block = rt.symtab().define("main.blockInKernel", "main.go", 10, 14);
        String[] dump = new String[1];
        long ts = GoRuntime.HEAP_BASE + 0x1f40;
        assertEquals(0, rt.run(rt.symtab().define("main.main", "main.go", 30, 40), () -> {
            Go.line(32);
            Go.go(block, () -> {
                Go.line(12);
                Go.nanosleep(1_000_000_000L, ts, 0);
            });
            Go.line(33);
            Go.sleep(10_000_000);
            byte[] buf = new byte[1 << 16];
            dump[0] = new String(buf, 0, Go.stack(buf, true), java.nio.charset.StandardCharsets.UTF_8);
        }));
        String p = "0x" + Long.toHexString(ts);
        assertTrue(dump[0].contains("[syscall]:\nsyscall.Syscall(0x23, " + p + ", 0x0, 0x0, 0x0, 0x0, 0x0)\n"), dump[0]);
        assertTrue(dump[0].contains("\nsyscall.Nanosleep(" + p + ", 0x0, 0x0, 0x0)\n"), dump[0]);
    }

    @Test
    void sysmonRetakesThePFromASyscallAndANewThreadRecordsWhy() {
        Run r = run(1);
        GoRuntime rt = r.rt();
        assertEquals(0, r.status());
        // m0 runs main; m1 is sysmon; m2 was made when main, locked to m0 during runtime init,
        // blocked on bgsweep's channel; the idle m2 is reused when sysmon retakes P0 from main's
        // syscall (the worker is runnable), so only the worker's own syscall, with nothing else to
        // run and no idle P or spinning M, needs a new thread: m3.
        assertEquals(List.of(3L, 2L, 1L, 0L), r.allm(), "allm, newest first");
        assertEquals(4, rt.mcount());
        M m3 = rt.allm().get(0);
        // mcommoninit's callers(1, ...) (go1.7 proc.go:495) starts at allocm's mcommoninit(mp) (1286)
        assertEquals(List.of("runtime.allocm", "runtime.newm", "runtime.startm", "runtime.handoffp", "runtime.retake",
                "runtime.sysmon", "syscall.Syscall", "syscall.Nanosleep", "main.blockInKernel",
                "main.main.func1", "runtime.goexit"), names(rt, m3.createstack()).subList(0, 11));
        assertEquals(List.of("runtime.allocm:1286", "runtime.newm:1555"), lines(rt, m3.createstack()).subList(0, 2));
        // m0 and sysmon's thread are made on g0 before any goroutine: empty createstack.
        M m0 = rt.allm().get(3);
        M sysmon = rt.allm().get(2);
        assertTrue(Arrays.stream(m0.createstack()).allMatch(pc -> pc == 0));
        assertTrue(Arrays.stream(sysmon.createstack()).allMatch(pc -> pc == 0));
        // m2: made by handoffp when main, locked to m0, parked during runtime init.
        List<String> m2 = names(rt, rt.allm().get(1).createstack());
        assertEquals(List.of("runtime.allocm", "runtime.newm", "runtime.startm", "runtime.handoffp", "runtime.stoplockedm",
                "runtime.main", "runtime.goexit"), m2);
    }

    /**
     * m2's new(m), profiled: g0's frames under stoplockedm are schedule's stoplockedm(), park_m's
     * schedule() and mcall (go1.7 proc.go:2078, 2183, asm_amd64.s:240), functions the M path
     * must define (a run profiling from the start used to stop on "no runtime function runtime.park_m").
     */
    @Test
    void anMMadeUnderStoplockedmIsProfiledWithG0sFramesBelowIt() {
        List<List<String>> stacks = new ArrayList<>();
        Run r = run(1, rt -> {
            rt.installMProf(gosim.sim.heap.MProfHooks.onMalloc(stk -> stacks.add(names(rt, stk))));
            rt.heap().setMemProfileRate(1);
        });
        assertEquals(0, r.status());
        assertTrue(stacks.contains(List.of("runtime.allocm", "runtime.newm", "runtime.startm", "runtime.handoffp",
                "runtime.stoplockedm", "runtime.schedule", "runtime.park_m", "runtime.mcall")), stacks.toString());
    }

    @Test
    void sameSeedSameThreads() {
        Run a = run(7);
        Run b = run(7);
        assertEquals(a.allm(), b.allm());
        for (int i = 0; i < a.rt().allm().size(); i++) {
            assertEquals(Arrays.toString(a.rt().allm().get(i).createstack()),
                    Arrays.toString(b.rt().allm().get(i).createstack()));
        }
        assertEquals(a.rt().eventLog(), b.rt().eventLog());
    }

    @Test
    void aThreadInASyscallGetsItsPBackWhenNobodyTookIt() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(2).checkInvariants(true).build();
        long[] t = new long[2];
        int status = rt.run(() -> {
            t[0] = Go.nanotime();
            Go.syscall(5_000); // shorter than sysmon's first two looks
            t[1] = Go.nanotime();
        });
        assertEquals(0, status);
        assertEquals(5_000, t[1] - t[0]);
    }
}
