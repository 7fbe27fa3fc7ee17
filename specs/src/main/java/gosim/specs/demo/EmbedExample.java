package gosim.specs.demo;

import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import java.util.ArrayList;
import java.util.List;

/** The README's embedding example: Go's runnext puzzle, then the same program on 4 Ps. */
public final class EmbedExample {
    public static void main(String[] args) {
        for (int procs : new int[] {1, 4}) {
            GoRuntime rt = GoRuntime.builder().seed(1).gomaxprocs(procs).build();
            Func mainFn = rt.symtab().define("main.main", "main.go", 10, 30);
            Func worker = rt.symtab().define("main.worker", "main.go", 40, 50);
            List<String> ran = new ArrayList<>();
            int status = rt.run(mainFn, () -> {
                for (int i = 1; i <= 3; i++) {
                    int id = i;
                    Go.line(12);                        // the go statement is on line 12
                    Go.go(worker, () -> {
                        Go.work(2_000_000);             // 2ms of virtual CPU
                        ran.add("worker " + id + " on goroutine " + Go.goid() + " at " + Go.nanotime() / 1000 + "us");
                    });
                }
                Go.line(15);
                Go.gosched();                           // runtime.Gosched(): main to the global queue
                Go.line(16);
                Go.sleep(10_000_000);                   // time.Sleep(10 * time.Millisecond)
            });
            System.out.println("GOMAXPROCS=" + procs + " exit " + status + ", threads made: " + rt.mcount());
            ran.forEach(s -> System.out.println("  " + s));
        }
    }
}
