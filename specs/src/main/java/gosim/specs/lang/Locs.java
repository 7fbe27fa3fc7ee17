package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.LV;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;

/**
 * Assignable locations and the address operator: models walk's handling of OINDEX/ODOT/ODOTPTR/OIND
 * as assignment targets, runtime.mapassign (with its nil-map panic) and the addresses of variables,
 * fields and elements.
 */
final class Locs {
    private Locs() {
    }

    /** A location whose operands can be evaluated once and reused (for op-assignment). */
    interface Resolvable {
        Object[] resolve(Frame f);

        Object loadAt(Frame f, Object[] st);

        void storeAt(Frame f, Object[] st, Object v);
    }

    /** A location given by evaluated operands. */
    abstract static class RLV extends LV implements Resolvable {
        @Override
        Object load(Frame f) {
            return loadAt(f, resolve(f));
        }

        @Override
        void store(Frame f, Object v) {
            storeAt(f, resolve(f), v);
        }
    }

    static LV lvalue(Compiler c, Expr e) {
        e = Exprs.unparen(e);
        Interp in = c.in;
        switch (e) {
            case Ident id:
                if (id.obj instanceof Var v) {
                    return c.varLV(v, false);
                }
                break;
            case Selector s: {
                Selection sel = s.selection;
                if (sel.kind() == SelKind.QUALIFIED && sel.qualified() instanceof Var v) {
                    return c.varLV(v, false);
                }
                if (sel.kind() == SelKind.FIELD) {
                    Ev x = c.expr(s.x);
                    int idx = sel.field();
                    boolean agg = Compiler.isAgg(s.type);
                    return new RLV() {
                        @Override
                        public Object[] resolve(Frame f) {
                            StructVal sv = (StructVal) x.ev(f);
                            if (sv == null) {
                                throw in.nilDeref(f);
                            }
                            return new Object[]{sv};
                        }

                        @Override
                        public Object loadAt(Frame f, Object[] st) {
                            return ((StructVal) st[0]).f[idx];
                        }

                        @Override
                        public void storeAt(Frame f, Object[] st, Object v) {
                            StructVal sv = (StructVal) st[0];
                            if (agg) {
                                Values.assignAgg(sv.f[idx], v);
                            } else {
                                sv.f[idx] = v;
                            }
                        }

                        @Override
                        void store(Frame f, Object v) {
                            StructVal sv = (StructVal) x.ev(f);
                            if (sv == null) {
                                throw in.nilDeref(f);
                            }
                            if (agg) {
                                Values.assignAgg(sv.f[idx], v);
                            } else {
                                sv.f[idx] = v;
                            }
                        }
                    };
                }
                break;
            }
            case Index ix: {
                Type xt = ix.x.type.underlying();
                if (xt instanceof MapT m) {
                    Host host = c.host;
                    Pos pos = ix.pos;
                    Ev mv = c.expr(ix.x);
                    Ev k = c.value(ix.index, m.key);
                    Object z = Compiler.zero(m.value);
                    boolean agg = Compiler.isAgg(m.value);
                    Hashmap.ThrowSite readSite = Hashmap.readThrow17(m, false);
                    return new RLV() {
                        @Override
                        public Object[] resolve(Frame f) {
                            return new Object[]{mv.ev(f), k.ev(f)};
                        }

                        @Override
                        public Object loadAt(Frame f, Object[] st) {
                            MapVal mp = (MapVal) st[0];
                            if (mp != null && mp.hashWriting != null) {
                                mp.checkRead(host, f.g, readSite);
                            }
                            Object v = mp == null ? null : mp.get(st[1]);
                            return v == null ? (agg ? Values.copyAgg(z) : z) : v;
                        }

                        @Override
                        public void storeAt(Frame f, Object[] st, Object v) {
                            MapVal mp = (MapVal) st[0];
                            if (mp == null) {
                                throw in.nilMapWrite(f);
                            }
                            host.mapWriteBegin(f.g, mp, Hashmap.ASSIGN_THROW_17);
                            try {
                                Hashmap.assign(host, f.g, mp, m, st[1], pos, in.version);
                                mp.m.put(mp.key(st[1]), v);
                            } finally {
                                host.mapWriteEnd(f.g, mp);
                            }
                        }
                    };
                }
                Ev x = c.expr(ix.x);
                Ev i = c.expr(ix.index);
                int lb = Interp.lbrackLine(ix.lbrack);
                boolean agg = Compiler.isAgg(ix.type);
                if (xt instanceof Slice) {
                    return new RLV() {
                        @Override
                        public Object[] resolve(Frame f) {
                            SliceVal s = (SliceVal) x.ev(f);
                            long k = i.evI(f);
                            int len = s == null ? 0 : s.len;
                            if (k < 0 || k >= len) {
                                throw in.indexOutOfRange(f, lb, k, len, ix.index);
                            }
                            return new Object[]{s.a, s.off + (int) k};
                        }

                        @Override
                        public Object loadAt(Frame f, Object[] st) {
                            return ((Object[]) st[0])[(Integer) st[1]];
                        }

                        @Override
                        public void storeAt(Frame f, Object[] st, Object v) {
                            Object[] a = (Object[]) st[0];
                            int at = (Integer) st[1];
                            if (agg) {
                                Values.assignAgg(a[at], v);
                            } else {
                                a[at] = v;
                            }
                        }

                        @Override
                        void store(Frame f, Object v) {
                            SliceVal s = (SliceVal) x.ev(f);
                            long k = i.evI(f);
                            int len = s == null ? 0 : s.len;
                            if (k < 0 || k >= len) {
                                throw in.indexOutOfRange(f, lb, k, len, ix.index);
                            }
                            if (agg) {
                                Values.assignAgg(s.a[s.off + (int) k], v);
                            } else {
                                s.a[s.off + (int) k] = v;
                            }
                        }
                    };
                }
                return new RLV() {
                    @Override
                    public Object[] resolve(Frame f) {
                        ArrayVal a = (ArrayVal) x.ev(f);
                        if (a == null) {
                            throw in.nilDeref(f);
                        }
                        long k = i.evI(f);
                        if (k < 0 || k >= a.a.length) {
                            throw in.indexOutOfRange(f, lb, k, a.a.length, ix.index);
                        }
                        return new Object[]{a.a, (int) k};
                    }

                    @Override
                    public Object loadAt(Frame f, Object[] st) {
                        return ((Object[]) st[0])[(Integer) st[1]];
                    }

                    @Override
                    public void storeAt(Frame f, Object[] st, Object v) {
                        Object[] a = (Object[]) st[0];
                        int at = (Integer) st[1];
                        if (agg) {
                            Values.assignAgg(a[at], v);
                        } else {
                            a[at] = v;
                        }
                    }
                };
            }
            case Star s: {
                Ev p = c.expr(s.x);
                boolean agg = Compiler.isAgg(s.type);
                return new RLV() {
                    @Override
                    public Object[] resolve(Frame f) {
                        Object ptr = p.ev(f);
                        if (ptr == null) {
                            throw in.nilDeref(f);
                        }
                        return new Object[]{ptr};
                    }

                    @Override
                    public Object loadAt(Frame f, Object[] st) {
                        return agg ? st[0] : ((Ptr) st[0]).load();
                    }

                    @Override
                    public void storeAt(Frame f, Object[] st, Object v) {
                        if (agg) {
                            Values.assignAgg(st[0], v);
                        } else {
                            ((Ptr) st[0]).store(v);
                        }
                    }
                };
            }
            default:
                break;
        }
        throw new GoCompileError(e.pos, "unsupported: assignment to " + ExprString.of(e));
    }

