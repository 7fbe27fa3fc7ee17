package gosim.specs.lang;

/**
 * The package math functions Go 1.19 writes in amd64 assembly, repeated operation by operation so
 * the results have Go's bits: archExp (math/exp_amd64.s, on its FMA path: useFMA is true on a CPU
 * with AVX and FMA, exp_amd64.go), archLog (math/log_amd64.s) and archHypot (math/hypot_amd64.s).
 * StrictMath's fdlibm differs from them in the last bit for some arguments.
 */
final class AmdMath {
    private AmdMath() {
    }

    private static final long SIGN = 1L << 63;
    private static final long POS_INF = 0x7FF0000000000000L;
    private static final long NEG_INF = 0xFFF0000000000000L;
    /** Go's NaN() bits (uvnan), which the assembly returns for a negative Log and a NaN Hypot. */
    private static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    // exp_amd64.s's constants (#define and exprodata)
    private static final double LOG2E = 1.4426950408889634073599246810018920;
    private static final double LN2U = 0.69314718055966295651160180568695068359375;
    private static final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double OVERFLOW = 7.09782712893384e+02;
    /** The Taylor coefficients 1/24 ... 1/40320 at exprodata+32..+64, highest last. */
    private static final double[] TAYLOR = {4.1666666666666666667e-2, 8.3333333333333333333e-3,
        1.3888888888888888889e-3, 1.9841269841269841270e-4, 2.4801587301587301587e-5};

    /**
     * archExp: x = k*ln2 + r (k by CVTSD2SL, round to nearest), r/16 through a Taylor polynomial
     * giving e**(r/16)-1, squared back four times by y = y*(y+2), then 1 added and k put in the
     * exponent by one or two multiplications.
     */
    static double exp(double x) {
        long bx = Double.doubleToRawLongBits(x);
        if ((bx & ~SIGN) >= POS_INF) {
            return bx == NEG_INF ? 0 : x;
        }
        if (x > OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        int k = cvtsd2sl(LOG2E * x);
        double kf = k;
        double r = Math.fma(-kf, LN2U, x); // VFNMADD231SD
        r = Math.fma(-kf, LN2L, r);
        r *= 0.0625;
        double p = TAYLOR[4];
        for (int i = 3; i >= 0; i--) {
            p = Math.fma(p, r, TAYLOR[i]); // VFMADD213SD
        }
        p = Math.fma(p, r, 1.6666666666666666667e-1);
        p = Math.fma(p, r, 0.5);
        p = Math.fma(p, r, 1.0);
        double y = r * p;
        for (int i = 0; i < 3; i++) {
            y *= y + 2.0;
        }
        y = Math.fma(y + 2.0, y, 1.0);
        int e = k + 0x3FF;
        if (e <= 0) { // denormal: two steps, so the result rounds once
            if (e < -52) {
                return 0;
            }
            y *= Double.longBitsToDouble((long) (e + 0x3FE) << 52);
            e = 1;
        } else if (e >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return y * Double.longBitsToDouble((long) e << 52);
    }

    /** CVTSD2SL: round to nearest even; out of int32 range (or NaN) the "integer indefinite" 0x80000000. */
    private static int cvtsd2sl(double v) {
        double r = Math.rint(v);
        if (!(r >= Integer.MIN_VALUE && r <= Integer.MAX_VALUE)) {
            return Integer.MIN_VALUE;
        }
        return (int) r;
    }

    // log_amd64.s's constants
    private static final double HSQRT2 = 7.07106781186547524401e-01;
    private static final double LN2HI = 6.93147180369123816490e-01;
    private static final double LN2LO = 1.90821492927058770002e-10;
    private static final double L1 = 6.666666666666735130e-01;
    private static final double L2 = 3.999999999940941908e-01;
    private static final double L3 = 2.857142874366239149e-01;
    private static final double L4 = 2.222219843214978396e-01;
    private static final double L5 = 1.818357216161805012e-01;
    private static final double L6 = 1.531383769920937332e-01;
    private static final double L7 = 1.479819860511658591e-01;

    /**
     * archLog: log.go's algorithm with Frexp done on the bits directly, so a subnormal x is taken
     * as if its exponent were -1022 (the assembly does not normalize it first), and f1 is doubled
     * when f1 <= Sqrt2/2 (CMPSD's not-less-than).
     */
    static double log(double x) {
        long bx = Double.doubleToRawLongBits(x);
        if ((bx & ~SIGN) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (bx < 0) {
            return NAN;
        }
        if (bx >= POS_INF) {
            return x;
        }
        double f1 = Double.longBitsToDouble((bx & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (int) ((bx >>> 52) & 0x7FF) - 0x3FE;
        if (!(HSQRT2 < f1)) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
        double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
        double bigR = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * LN2HI - ((hfsq - (s * (hfsq + bigR) + k * LN2LO)) - f);
    }

    /** archHypot: max * sqrt(1 + (min/max)**2) on the magnitudes; Inf wins over NaN. */
    static double hypot(double p, double q) {
        long bp = Double.doubleToRawLongBits(p) & ~SIGN;
        long bq = Double.doubleToRawLongBits(q) & ~SIGN;
        if (bp >= POS_INF || bq >= POS_INF) {
            return bp == POS_INF || bq == POS_INF ? Double.POSITIVE_INFINITY : NAN;
        }
        if ((bp | bq) == 0) {
            return 0;
        }
        double a = Double.longBitsToDouble(bp);
        double b = Double.longBitsToDouble(bq);
        double max = Math.max(a, b);
        double r = Math.min(a, b) / max;
        return max * Math.sqrt(r * r + 1.0);
    }
}
