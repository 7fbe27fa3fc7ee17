package gosim.sim;

/**
 * Models runtime.fastrand1 of Go 1.7 (stubs.go / asm): a per-M 32-bit Galois LFSR. Each M's
 * state is seeded in mcommoninit from the runtime's one seeded generator, so every random choice
 * of the scheduler follows from the seed.
 */
final class FastRand {
    private FastRand() {
    }

    /** Advances the LFSR state of {@code mp} and returns the new value (an unsigned 32-bit int). */
    static int fastrand1(M mp) {
        int fr = mp.fastrand;
        int mx = (fr >> 31) & 0xa8888eef;
        fr = (fr << 1) ^ mx;
        mp.fastrand = fr;
        return fr;
    }

    /** fastrand1() % n for an unsigned n, as Go computes it on uint32. */
    static int mod(M mp, int n) {
        return Integer.remainderUnsigned(fastrand1(mp), n);
    }
}
