package gosim.specs.lang;

import gosim.sim.internal.AllocPath;
import gosim.sim.internal.AllocPath.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * sync/pool.go's Pool for one package-level pool that the heap model keeps in Java (issue 12): fmt's
 * ppFree (print.go) and ssFree (scan.go). Per-P private and shared slots, pinSlow's allPools append
 * and [GOMAXPROCS]poolLocal array on first use and after every GC, and poolCleanup at each GC's start
 * (go1.7 pool.go:190-211 clears everything; Go 1.19 pool.go:236-260 keeps one cycle's pools as
 * victims), so only some Gets allocate. Every allocation's path is the pool's frames, then the
 * caller's {@code above} frames in place of the goroutine's {@code dropped} innermost ones.
 */
final class PoolModel {
    private final Interp in;
    private final Host host;
    private final boolean go119;
    /** Puts the GC roots an element holds (the element itself and what the model keeps beside it). */
    private final BiConsumer<Object, Consumer<Object>> roots;
    private final AllPools all;

    /** The frames above a Get or Put (its caller's, innermost first) and the goroutine frames they replace. */
    record Caller(List<Frame> above, int dropped) {
    }

    /** A pool whose elements hold {@code roots}, listed in {@code all} with the process's other modeled pools. */
    PoolModel(Interp in, BiConsumer<Object, Consumer<Object>> roots, AllPools all) {
        this.in = in;
        this.host = in.host;
        this.go119 = in.version.atLeast(19);
        this.roots = roots;
        this.all = all;
    }

    /**
     * pool.go's allPools, which every pool's first pinSlow since the last GC appends to and each
     * poolCleanup sets to nil (go1.7 pool.go:209-211 allPools = []*Pool{}, 1.19 251 allPools = nil).
     */
    static final class AllPools {
        private long gc = -1; // the numGC at which len and the array were last valid
        private int len;
        private int cap;
        private Object array;

        /** append(allPools, p): the new backing array's bytes when it grew, else 0. */
        private long append(Interp in) {
            reset(in.host);
            len++;
            if (len <= cap) {
                return 0;
            }
            cap = in.growCap(len - 1, cap, len, 8);
            array = new Object[cap];
            return cap * 8L;
        }

        private void reset(Host host) {
            if (gc != host.numGC()) {
                gc = host.numGC();
                len = 0;
                cap = 0;
                array = null;
            }
        }
    }

    // ---- sync/pool.go state (names as pool.go's)

    private int localSize; // p.localSize: 0 while p.local is nil
    private Object[] privates = new Object[0];
    private List<List<Object>> shared = new ArrayList<>();
    private int[] sharedCap = new int[0]; // go1.7 l.shared's capacity; 1.19: 8 once pushHead made the chain
    private Object[] chains = new Object[0]; // each P's shared: go1.7 its backing array, 1.19 {poolChainElt, vals}
    private Object local; // the [P]poolLocal array's heap value
    // Go 1.19's victim cache (pool.go:236-260)
    private int victimSize;
    private Object[] victimPrivates = new Object[0];
    private List<List<Object>> victimShared = new ArrayList<>();
    private Object victimLocal;
    /** memstats.numgc through which poolCleanup has run (it runs at each GC's start, clearpools). */
    private long cleaned;

    /** poolCleanup for the GCs that ran since the last look (at most two matter). */
    private void sync() {
        long gc = host.numGC();
        for (int k = 0; cleaned < gc && k < 2; k++) {
            poolCleanup();
            cleaned++;
        }
        cleaned = gc;
    }

    private void poolCleanup() {
        if (go119) {
            victimPrivates = privates;
            victimShared = shared;
            victimSize = localSize;
            victimLocal = local;
        }
        privates = new Object[0];
        shared = new ArrayList<>();
        sharedCap = new int[0];
        chains = new Object[0];
        localSize = 0;
        local = null;
    }

    /**
     * The GC roots the pool keeps: what survives the poolCleanup of the cycle being marked. (An
     * element taken by Get is its caller's to keep alive.)
     */
    void forEachRoot(Consumer<Object> out) {
        long pending = host.numGC() + 1 - cleaned; // the cycle being marked has not counted itself yet
        if (pending <= 0 || go119 && pending == 1) {
            for (Object p : privates) {
                root(p, out);
            }
            shared.forEach(l -> l.forEach(p -> root(p, out)));
            for (Object c : chains) {
                out.accept(c);
            }
            out.accept(local);
            all.reset(host);
            out.accept(all.array);
        }
    }

    private void root(Object p, Consumer<Object> out) {
        if (p != null) {
            roots.accept(p, out);
        }
    }

