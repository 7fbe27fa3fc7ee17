package gosim.sim.bench;

import gosim.sim.Chan;
import gosim.sim.Func;
import gosim.sim.Goroutine;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks of the scheduler kernel beside real Go: ns per goroutine switch (two goroutines
 * handing control to each other through park/ready), ns per spawn+exit, and heap bytes per
 * parked goroutine with 1,000,000 parked.
 */
public final class KernelBench {
    private KernelBench() {
    }

    static final String GO_SOURCE = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"time"
            )

            func main() {
            	runtime.GOMAXPROCS(1)
            	const n = 2000000
            	a, b := make(chan int), make(chan int)
            	go func() { for v := range a { b <- v } }()
            	t := time.Now()
            	for i := 0; i < n; i++ { a <- i; <-b }
            	fmt.Println("switch", float64(time.Since(t).Nanoseconds())/float64(2*n))
            	fmt.Println("roundtrip", float64(time.Since(t).Nanoseconds())/float64(n))
            	const m = 1000000
            	done := make(chan int, 1000)
            	t = time.Now()
            	for i := 0; i < m; i++ { go func() { done <- 1 }(); if i%1000 == 999 { for j := 0; j < 1000; j++ { <-done } } }
            	fmt.Println("spawn", float64(time.Since(t).Nanoseconds())/float64(m))
            	var ms runtime.MemStats
            	runtime.GC(); runtime.ReadMemStats(&ms)
            	before := ms.Sys
            	block := make(chan int)
            	for i := 0; i < m; i++ { go func() { <-block }() }
            	runtime.GC(); runtime.ReadMemStats(&ms)
            	fmt.Println("parked", float64(ms.Sys-before)/float64(m))
            }
            """;

    public static List<Bench.Result> run(PrintStream log) {
        Map<String, Double> go = Bench.runGo(GO_SOURCE, log);
        // The rows measure the kernel as the interpreter runs it (bare continuations where the
        // JVM allows, GoRuntime.Builder#continuations); the last ping-pong row is a Java
        // embedder's default, a virtual thread per goroutine.
        double sw = Bench.median(2, 5, () -> switchOnce(true));
        double chan = Bench.median(2, 5, () -> channelOnce(true));
        double chanThreads = Bench.median(2, 5, () -> channelOnce(false));
        double spawn = Bench.median(2, 5, KernelBench::spawnOnce);
        double parked = parkedBytes(1_000_000);
        String mode = GoRuntime.continuationsSupported() ? "" : " (virtual threads: no jdk.internal.vm export)";
        return List.of(
                new Bench.Result("goroutine switch (park/ready ping-pong)" + mode, "ns/switch", sw, Bench.go(go, "switch")),
                new Bench.Result("channel ping-pong (full channel model)" + mode, "ns/round trip", chan,
                        Bench.go(go, "roundtrip")),
                new Bench.Result("  the same, a virtual thread per goroutine", "ns/round trip", chanThreads,
                        Bench.go(go, "roundtrip")),
                new Bench.Result("  kernel bare switch, same round trip", "ns/round trip", 2 * sw, Bench.go(go, "roundtrip")),
                new Bench.Result("spawn + exit", "ns/goroutine", spawn, Bench.go(go, "spawn")),
                new Bench.Result("1,000,000 parked goroutines", "bytes/goroutine", parked, Bench.go(go, "parked")));
    }

    private static long switchOnce(boolean bare) {
        final int n = 500_000;
        GoRuntime rt = GoRuntime.builder().continuations(bare).gomaxprocs(1).build();
        Func f = rt.symtab().define("main.main.func1", "main.go", 10, 20);
        long[] start = new long[1];
        rt.run(() -> {
            Goroutine main = Go.self();
            Goroutine[] other = new Goroutine[1];
            boolean[] otherParked = {false};
            Go.go(f, () -> {
                other[0] = Go.self();
                for (int i = 0; i < n; i++) {
                    otherParked[0] = true;
                    rt.kernel().gopark("chan receive");
                    rt.kernel().goready(main);
                }
            });
            Go.gosched(); // let the partner park first
            start[0] = System.nanoTime();
            for (int i = 0; i < n; i++) {
                otherParked[0] = false;
                rt.kernel().goready(other[0]);
                rt.kernel().gopark("chan receive");
            }
        });
        return Bench.nsPerOp(start[0], 2L * n);
    }

    private static long channelOnce(boolean bare) {
        final int n = 300_000;
        GoRuntime rt = GoRuntime.builder().continuations(bare).gomaxprocs(1).build();
        Func f = rt.symtab().define("main.main.func1", "main.go", 10, 20);
        long[] start = new long[1];
        rt.run(() -> {
            Chan<Integer> a = Chan.make();
            Chan<Integer> b = Chan.make();
            Go.go(f, () -> {
                while (true) {
                    b.send(a.recv());
                }
            });
            start[0] = System.nanoTime();
            for (int i = 0; i < n; i++) {
                a.send(i);
                b.recv();
            }
        });
        return Bench.nsPerOp(start[0], n);
    }

    private static long spawnOnce() {
        final int n = 500_000;
        GoRuntime rt = GoRuntime.builder().continuations(true).gomaxprocs(1).build();
        Func f = rt.symtab().define("main.main.func1", "main.go", 10, 20);
        long[] start = new long[1];
        rt.run(() -> {
            start[0] = System.nanoTime();
            Runnable empty = () -> { };
            for (int i = 0; i < n; i++) {
                Go.go(f, empty);
                if (i % 1000 == 999) {
                    Go.gosched();
                }
            }
        });
        return Bench.nsPerOp(start[0], n);
    }

    private static double parkedBytes(int n) {
        System.gc();
        long before = usedHeap();
        GoRuntime rt = GoRuntime.builder().continuations(true).gomaxprocs(1).build();
        Func f = rt.symtab().define("main.main.func1", "main.go", 10, 20);
        double[] perG = new double[1];
        rt.run(() -> {
            for (int i = 0; i < n; i++) {
                Go.go(f, () -> Go.runtime().kernel().gopark("chan receive"));
                if (i % 1000 == 999) {
                    Go.gosched();
                }
            }
            Go.gosched();
            System.gc();
            perG[0] = (usedHeap() - before) / (double) n;
        });
        return perG[0];
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) {
        Bench.print(System.out, "sim kernel", run(System.out));
    }
}
