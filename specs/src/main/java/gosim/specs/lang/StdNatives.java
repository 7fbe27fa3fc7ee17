package gosim.specs.lang;

import java.util.regex.Pattern;

/**
 * The pure natives of the Go-source standard library: strconv's float conversions (ftoa.go
 * FormatFloat, atof.go ParseFloat) and package math's functions that Go implements in assembly on
 * amd64 or whose correctly rounded results the JDK gives (math/sqrt.go, floor.go, ...). No state.
 */
final class StdNatives {
    private StdNatives() {
    }

    /** strconv.FormatFloat; bitSize 32 rounds to float32 first and takes float32's shortest digits. */
    /** math/rand's rngCooked table (rng.go), kept as data in resource math/rand/rngcooked.txt. */
    static Values.SliceVal rngCooked() {
        Object[] a = RNG_COOKED.clone();
        return new Values.SliceVal(a, 0, a.length, a.length);
    }

    private static final Object[] RNG_COOKED = loadCooked();

    private static Object[] loadCooked() {
        try (java.io.InputStream in = StdNatives.class.getResourceAsStream("/gosim/stdlib/math/rand/rngcooked.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource math/rand/rngcooked.txt");
            }
            Object[] v = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> (Object) Long.parseLong(l.trim()))
                    .toArray();
            if (v.length != 607) {
                throw new IllegalStateException("rngcooked.txt holds " + v.length + " values, want 607");
            }
            return v;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * strconv.FormatFloat (go1.7 and 1.19 ftoa.go genericFtoa): a float32 is rounded first (past its
     * range to ±Inf), Inf and NaN print as such in any format, then 'b', 'x' and 'X' (when hex, from
     * Go 1.13) from the bits, the decimal formats, and "%" and the byte for any other.
     */
    static String formatFloat(double v, char fmt, int prec, int bitSize, boolean hex) {
        boolean f32 = bitSize == 32;
        if (f32) {
            v = (float) v;
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
        }
        if (fmt == 'b' || hex && (fmt == 'x' || fmt == 'X')) {
            return Fmt.binaryFloat(v, fmt, prec, f32);
        }
        if ("eEfgG".indexOf(fmt) < 0) {
            return "%" + fmt; // 'F' too: fmt's %F is its own (formatDigits)
        }
        return Fmt.formatFloat(v, fmt, prec, f32);
    }

    // atof.go's syntax: decimal with optional exponent, hex with a 'p' exponent, inf/infinity/nan
    private static final Pattern DEC = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");

    /** strconv.ParseFloat: {value, 0} or {0, 1} for a syntax error or {±Inf, 2} out of range. */
    static Object[] parseFloat(String s, int bitSize) {
        String t = s; // underscores are strconv.go's (parseFloatText): none reach here
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String mag = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (mag.equals("inf") || mag.equals("infinity")) {
            return new Object[]{neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, 0L};
        }
        if (mag.equals("nan") && lower.equals(mag)) {
            return new Object[]{Double.NaN, 0L};
        }
        double d;
        if (DEC.matcher(t).matches() || HEX.matcher(t).matches()) {
            d = Double.parseDouble(t);
        } else {
            return new Object[]{0.0, 1L};
        }
        if (bitSize == 32) {
            float f = Float.parseFloat(t);
            if (Float.isInfinite(f)) {
                return new Object[]{(double) f, 2L};
            }
            return new Object[]{(double) f, 0L};
        }
        if (Double.isInfinite(d)) {
            return new Object[]{d, 2L};
        }
        return new Object[]{d, 0L};
    }

    /** package math's native functions, by name; null for a name that is not one. */
    static Host.Native math(String name) {
        return switch (name) {
            case "Float64bits" -> (g, a) -> Double.doubleToRawLongBits((Double) a[0]);
            case "Float64frombits" -> (g, a) -> Double.longBitsToDouble((Long) a[0]);
            case "Sqrt" -> f1(Math::sqrt);
            case "Floor" -> f1(Math::floor);
            case "Ceil" -> f1(Math::ceil);
            case "Trunc" -> f1(x -> x < 0 ? Math.ceil(x) : Math.floor(x));
            case "Exp" -> f1(AmdMath::exp);
            case "Log" -> f1(AmdMath::log);
            case "Hypot" -> (g, a) -> AmdMath.hypot((Double) a[0], (Double) a[1]);
            case "FMA" -> (g, a) -> Math.fma((Double) a[0], (Double) a[1], (Double) a[2]);
            case "Float32bits" -> (g, a) -> (long) Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xFFFF_FFFFL;
            case "Float32frombits" -> (g, a) -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]);
            case "Mod" -> (g, a) -> mod((Double) a[0], (Double) a[1]);
            default -> null;
        };
    }

    private static Host.Native f1(java.util.function.DoubleUnaryOperator f) {
        return (g, a) -> f.applyAsDouble((Double) a[0]);
    }

    /**
     * math.Mod (mod.go): the result has x's sign; Java's % on doubles is the same exact IEEE fmod.
     * Go's special cases return its NaN() (bits 0x7FF8000000000001, mod.go:30), not Java's NaN.
     */
    private static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) {
            return Double.longBitsToDouble(0x7FF8000000000001L);
        }
        return x % y;
    }
}
