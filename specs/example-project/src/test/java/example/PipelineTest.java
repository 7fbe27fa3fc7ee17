package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.Go;
import gosim.sim.concurrent.Concurrency;
import gosim.specs.junit.GoTest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/** The README's @GoTest example, built against the installed artifacts. */
class PipelineTest {
    @GoTest(seeds = 100, gomaxprocs = {1, 2, 3, 4}, failOnLeak = true)
    void everyItemArrivesOnce() throws InterruptedException {
        Concurrency c = Concurrency.gosim();
        BlockingQueue<Integer> q = c.arrayBlockingQueue(2);
        CountDownLatch done = c.countDownLatch(1);
        long[] sum = new long[1];
        Go.go(() -> {
            for (int i = 1; i <= 10; i++) {
                try { q.put(i); } catch (InterruptedException e) { throw new AssertionError(e); }
            }
        });
        Go.go(() -> {
            for (int i = 0; i < 10; i++) {
                try { sum[0] += q.take(); } catch (InterruptedException e) { throw new AssertionError(e); }
            }
            done.countDown();
        });
        done.await();
        assertEquals(55, sum[0]);
    }
}
