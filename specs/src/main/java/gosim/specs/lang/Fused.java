package gosim.specs.lang;

import gosim.specs.lang.Ast.Binary;
import gosim.specs.lang.Ast.Expr;
import gosim.specs.lang.Compiler.BEv;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.Kind;
import java.math.BigInteger;

/**
 * Superinstructions for the commonest operators on Go's int and int64 (what cmd/compile's SSA
 * backend does when it folds an operand into the instruction, as in ADDQ $3, AX): when an operand is
 * a local variable's slot or a constant, the node reads it itself instead of calling an evaluator
 * for it, so a closure tree has fewer virtual calls per operation. Only the cases whose Go meaning
 * is Java's are fused (constant shift counts below 64, constant non-zero divisors); everything else
 * is {@link Ops}'s, which has the panics and the wraparound of the smaller kinds. By default a
 * fused operator and the fused operators under it become one {@link Bytecode} class; the
 * closure nodes here remain for -Dgosim.closures=true.
 */
final class Fused {
    private Fused() {
    }

    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int AND = 3;
    static final int OR = 4;
    static final int XOR = 5;
    static final int AND_NOT = 6;
    static final int SHL = 7;
    static final int SHR = 8;
    static final int QUO = 9;
    static final int REM = 10;
    static final int LSS = 11;
    static final int LEQ = 12;
    static final int GTR = 13;
    static final int GEQ = 14;
    static final int EQL = 15;
    static final int NEQ = 16;

    private static int code(Tok op) {
        return switch (op) {
            case ADD -> ADD;
            case SUB -> SUB;
            case MUL -> MUL;
            case AND -> AND;
            case OR -> OR;
            case XOR -> XOR;
            case AND_NOT -> AND_NOT;
            case SHL -> SHL;
            case SHR -> SHR;
            case QUO -> QUO;
            case REM -> REM;
            case LSS -> LSS;
            case LEQ -> LEQ;
            case GTR -> GTR;
            case GEQ -> GEQ;
            case EQL -> EQL;
            case NEQ -> NEQ;
            default -> -1;
        };
    }

