package gosim.pprof;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.ProfileResult;
import gosim.mprof.StackRecord;
import gosim.pprof.text.MemStatsView;
import gosim.sim.Func;
import gosim.sim.Symtab;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small simulated program for the golden tests: a symbol table with short and long function
 * names, and a {@link ProfileSource} serving fixed records with Go's (n, ok) contract.
 *
 * <p>Addresses, worked out from Symtab's layout (text from 0x401000, functions aligned to 16,
 * a 0x14-byte prologue, 0x10 bytes per line): a call on line L of a function starting at line S
 * returns to entry + 0x14 + (L-S)*0x10 + 5; CallersFrames shows that minus 1, at offset
 * 0x18 + (L-S)*0x10 from the entry.
 * <pre>
 * function                                        lines      entry     end
 * main.main                                       10..25     0x401000  0x401114
 * main.f                                          30..33     0x401120  0x401174
 * runtime.main                                    100..199   0x401180  0x4017d4
 * runtime.goexit                                  2000..2003 0x4017e0  0x401834
 * runtime.mallocgc                                500..599   0x401840  0x401e94
 * github.com/example/worker.(*Pool).dispatchLoop  40..59     0x401ea0  0x401ff4
 * sync.(*Mutex).Lock                              40..89     0x402000  0x402334
 * </pre>
 */
class TestRuntime implements ProfileSource {
    // Return PCs of the calls the stacks are made of.
    static final long MAIN_12 = 0x401039L;     // frame 0x401038 main.main+0x38 main.go:12
    static final long MAIN_20 = 0x4010b9L;     // frame 0x4010b8 main.main+0xb8 main.go:20
    static final long F_31 = 0x401149L;        // frame 0x401148 main.f+0x28 main.go:31
    static final long RTMAIN_185 = 0x4016e9L;  // frame 0x4016e8 runtime.main+0x568 proc.go:185
    static final long GOEXIT = 0x401809L;      // frame 0x401808 runtime.goexit+0x28
    static final long MALLOC_510 = 0x4018f9L;  // frame 0x4018f8 runtime.mallocgc+0xb8 malloc.go:510
    static final long DISPATCH_47 = 0x401f29L; // frame 0x401f28 ...dispatchLoop+0x88 pool.go:47
    static final long LOCK_45 = 0x402069L;     // frame 0x402068 sync.(*Mutex).Lock+0x68 mutex.go:45
    /** Past the end of text: no function. */
    static final long UNKNOWN = 0x500000L;

    final Symtab symtab = new Symtab();

    List<long[]> goroutines = new ArrayList<>();
    List<long[]> threads = new ArrayList<>();
    List<MemProfileRecord> mem = new ArrayList<>();
    List<BlockProfileRecord> block = new ArrayList<>();
    long memProfileRate = 512 * 1024;
    long cyclesPerSecond = 1_000_000_000L;
    MemStatsView memStats = MemStatsView.zero();
    byte[] dump = new byte[0];
    /** Lengths of the arrays each record function was offered, in call order. */
    final List<Integer> offered = new ArrayList<>();
    /** Extra records the heap profile gains just before each of its first calls (to force a retry). */
    int heapGrowth;

    TestRuntime() {
        define("main.main", "/home/gopher/sim/main.go", 10, 25, 0x401000L);
        define("main.f", "/home/gopher/sim/main.go", 30, 33, 0x401120L);
        define("runtime.main", "/usr/local/go/src/runtime/proc.go", 100, 199, 0x401180L);
        define("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 2000, 2003, 0x4017e0L);
        define("runtime.mallocgc", "/usr/local/go/src/runtime/malloc.go", 500, 599, 0x401840L);
        define("github.com/example/worker.(*Pool).dispatchLoop", "/home/gopher/sim/worker/pool.go", 40, 59,
                0x401ea0L);
        define("sync.(*Mutex).Lock", "/usr/local/go/src/sync/mutex.go", 40, 89, 0x402000L);
    }

    private void define(String name, String file, int start, int end, long expectEntry) {
        Func f = symtab.define(name, file, start, end);
        // The table above is what the expected bytes were derived from: check it holds.
        assertEquals(expectEntry, f.entry(), name);
    }

    static MemProfileRecord mem(long allocObjects, long allocBytes, long freeObjects, long freeBytes, long... stk) {
        MemProfileRecord r = new MemProfileRecord();
        r.allocObjects = allocObjects;
        r.allocBytes = allocBytes;
        r.freeObjects = freeObjects;
        r.freeBytes = freeBytes;
        r.setStack(stk);
        return r;
    }

    static BlockProfileRecord block(long cycles, long count, long... stk) {
        BlockProfileRecord r = new BlockProfileRecord();
        r.cycles = cycles;
        r.count = count;
        r.setStack(stk);
        return r;
    }

    private static ProfileResult fillStacks(StackRecord[] p, List<long[]> stacks) {
        if (p.length < stacks.size()) {
            return new ProfileResult(stacks.size(), false);
        }
        for (int i = 0; i < stacks.size(); i++) {
            p[i].setStack(stacks.get(i));
        }
        return new ProfileResult(stacks.size(), true);
    }

    @Override
    public int numGoroutine() {
        return goroutines.size();
    }

    @Override
    public ProfileResult goroutineProfile(StackRecord[] p) {
        offered.add(p.length);
        return fillStacks(p, goroutines);
    }

    @Override
    public ProfileResult threadCreateProfile(StackRecord[] p) {
        offered.add(p.length);
        return fillStacks(p, threads);
    }

    @Override
    public ProfileResult memProfile(MemProfileRecord[] p, boolean inuseZero) {
        assertEquals(true, inuseZero, "pprof always asks for in-use-zero records");
        offered.add(p.length);
        if (heapGrowth > 0) {
            heapGrowth--;
            for (int i = 0; i < 60; i++) {
                mem.add(mem(1, 16, 1, 16, MAIN_12));
            }
        }
        if (p.length < mem.size()) {
            return new ProfileResult(mem.size(), false);
        }
        for (int i = 0; i < mem.size(); i++) {
            MemProfileRecord s = mem.get(i);
            p[i].allocObjects = s.allocObjects;
            p[i].allocBytes = s.allocBytes;
            p[i].freeObjects = s.freeObjects;
            p[i].freeBytes = s.freeBytes;
            p[i].setStack(s.stack());
        }
        return new ProfileResult(mem.size(), true);
    }

    @Override
    public long memProfileRate() {
        return memProfileRate;
    }

    @Override
    public MemStatsView readMemStats() {
        return memStats;
    }

    @Override
    public ProfileResult blockProfile(BlockProfileRecord[] p) {
        offered.add(p.length);
        if (p.length < block.size()) {
            return new ProfileResult(block.size(), false);
        }
        for (int i = 0; i < block.size(); i++) {
            p[i].cycles = block.get(i).cycles;
            p[i].count = block.get(i).count;
            p[i].setStack(block.get(i).stack());
        }
        return new ProfileResult(block.size(), true);
    }

    @Override
    public long cyclesPerSecond() {
        return cyclesPerSecond;
    }

    @Override
    public int stack(byte[] buf, boolean all) {
        assertEquals(true, all, "pprof dumps all goroutines");
        int n = Math.min(buf.length, dump.length);
        System.arraycopy(dump, 0, buf, 0, n);
        return n;
    }
}
