package gosim.mprof.bench;

import gosim.mprof.MProf;
import gosim.sim.heap.GcMode;
import gosim.sim.heap.Heap;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Profiled allocations per second: MemProfileRate=1, 16-frame stacks, 1,000 distinct sites,
 * through Heap.mallocgc into the bucket table. Prints the median ns per allocation over several
 * rounds (each round is followed, untimed, by a runtime.GC that frees everything). Real Go 1.19
 * takes about 1,250 ns for the same (issue 4); no assertion is made here.
 *
 * <p>Arguments (optional): rounds, allocations per round.
 */
public final class MprofBench {
    static final int SITES = 1000;
    static final int DEPTH = 16;

    private MprofBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        SplittableRandom rnd = new SplittableRandom(42);
        long[][] sites = new long[SITES][DEPTH];
        for (long[] s : sites) {
            for (int j = 0; j < DEPTH; j++) {
                // Outer frames are shared by many sites, as real call trees are.
                s[j] = 0x401000L + 16L * (j < DEPTH / 2 ? rnd.nextInt(5000) : rnd.nextInt(20));
            }
        }
        long[] sizes = {16, 48, 128, 1024, 4096};
        int[] seed = {1};
        MProf mp = new MProf(2_400_000_000L, () -> seed[0] = seed[0] * 1664525 + 1013904223);
        Heap heap = new Heap(mp, () -> seed[0] = seed[0] * 1664525 + 1013904223);
        heap.setMemProfileRate(1);

        double[] nsPerOp = new double[rounds];
        long sink = 0;
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += heap.mallocgc(sizes[i % sizes.length], sites[i % SITES]).size();
            }
            long t1 = System.nanoTime();
            heap.gc(o -> false, GcMode.FORCE_BLOCK, 0, 0);
            if (r >= 0) {
                nsPerOp[r] = (double) (t1 - t0) / perRound;
            }
        }
        Arrays.sort(nsPerOp);
        double median = nsPerOp[rounds / 2];
        System.out.printf("mprof: %d profiled allocations x %d rounds, MemProfileRate=1, %d-frame stacks, %d sites%n",
                perRound, rounds, DEPTH, SITES);
        System.out.printf("mprof: median %.1f ns/alloc (%.2f M allocs/s), min %.1f, max %.1f; %d buckets%n",
                median, 1e3 / median, nsPerOp[0], nsPerOp[rounds - 1], mp.memBucketCount());
        System.out.printf("mprof: real Go 1.19 reference (issue 4): about 1250 ns/alloc -> %.1fx%n", 1250 / median);
        if (sink == 42) {
            System.out.println();
        }
    }
}
