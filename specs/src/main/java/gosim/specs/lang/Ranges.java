package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.LV;
import gosim.specs.lang.Compiler.St;
import gosim.specs.lang.Objects.Var;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.List;

/**
 * for-range loops: models cmd/compile's walkrange (the range expression evaluated once, the length of
 * a slice or array fixed at the start), runtime.mapiterinit/mapiternext (a random starting point from
 * fastrand, entries deleted during iteration are skipped), decoding of UTF-8 for strings, and
 * receiving until the channel is closed.
 */
final class Ranges {
    private Ranges() {
    }

    static St compile(Compiler c, RangeStmt rs) {
        St decl = declare(c, rs);
        St loop = loop(c, rs);
        if (decl == null) {
            return loop;
        }
        return new St() {
            @Override
            int exec(Frame f) {
                decl.exec(f);
                return loop.exec(f);
            }
        };
    }

    private static St loop(Compiler c, RangeStmt rs) {
        Ev x = c.expr(rs.x);
        LV key0 = target(c, rs, rs.key);
        LV val0 = target(c, rs, rs.value);
        // for i, x[i] = range y: x[i]'s operands are evaluated before i is assigned (spec: Assignments)
        boolean ordered = rs.tok != Tok.DEFINE && val0 instanceof Locs.Resolvable && key0 != null;
        LV key = ordered ? resolvingFirst(key0, (Locs.Resolvable) val0) : key0;
        LV val = ordered ? resolved((Locs.Resolvable) val0) : val0;
        St body = blockOf(c, rs.body);
        Type xt = rs.x.type.underlying();
        if (xt instanceof Pointer p) {
            xt = p.elem.underlying();
        }
        Interp in = c.in;
        Host host = c.host;
        int line = rs.pos.line();
        Object self = rs;
        boolean trace = in.traceStatements;
        switch (xt) {
            case Basic b when b.kind.isInteger(): {
                int ks = scalarSlot(c, rs, rs.key);
                return new St() {
                    @Override
                    int exec(Frame f) {
                        long n = x.evI(f);
                        for (long i = 0; i < n; i++) {
                            if (ks >= 0) {
                                f.l[ks] = i;
                            } else if (key != null) {
                                key.store(f, i);
                            }
                            int k = iterate(body, f, self, line, trace, in);
                            if (k >= 0) {
                                return k;
                            }
                        }
                        return Compiler.NORMAL;
                    }
                };
            }
            case Basic b:
                return new St() {
                    @Override
                    int exec(Frame f) {
                        String s = (String) x.ev(f);
                        for (int i = 0; i < s.length(); ) {
                            long d = Interp.decodeRune(s, i);
                            if (key != null) {
                                key.store(f, (long) i);
                            }
                            if (val != null) {
                                val.store(f, d >> 8);
                            }
                            i += (int) (d & 0xFF);
                            int k = iterate(body, f, self, line, trace, in);
                            if (k >= 0) {
                                return k;
                            }
                        }
                        return Compiler.NORMAL;
                    }
                };
            case Slice _, Array _: {
                boolean isSlice = xt instanceof Slice;
                boolean agg = Compiler.isAgg(isSlice ? ((Slice) xt).elem : ((Array) xt).elem);
                boolean copyArray = !isSlice && !(rs.x.type.underlying() instanceof Pointer) && val != null;
                int ks = ordered ? -1 : scalarSlot(c, rs, rs.key);
                return new St() {
                    @Override
                    int exec(Frame f) {
                        Object v = x.ev(f);
                        Object[] arr;
                        int off;
                        int n;
                        if (isSlice) {
                            SliceVal sv = (SliceVal) v;
                            if (sv == null) {
                                return Compiler.NORMAL;
                            }
                            arr = sv.a;
                            off = sv.off;
                            n = sv.len;
                        } else {
                            ArrayVal av = (ArrayVal) v;
                            if (av == null) {
                                if (val != null) {
                                    throw in.nilDeref(f);
                                }
                                n = ((Array) ((Pointer) rs.x.type.underlying()).elem.underlying()).len > 0
                                        ? (int) ((Array) ((Pointer) rs.x.type.underlying()).elem.underlying()).len : 0;
                                arr = null;
                                off = 0;
                            } else {
                                // ranging over an array value ranges over a copy
                                arr = copyArray ? av.copy().a : av.a;
                                off = 0;
                                n = av.a.length;
                            }
                        }
                        for (int i = 0; i < n; i++) {
                            if (ks >= 0) {
                                f.l[ks] = i;
                            } else if (key != null) {
                                key.store(f, (long) i);
                            }
                            if (val != null) {
                                Object e = arr[off + i];
                                val.store(f, agg ? Values.copyAgg(e) : e);
                            }
                            int k = iterate(body, f, self, line, trace, in);
                            if (k >= 0) {
                                return k;
                            }
                        }
                        return Compiler.NORMAL;
                    }
                };
            }
            case MapT m: {
                boolean agg = Compiler.isAgg(m.value);
                boolean go19 = in.version.atLeast(19);
                int rangeLine = rs.pos.line();
                return new St() {
                    @Override
                    int exec(Frame f) {
                        MapVal mv = (MapVal) x.ev(f);
                        if (mv == null || mv.size() == 0) {
                            return Compiler.NORMAL;
                        }
                        Hashmap.iterinit(host, f.g, mv, m, rs.pos, in.version);
                        List<Object> keys = new java.util.ArrayList<>(mv.m.keySet());
                        int n = keys.size();
                        int start = host.fastrand(n);
                        for (int j = 0; j < n; j++) {
                            Object k = keys.get((start + j) % n);
                            if (!mv.m.containsKey(k)) {
                                continue; // deleted during iteration
                            }
                            if (mv.hashWriting != null && go19) {
                                f.line = rangeLine; // mapiternext is called by the range statement
                                mv.checkRead(host, f.g, Hashmap.ITER_19); // 1.19 map.go:872-874
                            }
                            if (key != null) {
                                key.store(f, MapVal.unkey(k));
                            }
                            if (val != null) {
                                Object e = mv.m.get(k);
                                val.store(f, agg ? Values.copyAgg(e) : e);
                            }
                            int kc = iterate(body, f, self, line, trace, in);
                            if (kc >= 0) {
                                return kc;
                            }
                        }
                        return Compiler.NORMAL;
                    }
                };
            }
            case Chan ch:
                return new St() {
                    @Override
                    int exec(Frame f) {
                        Object c0 = x.ev(f);
                        while (true) {
                            f.line = line;
                            if (trace) {
                                in.statement(f, line);
                            }
                            Object v = host.recv(f.g, c0, true);
                            if (!f.g.recvOk) {
                                return Compiler.NORMAL;
                            }
                            if (key != null) {
                                key.store(f, v);
                            }
                            int r = body.exec(f);
                            if (r != Compiler.NORMAL) {
                                int k = Compiler.loopControl(r, f, self);
                                if (k >= 0) {
                                    return k;
                                }
                            }
                        }
                    }
                };
            default:
                throw new GoCompileError(rs.pos, "unsupported: range over " + rs.x.type);
        }
    }

