package gosim.specs.lang;

import gosim.specs.lang.Types.Kind;
import java.math.BigInteger;

/**
 * Constant arithmetic: models go/constant (BinaryOp, UnaryOp, Compare, Shift) and go/types'
 * representable check. Integers are BigInteger (exact, as untyped constants must be), floats double,
 * strings byte strings, booleans Boolean.
 */
final class Constants {
    private Constants() {
    }

    /** Shifts larger than this are rejected as the compiler's limit on constant size. */
    static final int MAX_SHIFT = 1023;

    static boolean isZero(Object v) {
        return v instanceof BigInteger b && b.signum() == 0 || v instanceof Double d && d == 0.0;
    }

    static String format(Object v) {
        if (v instanceof String s) {
            return Fmt.quote(s);
        }
        if (v instanceof Double d) {
            return Fmt.formatFloat(d, 'g', 6); // go/constant floatVal.String: %.6g
        }
        return String.valueOf(v);
    }

    private static double toDouble(Object v) {
        return v instanceof BigInteger b ? b.doubleValue() : (Double) v;
    }

    static Object unary(Tok op, Object v, Type t) {
        switch (op) {
            case ADD:
                return v;
            case SUB:
                return v instanceof BigInteger b ? wrapTyped(b.negate(), t) : (Object) (-(Double) v);
            case NOT:
                return !(Boolean) v;
            case XOR: {
                BigInteger b = (BigInteger) v;
                Kind k = Types.kindOf(t);
                if (k != null && k.isUnsigned()) {
                    BigInteger mask = BigInteger.ONE.shiftLeft(k.bits()).subtract(BigInteger.ONE);
                    return b.xor(mask);
                }
                return b.not();
            }
            default:
                throw new IllegalStateException("unary " + op);
        }
    }

    private static Object wrapTyped(BigInteger b, Type t) {
        return b;
    }

    static Object binary(Tok op, Object x, Object y, Type t) {
        if (x instanceof String a && y instanceof String b) {
            return a + b;
        }
        if (x instanceof Boolean a && y instanceof Boolean b) {
            return op == Tok.LAND ? a && b : a || b;
        }
        boolean intDiv = Types.isInteger(t);
        if (x instanceof BigInteger a && y instanceof BigInteger b) {
            return switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                case MUL -> a.multiply(b);
                case QUO -> intDiv ? a.divide(b) : (Object) (a.doubleValue() / b.doubleValue());
                case REM -> a.remainder(b);
                case AND -> a.and(b);
                case OR -> a.or(b);
                case XOR -> a.xor(b);
                case AND_NOT -> a.andNot(b);
                case SHL -> a.shiftLeft(Math.min(b.intValue(), MAX_SHIFT));
                case SHR -> a.shiftRight(Math.min(b.intValue(), MAX_SHIFT));
                default -> throw new IllegalStateException("binary " + op);
            };
        }
        if (op == Tok.SHL || op == Tok.SHR) {
            BigInteger a = x instanceof BigInteger bi ? bi : java.math.BigDecimal.valueOf((Double) x).toBigInteger();
            int n = ((BigInteger) y).intValue();
            return op == Tok.SHL ? a.shiftLeft(n) : a.shiftRight(n);
        }
        double a = toDouble(x);
        double b = toDouble(y);
        double r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case QUO -> a / b;
            default -> throw new IllegalStateException("binary " + op + " on floats");
        };
        return Types.kindOf(t) == Kind.FLOAT32 ? (double) (float) r : r;
    }

    static Boolean compare(Tok op, Object x, Object y, Type t) {
        int c;
        if (x instanceof String a && y instanceof String b) {
            c = a.compareTo(b);
        } else if (x instanceof Boolean a && y instanceof Boolean b) {
            c = a.equals(b) ? 0 : 1;
        } else if (x instanceof BigInteger a && y instanceof BigInteger b) {
            c = a.compareTo(b);
        } else {
            c = Double.compare(toDouble(x), toDouble(y));
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> throw new IllegalStateException("compare " + op);
        };
    }

    /** v as a constant of kind k, or null when it does not fit (overflow, truncation, wrong kind). */
    static Object represent(Object v, Kind k) {
        if (k.isInteger()) {
            BigInteger b;
            if (v instanceof BigInteger bi) {
                b = bi;
            } else if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
                b = java.math.BigDecimal.valueOf(d).toBigInteger();
            } else {
                return null;
            }
            if (k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE) {
                return b;
            }
            int bits = k.bits();
            BigInteger min;
            BigInteger max;
            if (k.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            }
            return b.compareTo(min) >= 0 && b.compareTo(max) <= 0 ? b : null;
        }
        if (k == Kind.FLOAT32) {
            // go/types roundFloat32: the value rounded to float32, unless that overflows
            Object d = represent(v, Kind.FLOAT64);
            if (d == null) {
                return null;
            }
            float r = (float) (double) (Double) d;
            return Float.isInfinite(r) ? null : (Object) (double) r;
        }
        if (k == Kind.FLOAT64 || k == Kind.UNTYPED_FLOAT) {
            if (v instanceof BigInteger bi) {
                double d = bi.doubleValue();
                return Double.isInfinite(d) ? null : d;
            }
            return v instanceof Double ? v : null;
        }
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            return v instanceof String ? v : null;
        }
        if (k == Kind.BOOL || k == Kind.UNTYPED_BOOL) {
            return v instanceof Boolean ? v : null;
        }
        return null;
    }
}
