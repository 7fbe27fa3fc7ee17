package gosim.specs.lang;

import gosim.specs.lang.Types.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Constant arithmetic: models go/constant (BinaryOp, UnaryOp, Compare, Shift) and go/types'
 * representable check. Integers are BigInteger (exact, as untyped constants must be); untyped floats
 * are exact rationals ({@link Rat}, go/constant's ratVal: 1e1000 / 1e999 is 10, 0.1 + 0.2 == 0.3);
 * typed floats are Double (go/types rounds a typed constant to its type after each operation, and
 * IEEE arithmetic on doubles is that exact-then-round); complex constants {@link Cplx}, two exact
 * rationals (go/constant's complexVal), rounded part by part to a typed complex's float size;
 * strings byte strings, booleans Boolean. A float literal too large or small for an exact rational
 * is a {@link Huge}, go/constant's floatVal.
 */
final class Constants {
    private Constants() {
    }

    /** Shifts larger than this are rejected as the compiler's limit on constant size. */
    static final int MAX_SHIFT = 1023;

    /** An exact rational num/den, den > 0, in lowest terms. */
    record Rat(BigInteger num, BigInteger den) {
        static Rat of(BigInteger n, BigInteger d) {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            return g.equals(BigInteger.ONE) || g.signum() == 0 ? new Rat(n, d) : new Rat(n.divide(g), d.divide(g));
        }

        static Rat of(BigDecimal b) {
            return b.scale() <= 0 ? new Rat(b.toBigIntegerExact(), BigInteger.ONE)
                    : of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
        }

        boolean isInt() {
            return den.equals(BigInteger.ONE);
        }

        /** The nearest double (ties to even). */
        double toDouble() {
            return isInt() ? num.doubleValue() : round(false);
        }

        /** The nearest float32 (ties to even), rounded once from the exact value. */
        float toFloat() {
            return isInt() ? num.floatValue() : (float) round(true);
        }

        /**
         * Rounds the exact value once, half to even, to the precision the result has at its
         * magnitude: 53 bits (24 for float32), fewer in the subnormal range, whose last bit is
         * worth 2^-1074 (2^-149), as go/constant's Float64Val does via big.Float (so the constant
         * 2.2250738585072011e-308 is the largest subnormal; fixedbugs/bug321.go).
         */
        private double round(boolean f32) {
            if (num.signum() == 0) {
                return 0;
            }
            BigInteger n = num.abs();
            BigInteger d = den;
            int e = n.bitLength() - d.bitLength();
            if ((e >= 0 ? n.compareTo(d.shiftLeft(e)) : n.shiftLeft(-e).compareTo(d)) < 0) {
                e--; // now 2^e <= |v| < 2^(e+1)
            }
            int ulp = f32 ? Math.max(e - 23, -149) : Math.max(e - 52, -1074);
            if (ulp < 0) {
                n = n.shiftLeft(-ulp);
            } else {
                d = d.shiftLeft(ulp);
            }
            BigInteger[] qr = n.divideAndRemainder(d);
            BigInteger q = qr[0];
            int half = qr[1].shiftLeft(1).compareTo(d);
            if (half > 0 || half == 0 && q.testBit(0)) {
                q = q.add(BigInteger.ONE);
            }
            // q has at most 54 bits (25): exact as a double (float), and so is the scaling
            double r = f32 ? Math.scalb(q.floatValue(), ulp) : Math.scalb(q.doubleValue(), ulp);
            // a constant has no negative zero: -1e-10000 underflows to +0 (fixedbugs/issue12621.go)
            return num.signum() < 0 && r != 0 ? -r : r;
        }

        /** Six significant digits, for messages beyond float64's range. */
        BigDecimal decimal() {
            return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(6, RoundingMode.HALF_EVEN));
        }

        Rat add(Rat o) {
            return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Rat sub(Rat o) {
            return add(new Rat(o.num.negate(), o.den));
        }

        Rat mul(Rat o) {
            return of(num.multiply(o.num), den.multiply(o.den));
        }

        Rat quo(Rat o) {
            return of(num.multiply(o.den), den.multiply(o.num));
        }

        int compareTo(Rat o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    /**
     * An untyped float whose literal's decimal exponent is beyond {@link #MAX_LITERAL_EXP}: go/constant
     * keeps a literal beyond 2^±4096 as a floatVal, a big.Float of 512 bits, and computes on it in
     * floats (go1.19 go/constant/value.go makeFloatFromLiteral, smallFloat, maxExp; fixedbugs/issue11326b.go
     * divides 1e646456992 by 1e646456991). Here a BigDecimal of {@link #HUGE_DIGITS} significant digits
     * (512 bits are 154.1 digits), never zero; arithmetic with any Huge operand is Huge's.
     */
    record Huge(BigDecimal v) {
        static final MathContext MC = new MathContext(HUGE_DIGITS, RoundingMode.HALF_EVEN);

        /** x as a decimal of Huge's precision (an exact rational divided out, rounded). */
        static BigDecimal of(Object x) {
            return switch (x) {
                case Huge h -> h.v;
                case BigInteger b -> new BigDecimal(b, MC);
                case Rat r -> new BigDecimal(r.num).divide(new BigDecimal(r.den), MC);
                case Cplx c -> of(c.re);
                default -> new BigDecimal((Double) x, MC);
            };
        }

        /** The result of an operation: 0 as an exact zero (go/constant makeFloat's floatVal0), else Huge. */
        static Object make(BigDecimal v) {
            return v.signum() == 0 ? Cplx.ZERO : new Huge(v);
        }

        /** The decimal exponent of its leading digit. */
        long exp10() {
            return (long) v.precision() - v.scale() - 1;
        }
    }

    /** Significant decimal digits of a {@link Huge}: at least big.Float's 512 bits (go/constant value.go prec). */
    static final int HUGE_DIGITS = 155;

    /** A complex constant re + im*i with exact parts. */
    record Cplx(Rat re, Rat im) {
        static final Rat ZERO = new Rat(BigInteger.ZERO, BigInteger.ONE);

        Cplx neg() {
            return new Cplx(new Rat(re.num.negate(), re.den), new Rat(im.num.negate(), im.den));
        }
    }

    static Cplx cplx(Object v) {
        return v instanceof Cplx c ? c : new Cplx(rat(v), Cplx.ZERO);
    }

    /** Literal exponents beyond this make a {@link Huge}: the exact rational would take too long to compute. */
    static final int MAX_LITERAL_EXP = 20000;

    static Rat rat(Object v) {
        return switch (v) {
            case Rat r -> r;
            case Cplx c -> c.re;
            case BigInteger b -> new Rat(b, BigInteger.ONE);
            // only a complex part asks this of a Huge: a tiny one is 0, a vast one saturates at 10^MAX_LITERAL_EXP,
            // still beyond every float type's range (an approximation: go/constant's complexVal keeps floatVals)
            case Huge h -> h.exp10() < 0 ? Cplx.ZERO : Rat.of(BigDecimal.ONE.scaleByPowerOfTen(MAX_LITERAL_EXP)
                    .multiply(BigDecimal.valueOf(h.v.signum())));
            default -> Rat.of(new BigDecimal((Double) v));
        };
    }

    static boolean isZero(Object v) {
        return v instanceof BigInteger b && b.signum() == 0 || v instanceof Double d && d == 0.0
                || v instanceof Rat r && r.num.signum() == 0
                || v instanceof Cplx c && c.re.num.signum() == 0 && c.im.num.signum() == 0;
    }

    /** Whether a numeric constant has an integer value (an untyped float such as 2.0 may be used as an int). */
    static boolean integral(Object v) {
        return v instanceof BigInteger || v instanceof Double d && d == Math.rint(d) && !d.isInfinite()
                || v instanceof Rat r && r.isInt() || v instanceof Cplx c && c.im.num.signum() == 0 && c.re.isInt()
                || v instanceof Huge h && h.exp10() > 0 && h.v.stripTrailingZeros().scale() <= 0;
    }

    /** The integer value of an integral constant. */
    static BigInteger toInt(Object v) {
        return switch (v) {
            case BigInteger b -> b;
            case Rat r -> r.num;
            case Cplx c -> c.re.num;
            // an integral Huge is beyond every integer type: 10^MAX_LITERAL_EXP overflows them all as well
            case Huge h -> BigInteger.TEN.pow(MAX_LITERAL_EXP).multiply(BigInteger.valueOf(h.v.signum()));
            default -> new BigDecimal((Double) v).toBigIntegerExact();
        };
    }

    static boolean isNumber(Object v) {
        return v instanceof BigInteger || v instanceof Double || v instanceof Rat || v instanceof Cplx || v instanceof Huge;
    }

    static String format(Object v) {
        if (v instanceof String s) {
            return Fmt.quote(s);
        }
        if (v instanceof Double d) {
            return Fmt.formatFloat(d, 'g', 6); // go/constant floatVal.String: %.6g
        }
        if (v instanceof Cplx c) {
            return "(" + format(c.re) + " + " + format(c.im) + "i)"; // go/constant complexVal.String
        }
        if (v instanceof Rat r) {
            if (r.num.signum() == 0) {
                return "0"; // go/constant keeps a zero as int64Val 0
            }
            double d = r.toDouble(); // ratVal.String is rtof(x).String(): %.6g, whole or not
            if (d != 0 && !Double.isInfinite(d)) {
                return Fmt.formatFloat(d, 'g', 6);
            }
            return formatDecimal(r.decimal());
        }
        if (v instanceof Huge h) {
            double d = h.v.doubleValue();
            return d != 0 && !Double.isInfinite(d) ? Fmt.formatFloat(d, 'g', 6)
                    : formatDecimal(h.v.round(new MathContext(6, RoundingMode.HALF_EVEN)));
        }
        return String.valueOf(v);
    }

    /** A value beyond float64's range as go/constant prints it: %.6ge%+d of the decimal mantissa and exponent. */
    private static String formatDecimal(BigDecimal six) {
        BigDecimal b = six.stripTrailingZeros();
        String digs = b.unscaledValue().abs().toString();
        long e = (long) digs.length() - b.scale() - 1;
        String m = digs.length() == 1 ? digs : digs.charAt(0) + "." + digs.substring(1);
        return (b.signum() < 0 ? "-" : "") + m + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    static double toDouble(Object v) {
        return switch (v) {
            case BigInteger b -> b.doubleValue();
            case Rat r -> r.toDouble();
            case Cplx c -> c.re.toDouble();
            case Huge h -> h.v.doubleValue() + 0.0; // rounded once; an underflow is +0 (no negative zero)
            default -> (Double) v;
        };
    }

    static Object unary(Tok op, Object v, Type t) {
        switch (op) {
            case ADD:
                return v;
            case SUB:
                if (v instanceof Cplx c) {
                    return c.neg();
                }
                return v instanceof BigInteger b ? wrapTyped(b.negate(), t)
                        : v instanceof Rat r ? new Rat(r.num.negate(), r.den)
                        : v instanceof Huge h ? new Huge(h.v.negate()) : (Object) (0.0 - (Double) v);
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
        if ((x instanceof Huge || y instanceof Huge) && Types.isUntyped(t) && !Types.isComplex(t)) {
            BigDecimal a = Huge.of(x);
            BigDecimal b = Huge.of(y);
            return Huge.make(switch (op) {
                case ADD -> a.add(b, Huge.MC);
                case SUB -> a.subtract(b, Huge.MC);
                case MUL -> a.multiply(b, Huge.MC);
                case QUO -> a.divide(b, Huge.MC);
                default -> throw new IllegalStateException("binary " + op + " on floats");
            });
        }
        if (x instanceof Cplx || y instanceof Cplx || Types.isComplex(t)) {
            return complexOp(op, cplx(x), cplx(y)); // a typed result is rounded by the representable check
        }
        boolean intDiv = Types.isInteger(t);
        boolean exact = Types.isUntyped(t);
        if (op == Tok.QUO && !intDiv && exact && x instanceof BigInteger && y instanceof BigInteger) {
            return rat(x).quo(rat(y));
        }
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
            BigInteger a = toInt(x);
            int n = toInt(y).intValue();
            return op == Tok.SHL ? a.shiftLeft(n) : a.shiftRight(n);
        }
        if (exact) {
            Rat a = rat(x);
            Rat b = rat(y);
            return switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.sub(b);
                case MUL -> a.mul(b);
                case QUO -> a.quo(b);
                default -> throw new IllegalStateException("binary " + op + " on floats");
            };
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
        // typed constants are exact values rounded, never -0: -float64(0) and -1.0 * 0 are +0
        // (go/constant has no signed zero; fixedbugs/bug434.go)
        r = r == 0 ? 0.0 : r;
        return Types.kindOf(t) == Kind.FLOAT32 ? (double) (float) r : r;
    }

    /** Exact complex + - * / (go/constant BinaryOp on complexVal); the divisor is non-zero (checked before). */
    private static Cplx complexOp(Tok op, Cplx x, Cplx y) {
        Rat a = x.re;
        Rat b = x.im;
        Rat c = y.re;
        Rat d = y.im;
        return switch (op) {
            case ADD -> new Cplx(a.add(c), b.add(d));
            case SUB -> new Cplx(a.sub(c), b.sub(d));
            case MUL -> new Cplx(a.mul(c).sub(b.mul(d)), a.mul(d).add(b.mul(c)));
            case QUO -> {
                Rat s = c.mul(c).add(d.mul(d));
                yield new Cplx(a.mul(c).add(b.mul(d)).quo(s), b.mul(c).sub(a.mul(d)).quo(s));
            }
            default -> throw new IllegalStateException("binary " + op + " on complex");
        };
    }

    /** Each part rounded to float64 (float32 when f32) as go/types roundFloat64/32 do, or null on overflow. */
    static Cplx round(Cplx c, boolean f32) {
        double re = f32 ? c.re.toFloat() : c.re.toDouble();
        double im = f32 ? c.im.toFloat() : c.im.toDouble();
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return null;
        }
        return new Cplx(Rat.of(new BigDecimal(re)), Rat.of(new BigDecimal(im)));
    }

    static Boolean compare(Tok op, Object x, Object y, Type t) {
        int c;
        if (x instanceof Cplx || y instanceof Cplx) {
            Cplx a = cplx(x);
            Cplx b = cplx(y);
            c = a.re.compareTo(b.re) == 0 && a.im.compareTo(b.im) == 0 ? 0 : 1;
        } else if (x instanceof String a && y instanceof String b) {
            c = a.compareTo(b);
        } else if (x instanceof Boolean a && y instanceof Boolean b) {
            c = a.equals(b) ? 0 : 1;
        } else if (x instanceof BigInteger a && y instanceof BigInteger b) {
            c = a.compareTo(b);
        } else if (x instanceof Huge || y instanceof Huge) {
            c = Huge.of(x).compareTo(Huge.of(y));
        } else if (x instanceof Rat || y instanceof Rat) {
            c = rat(x).compareTo(rat(y));
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
        if (k.isComplex()) {
            return !isNumber(v) ? null : k == Kind.UNTYPED_COMPLEX ? cplx(v) : round(cplx(v), k == Kind.COMPLEX64);
        }
        if (v instanceof Cplx c && c.im.num.signum() != 0) {
            return null; // go/types: a complex constant with an imaginary part is no real number
        }
        if (k.isInteger()) {
            if (!isNumber(v) || !integral(v)) {
                return null;
            }
            BigInteger b = toInt(v);
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
            // go/types roundFloat32: the value rounded to float32 once (not through float64), unless that overflows
            if (!isNumber(v)) {
                return null;
            }
            float r = v instanceof Double d ? (float) (double) d : v instanceof Huge h ? h.v.floatValue() + 0.0f : rat(v).toFloat();
            return Float.isInfinite(r) ? null : (Object) (double) r;
        }
        if (k == Kind.UNTYPED_FLOAT) {
            return v instanceof Huge ? v : isNumber(v) ? rat(v) : null;
        }
        if (k == Kind.FLOAT64) {
            if (!isNumber(v)) {
                return null;
            }
            double d = toDouble(v);
            return Double.isInfinite(d) ? null : d;
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
