package gosim.specs.lang;

import gosim.specs.lang.Compiler.BEv;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.FEv;
import gosim.specs.lang.Types.Kind;

/**
 * A complex64 or complex128 value at run time and its operators: models the SSA's complex ops (a
 * complex is two floats; + - * on the parts, a complex64's parts rounded to float32 after each
 * operation) and runtime/complex.go complex128div, which both complex sizes divide with: go1.7's,
 * or from Go 1.9 on the C99 one (commit 16200c7333 "runtime: make complex division c99 compatible").
 * Equality is Go's ==, part by part (+0 == -0, NaN != NaN), not the record's equals.
 */
record Complex(double re, double im) {
    static final Complex ZERO = new Complex(0, 0);

    /** The value with both parts rounded to float32 (a complex64's parts are float32). */
    Complex f32() {
        return new Complex((float) re, (float) im);
    }

    boolean eq(Complex o) {
        return re == o.re && im == o.im;
    }

    /** A constant (Constants.Cplx or a real number, or already a value) as a run-time value of kind k. */
    static Complex of(Object cv, Kind k) {
        if (cv instanceof Complex v) {
            return v;
        }
        Constants.Cplx c = Constants.cplx(cv);
        Complex v = new Complex(c.re().toDouble(), c.im().toDouble());
        return k == Kind.COMPLEX64 ? new Complex(c.re().toFloat(), c.im().toFloat()) : v;
    }

    static Complex mul(Complex x, Complex y) {
        return new Complex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
    }

    /** go1.7 runtime/complex.go:26 complex128div: C99's special cases, then Smith's scaled division. */
    static Complex div(Complex n, Complex d) {
        boolean ninf = Double.isInfinite(n.re) || Double.isInfinite(n.im);
        boolean dinf = Double.isInfinite(d.re) || Double.isInfinite(d.im);
        boolean nnan = !ninf && (Double.isNaN(n.re) || Double.isNaN(n.im));
        boolean dnan = !dinf && (Double.isNaN(d.re) || Double.isNaN(d.im));
        double inf = Double.POSITIVE_INFINITY;
        if (nnan || dnan) {
            return new Complex(Double.NaN, Double.NaN);
        }
        if (ninf && !dinf) {
            return new Complex(inf, inf);
        }
        if (!ninf && dinf) {
            return ZERO;
        }
        if (d.re == 0 && d.im == 0) {
            return n.re == 0 && n.im == 0 ? new Complex(Double.NaN, Double.NaN) : new Complex(inf, inf);
        }
        if (Math.abs(d.re) <= Math.abs(d.im)) {
            double ratio = d.re / d.im;
            double denom = d.re * ratio + d.im;
            return new Complex((n.re * ratio + n.im) / denom, (n.im * ratio - n.re) / denom);
        }
        double ratio = d.im / d.re;
        double denom = d.im * ratio + d.re;
        return new Complex((n.im * ratio + n.re) / denom, (n.im - n.re * ratio) / denom);
    }

    /**
     * Go 1.9+ complex128div (go1.19 runtime/complex.go): Smith's division, then when both parts are
     * NaN the C99 G.5.1 corrections for a zero divisor, an infinite dividend or an infinite divisor.
     */
    static Complex div9(Complex n, Complex m) {
        double e;
        double f;
        if (Math.abs(m.re) >= Math.abs(m.im)) {
            double ratio = m.im / m.re;
            double denom = m.re + ratio * m.im;
            e = (n.re + n.im * ratio) / denom;
            f = (n.im - n.re * ratio) / denom;
        } else {
            double ratio = m.re / m.im;
            double denom = m.im + ratio * m.re;
            e = (n.re * ratio + n.im) / denom;
            f = (n.im * ratio - n.re) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = n.re;
            double b = n.im;
            double c = m.re;
            double d = m.im;
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = inf2one(a);
                b = inf2one(b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = inf2one(c);
                d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex(e, f);
    }

    /** runtime inf2one: 1 with v's sign when v is infinite, else 0 with v's sign. */
    private static double inf2one(double v) {
        return Math.copySign(Double.isInfinite(v) ? 1 : 0, v);
    }

    static Ev neg(Ev x) {
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Complex v = (Complex) x.ev(f);
                return new Complex(-v.re, -v.im);
            }
        };
    }

    /** c99: Go 1.9+'s division ({@link #div9}), else go1.7's ({@link #div}). */
    static Ev binary(Tok op, Ev x, Ev y, boolean f32, boolean c99, Pos pos) {
        return new Ev() {
            @Override
            Object ev(Frame f) {
                Complex a = (Complex) x.ev(f);
                Complex b = (Complex) y.ev(f);
                Complex r = switch (op) {
                    case ADD -> new Complex(a.re + b.re, a.im + b.im);
                    case SUB -> new Complex(a.re - b.re, a.im - b.im);
                    case MUL -> mul(a, b);
                    case QUO -> c99 ? div9(a, b) : div(a, b);
                    default -> throw new GoCompileError(pos, "unsupported: operator " + op.text + " on complex");
                };
                return f32 ? r.f32() : r;
            }
        };
    }

    static Ev compare(Tok op, Ev x, Ev y) {
        boolean eq = op == Tok.EQL;
        return new BEv() {
            @Override
            boolean evB(Frame f) {
                return ((Complex) x.ev(f)).eq((Complex) y.ev(f)) == eq;
            }
        };
    }

    /** real(x) or imag(x) of a run-time complex. */
    static Ev part(Ev x, boolean imag) {
        return new FEv() {
            @Override
            double evF(Frame f) {
                Complex v = (Complex) x.ev(f);
                return imag ? v.im : v.re;
            }
        };
    }

    /** complex(re, im); the parts are already of the result's float size. */
    static Ev make(Ev re, Ev im) {
        return new Ev() {
            @Override
            Object ev(Frame f) {
                double r = re.evF(f);
                return new Complex(r, im.evF(f));
            }
        };
    }

    /** A conversion between complex sizes: complex64(x) rounds each part to float32. */
    static Ev convert(Ev x, boolean f32) {
        return !f32 ? x : new Ev() {
            @Override
            Object ev(Frame f) {
                return ((Complex) x.ev(f)).f32();
            }
        };
    }
}
