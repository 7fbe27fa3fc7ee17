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
 * is {@link Ops}'s, which has the panics and the wraparound of the smaller kinds.
 */
final class Fused {
    private Fused() {
    }

    private static final int ADD = 0;
    private static final int SUB = 1;
    private static final int MUL = 2;
    private static final int AND = 3;
    private static final int OR = 4;
    private static final int XOR = 5;
    private static final int AND_NOT = 6;
    private static final int SHL = 7;
    private static final int SHR = 8;
    private static final int QUO = 9;
    private static final int REM = 10;
    private static final int LSS = 11;
    private static final int LEQ = 12;
    private static final int GTR = 13;
    private static final int GEQ = 14;
    private static final int EQL = 15;
    private static final int NEQ = 16;

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

    /** The fused node for b, or null when b is not of a fused shape. */
    static Ev binary(Compiler c, Binary b) {
        int op = code(b.op);
        if (op < 0) {
            return null;
        }
        Expr x = Exprs.unparen(b.x);
        Expr y = Exprs.unparen(b.y);
        boolean xc = x.cv instanceof BigInteger;
        boolean yc = y.cv instanceof BigInteger;
        if (xc && yc) {
            return null;
        }
        Kind k = Types.kindOf(xc ? y.type : x.type);
        if (k != Kind.INT && k != Kind.INT64) {
            return null;
        }
        long xv = xc ? ((BigInteger) x.cv).longValue() : 0;
        long yv = yc ? ((BigInteger) y.cv).longValue() : 0;
        if ((op == SHL || op == SHR) && !(yc && yv >= 0 && yv < 64)) {
            return null; // a variable count may be negative (a panic) or 64 or more (not Java's shift)
        }
        if ((op == QUO || op == REM) && !(yc && yv != 0)) {
            return null; // a variable divisor may be zero (a panic)
        }
        int xs = xc ? -1 : c.localIntSlot(x);
        int ys = yc ? -1 : c.localIntSlot(y);
        if (!xc && xs < 0 && !yc && ys < 0) {
            return null; // neither operand is a slot or a constant
        }
        Ev xe = xc || xs >= 0 ? null : Exprs.compile(c, b.x);
        Ev ye = yc || ys >= 0 ? null : Exprs.compile(c, b.y);
        return op >= LSS ? comparison(op, xs, xv, xe, ys, yv, ye, xc, yc) : arithmetic(op, xs, xv, xe, ys, yv, ye, xc, yc);
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
