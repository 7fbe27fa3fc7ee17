package gosim.sim;

/**
 * Models randomOrder/randomEnum of Go 1.7's proc.go (4307-4361), the order in which findrunnable
 * visits the Ps when stealing: every P once, starting at {@code i % count} and stepping by a
 * number coprime to count chosen by {@code i}. stealOrder is reset by procresize (proc.go:3423).
 */
final class RandomOrder {
    private int count;
    private int[] coprimes = new int[0];

    /** randomOrder.reset: the coprimes of count in 1..count, ascending. */
    void reset(int count) {
        this.count = count;
        int n = 0;
        int[] c = new int[count];
        for (int i = 1; i <= count; i++) {
            if (gcd(i, count) == 1) {
                c[n++] = i;
            }
        }
        coprimes = java.util.Arrays.copyOf(c, n);
    }

    /** randomOrder.start(i) for an unsigned i (fastrand1's value): the enumeration's state. */
    Enum start(int i) {
        return new Enum(count, Integer.remainderUnsigned(i, count),
                coprimes[Integer.remainderUnsigned(i, coprimes.length)]);
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** randomEnum: i counts visited Ps, pos is the current one. Mutable, as Go's is. */
    static final class Enum {
        final int count;
        final int inc;
        int i;
        int pos;

        Enum(int count, int pos, int inc) {
            this.count = count;
            this.pos = pos;
            this.inc = inc;
        }

        boolean done() {
            return i == count;
        }

        void next() {
            i++;
            pos = (pos + inc) % count;
        }
    }
}
