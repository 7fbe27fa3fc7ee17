package gosim.specs.junit.examples;

import gosim.sim.concurrent.Concurrency;
import java.util.concurrent.BlockingQueue;

/** Code under test: a producer/consumer pipeline over a BlockingQueue it gets from a Concurrency. */
public final class BoundedBuffer {
    private final BlockingQueue<Integer> queue;

    public BoundedBuffer(Concurrency c, int capacity) {
        this.queue = c.arrayBlockingQueue(capacity);
    }

    public void put(int v) throws InterruptedException {
        queue.put(v);
    }

    public int take() throws InterruptedException {
        return queue.take();
    }

    public int size() {
        return queue.size();
    }
}