    /** &x. */
    static Ev addressOf(Compiler c, Unary u) {
        Expr x = Exprs.unparen(u.x);
        Interp in = c.in;
        Host host = c.host;
        if (x instanceof CompositeLit cl) {
            Ev val = Literals.compile(c, cl);
            long size = cl.type.size();
            Type t = cl.type;
            Pos pos = u.pos;
            // a struct or array is its own pointer; &[]T{...} and &map[K]V{...} point at a new variable
            Ev lit = Compiler.isAgg(t) ? val : new Ev() {
                @Override
                Object ev(Frame f) {
                    return new Values.Cell(val.ev(f));
                }
            };
            if (!c.escapes.heap(u)) {
                return lit;
            }
            return new Ev() {
                @Override
                Object ev(Frame f) {
                    Object v = lit.ev(f);
                    host.onAlloc(f.g, v, size, t, pos);
                    return v;
                }
            };
        }
        boolean agg = Compiler.isAgg(x.type);
        switch (x) {
            case Ident id when id.obj instanceof Var v:
                return agg ? c.varEv(v) : c.cellOf(v);
            case Selector s when s.selection.kind() == SelKind.QUALIFIED && s.selection.qualified() instanceof Var v:
                return agg ? c.varEv(v) : c.cellOf(v);
            case Selector s when s.selection.kind() == SelKind.FIELD: {
                Ev sx = c.expr(s.x);
                int idx = s.selection.field();
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        StructVal sv = (StructVal) sx.ev(f);
                        if (sv == null) {
                            throw in.nilDeref(f);
                        }
                        return agg ? sv.f[idx] : new FieldPtr(sv, idx);
                    }
                };
            }
            case Index ix: {
                LV lv = lvalue(c, ix);
                Resolvable r = (Resolvable) lv;
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object[] st = r.resolve(f);
                        Object[] a = (Object[]) st[0];
                        int at = (Integer) st[1];
                        return agg ? a[at] : new ElemPtr(a, at);
                    }
                };
            }
            case Star s: {
                Ev p = c.expr(s.x);
                return new Ev() {
                    @Override
                    Object ev(Frame f) {
                        Object ptr = p.ev(f);
                        if (ptr == null) {
                            throw in.nilDeref(f);
                        }
                        return ptr;
                    }
                };
            }
            default:
                throw new GoCompileError(u.pos, "unsupported: address of " + ExprString.of(u.x));
        }
    }
}
