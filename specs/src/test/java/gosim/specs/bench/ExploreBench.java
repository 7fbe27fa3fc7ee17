package gosim.specs.bench;

import gosim.sim.Chan;
import gosim.sim.Explorer;
import gosim.sim.Go;
import gosim.sim.WaitGroup;
import gosim.sim.bench.Bench;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code gosim bench explore}: schedules explored per second in one JVM (a bounded buffer of 3
 * producers and 2 consumers on a channel of capacity 2, GOMAXPROCS 2, realistic noise, all cores),
 * beside starting the same program as a real Go process that many times.
 */
public final class ExploreBench {
    static final int RUNS = 1000;

    /** The Go baseline: one process per schedule, as a shell loop over a go-built binary would do. */
    static final String SOURCE = """
            package main

            import (
            	"fmt"
            	"os"
            	"os/exec"
            	"sync"
            	"time"
            )

            func buffer() {
            	ch := make(chan int, 2)
            	var wg sync.WaitGroup
            	for p := 0; p < 3; p++ {
            		wg.Add(1)
            		go func(id int) {
            			for i := 0; i < 4; i++ {
            				ch <- id*10 + i
            			}
            			wg.Done()
            		}(p)
            	}
            	done := make(chan bool)
            	for c := 0; c < 2; c++ {
            		go func() {
            			for range ch {
            			}
            			done <- true
            		}()
            	}
            	wg.Wait()
            	close(ch)
            	<-done
            	<-done
            }

            func main() {
            	if len(os.Args) > 1 {
            		buffer()
            		return
            	}
            	const n = 200
            	start := time.Now()
            	for i := 0; i < n; i++ {
            		if err := exec.Command(os.Args[0], "child").Run(); err != nil {
            			panic(err)
            		}
            	}
            	fmt.Println("schedule", float64(time.Since(start).Nanoseconds())/n)
            }
            """;

    private ExploreBench() {
    }

    static void boundedBuffer() {
        Chan<Integer> ch = Chan.make(2);
        WaitGroup wg = new WaitGroup();
        for (int p = 0; p < 3; p++) {
            int id = p;
            wg.add(1);
            Go.go(Go.runtime().symtab().define("main.producer", "main.go", 10), () -> {
                for (int i = 0; i < 4; i++) {
                    Go.work(1_000);
                    ch.send(id * 10 + i);
                }
                wg.done();
            });
        }
        Chan<Boolean> done = Chan.make();
        for (int c = 0; c < 2; c++) {
            Go.go(Go.runtime().symtab().define("main.consumer", "main.go", 20), () -> {
                while (ch.recv2().ok()) {
                    Go.work(1_500);
                }
                done.send(true);
            });
        }
        wg.await();
        ch.close();
        done.recv();
        done.recv();
    }

    public static List<Bench.Result> run(PrintStream log) {
        Map<String, Double> go = Bench.runGo(SOURCE, log);
        long[] seed = {1};
        double ns = Bench.median(1, 5, () -> {
            Explorer ex = Explorer.builder().runs(RUNS).firstSeed(seed[0]).gomaxprocs(2).build();
            seed[0] += RUNS;
            long t0 = System.nanoTime();
            List<Explorer.Outcome> runs = ex.explore(Explorer.javaMain(ExploreBench::boundedBuffer));
            if (runs.stream().anyMatch(Explorer.Outcome::failed)) {
                throw new IllegalStateException("the benchmark scenario failed");
            }
            return Bench.nsPerOp(t0, RUNS);
        });
        log.printf("explore: %.0f schedules/s in one JVM (%d cores)%n", 1e9 / ns, Runtime.getRuntime().availableProcessors());
        return List.of(new Bench.Result("explored schedule (bounded buffer, GOMAXPROCS 2)", "ns/schedule", ns,
                Bench.go(go, "schedule")));
    }

    public static void main(String[] args) {
        Bench.print(System.out, "explore", run(System.out));
    }
}
