package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.Arrays;

/**
 * Slices: models runtime/slice.go (makeslice, growslice, slicecopy, slicestringcopy) and the bounds
 * checks of slice expressions.
 */
final class Slices {
    private Slices() {
    }

    /** Limit on slice lengths the interpreter will allocate (Java arrays are int-indexed). */
    static final long MAX_LEN = Integer.MAX_VALUE - 8;

    static Ev slice(Compiler c, SliceExpr se) {
        Ev x = c.expr(se.x);
        Ev lo = se.lo == null ? null : c.expr(se.lo);
        Ev hi = se.hi == null ? null : c.expr(se.hi);
        Ev max = se.max == null ? null : c.expr(se.max);
        Interp in = c.in;
        Type xt = se.x.type.underlying();
        int lb = Interp.lbrackLine(se.lbrack);
        if (Types.isString(xt)) {
            Host host = c.host;
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    String s = (String) x.ev(f);
                    long l = lo == null ? 0 : lo.evI(f);
                    long h = hi == null ? s.length() : hi.evI(f);
                    if (h < 0 || h > s.length() || l < 0 || l > h) {
                        throw in.sliceOutOfRange(f, lb, se, true, l, h, s.length(), s.length());
                    }
                    return s.substring((int) l, (int) h);
                }
            };
        }
        boolean isSlice = xt instanceof Slice;
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Object v = x.ev(f);
                Object[] a;
                int off;
                int len;
                int cap;
                if (isSlice) {
                    SliceVal s = (SliceVal) v;
                    if (s == null) {
                        a = null;
                        off = 0;
                        len = 0;
                        cap = 0;
                    } else {
                        a = s.a;
                        off = s.off;
                        len = s.len;
                        cap = s.cap;
                    }
                } else {
                    ArrayVal arr = (ArrayVal) v;
                    if (arr == null) {
                        throw in.nilDeref(f);
                    }
                    a = arr.a;
                    off = 0;
                    len = a.length;
                    cap = a.length;
                }
                long l = lo == null ? 0 : lo.evI(f);
                long h = hi == null ? len : hi.evI(f);
                long m = max == null ? cap : max.evI(f);
                if (m < 0 || m > cap || h < 0 || h > m || l < 0 || l > h) {
                    throw in.sliceOutOfRange(f, lb, se, !isSlice, l, h, m, cap);
                }
                if (a == null) {
                    return null;
                }
                return new SliceVal(a, off + (int) l, (int) (h - l), (int) (m - l));
            }
        };
    }

    /** A fresh backing array of n elements, all the zero value z. */
    static Object[] zeroArray(int n, Object z) {
        Object[] a = new Object[n];
        if (z instanceof StructVal || z instanceof ArrayVal) {
            for (int i = 0; i < n; i++) {
                a[i] = Values.copyAgg(z);
            }
        } else if (z != null) {
            Arrays.fill(a, z);
        }
        return a;
    }

    /**
     * Go 1.19's order pass (walk/order.go:411-441 orderMakeSliceCopy) rewrites {@code m = make([]T, n)}
     * followed by {@code copy(m, s)} into one node, and for pointer-free elements with n being
     * len(s) walkMakeSliceCopy (walk/builtin.go:443-470) calls mallocgc itself: no makeslice frame, so
     * the record starts at the caller of the function (AllocPath.MALLOCGC_BY_CALLER_19). The makes of
     * such pairs in list go into out ({@code m := make}, {@code m = make} or {@code var m = make}).
     */
    static void markMallocCopies(java.util.List<Stmt> list, java.util.Set<Call> out) {
        for (int i = 0; i + 1 < list.size(); i++) {
            Expr lhs = null, rhs = null;
            if (list.get(i) instanceof AssignStmt as && (as.tok == Tok.ASSIGN || as.tok == Tok.DEFINE)
                    && as.lhs.size() == 1 && as.rhs.size() == 1) {
                lhs = as.lhs.get(0);
                rhs = as.rhs.get(0);
            } else if (list.get(i) instanceof DeclStmt ds && ds.decl.tok == Tok.VAR && ds.decl.specs.size() == 1
                    && ds.decl.specs.get(0) instanceof ValueSpec vs && vs.names.size() == 1 && vs.values.size() == 1) {
                lhs = vs.names.get(0); // var m = make(...) is an OAS after its ODCL, too
                rhs = vs.values.get(0);
            }
            if (!(lhs instanceof Ident m) || m.name.equals("_") || m.obj == null
                    || !(rhs instanceof Call mk) || !"make".equals(mk.builtin) || mk.args.size() != 2
                    || !(mk.type.underlying() instanceof Slice st) || Types.hasPointers(st.elem)) {
                continue;
            }
            if (!(list.get(i + 1) instanceof ExprStmt es) || !(es.x instanceof Call cp) || !"copy".equals(cp.builtin)
                    || !(cp.args.get(0) instanceof Ident to) || to.obj != m.obj
                    || !(cp.args.get(1) instanceof Ident from) || from.obj == m.obj || from.obj == null) {
                continue;
            }
            // Bounded (order.go:437): the length is len of the copy's source, the same name
            if (mk.args.get(1) instanceof Call ln && "len".equals(ln.builtin)
                    && ln.args.get(0) instanceof Ident src && src.obj == from.obj) {
                out.add(mk);
            }
        }
    }

    /**
     * Whether makeslice refuses n elements of esize bytes as out of range, before any allocation.
     * go1.7 (slice.go:46-55, maxSliceCap): more than _MaxMem / esize elements, _MaxMem =
     * 1<<_MHeapMap_TotalBits - 1 with 39 bits on linux/amd64 (malloc.go:161, 164); zero-size
     * elements have no limit (maxElems[0] = ^uintptr(0), slice.go:20). 1.19 (slice.go:89-101):
     * n * esize overflowing or above maxAlloc = 1<<48 (malloc.go:219, heapAddrBits 48). Requests
     * under the limit go to mallocgc, which may run out of memory instead.
     */
    static boolean tooLarge(long n, long esize, boolean go119) {
        long limit = go119 ? 1L << 48 : (1L << 39) - 1;
        return esize != 0 && n > limit / esize;
    }

    static Ev make(Compiler c, Call call, Slice st) {
        Ev len = c.expr(call.args.get(1));
        Ev cap = call.args.size() > 2 ? c.expr(call.args.get(2)) : null;
        Object z = Compiler.zero(st.elem);
        long esize = st.elem.size();
        Interp in = c.in;
        Host host = c.host;
        Pos pos = call.pos;
        Type t = call.type;
        boolean heap = c.escapes.heap(call);
        boolean go119 = in.version.atLeast(19);
        gosim.sim.internal.AllocPath path = c.mallocCopies.contains(call) ? gosim.sim.internal.AllocPath.MALLOCGC_BY_CALLER_19 : null;
        return new Ev() {
            @Override
            Object ev(Frame f) {
                long l = len.evI(f);
                long k = cap == null ? l : cap.evI(f);
                if (l < 0 || tooLarge(l, esize, go119)) {
                    throw in.runtimePanic(f, "makeslice: len out of range");
                }
                if (k < l || tooLarge(k, esize, go119)) {
                    throw in.runtimePanic(f, "makeslice: cap out of range");
                }
                // within Go's limit mallocgc is asked: the heap model decides (a request larger
                // than the whole budget is Go's out-of-memory throw) before any Java array is made
                host.beforeAlloc(f.g, k * esize);
                if (k > MAX_LEN) {
                    throw in.runtimePanic(f, "makeslice: len out of range"); // beyond a Java array, with a budget this big
                }
                Object[] a = zeroArray((int) k, z);
                if (heap) {
                    host.onAlloc(f.g, a, k * esize, t, pos, path);
                }
                return new SliceVal(a, 0, (int) l, (int) k);
            }
        };
    }

    static Ev append(Compiler c, Call call) {
        Slice st = (Slice) call.args.get(0).type.underlying();
        Ev s = c.expr(call.args.get(0));
        Interp in = c.in;
        Host host = c.host;
        Pos pos = call.pos;
        long esize = st.elem.size();
        Object z = Compiler.zero(st.elem);
        boolean agg = Compiler.isAgg(st.elem);
        Type t = call.type;
        if (call.ellipsis) {
            Expr y = call.args.get(1);
            Ev ys = c.expr(y);
            boolean fromString = Types.isString(y.type);
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    SliceVal base = (SliceVal) s.ev(f);
                    Object yv = ys.ev(f);
                    Object[] src;
                    int soff;
                    int n;
                    if (fromString) {
                        String str = (String) yv;
                        n = str.length();
                        src = new Object[n];
                        for (int i = 0; i < n; i++) {
                            src[i] = (long) str.charAt(i);
                        }
                        soff = 0;
                    } else {
                        SliceVal ysl = (SliceVal) yv;
                        if (ysl == null) {
                            return base;
                        }
                        src = ysl.a;
                        soff = ysl.off;
                        n = ysl.len;
                    }
                    if (n == 0) {
                        return base;
                    }
                    SliceVal out = grow(f, base, n, esize, z, in, host, t, pos);
                    Object[] tmp = new Object[n];
                    System.arraycopy(src, soff, tmp, 0, n);
                    for (int i = 0; i < n; i++) {
                        out.a[out.off + out.len - n + i] = agg ? Values.copyAgg(tmp[i]) : tmp[i];
                    }
                    return out;
                }
            };
        }
        int n = call.args.size() - 1;
        Ev[] vals = new Ev[n];
        for (int i = 0; i < n; i++) {
            vals[i] = c.value(call.args.get(i + 1), st.elem);
        }
        if (n == 0) {
            return s;
        }
        return new Ev() {
            @Override
            Object ev(Frame f) {
                SliceVal base = (SliceVal) s.ev(f);
                Object[] vs = new Object[n];
                for (int i = 0; i < n; i++) {
                    vs[i] = vals[i].ev(f);
                }
                SliceVal out = grow(f, base, n, esize, z, in, host, t, pos);
                int at = out.off + out.len - n;
                for (int i = 0; i < n; i++) {
                    if (agg) {
                        Values.assignAgg(out.a[at + i], vs[i]);
                    } else {
                        out.a[at + i] = vs[i];
                    }
                }
                return out;
            }
        };
    }

    /** The slice base extended by n elements (new elements hold zero values), growing it like growslice. */
    static SliceVal grow(Frame f, SliceVal base, int n, long esize, Object z, Interp in, Host host, Type t, Pos pos) {
        int len = base == null ? 0 : base.len;
        int cap = base == null ? 0 : base.cap;
        long want = (long) len + n;
        if (want > MAX_LEN) {
            throw in.runtimePanic(f, "growslice: cap out of range");
        }
        if (want <= cap) {
            return new SliceVal(base.a, base.off, (int) want, cap);
        }
        int newcap = in.growCap(len, cap, (int) want, esize);
        host.beforeAlloc(f.g, newcap * esize);
        Object[] a = zeroArray(newcap, z);
        if (base != null) {
            System.arraycopy(base.a, base.off, a, 0, len);
        }
        host.onAlloc(f.g, a, newcap * esize, t, pos);
        return new SliceVal(a, 0, (int) want, newcap);
    }

    static Ev copy(Compiler c, Call call) {
        Ev d = c.expr(call.args.get(0));
        Ev s = c.expr(call.args.get(1));
        boolean fromString = Types.isString(call.args.get(1).type);
        boolean agg = Compiler.isAgg(((Slice) call.args.get(0).type.underlying()).elem);
        return new IEv() {
            @Override
            long evI(Frame f) {
                return copyValues(d.ev(f), s.ev(f), fromString, agg);
            }
        };
    }

    /** copy(dst, src) on evaluated operands (runtime slicecopy / slicestringcopy): the count copied. */
    static long copyValues(Object dv, Object sv, boolean fromString, boolean agg) {
        SliceVal dst = (SliceVal) dv;
        if (dst == null) {
            return 0;
        }
        if (fromString) {
            String str = (String) sv;
            int n = Math.min(dst.len, str.length());
            for (int i = 0; i < n; i++) {
                dst.a[dst.off + i] = (long) str.charAt(i);
            }
            return n;
        }
        SliceVal src = (SliceVal) sv;
        if (src == null) {
            return 0;
        }
        int n = Math.min(dst.len, src.len);
        if (agg) {
            Object[] tmp = new Object[n];
            for (int i = 0; i < n; i++) {
                tmp[i] = Values.copyAgg(src.a[src.off + i]);
            }
            for (int i = 0; i < n; i++) {
                Values.assignAgg(dst.a[dst.off + i], tmp[i]);
            }
        } else {
            System.arraycopy(src.a, src.off, dst.a, dst.off, n);
        }
        return n;
    }
}
