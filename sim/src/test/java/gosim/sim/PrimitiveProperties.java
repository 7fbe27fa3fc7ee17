package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the primitives over random capacities, schedules (seeds, GOMAXPROCS) and work. */
class PrimitiveProperties {
    @Property(tries = 40)
    void channelsDeliverEachProducersValuesOnceAndInOrder(@ForAll @IntRange(min = 0, max = 6) int cap,
            @ForAll @IntRange(min = 1, max = 4) int procs, @ForAll @IntRange(min = 1, max = 3) int producers,
            @ForAll long seed, @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 3000) Integer> work) {
        List<int[]> got = new ArrayList<>();
        int[] maxLen = new int[1];
        Sim s = Sim.run(seed, procs, () -> {
            Chan<int[]> c = Chan.make(cap);
            WaitGroup wg = new WaitGroup();
            for (int p = 0; p < producers; p++) {
                int id = p;
                wg.add(1);
                Go.go(Sim.fn("main.producer"), () -> {
                    for (int i = 0; i < work.size(); i++) {
                        Go.work(work.get((i + id) % work.size()));
                        c.send(new int[] {id, i});
                        maxLen[0] = Math.max(maxLen[0], c.len());
                    }
                    wg.done();
                });
            }
            Go.go(Sim.fn("main.closer"), () -> {
                wg.await();
                c.close();
            });
            for (Chan.Recv<int[]> r = c.recv2(); r.ok(); r = c.recv2()) {
                got.add(r.value());
                Go.work(work.get(got.size() % work.size()) / 2);
            }
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(producers * work.size(), got.size());
        int[] next = new int[producers];
        for (int[] v : got) {
            assertEquals(next[v[0]]++, v[1], "values of one producer arrive in the order sent");
        }
        assertTrue(maxLen[0] <= cap);
    }

    @Property(tries = 30)
    void mutexAndSemaphoreNeverAdmitTwo(@ForAll @IntRange(min = 1, max = 4) int procs, @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int workers,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 5000) Integer> work) {
        int[] inside = new int[2];
        int[] count = new int[1];
        Sim s = Sim.run(seed, procs, () -> {
            Mutex mu = new Mutex();
            Sema sem = new Sema(2); // admits two at a time
            WaitGroup wg = new WaitGroup();
            wg.add(workers);
            for (int w = 0; w < workers; w++) {
                int id = w;
                Go.go(Sim.fn("main.worker"), () -> {
                    for (int i = 0; i < work.size(); i++) {
                        sem.acquire();
                        inside[1]++;
                        assertTrue(inside[1] <= 2, "semaphore admitted a third goroutine");
                        mu.lock();
                        inside[0]++;
                        assertEquals(1, inside[0], "mutex admitted two goroutines");
                        Go.work(work.get((i + id) % work.size()));
                        count[0]++;
                        inside[0]--;
                        mu.unlock();
                        inside[1]--;
                        sem.release();
                    }
                    wg.done();
                });
            }
            wg.await();
            assertEquals(2, sem.value());
            assertEquals(0, mu.state());
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(workers * work.size(), count[0]);
    }
}
