package gosim.sim.bench;

import gosim.sim.Chan;
import gosim.sim.Func;
import gosim.sim.G;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import java.util.Arrays;

/**
 * Channel ping-pong through the full channel model: two goroutines on GOMAXPROCS=1 bounce a value
 * over two unbuffered channels. Prints the median wall-clock ns per round trip over several rounds,
 * beside the kernel's bare switch (the same ping-pong with gopark/goready and no channel).
 * A measurement, not a test: nothing here asserts a speed.
 *
 * <p>Run after {@code mvn -o -pl sim -am test-compile}:
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --add-opens java.base/java.lang=ALL-UNNAMED \
 *   -cp sim/target/classes:sim/target/test-classes:$HOME/.m2/repository/org/jctools/jctools-core/4.0.5/jctools-core-4.0.5.jar \
 *   gosim.sim.bench.ChanBench [roundTripsPerRound] [rounds]
 * </pre>
 */
public final class ChanBench {
    private ChanBench() {
    }

    public static void main(String[] args) {
        int trips = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        // Warm up both paths.
        for (int i = 0; i < 3; i++) {
            channelRound(trips / 4);
            bareRound(trips / 4);
        }
        long[] chan = new long[rounds];
        long[] bare = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            chan[r] = channelRound(trips);
            bare[r] = bareRound(trips);
        }
        double chanNs = median(chan) / (double) trips;
        double bareNs = median(bare) / (double) trips;
        System.out.printf("channel ping-pong: %.1f ns per round trip (median of %d rounds of %d)%n", chanNs, rounds, trips);
        System.out.printf("bare gopark/goready ping-pong: %.1f ns per round trip%n", bareNs);
        System.out.printf("channel model / bare switch: %.2f%n", chanNs / bareNs);
    }

    /** Wall ns for {@code trips} round trips over two unbuffered channels. */
    private static long channelRound(int trips) {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).stdout(System.out).build();
        Func pong = rt.symtab().define("main.pong", "main.go", 10, 20);
        long[] wall = new long[1];
        rt.run(() -> {
            Chan<Integer> ping = Chan.make();
            Chan<Integer> back = Chan.make();
            Go.go(pong, () -> {
                while (true) {
                    back.send(ping.recv());
                }
            });
            long t0 = System.nanoTime();
            for (int i = 0; i < trips; i++) {
                ping.send(i);
                back.recv();
            }
            wall[0] = System.nanoTime() - t0;
        });
        return wall[0];
    }

    /** Wall ns for {@code trips} round trips where each side parks and readies the other directly. */
    private static long bareRound(int trips) {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).build();
        Func pong = rt.symtab().define("main.pong", "main.go", 10, 20);
        long[] wall = new long[1];
        rt.run(() -> {
            G main = Go.self();
            G[] other = new G[1];
            Go.go(pong, () -> {
                other[0] = Go.self();
                while (true) {
                    Go.runtime().goready(main);
                    Go.runtime().gopark("chan receive");
                }
            });
            Go.runtime().gopark("chan receive"); // pong starts, readies main, parks
            long t0 = System.nanoTime();
            for (int i = 0; i < trips; i++) {
                Go.runtime().goready(other[0]);
                Go.runtime().gopark("chan receive");
            }
            wall[0] = System.nanoTime() - t0;
        });
        return wall[0];
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
