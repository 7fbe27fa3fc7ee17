package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Composite literals: models walk/sinit.go (fixedlit, slicelit, maplit): struct and array literals
 * build a fresh value, slice literals a fresh backing array, map literals a fresh map (runtime.makemap).
 */
final class Literals {
    private Literals() {
    }

    static Ev compile(Compiler c, CompositeLit cl) {
        Type t = cl.type;
        boolean ptr = false;
        if (t.underlying() instanceof Pointer p) {
            t = p.elem;
            ptr = true;
        }
        Ev v = build(c, cl, t);
        if (!ptr || !c.escapes.heap(cl)) {
            return v;
        }
        Host host = c.host;
        long size = t.size();
        Type pt = t;
        Pos pos = cl.pos;
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Object o = v.ev(f);
                host.onAlloc(f.g, o, size, pt, pos);
                return o;
            }
        };
    }

    private static Ev build(Compiler c, CompositeLit cl, Type t) {
        Host host = c.host;
        Pos pos = cl.pos;
        boolean heap = c.escapes.heap(cl);
        switch (t.underlying()) {
            case Struct st: {
                int n = st.fields.size();
                Ev[] fs = new Ev[n];
                // The fields given, in source order: the spec's order of evaluation ("all function
                // calls ... are evaluated in lexical left-to-right order"), whatever the keys' order
                // (test/fixedbugs/bug433.go, issue17640.go).
                int[] order = new int[cl.elts.size()];
                if (!cl.elts.isEmpty() && cl.elts.get(0) instanceof KeyValue) {
                    for (int k = 0; k < order.length; k++) {
                        KeyValue kv = (KeyValue) cl.elts.get(k);
                        int i = st.fieldIndex(((Ident) kv.key).name);
                        fs[i] = c.value(kv.value, st.fields.get(i).type());
                        order[k] = i;
                    }
                } else {
                    for (int i = 0; i < order.length; i++) {
                        fs[i] = c.value(cl.elts.get(i), st.fields.get(i).type());
                        order[i] = i;
                    }
                }
                // A blank field's value is evaluated but not stored from Go 1.13 (issue 31546; go1.19
                // walk/complit.go:217 assigns it to _, staticinit/sched.go:406 skips it); go1.7's
                // sinit.go structlit (600-640) and initplan (1268-1273) store it like any field.
                boolean[] blank = new boolean[n];
                boolean zeroBlank = c.in.version.atLeast(13);
                Object[] zeros = new Object[n];
                for (int i = 0; i < n; i++) {
                    blank[i] = zeroBlank && fs[i] != null && st.fields.get(i).name().equals("_");
                    if (fs[i] == null || blank[i]) {
                        zeros[i] = Compiler.zero(st.fields.get(i).type());
                    }
                }
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object[] vals = new Object[n];
                        for (int i : order) {
                            vals[i] = fs[i].ev(f);
                        }
                        for (int i = 0; i < n; i++) {
                            if (fs[i] == null || blank[i]) {
                                Object z = zeros[i];
                                vals[i] = z instanceof StructVal || z instanceof ArrayVal ? Values.copyAgg(z) : z;
                            }
                        }
                        return new StructVal(st, vals);
                    }
                };
            }
            case Array a: {
                Indexed ix = indexed(c, cl, a.elem);
                int len = (int) a.len;
                Object z = Compiler.zero(a.elem);
                boolean agg = Compiler.isAgg(a.elem);
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        return new ArrayVal(ix.fill(f, len, z, agg), agg);
                    }
                };
            }
            case Slice s: {
                Indexed ix = indexed(c, cl, s.elem);
                int len = ix.length;
                Object z = Compiler.zero(s.elem);
                boolean agg = Compiler.isAgg(s.elem);
                long size = len * s.elem.size();
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object[] arr = ix.fill(f, len, z, agg);
                        if (heap) {
                            host.onAlloc(f.g, arr, size, t, pos);
                        }
                        return new SliceVal(arr, 0, len, len);
                    }
                };
            }
            case MapT m: {
                int n = cl.elts.size();
                Ev[] ks = new Ev[n];
                Ev[] vs = new Ev[n];
                for (int i = 0; i < n; i++) {
                    KeyValue kv = (KeyValue) cl.elts.get(i);
                    ks[i] = c.value(kv.key, m.key);
                    vs[i] = c.value(kv.value, m.value);
                }
                // go1.7 sinit.go:868-870 maplit: make(map[K]V) with no hint, and a node escape analysis
                // never saw (EscUnknown, so walk.go:1397 heap-allocates it); 1.19 passes len and the
                // literal's escape (1.19 walk/complit.go maplit).
                boolean modern = c.in.version.atLeast(19);
                long hint = modern ? n : 0;
                boolean onHeap = heap || !modern;
                if (c.escapes.isStatic(cl)) {
                    return new Ev() {
                        @Override
                        Object ev(Frame f) {
                            MapVal mv = new MapVal(m.key);
                            Hashmap.staticMap(mv, n);
                            for (int i = 0; i < n; i++) {
                                Object k = ks[i].ev(f);
                                mv.m.put(mv.key(k), vs[i].ev(f));
                            }
                            return mv;
                        }
                    };
                }
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        MapVal mv = new MapVal(m.key);
                        Hashmap.makemap(host, f.g, mv, m, hint, true, onHeap, pos, c.in.version);
                        for (int i = 0; i < n; i++) {
                            Object k = ks[i].ev(f);
                            Object v = vs[i].ev(f);
                            Hashmap.assign(host, f.g, mv, m, k, pos, c.in.version);
                            mv.m.put(mv.key(k), v);
                        }
                        return mv;
                    }
                };
            }
            default:
                throw new GoCompileError(cl.pos, "unsupported: composite literal of type " + t);
        }
    }

    /** Elements of an array or slice literal with their (constant) indices. */
    record Indexed(int[] at, Ev[] vals, int length) {
        Object[] fill(Frame f, int len, Object z, boolean agg) {
            Object[] arr = new Object[len];
            for (int i = 0; i < vals.length; i++) {
                arr[at[i]] = vals[i].ev(f);
            }
            for (int i = 0; i < len; i++) {
                if (arr[i] == null && z != null) {
                    arr[i] = agg ? Values.copyAgg(z) : z;
                }
            }
            return arr;
        }
    }

    private static Indexed indexed(Compiler c, CompositeLit cl, Type elem) {
        List<Integer> at = new ArrayList<>();
        List<Ev> vals = new ArrayList<>();
        int idx = 0;
        int max = 0;
        for (Expr el : cl.elts) {
            Expr v = el;
            if (el instanceof KeyValue kv) {
                idx = ((BigInteger) kv.key.cv).intValue();
                v = kv.value;
            }
            at.add(idx);
            vals.add(c.value(v, elem));
            idx++;
            max = Math.max(max, idx);
        }
        return new Indexed(at.stream().mapToInt(Integer::intValue).toArray(), vals.toArray(new Ev[0]), max);
    }
}
