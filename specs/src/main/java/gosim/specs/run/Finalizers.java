package gosim.specs.run;

import gosim.sim.heap.FinalizerSpecials;
import gosim.sim.heap.HeapObject;
import gosim.specs.lang.FinalizerTypes;
import gosim.specs.lang.Goroutine;
import gosim.specs.lang.Type;
import gosim.specs.lang.Values;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * runtime.SetFinalizer for the interpreter's values: go1.7 mfinal.go's SetFinalizer (283-396) with
 * mheap.go's finalizer specials (addfinalizer 1161, removefinalizer 1201, freespecial 1231), what
 * markrootSpans marks for them (mgcmark.go:302-375: everything the object points to, and the
 * funcval, but not the object itself), the finq roots (fixedRootFinalizers, mgcmark.go:163) and the
 * call runfinq makes (mfinal.go:179-200). The queue and the goroutine are the kernel's.
 */
final class Finalizers implements FinalizerSpecials {
    /** A finalizer special: the funcval, its parameter's kind, the object's type (ot) and nret. */
    private static final class Special {
        final Object obj;
        final Values.FuncVal fn;
        final boolean iface;
        final Type ot;
        final long nret;
        /** Set, then queued (finq), then run; or removed. */
        int state = SET;

        Special(Object obj, Values.FuncVal fn, boolean iface, Type ot, long nret) {
            this.obj = obj;
            this.fn = fn;
            this.iface = iface;
            this.ot = ot;
            this.nret = nret;
        }
    }

    private static final int SET = 0;
    private static final int QUEUED = 1;
    private static final int GONE = 2;

    private final SimHost host;
    /** The specials, by object (looked up, never iterated). */
    private final Map<Object, Special> byObj = new IdentityHashMap<>();
    /** The same specials in the order they were set: markrootSpans' roots, iterated. */
    private final List<Special> specials = new ArrayList<>();
    /** Queued and not yet run: finq's roots. */
    private final List<Special> queued = new ArrayList<>();

    Finalizers(SimHost host) {
        this.host = host;
    }

    /** runtime.SetFinalizer(obj, finalizer) on goroutine g. */
    void setFinalizer(Goroutine g, Object objArg, Object finArg) {
        Values.Iface e = (Values.Iface) objArg;
        String bad = FinalizerTypes.checkObject(e == null ? null : e.type());
        if (bad != null) {
            throw fatal(bad);
        }
        Type etyp = e.type();
        Object obj = e.val();
        if (obj == null || host.heapObject(obj) == null) {
            // findObject found no heap block: Go returns for &zerobase and for linker-allocated
            // globals (mfinal.go:305-326) and throws for a nil pointer.
            if (obj == null) {
                throw fatal("runtime.SetFinalizer: pointer not in allocated block");
            }
            return;
        }
        Values.Iface f = (Values.Iface) finArg;
        if (f == null) {
            Special s = byObj.remove(obj); // removefinalizer
            if (s != null) {
                s.state = GONE;
            }
            return;
        }
        FinalizerTypes.Check c = FinalizerTypes.checkFinalizer(etyp, f.type());
        if (c.error() != null) {
            throw fatal(c.error());
        }
        host.rt.kernel().createfing(); // mfinal.go:389
        if (byObj.containsKey(obj)) {
            throw fatal("runtime.SetFinalizer: finalizer already set");
        }
        Special s = new Special(obj, (Values.FuncVal) f.val(), FinalizerTypes.takesInterface(f.type()), etyp, c.nret());
        byObj.put(obj, s);
        specials.add(s);
    }

    private static gosim.sim.GoFatal fatal(String msg) {
        return gosim.sim.GoFatal.of("fatal error: " + msg + "\n", msg);
    }

    /**
     * The mark's roots for finalizers: each special's referents and funcval, then finq's entries.
     * Drops what was removed, queued or run since the last mark.
     */
    void forEachRoot(Consumer<Object> visit) {
        specials.removeIf(s -> s.state != SET);
        queued.removeIf(s -> s.state != QUEUED);
        for (Special s : specials) {
            Values.forEachReference(s.obj, visit);
            visit.accept(s.fn);
        }
        for (Special s : queued) {
            visit.accept(s.obj);
            visit.accept(s.fn);
        }
    }

    @Override
    public boolean hasFinalizer(HeapObject o) {
        if (byObj.isEmpty()) {
            return false;
        }
        for (Object v : host.valuesIn(o)) {
            if (byObj.containsKey(v)) {
                return true;
            }
        }
        return false;
    }

    /** freespecial: every finalizer of the block's objects, by offset (the order they share it in). */
    @Override
    public void queuefinalizers(HeapObject o) {
        for (Object v : host.valuesIn(o)) {
            Special s = byObj.remove(v);
            if (s == null) {
                continue;
            }
            s.state = QUEUED;
            queued.add(s);
            host.rt.kernel().queuefinalizer(() -> run(s), 16 + s.nret, host.addressOf(s.fn));
        }
    }

    /** On fing: the call of the finalizer with the object (as a pointer, or an interface of type ot). */
    private void run(Special s) {
        Goroutine child = new Goroutine();
        gosim.sim.internal.SimStack g = host.attach(child, host.rt.symtab().lookup("runtime.runfinq")).g;
        int base = g.depth();
        try {
            Object arg = s.iface ? new Values.Iface(s.ot, s.obj) : s.obj;
            s.state = GONE; // the frame holds the object now
            host.linked.call(child, s.fn, arg);
        } catch (RuntimeException | Error e) {
            throw host.failure(child, e);
        } finally {
            host.detach(child);
        }
        while (g.depth() > base) { // the finalizer's frames the host mirrored: fing goes on in runfinq
            g.leave(g.frameFunc(g.depth() - 1));
        }
    }
}
