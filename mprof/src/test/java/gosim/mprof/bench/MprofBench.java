package gosim.mprof.bench;

import gosim.mprof.Profiling;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.bench.Bench;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Profiled allocations at MemProfileRate=1 with 16-frame stacks over 1,000 distinct sites, through
 * a goroutine's Go.malloc into the bucket table, beside real Go 1.19 doing the same. Each round
 * ends, untimed, with a runtime.GC that frees everything.
 */
public final class MprofBench {
    static final int SITES = 1000;
    static final int DEPTH = 16;
    static final int PER_SITE = 200;

    private MprofBench() {
    }

    static final String GO_SOURCE = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"time"
            )

            var sink []byte

            //go:noinline
            func frame(depth, site, n int) {
            	if depth > 1 {
            		switch site % 4 {
            		case 0:
            			frame(depth-1, site/4, n)
            		case 1:
            			frame(depth-1, site/4, n)
            		case 2:
            			frame(depth-1, site/4, n)
            		default:
            			frame(depth-1, site/4, n)
            		}
            		return
            	}
            	for i := 0; i < n; i++ {
            		sink = make([]byte, 128)
            	}
            }

            func main() {
            	runtime.MemProfileRate = 1
            	const sites, perSite = 1000, 200
            	best := 0.0
            	for round := 0; round < 5; round++ {
            		t := time.Now()
            		for s := 0; s < sites; s++ {
            			frame(16, s, perSite)
            		}
            		ns := float64(time.Since(t).Nanoseconds()) / float64(sites*perSite)
            		if round == 0 || ns < best {
            			best = ns
            		}
            		runtime.GC()
            	}
            	fmt.Println("alloc", best)
            }
            """;

    public static List<Bench.Result> run(PrintStream log) {
        Map<String, Double> go = Bench.runGo(GO_SOURCE, log);
        double ns = Bench.median(2, 5, MprofBench::round);
        return List.of(new Bench.Result("profiled allocation, rate 1, 16 frames, 1000 sites", "ns/alloc", ns,
                Bench.go(go, "alloc")));
    }

    /** One round: every site allocates PER_SITE 128-byte objects; returns ns per allocation. */
    private static long round() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).build();
        Profiling prof = Profiling.attach(rt);
        Func[] frames = new Func[DEPTH];
        for (int d = 0; d < DEPTH; d++) {
            frames[d] = rt.symtab().define("main.frame" + d, "main.go", 10 + 10 * d, 19 + 10 * d);
        }
        long[] elapsed = new long[1];
        rt.run(() -> {
            prof.setMemProfileRate(1);
            long t0 = System.nanoTime();
            for (int s = 0; s < SITES; s++) {
                // Each site's stack: the same 16 functions, at lines chosen by the site's base-4 digits.
                int site = s;
                for (int d = 0; d < DEPTH; d++) {
                    Go.enter(frames[d]);
                    Go.line(frames[d].startLine() + 1 + site % 4);
                    site /= 4;
                }
                for (int i = 0; i < PER_SITE; i++) {
                    Go.release(Go.malloc(128));
                }
                for (int d = DEPTH - 1; d >= 0; d--) {
                    Go.leave(frames[d]);
                }
            }
            elapsed[0] = System.nanoTime() - t0;
            Go.gc();
        });
        return Double.doubleToLongBits(elapsed[0] / (double) (SITES * PER_SITE));
    }

    public static void main(String[] args) {
        Bench.print(System.out, "mprof", run(System.out));
    }
}
