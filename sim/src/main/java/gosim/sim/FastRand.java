package gosim.sim;

/**
 * Models runtime.fastrand1 of Go 1.7 (asm_amd64.s:2055-2066): a per-M 32-bit Galois LFSR. The
 * state doubles (ADDL DX, DX) and is XORed with 0x88888eef only when the doubled value has its
 * top bit set (XORL then CMOVLMI keeps the un-XORed value when the XOR result is negative). Go
 * 1.8's fastrand tests the old top bit and uses 0xa8888eef instead. Each M's state is seeded in
 * mcommoninit from the runtime's one seeded generator, so every random choice of the scheduler
 * follows from the seed.
 */
final class FastRand {
    /** The feedback constant of asm_amd64.s:2062. */
    static final int FEEDBACK = 0x88888eef;

    private FastRand() {
    }

    /** Advances the LFSR state of {@code mp} and returns the new value (an unsigned 32-bit int). */
    static int fastrand1(M mp) {
        int fr = next(mp.fastrand);
        mp.fastrand = fr;
        return fr;
    }

    /** One step of the generator from state {@code fr}. */
    static int next(int fr) {
        int x = fr << 1;
        return x < 0 ? x ^ FEEDBACK : x;
    }

    /** fastrand1() % n for an unsigned n, as Go computes it on uint32. */
    static int mod(M mp, int n) {
        return Integer.remainderUnsigned(fastrand1(mp), n);
    }
}
