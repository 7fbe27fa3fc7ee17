package gosim.sim.heap;

/**
 * Go's table-driven approximate base-2 logarithm: models runtime/fastlog2.go (fastlog2) and
 * fastlog2table.go. Heap sampling uses it instead of an exact log so that the sample points match
 * Go's bit for bit.
 */
final class FastLog2 {
    /** fastlogNumBits: the top 5 mantissa bits pick a table interval. */
    static final int FASTLOG_NUM_BITS = 5;
    /** fastlogScaleBits: the next 20 mantissa bits interpolate inside it. */
    static final int FASTLOG_SCALE_BITS = 20;
    private static final double FASTLOG_SCALE_RATIO = 1.0 / (1 << FASTLOG_SCALE_BITS);

    /** fastlog2Table: log2(1 + i/32) for i = 0..32, the values Go's generated table holds. */
    static final double[] FASTLOG2_TABLE = {
        0,
        0.0443941193584535,
        0.08746284125033943,
        0.12928301694496647,
        0.16992500144231248,
        0.2094533656289499,
        0.24792751344358555,
        0.28540221886224837,
        0.3219280948873623,
        0.3575520046180837,
        0.39231742277876036,
        0.4262647547020979,
        0.4594316186372973,
        0.4918530963296748,
        0.5235619560570128,
        0.5545888516776374,
        0.5849625007211563,
        0.6147098441152082,
        0.6438561897747247,
        0.6724253419714956,
        0.7004397181410922,
        0.7279204545631992,
        0.7548875021634686,
        0.7813597135246596,
        0.8073549220576042,
        0.8328900141647417,
        0.8579809951275721,
        0.8826430493618412,
        0.9068905956085185,
        0.9307373375628862,
        0.9541963103868752,
        0.9772799234999164,
        1,
    };

    private FastLog2() {
    }

    /** fastlog2(x): exponent plus a linear interpolation between two table entries. */
    public static double fastlog2(double x) {
        long xBits = Double.doubleToRawLongBits(x);
        long xExp = ((xBits >>> 52) & 0x7FF) - 1023;
        int xManIndex = (int) ((xBits >>> (52 - FASTLOG_NUM_BITS)) & ((1 << FASTLOG_NUM_BITS) - 1));
        long xManScale = (xBits >>> (52 - FASTLOG_NUM_BITS - FASTLOG_SCALE_BITS)) & ((1 << FASTLOG_SCALE_BITS) - 1);
        double low = FASTLOG2_TABLE[xManIndex];
        double high = FASTLOG2_TABLE[xManIndex + 1];
        return (double) xExp + low + (high - low) * (double) xManScale * FASTLOG_SCALE_RATIO;
    }
}
