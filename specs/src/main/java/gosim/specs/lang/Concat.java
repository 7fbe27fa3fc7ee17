package gosim.specs.lang;

import gosim.sim.internal.AllocPath;
import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Compiler.Ev;
import java.util.ArrayList;
import java.util.List;

/**
 * String concatenation x + y + z: models go1.7 typecheck.go:722-737 (nested string additions become
 * one OADDSTR with the list of operands), walk.go:2712-2767 addstr (a stack buffer when the result
 * does not escape and the constant operands are under 32 bytes; concatstring2-5, else concatstrings)
 * and runtime/string.go concatstrings with rawstringtmp (one allocation for the whole result, none
 * when at most one operand is non-empty or the result fits the stack buffer). Go 1.19 is the same
 * (walk/expr.go:443-479, string.go:25-57).
 */
final class Concat {
    private Concat() {
    }

    /** The operands of a non-constant string addition, flattened as typecheck does. */
    static List<Expr> operands(Expr e) {
        List<Expr> out = new ArrayList<>();
        flatten(e, out);
        return out;
    }

    private static void flatten(Expr e, List<Expr> out) {
        Expr u = Exprs.unparen(e);
        if (isAddString(u)) {
            Binary b = (Binary) u;
            flatten(b.x, out);
            flatten(b.y, out);
        } else {
            out.add(u);
        }
    }

    /** A string addition that is not a constant (an OADDSTR). */
    static boolean isAddString(Expr e) {
        return e instanceof Binary b && b.op == Tok.ADD && b.cv == null && b.type != null && Types.isString(b.type);
    }

    /** The bytes of the constant operands (addstr's sz: only OLITERALs count). */
    static long literalBytes(List<Expr> ops) {
        long sz = 0;
        for (Expr e : ops) {
            if (e.cv instanceof String s) {
                sz += s.length();
            }
        }
        return sz;
    }

    /**
     * The concatenation of ops' values; escapes: whether the result escapes (addstr's n.Esc !=
     * EscNone); an op-assignment s += t is made after escape analysis and always escapes.
     */
    static Ev compile(Compiler c, List<Ev> vals, long literalBytes, Pos pos, boolean escapes) {
        Host host = c.host;
        boolean buf = !escapes && literalBytes < Escape.TMP_BUF;
        AllocPath path = AllocPath.concat(vals.size(), c.in.version.atLeast(19));
        Ev[] vs = vals.toArray(new Ev[0]);
        return new Ev() {
            @Override
            Object ev(Frame f) {
                String[] a = new String[vs.length];
                int count = 0;
                int idx = 0;
                long l = 0;
                for (int i = 0; i < vs.length; i++) {
                    a[i] = (String) vs[i].ev(f);
                    if (!a[i].isEmpty()) {
                        count++;
                        idx = i;
                        l += a[i].length();
                    }
                }
                if (count == 0) {
                    return "";
                }
                if (count == 1) {
                    return a[idx]; // concatstrings returns the only non-empty operand itself
                }
                StringBuilder sb = new StringBuilder((int) l);
                for (String s : a) {
                    sb.append(s);
                }
                String s = sb.toString();
                if (!buf || l > Escape.TMP_BUF) {
                    host.onAlloc(f.g, s, l, Types.STRING, pos, path); // rawstringtmp's rawstring(l)
                }
                return s;
            }
        };
    }
}