    /** The l-slot of a range variable that is a plain scalar local, or -1. */
    private static int scalarSlot(Compiler c, RangeStmt rs, Expr e) {
        if (e instanceof Ident id && id.obj instanceof Var v && !v.isGlobal() && v.owner == c.cur()
                && c.scalarVar(v) && Interp.kindOfSlot(v.type) == Interp.K_INT) {
            return c.slotOf(v);
        }
        return -1;
    }

    private static LV target(Compiler c, RangeStmt rs, Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Ident id && id.name.equals("_")) {
            return null;
        }
        if (rs.tok == Tok.DEFINE) {
            // Go 1.7 semantics: one variable for the whole loop, declared before the first iteration
            return c.varLV((Var) ((Ident) e).obj, false);
        }
        return c.lvalue(e);
    }

    /** The key's target that first evaluates the value target's operands (kept in f.pending for {@link #resolved}). */
    private static LV resolvingFirst(LV key, Locs.Resolvable val) {
        return new LV() {
            @Override
            void store(Frame f, Object v) {
                f.pending = val.resolve(f);
                key.store(f, v);
            }

            @Override
            Object load(Frame f) {
                return key.load(f);
            }
        };
    }

    /** The value's target stored at the operands {@link #resolvingFirst} evaluated just before. */
    private static LV resolved(Locs.Resolvable val) {
        return new LV() {
            @Override
            void store(Frame f, Object v) {
                Object[] st = (Object[]) f.pending;
                f.pending = null;
                val.storeAt(f, st, v);
            }

            @Override
            Object load(Frame f) {
                return val.loadAt(f, val.resolve(f));
            }
        };
    }

    /** Declares the loop's := variables (with zero values) once, before the loop. */
    private static St declare(Compiler c, RangeStmt rs) {
        if (rs.tok != Tok.DEFINE) {
            return null;
        }
        java.util.List<LV> lvs = new java.util.ArrayList<>();
        java.util.List<Object> zeros = new java.util.ArrayList<>();
        for (Expr e : new Expr[]{rs.key, rs.value}) {
            if (e instanceof Ident id && id.obj instanceof Var v) {
                lvs.add(c.varLV(v, true));
                zeros.add(Compiler.zero(v.type));
            }
        }
        if (lvs.isEmpty()) {
            return null;
        }
        return new St() {
            @Override
            int exec(Frame f) {
                for (int i = 0; i < lvs.size(); i++) {
                    Object z = zeros.get(i);
                    lvs.get(i).store(f, z instanceof StructVal || z instanceof ArrayVal ? Values.copyAgg(z) : z);
                }
                return Compiler.NORMAL;
            }
        };
    }

    private static St blockOf(Compiler c, Block b) {
        return c.blockOf(b);
    }

    /**
     * One iteration of a range loop: the body, then the loop's tail (the line back on the range
     * statement, the statement hook). Returns -1 to go on, else what the range statement returns.
     */
    static int iterate(St body, Frame f, Object self, int line, boolean trace, Interp in) {
        int r = body.exec(f);
        if (r != Compiler.NORMAL) {
            int k = Compiler.loopControl(r, f, self);
            if (k >= 0) {
                return k;
            }
        }
        f.line = line;
        if (trace) {
            in.statement(f, line);
        }
        return -1;
    }
}
