package gosim.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The finalizer goroutine and its queue: go1.7 mfinal.go's createfing (136-141), runfinq (144-217),
 * queuefinalizer (69-107) and wakefing (119-129), with fingwait/fingwake/fingRunning; 1.19's
 * mfinal.go keeps the same algorithm at other lines (createfing 154-159, runfinq 162-262). The
 * finalizers themselves (which objects, which function) belong to whoever implements
 * {@link gosim.sim.heap.FinalizerSpecials}: it hands each one here as a call to make on fing.
 */
final class Mfinal {
    /** One queued finalizer: finq's finalizer record, as a call; framesz is 16 + nret. */
    private record Fin(Runnable call, long framesz, long fnAddr) {
    }

    private final GoRuntime rt;
    /** fing: the goroutine that runs all finalizers (null until createfing). */
    G fing;
    /** fingCreate != 0. */
    private boolean fingCreate;
    /** fing is parked in runfinq waiting for finq. */
    private boolean fingwait;
    /** queuefinalizer queued something since fing was last woken. */
    private boolean fingwake;
    /** fing is calling a finalizer: it counts as a user goroutine (traceback.go isSystemGoroutine). */
    boolean fingRunning;
    /** finq, oldest first (runfinq runs it newest first: blocks from the head, cnt down to 1). */
    private List<Fin> finq = new ArrayList<>();
    /** runfinq's framecap: the size of its argument frame, allocated at the first call that needs more. */
    private long framecap;

    Mfinal(GoRuntime rt) {
        this.rt = rt;
    }

    private boolean modern() {
        return rt.version.atLeast(19);
    }

    /**
     * createfing from the running goroutine (SetFinalizer's, or os's init through NewFile): starts
     * runfinq exactly once; its gopc is createfing's go statement (mfinal.go:139, 1.19 :157).
     */
    void createfing() {
        if (fingCreate) {
            return;
        }
        fingCreate = true;
        G g = GoRuntime.self();
        Func cf = func("runtime.createfing", "runtime/mfinal.go", modern() ? 154 : 136, modern() ? 159 : 141);
        g.pushFrame(cf, modern() ? 157 : 139);
        try {
            rt.go(rt.layout.runfinq, this::runfinq);
        } finally {
            g.popFrame(cf);
        }
    }

    /**
     * queuefinalizer (from the sweep, world stopped): appends to finq and sets fingwake. call runs
     * on fing; framesz is the argument frame (16 + nret bytes), fnAddr the funcval's address.
     */
    void queuefinalizer(Runnable call, long framesz, long fnAddr) {
        finq.add(new Fin(java.util.Objects.requireNonNull(call), framesz, fnAddr));
        fingwake = true;
    }

    /** findrunnable's wake-up (go1.7 proc.go:1854-1858, 1.19 proc.go:2615-2619): ready(fing) to runnext. */
    void wakefing(M mp) {
        if (fingwait && fingwake) {
            fingwait = false;
            fingwake = false;
            rt.proc.ready(mp, fing);
        }
    }

    /** Whether fing waits and finalizers are queued (wakefing would ready it). */
    boolean wakeable() {
        return fingwait && fingwake;
    }

    /** runfinq: park while finq is empty; else take the whole queue and run it newest first. */
    private void runfinq() {
        G g = GoRuntime.self();
        if (modern()) {
            fing = g; // 1.19 mfinal.go:170-172: set once at the start
        }
        while (true) {
            List<Fin> fb = finq;
            if (fb.isEmpty()) {
                fing = g;
                fingwait = true;
                g.lines[0] = rt.layout.runfinqParkLine;
                rt.gopark(g, "finalizer wait");
                continue;
            }
            finq = new ArrayList<>();
            for (int i = fb.size() - 1; i >= 0; i--) {
                Fin f = fb.get(i);
                if (framecap < f.framesz) {
                    // mallocgc(framesz, nil, true) (mfinal.go:175, 1.19 :207) is profiled, but
                    // mProf_Malloc's callers(4) (mprof.go:236, 1.19 :420) skips mProf_Malloc,
                    // profilealloc, mallocgc and mallocgc's caller, runfinq itself: the record's
                    // stack is runtime.goexit alone (checked with real Go 1.19).
                    g.lines[0] = modern() ? 207 : 175;
                    rt.mallocStack(g, f.framesz, true, () -> {
                        long[] stk = rt.goroutineStack(g);
                        return java.util.Arrays.copyOfRange(stk, 1, stk.length);
                    });
                    framecap = f.framesz;
                }
                call(g, f);
            }
        }
    }

    /**
     * reflectcall(nil, fn, frame, framesz, framesz): runfinq's line 200 (1.19 :242), then callN.
     * 1.19's CALLFN functions are WRAPPERs (asm_amd64.s:681) that tracebackPCs elides
     * (traceback.go:394): runtime.Callers and profiles see runfinq right below the finalizer, as
     * real Go 1.19 shows; go1.7's gentraceback has no such rule, so call32 is a frame there.
     */
    private void call(G g, Fin f) {
        g.lines[0] = modern() ? 242 : 200;
        if (modern()) {
            fingRunning = true;
            try {
                f.call.run();
            } finally {
                fingRunning = false;
            }
            return;
        }
        // asm_amd64.s's CALLFN table: go1.7 call32 at line 479 is the smallest (DISPATCH starts at
        // 32, asm_amd64.s:417). One line per doubling.
        long n = 32;
        int line = 479;
        while (n < f.framesz) {
            n <<= 1;
            line++;
        }
        Func callN = func("runtime.call" + n, "runtime/asm_amd64.s", line, line);
        g.pushFrame(callN, line);
        // reflectcall(argtype, fn, arg, argsize, retoffset): the two uint32s share one word
        long[] words = {0, f.fnAddr, rt.addressOf(this), f.framesz << 32 | f.framesz};
        g.setArgs(g.depth - 1, (ArgWords) () -> words);
        fingRunning = true;
        try {
            f.call.run();
        } finally {
            fingRunning = false;
            g.popFrame(callN);
        }
    }

    /** A runtime function of this path, defined at first use after everything defined so far. */
    private Func func(String name, String file, int start, int end) {
        Func fn = rt.symtab.lookup(name);
        return fn != null ? fn : rt.symtab.define(name, rt.layout.goroot + "/src/" + file, start, end);
    }
}