    /**
     * Pool.Get (go1.7 pool.go:97-122, 1.19 127-154): the P's private, then its shared (go1.7 the
     * last, 1.19 popHead), then getSlow's steal from the other Ps' shared (from pid+1 on) and, in
     * 1.19, the victim cache, else p.New(): {@code fresh}, recorded as New's {@code newFn} frame
     * allocating {@code size} bytes.
     */
    Object get(Goroutine g, Caller c, Frame newFn, long size, Supplier<Object> fresh) {
        Frame get = go119 ? pool("sync.(*Pool).Get", 127, 154, 131) : pool("sync.(*Pool).Get", 97, 122, 104);
        int pid = pin(g, get, c);
        Object x = privates[pid];
        privates[pid] = null;
        if (x == null) {
            x = pop(shared.get(pid), !go119);
        }
        for (int i = 0; x == null && i < localSize; i++) {
            x = pop(shared.get((pid + i + 1) % localSize), true); // getSlow: the others' tails
        }
        if (x == null && go119 && pid < victimSize) {
            x = victimPrivates[pid];
            victimPrivates[pid] = null;
            for (int i = 0; x == null && i < victimSize; i++) {
                x = pop(victimShared.get((pid + i) % victimSize), true);
            }
            if (x == null) {
                victimSize = 0;
            }
        }
        if (x == null) {
            x = fresh.get();
            // go1.7 Get's getSlow (121) calls p.New() at 145; 1.19's Get calls it at 151
            List<Frame> fs = go119 ? List.of(newFn, pool("sync.(*Pool).Get", 127, 154, 151))
                    : List.of(newFn, pool("sync.(*Pool).getSlow", 124, 148, 145), pool("sync.(*Pool).Get", 97, 122, 121));
            host.onAlloc(g, x, size, POINTERS, null, path(fs, c));
        }
        return x;
    }

    private static Object pop(List<Object> l, boolean last) {
        return l.isEmpty() ? null : last ? l.remove(l.size() - 1) : l.remove(0);
    }

    /**
     * Pool.pin (its call in Get or Put is {@code at}): pinSlow when pid is past localSize (go1.7
     * pool.go:166-188, 1.19 212-234): a nil p.local appends p to allPools (go1.7 180, 1.19 226:
     * growslice of pointers: 8 bytes for the first pool since the last GC, 16 for the second), then
     * make([]poolLocal, GOMAXPROCS) (go1.7 184, 1.19 230): go1.7's poolLocal is private 16, shared
     * 24, Mutex 8 and pad [128]byte, 176 bytes; 1.19's is padded to 128. Returns the pinned P's id
     * (runtime_procPin), after the poolCleanups of the GCs since the last look.
     */
    private int pin(Goroutine g, Frame at, Caller c) {
        sync();
        int pid = host.procPin(g);
        if (pid < localSize) {
            return pid;
        }
        Frame pin = go119 ? pool("sync.(*Pool).pin", 198, 210, 209) : pool("sync.(*Pool).pin", 152, 164, 163);
        Frame slow = go119 ? pool("sync.(*Pool).pinSlow", 212, 234, 226) : pool("sync.(*Pool).pinSlow", 166, 188, 180);
        if (local == null) {
            long grown = all.append(in);
            if (grown > 0) {
                host.onAlloc(g, all.array, grown, POINTERS, null, path(List.of(slow, pin, at), c));
            }
        }
        int size = host.gomaxprocs();
        local = new Object[size];
        Frame make = go119 ? pool("sync.(*Pool).pinSlow", 212, 234, 230) : pool("sync.(*Pool).pinSlow", 166, 188, 184);
        host.onAlloc(g, local, (go119 ? 128L : 176L) * size, POINTERS, null, path(List.of(make, pin, at), c));
        localSize = size;
        privates = new Object[size];
        shared = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            shared.add(new ArrayList<>());
        }
        sharedCap = new int[size];
        chains = new Object[size];
        return pid;
    }

    /**
     * Pool.Put (go1.7 pool.go:65-87, 1.19 95-117) fills the P's private, else appends to its shared:
     * go1.7 append(l.shared, x) at 85 (16-byte interfaces), 1.19 poolChain.pushHead
     * (poolqueue.go:228-256) makes the chain's first poolChainElt (233, 48 bytes) and its 8 vals
     * (234, 128 bytes) at its first push.
     */
    void put(Goroutine g, Object x, Caller c) {
        Frame put = go119 ? pool("sync.(*Pool).Put", 95, 117, 108) : pool("sync.(*Pool).Put", 65, 87, 75);
        int pid = pin(g, put, c);
        if (privates[pid] == null) {
            privates[pid] = x;
            return;
        }
        List<Object> l = shared.get(pid);
        if (go119) {
            if (sharedCap[pid] == 0) {
                sharedCap[pid] = 8;
                Frame push = AllocPath.lib("sync.(*poolChain).pushHead", "sync/poolqueue.go", 228, 256, 233);
                Frame push2 = AllocPath.lib("sync.(*poolChain).pushHead", "sync/poolqueue.go", 228, 256, 234);
                Frame putAt = pool("sync.(*Pool).Put", 95, 117, 111);
                Object[] chain = {new Object[0], new Object[8]};
                chains[pid] = chain;
                host.onAlloc(g, chain[0], 48, POINTERS, null, path(List.of(push, putAt), c));
                host.onAlloc(g, chain[1], 128, POINTERS, null, path(List.of(push2, putAt), c));
            }
        } else if (l.size() == sharedCap[pid]) {
            sharedCap[pid] = in.growCap(l.size(), sharedCap[pid], l.size() + 1, 16);
            chains[pid] = new Object[sharedCap[pid]];
            host.onAlloc(g, chains[pid], sharedCap[pid] * 16L, POINTERS, null,
                    path(List.of(pool("sync.(*Pool).Put", 65, 87, 85)), c));
        }
        l.add(x);
    }

    /** A type with pointers: the pool's arrays and elements (newobject/makeslice of pointerful types). */
    static final Type POINTERS = new Types.Pointer(Types.UINT8);

    private static AllocPath path(List<Frame> frames, Caller c) {
        List<Frame> fs = new ArrayList<>(frames);
        fs.addAll(c.above());
        return AllocPath.of(fs, c.dropped());
    }

    private static Frame pool(String name, int start, int end, int line) {
        return AllocPath.lib(name, "sync/pool.go", start, end, line);
    }
}
