package gosim.specs.junit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.Go;
import gosim.sim.concurrent.Concurrency;
import gosim.specs.junit.GoTest;
import java.util.concurrent.CountDownLatch;

/** A bounded buffer over BlockingQueue: 100 seeds x GOMAXPROCS 1..4, no leak, every item once. */
class BoundedBufferTest {
    @GoTest(seeds = 100, gomaxprocs = {1, 2, 3, 4}, failOnLeak = true)
    void producersAndConsumers() throws InterruptedException {
        Concurrency c = Concurrency.gosim();
        BoundedBuffer buf = new BoundedBuffer(c, 2);
        CountDownLatch done = c.countDownLatch(2);
        long[] sums = new long[2];
        for (int p = 0; p < 2; p++) {
            int base = p * 100;
            Go.go(() -> {
                for (int i = 1; i <= 10; i++) {
                    try {
                        buf.put(base + i);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            });
        }
        for (int k = 0; k < 2; k++) {
            int id = k;
            Go.go(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        sums[id] += buf.take();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
                done.countDown();
            });
        }
        done.await();
        assertEquals(55 + 1055, sums[0] + sums[1]);
        assertEquals(0, buf.size());
    }
}