    static long arith(int op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case AND_NOT -> a & ~b;
            case SHL -> a << b;
            case SHR -> a >> b;
            case QUO -> a / b;
            default -> a % b;
        };
    }

    static boolean compare(int op, long a, long b) {
        return switch (op) {
            case LSS -> a < b;
            case LEQ -> a <= b;
            case GTR -> a > b;
            case GEQ -> a >= b;
            case EQL -> a == b;
            default -> a != b;
        };
    }

    /**
     * The node for b, or null when b is not of a fused shape: a Bytecode tree of b and the fused
     * operators below it, or (with -Dgosim.closures=true, see Compiler.bytecode) one of the closure
     * nodes below.
     */
    static Ev binary(Compiler c, Binary b) {
        int op = code(b.op);
        if (op < 0 || !(op >= LSS ? compares(b) : fits(b))) {
            return null;
        }
        Expr x = Exprs.unparen(b.x);
        Expr y = Exprs.unparen(b.y);
        if (c.bytecode()) {
            return op >= LSS ? Bytecode.compile(node(c, x), op, node(c, y)) : Bytecode.compile(node(c, b), -1, null);
        }
        boolean xc = x.cv instanceof BigInteger;
        boolean yc = y.cv instanceof BigInteger;
        long xv = xc ? ((BigInteger) x.cv).longValue() : 0;
        long yv = yc ? ((BigInteger) y.cv).longValue() : 0;
        int xs = xc ? -1 : c.localIntSlot(x);
        int ys = yc ? -1 : c.localIntSlot(y);
        if (!xc && xs < 0 && !yc && ys < 0) {
            return null; // neither operand is a slot or a constant
        }
        Ev xe = xc || xs >= 0 ? null : Exprs.compile(c, b.x);
        Ev ye = yc || ys >= 0 ? null : Exprs.compile(c, b.y);
        return op >= LSS ? comparison(op, xs, xv, xe, ys, yv, ye, xc, yc) : arithmetic(op, xs, xv, xe, ys, yv, ye, xc, yc);
    }

    /**
     * Whether b is an operator of Bytecode's trees: the fused operators on int and int64 whose Go
     * meaning is Java's (the same conditions as the closure nodes below, any operands).
     */
    private static boolean fits(Binary b) {
        int op = code(b.op);
        if (op < 0 || op >= LSS) {
            return false;
        }
        Expr x = Exprs.unparen(b.x);
        Expr y = Exprs.unparen(b.y);
        boolean xc = x.cv instanceof BigInteger;
        boolean yc = y.cv instanceof BigInteger;
        Kind k = Types.kindOf(xc ? y.type : x.type);
        if (xc && yc || k != Kind.INT && k != Kind.INT64) {
            return false;
        }
        long yv = yc ? ((BigInteger) y.cv).longValue() : 0;
        if (op == SHL || op == SHR) {
            return yc && yv >= 0 && yv < 64;
        }
        return op != QUO && op != REM || yc && yv != 0;
    }

    /** Whether b compares two int or int64 operands (each a tree). */
    private static boolean compares(Binary b) {
        Expr x = Exprs.unparen(b.x);
        Expr y = Exprs.unparen(b.y);
        boolean xc = x.cv instanceof BigInteger;
        boolean yc = y.cv instanceof BigInteger;
        Kind k = Types.kindOf(xc ? y.type : x.type);
        return !(xc && yc) && (k == Kind.INT || k == Kind.INT64);
    }

    /**
     * For a function that is only {@code return e}: e as a method of the int parameters in
     * paramSlots (Bytecode.pure), or null when e has operands other than those and constants.
     */
    static Bytecode.Pure pure(Compiler c, Expr e, int[] paramSlots) {
        Bytecode.Node tree = node(c, e, false);
        return tree instanceof Bytecode.Op ? Bytecode.pure(tree, paramSlots) : null;
    }

    private static Bytecode.Node node(Compiler c, Expr e) {
        return node(c, e, true);
    }

    /**
     * e as a node of a Bytecode tree: evaluated operands (leaves) are compiled here, left to right;
     * without leaves, null when e needs one.
     */
    private static Bytecode.Node node(Compiler c, Expr e, boolean leaves) {
        e = Exprs.unparen(e);
        if (e.cv instanceof BigInteger v) {
            return new Bytecode.Const(v.longValue());
        }
        int s = c.localIntSlot(e);
        if (s >= 0) {
            return new Bytecode.Slot(s);
        }
        if (e instanceof Binary b && fits(b)) {
            Bytecode.Node x = node(c, b.x, leaves);
            Bytecode.Node y = x == null ? null : node(c, b.y, leaves);
            return y == null ? null : new Bytecode.Op(code(b.op), x, y);
        }
        return leaves ? new Bytecode.Leaf(Exprs.compile(c, e)) : null;
    }

    private static Ev arithmetic(int op, int xs, long xv, Ev xe, int ys, long yv, Ev ye, boolean xc, boolean yc) {
        if (xs >= 0 && ys >= 0) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return arith(op, f.l[xs], f.l[ys]);
                }
            };
        }
        if (xs >= 0 && yc) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return arith(op, f.l[xs], yv);
                }
            };
        }
        if (xs >= 0) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    long a = f.l[xs];
                    return arith(op, a, ye.evI(f));
                }
            };
        }
        if (yc) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return arith(op, xe.evI(f), yv);
                }
            };
        }
        if (xc) {
            Ev r = ye != null ? ye : local(ys);
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return arith(op, xv, r.evI(f));
                }
            };
        }
        return new IEv() {
            @Override
            long evI(Frame f) {
                long a = xe.evI(f);
                return arith(op, a, f.l[ys]);
            }
        };
    }

    private static Ev comparison(int op, int xs, long xv, Ev xe, int ys, long yv, Ev ye, boolean xc, boolean yc) {
        if (xs >= 0 && ys >= 0) {
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    return compare(op, f.l[xs], f.l[ys]);
                }
            };
        }
        if (xs >= 0 && yc) {
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    return compare(op, f.l[xs], yv);
                }
            };
        }
        if (yc) {
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    return compare(op, xe.evI(f), yv);
                }
            };
        }
        Ev l = xs >= 0 ? local(xs) : xc ? Exprs.constant(BigInteger.valueOf(xv), Types.INT) : xe;
        Ev r = ys >= 0 ? local(ys) : ye;
        return new BEv() {
            @Override
            boolean evB(Frame f) {
                long a = l.evI(f);
                return compare(op, a, r.evI(f));
            }
        };
    }

    private static Ev local(int slot) {
        return new IEv() {
            @Override
            long evI(Frame f) {
                return f.l[slot];
            }
        };
    }
}
