package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's well-known GOMAXPROCS=1 puzzle: goroutines started 1, 2, 3 run as 3, 1, 2 (runnext). */
class RunnextOrderTest {
    @Test
    void lastStartedGoroutineRunsFirst() {
        for (long seed = 1; seed <= 20; seed++) {
            GoRuntime rt = GoRuntime.builder().seed(seed).gomaxprocs(1).checkInvariants(true).build();
            Func worker = rt.symtab().define("main.main.func1", "main.go", 10, 12);
            List<Integer> order = new ArrayList<>();
            int status = rt.run(() -> {
                G main = GoRuntime.self();
                for (int i = 1; i <= 3; i++) {
                    int id = i;
                    Go.go(worker, () -> {
                        order.add(id);
                        if (order.size() == 3) {
                            Go.runtime().goready(main);
                        }
                    });
                }
                Go.runtime().gopark("chan receive");
            });
            assertEquals(0, status);
            assertEquals(List.of(3, 1, 2), order, "seed " + seed);
        }
    }

    @Test
    void userGoroutinesStartAtFiveAfterTheRuntimesOwn() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).build();
        Func worker = rt.symtab().define("main.worker", "main.go", 20, 25);
        List<Long> ids = new ArrayList<>();
        rt.run(() -> {
            ids.add(Go.goid());
            Go.go(worker, () -> ids.add(Go.goid()));
            Go.gosched();
        });
        // goroutine 1 is main; 2 forcegchelper, 3 bgsweep, 4 runfinq (Go 1.7's runtime.main).
        assertEquals(List.of(1L, 5L), ids);
    }
}
