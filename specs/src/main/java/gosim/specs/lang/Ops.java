package gosim.specs.lang;

import gosim.specs.lang.Compiler.BEv;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.FEv;
import gosim.specs.lang.Compiler.IEv;
import gosim.specs.lang.Types.Kind;

/**
 * Arithmetic, comparison and logical operators on typed operands: models the SSA generic ops
 * (Add64, Div64u, Lsh64x64, Less64U, ...) with Go's wraparound, unsigned division and shift rules,
 * and runtime panics for integer division by zero and negative shift counts.
 */
final class Ops {
    private Ops() {
    }

    static Ev unary(Compiler c, Tok op, Ev x, Type t) {
        Kind k = Types.kindOf(t);
        if (op == Tok.NOT) {
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    return !x.evB(f);
                }
            };
        }
        if (op == Tok.ADD) {
            return x;
        }
        if (k.isComplex()) {
            return Complex.neg(x);
        }
        if (k.isFloat()) {
            return new FEv() {
                @Override
                double evF(Frame f) {
                    return -x.evF(f);
                }
            };
        }
        int shift = 64 - k.bits();
        boolean uns = k.isUnsigned();
        if (op == Tok.SUB) {
            return new IEv() {
                @Override
                long evI(Frame f) {
                    return Interp.wrap(-x.evI(f), shift, uns);
                }
            };
        }
        // ^x
        return new IEv() {
            @Override
            long evI(Frame f) {
                return Interp.wrap(~x.evI(f), shift, uns);
            }
        };
    }

    /**
     * float32 arithmetic: each result is rounded to float32 (the SSA's Add32F and friends). Computing
     * in double and rounding once is exact for + - * / of float32 operands (double has more than
     * 2*24+2 bits), so this is what an FPU's single-precision instruction gives.
     */
    private static Ev float32(Tok op, Ev x, Ev y, Pos pos) {
        return switch (op) {
            case ADD -> new FEv() {
                @Override
                double evF(Frame f) {
                    return (float) (x.evF(f) + y.evF(f));
                }
            };
            case SUB -> new FEv() {
                @Override
                double evF(Frame f) {
                    return (float) (x.evF(f) - y.evF(f));
                }
            };
            case MUL -> new FEv() {
                @Override
                double evF(Frame f) {
                    return (float) (x.evF(f) * y.evF(f));
                }
            };
            case QUO -> new FEv() {
                @Override
                double evF(Frame f) {
                    return (float) (x.evF(f) / y.evF(f));
                }
            };
            default -> throw new GoCompileError(pos, "unsupported: operator " + op.text + " on float32");
        };
    }

    static Ev binary(Compiler c, Tok op, Ev x, Ev y, Type xt, Type yt, Pos pos) {
        return binary(c, op, x, y, xt, yt, pos, true);
    }

    /** heap: whether a string concatenation's result escapes (see {@link Escape}). */
    static Ev binary(Compiler c, Tok op, Ev x, Ev y, Type xt, Type yt, Pos pos, boolean heap) {
        Interp in = c.in;
        switch (op) {
            case LAND:
                return new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evB(f) && y.evB(f);
                    }
                };
            case LOR:
                return new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evB(f) || y.evB(f);
                    }
                };
            case EQL, NEQ, LSS, LEQ, GTR, GEQ:
                return compare(op, x, y, xt, yt);
            default:
                break;
        }
        Kind k = Types.kindOf(xt);
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            return Concat.compile(c, java.util.List.of(x, y), 0, pos, heap);
        }
        if (k != null && k.isComplex()) {
            return Complex.binary(op, x, y, k == Kind.COMPLEX64, in.version.atLeast(9), pos);
        }
        if (k == Kind.FLOAT32) {
            return float32(op, x, y, pos);
        }
        if (k == Kind.FLOAT64 || k == Kind.UNTYPED_FLOAT) {
            return switch (op) {
                case ADD -> new FEv() {
                    @Override
                    double evF(Frame f) {
                        return x.evF(f) + y.evF(f);
                    }
                };
                case SUB -> new FEv() {
                    @Override
                    double evF(Frame f) {
                        return x.evF(f) - y.evF(f);
                    }
                };
                case MUL -> new FEv() {
                    @Override
                    double evF(Frame f) {
                        return x.evF(f) * y.evF(f);
                    }
                };
                case QUO -> new FEv() {
                    @Override
                    double evF(Frame f) {
                        return x.evF(f) / y.evF(f);
                    }
                };
                default -> throw new GoCompileError(pos, "unsupported: operator " + op.text + " on float64");
            };
        }
        int shift = 64 - k.bits();
        boolean uns = k.isUnsigned();
        boolean word = shift == 0;
        switch (op) {
            case ADD:
                if (word) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            return x.evI(f) + y.evI(f);
                        }
                    };
                }
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return Interp.wrap(x.evI(f) + y.evI(f), shift, uns);
                    }
                };
            case SUB:
                if (word) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            return x.evI(f) - y.evI(f);
                        }
                    };
                }
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return Interp.wrap(x.evI(f) - y.evI(f), shift, uns);
                    }
                };
            case MUL:
                if (word) {
                    return new IEv() {
                        @Override
                        long evI(Frame f) {
                            return x.evI(f) * y.evI(f);
                        }
                    };
                }
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return Interp.wrap(x.evI(f) * y.evI(f), shift, uns);
                    }
                };
            case QUO:
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        long a = x.evI(f);
                        long b = y.evI(f);
                        if (b == 0) {
                            throw in.divideByZero(f);
                        }
                        return Interp.wrap(uns ? Long.divideUnsigned(a, b) : a / b, shift, uns);
                    }
                };
            case REM:
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        long a = x.evI(f);
                        long b = y.evI(f);
                        if (b == 0) {
                            throw in.divideByZero(f);
                        }
                        return Interp.wrap(uns ? Long.remainderUnsigned(a, b) : a % b, shift, uns);
                    }
                };
            case AND:
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return x.evI(f) & y.evI(f);
                    }
                };
            case OR:
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return x.evI(f) | y.evI(f);
                    }
                };
            case XOR:
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return Interp.wrap(x.evI(f) ^ y.evI(f), shift, uns);
                    }
                };
            case AND_NOT:
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        return x.evI(f) & ~y.evI(f);
                    }
                };
            case SHL, SHR: {
                boolean countUnsigned = Types.isUnsigned(yt);
                boolean left = op == Tok.SHL;
                return new IEv() {
                    @Override
                    long evI(Frame f) {
                        long a = x.evI(f);
                        long n = y.evI(f);
                        if (n < 0 && !countUnsigned) {
                            throw in.runtimePanic(f, "negative shift amount");
                        }
                        boolean big = n < 0 || n >= 64;
                        if (left) {
                            return big ? 0 : Interp.wrap(a << n, shift, uns);
                        }
                        if (uns) {
                            return big ? 0 : a >>> n;
                        }
                        return big ? (a < 0 ? -1 : 0) : a >> n;
                    }
                };
            }
            default:
                throw new GoCompileError(pos, "unsupported: operator " + op.text);
        }
    }

    private static Ev compare(Tok op, Ev x, Ev y, Type xt, Type yt) {
        Kind k = Types.kindOf(xt);
        if (k != null && k.isComplex()) {
            return Complex.compare(op, x, y);
        }
        if (k != null && k.isInteger()) {
            boolean uns = k.isUnsigned() && k.bits() == 64;
            if (uns) {
                return new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return test(op, Long.compareUnsigned(x.evI(f), y.evI(f)));
                    }
                };
            }
            return switch (op) {
                case LSS -> new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evI(f) < y.evI(f);
                    }
                };
                case LEQ -> new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evI(f) <= y.evI(f);
                    }
                };
                case GTR -> new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evI(f) > y.evI(f);
                    }
                };
                case GEQ -> new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evI(f) >= y.evI(f);
                    }
                };
                case EQL -> new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evI(f) == y.evI(f);
                    }
                };
                default -> new BEv() {
                    @Override
                    boolean evB(Frame f) {
                        return x.evI(f) != y.evI(f);
                    }
                };
            };
        }
        if (k != null && k.isFloat()) {
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    double a = x.evF(f);
                    double b = y.evF(f);
                    return switch (op) {
                        case LSS -> a < b;
                        case LEQ -> a <= b;
                        case GTR -> a > b;
                        case GEQ -> a >= b;
                        case EQL -> a == b;
                        default -> a != b;
                    };
                }
            };
        }
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    String a = (String) x.ev(f);
                    String b = (String) y.ev(f);
                    if (op == Tok.EQL) {
                        return a.equals(b);
                    }
                    if (op == Tok.NEQ) {
                        return !a.equals(b);
                    }
                    return test(op, a.compareTo(b));
                }
            };
        }
        if (k == Kind.BOOL || k == Kind.UNTYPED_BOOL) {
            boolean eq = op == Tok.EQL;
            return new BEv() {
                @Override
                boolean evB(Frame f) {
                    return (x.evB(f) == y.evB(f)) == eq;
                }
            };
        }
        // pointers, channels, interfaces, structs, arrays, nil comparisons
        Type t = Types.isInterface(xt) ? xt : Types.isInterface(yt) ? yt : xt == Types.UNTYPED_NIL ? yt : xt;
        boolean eq = op == Tok.EQL;
        boolean mixed = Types.isInterface(xt) != Types.isInterface(yt) && xt != Types.UNTYPED_NIL
                && yt != Types.UNTYPED_NIL;
        Type concrete = Types.isInterface(xt) ? yt : xt;
        return new BEv() {
            @Override
            boolean evB(Frame f) {
                Object a = x.ev(f);
                Object b = y.ev(f);
                if (mixed) {
                    // interface compared with a concrete value: box the concrete side
                    if (!Types.isInterface(xt)) {
                        a = TypeOps.toIface(a, concrete);
                    } else {
                        b = TypeOps.toIface(b, concrete);
                    }
                }
                return Values.equal(a, b, t) == eq;
            }
        };
    }

    private static boolean test(Tok op, int c) {
        return switch (op) {
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            case EQL -> c == 0;
            default -> c != 0;
        };
    }
}
