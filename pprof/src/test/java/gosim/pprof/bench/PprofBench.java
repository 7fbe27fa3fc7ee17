package gosim.pprof.bench;

import gosim.pprof.Pprof;
import gosim.sim.Func;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.bench.Bench;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Benchmark of runtime/pprof's heap profile writers on a live simulated process beside real Go:
 * a heap profile of {@value #BUCKETS} buckets (allocations from that many distinct stacks at
 * MemProfileRate=1) written at debug=1 (Go 1.7's text) and as profile.proto, in ms per write and
 * MB/s. Real Go 1.19 writes its own heap profile of the same shape: debug=1 text, and debug=0,
 * which is proto since Go 1.8.
 */
public final class PprofBench {
    /** Distinct allocation stacks, hence heap profile buckets. */
    public static final int BUCKETS = 100_000;
    /** Recursion depth choosing one of two call sites per level: 2^17 distinct stacks cover BUCKETS. */
    static final int DEPTH = 17;
    static final int WARMUP = 2;
    static final int ROUNDS = 5;
    /** Real Go's debug=1 writer takes seconds per write at this size: fewer rounds. */
    static final int GO_WARMUP = 1;
    static final int GO_ROUNDS = 3;

    private PprofBench() {
    }

    static final String GO_SOURCE = """
            package main

            import (
            	"bytes"
            	"fmt"
            	"runtime"
            	"runtime/pprof"
            	"time"
            )

            var sink = make([][]byte, 0, %d)

            //go:noinline
            func rec(d, bits int) {
            	if d == 0 {
            		sink = append(sink, make([]byte, 16))
            		return
            	}
            	if bits&1 == 0 {
            		rec(d-1, bits>>1)
            	} else {
            		rec2(d-1, bits>>1)
            	}
            }

            //go:noinline
            func rec2(d, bits int) {
            	if d == 0 {
            		sink = append(sink, make([]byte, 16))
            		return
            	}
            	if bits&1 == 0 {
            		rec(d-1, bits>>1)
            	} else {
            		rec2(d-1, bits>>1)
            	}
            }

            func timeWrite(debug int) (float64, float64) {
            	var buf bytes.Buffer
            	for i := 0; i < %d; i++ {
            		buf.Reset()
            		pprof.Lookup("heap").WriteTo(&buf, debug)
            	}
            	best := 0.0
            	var all []float64
            	for i := 0; i < %d; i++ {
            		buf.Reset()
            		t := time.Now()
            		pprof.Lookup("heap").WriteTo(&buf, debug)
            		all = append(all, float64(time.Since(t).Nanoseconds())/1e6)
            	}
            	for i := range all {
            		for j := i + 1; j < len(all); j++ {
            			if all[j] < all[i] {
            				all[i], all[j] = all[j], all[i]
            			}
            		}
            	}
            	best = all[len(all)/2]
            	return best, float64(buf.Len()) / 1e6 / (best / 1e3)
            }

            func main() {
            	runtime.MemProfileRate = 1
            	for i := 0; i < %d; i++ {
            		rec(%d, i)
            	}
            	runtime.GC()
            	n, _ := runtime.MemProfile(nil, true)
            	fmt.Println("buckets", n)
            	ms, mbps := timeWrite(1)
            	fmt.Println("debug1_ms", ms)
            	fmt.Println("debug1_mbps", mbps)
            	ms, mbps = timeWrite(0)
            	fmt.Println("proto_ms", ms)
            	fmt.Println("proto_mbps", mbps)
            }
            """.formatted(BUCKETS, GO_WARMUP, GO_ROUNDS, BUCKETS, DEPTH);

    /** Milliseconds per write and bytes written, for one format. */
    private record Timing(double ms, long bytes) {
        double mbPerSecond() {
            return bytes / 1e6 / (ms / 1e3);
        }
    }

    public static List<Bench.Result> run(PrintStream log) {
        Map<String, Double> go = Bench.runGo(GO_SOURCE, log);
        if (go.containsKey("buckets")) {
            log.printf("(real Go's heap profile has %.0f buckets)%n", go.get("buckets"));
        }
        Timing[] t = measure();
        log.printf("(gosim's heap profile has %d buckets: %d bytes at debug=1, %d bytes of proto)%n", BUCKETS,
                t[0].bytes(), t[1].bytes());
        return List.of(
                new Bench.Result("heap profile, 100k buckets, debug=1", "ms/write", t[0].ms(), Bench.go(go, "debug1_ms")),
                new Bench.Result("heap profile, 100k buckets, debug=1", "MB/s", t[0].mbPerSecond(),
                        Bench.go(go, "debug1_mbps")),
                new Bench.Result("heap profile, 100k buckets, proto", "ms/write", t[1].ms(), Bench.go(go, "proto_ms")),
                new Bench.Result("heap profile, 100k buckets, proto", "MB/s", t[1].mbPerSecond(),
                        Bench.go(go, "proto_mbps")));
    }

    /** Builds the process's heap and times both writers inside it (they must run on a goroutine). */
    private static Timing[] measure() {
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).build();
        Pprof pprof = Pprof.attach(rt);
        Func mainFn = rt.symtab().define("main.main", "/bench/main.go", 10, 40);
        Func rec = rt.symtab().define("main.rec", "/bench/main.go", 50, 60);
        Func rec2 = rt.symtab().define("main.rec2", "/bench/main.go", 62, 72);
        Timing[] out = new Timing[2];
        rt.run(mainFn, () -> {
            pprof.setMemProfileRate(1);
            for (int i = 0; i < BUCKETS; i++) {
                allocate(rec, rec2, i);
            }
            Go.gc();
            int buckets = pprof.profiling().memProfile(true).size();
            if (buckets != BUCKETS) {
                throw new IllegalStateException("expected " + BUCKETS + " heap buckets, got " + buckets);
            }
            out[0] = time(() -> pprof.registry().lookup("heap").orElseThrow().writeTo(buffer(), 1));
            out[1] = time(() -> pprof.writeProto("heap", buffer()));
        });
        return out;
    }

    private static final ByteArrayOutputStream BUF = new ByteArrayOutputStream(16 << 20);

    private static ByteArrayOutputStream buffer() {
        BUF.reset();
        return BUF;
    }

    /** One stack per i: DEPTH frames, the call site in each chosen by one bit of i. */
    private static void allocate(Func rec, Func rec2, int i) {
        Func[] pushed = new Func[DEPTH + 1];
        Func f = rec;
        int bits = i;
        for (int d = 0; d <= DEPTH; d++) {
            Go.enter(f);
            pushed[d] = f;
            if (d == DEPTH) {
                Go.line(f.startLine() + 2);
                Go.malloc(16);
                break;
            }
            Go.line(f.startLine() + ((bits & 1) == 0 ? 5 : 7));
            f = (bits & 1) == 0 ? rec : rec2;
            bits >>= 1;
        }
        for (int d = DEPTH; d >= 0; d--) {
            Go.leave(pushed[d]);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static Timing time(Write w) {
        double ms = Bench.median(WARMUP, ROUNDS, () -> {
            long start = System.nanoTime();
            try {
                w.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Bench.nsPerOp(start, 1);
        }) / 1e6;
        return new Timing(ms, BUF.size());
    }

    public static void main(String[] args) {
        Bench.print(System.out, "pprof heap profile writers", run(System.out));
    }
}
