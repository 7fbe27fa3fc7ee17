package gosim.specs.bench;

import gosim.sim.bench.Bench;
import gosim.specs.run.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a user of the CLI feels, measured as whole processes: {@code gosim run} of a scenario
 * beside the same program built by real Go 1.19 and run as a binary (start-up: beside
 * {@code go run}, build cached). Wall time is the median of several runs, the two sides
 * interleaved so that both see the same machine load; peak memory is the process's VmHWM
 * (Linux /proc), polled while it runs.
 */
public final class ProcessBench {
    static final String HELLO = """
            package main

            import "fmt"

            func main() {
            	fmt.Println("hello, world")
            }
            """;

    /** n goroutines park on one channel, main wakes each with a value, they report back and exit. */
    static final String PARK_AND_WAKE = """
            package main

            import "fmt"

            func worker(c chan int, done chan int) {
            	v := <-c
            	done <- v
            }

            func main() {
            	const n = 100000
            	c := make(chan int)
            	done := make(chan int, n)
            	for i := 0; i < n; i++ {
            		go worker(c, done)
            	}
            	for i := 0; i < n; i++ {
            		c <- i
            	}
            	sum := 0
            	for i := 0; i < n; i++ {
            		sum += <-done
            	}
            	fmt.Println("sum", sum)
            }
            """;

    /** A million goroutines park for good; main returns with them parked. */
    static final String PARKED = """
            package main

            import "fmt"

            func worker(c chan int) {
            	<-c
            }

            func main() {
            	const n = 1000000
            	c := make(chan int)
            	for i := 0; i < n; i++ {
            		go worker(c)
            	}
            	fmt.Println("parked", n)
            }
            """;

    /**
     * PARKED with an observer at the end, run once unmeasured for the heap row: Go's memory in use
     * for objects and goroutine stacks (MemStats.HeapInuse + StackInuse, go1.19 runtime/mstats.go),
     * printed to stderr after ReadMemStats' stop-the-world, the goroutines still parked.
     */
    static final String PARKED_MEM = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func worker(c chan int) {
            	<-c
            }

            func main() {
            	const n = 1000000
            	c := make(chan int)
            	for i := 0; i < n; i++ {
            		go worker(c)
            	}
            	fmt.Println("parked", n)
            	var m runtime.MemStats
            	runtime.ReadMemStats(&m)
            	println("heap+stack in use:", m.HeapInuse+m.StackInuse)
            }
            """;

    static final int ROUNDS = 5;
    static final double PARKED_N = 1_000_000;

    private ProcessBench() {
    }

    /** One measured process: wall seconds and peak resident memory in bytes (NaN when unknown). */
    record Sample(double seconds, double peakBytes) {
    }

    public static List<Bench.Result> run(PrintStream log) {
        Path dir;
        try {
            dir = Files.createTempDirectory("gosim-bench-proc");
            Files.writeString(dir.resolve("hello.go"), HELLO);
            Files.writeString(dir.resolve("park.go"), PARK_AND_WAKE);
            Files.writeString(dir.resolve("parked.go"), PARKED);
            Files.writeString(dir.resolve("parkedmem.go"), PARKED_MEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path go = Bench.goCommand();
        boolean haveGo = go != null && goBuild(go, dir, "park.go", log) && goBuild(go, dir, "parked.go", log)
                && goBuild(go, dir, "parkedmem.go", log);
        if (go == null) {
            log.println("(go is not installed: real Go columns are empty)");
        }
        List<String> gosim = gosimCommand();
        log.println("(load average at start: " + loadAverage() + ")");

        List<Sample> gHello = new ArrayList<>();
        List<Sample> goHello = new ArrayList<>();
        List<Sample> gPark = new ArrayList<>();
        List<Sample> goPark = new ArrayList<>();
        run(concat(gosim, "run", dir.resolve("hello.go").toString()), dir, log); // warm caches
        if (haveGo) {
            run(List.of(go.toString(), "run", dir.resolve("hello.go").toString()), dir, log);
        }
        for (int i = 0; i < ROUNDS; i++) {
            gHello.add(run(concat(gosim, "run", dir.resolve("hello.go").toString()), dir, log));
            gPark.add(run(concat(gosim, "run", dir.resolve("park.go").toString()), dir, log));
            if (haveGo) {
                goHello.add(run(List.of(go.toString(), "run", dir.resolve("hello.go").toString()), dir, log));
                goPark.add(run(List.of(dir.resolve("park").toString()), dir, log));
            }
        }
        Sample gParked = run(concat(gosim, "run", dir.resolve("parked.go").toString()), dir, log);
        Sample goParked = haveGo ? run(List.of(dir.resolve("parked").toString()), dir, log) : new Sample(Double.NaN,
                Double.NaN);
        // the heap row from runs of their own: the observers' full GC and stop-the-world are not timed
        double gHeap = number(stderrOf(concat(gosim, "run", dir.resolve("parked.go").toString()), dir,
                Scenario.LIVE_HEAP_ENV, log), "gosim: live heap after a full GC: ");
        double goHeap = haveGo ? number(stderrOf(List.of(dir.resolve("parkedmem").toString()), dir, null, log),
                "heap+stack in use: ") : Double.NaN;
        log.println("(heap per goroutine: gosim's is the JVM heap in use after a full GC with the goroutines"
                + " parked, " + Scenario.LIVE_HEAP_ENV + "; Go's is MemStats.HeapInuse + StackInuse)");
        log.println("(load average at end: " + loadAverage() + ")");
        return List.of(
                new Bench.Result("gosim run hello.go vs go run (build cached)", "s, median", medianSeconds(gHello),
                        medianSeconds(goHello)),
                new Bench.Result("100,000 goroutines park and wake, scenario", "s, median", medianSeconds(gPark),
                        medianSeconds(goPark)),
                new Bench.Result("  same, peak memory", "MB, median", medianPeak(gPark) / 1e6, medianPeak(goPark) / 1e6),
                new Bench.Result("1,000,000 parked goroutines, scenario, defaults", "s", gParked.seconds(),
                        goParked.seconds()),
                new Bench.Result("  same, peak memory (RSS) per goroutine", "bytes", gParked.peakBytes() / PARKED_N,
                        goParked.peakBytes() / PARKED_N),
                new Bench.Result("  same, heap per goroutine (after a full GC / in use)", "bytes", gHeap / PARKED_N,
                        goHeap / PARKED_N));
    }

    /**
     * The command that runs the CLI: the launcher when it started this JVM (it exports its path,
     * and its start-up is part of what a user feels), else this JVM's java with its options.
     */
    static List<String> gosimCommand() {
        String launcher = System.getenv("GOSIM_LAUNCHER");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return List.of(launcher);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "gosim.specs.cli.Main"));
        return cmd;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> l = new ArrayList<>(head);
        l.addAll(Arrays.asList(tail));
        return l;
    }

    private static boolean goBuild(Path go, Path dir, String file, PrintStream log) {
        Sample s = run(List.of(go.toString(), "build", "-o", dir.resolve(file.replace(".go", "")).toString(),
                dir.resolve(file).toString()), dir, log);
        return !Double.isNaN(s.seconds());
    }

    /** Runs cmd to the end, output discarded; NaN seconds when it fails. */
    static Sample run(List<String> cmd, Path dir, PrintStream log) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GOCACHE", dir.resolve("gocache").toString());
        pb.environment().put("GOPATH", dir.resolve("gopath").toString());
        pb.environment().put("GO111MODULE", "off");
        pb.environment().remove("GOTOOLCHAIN");
        try {
            long t0 = System.nanoTime();
            Process p = pb.start();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long peak = -1;
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, vmHwm(status));
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (p.exitValue() != 0) {
                log.println("(" + String.join(" ", cmd) + " failed with status " + p.exitValue() + ")");
                return new Sample(Double.NaN, Double.NaN);
            }
            return new Sample(secs, peak < 0 ? Double.NaN : peak);
        } catch (IOException e) {
            log.println("(could not run " + cmd.get(0) + ": " + e.getMessage() + ")");
            return new Sample(Double.NaN, Double.NaN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(Double.NaN, Double.NaN);
        }
    }

    /**
     * Runs cmd to the end with {@code flag} (an environment variable, or null) set, standard output
     * discarded; returns its standard error, or null when it fails.
     */
    static String stderrOf(List<String> cmd, Path dir, String flag, PrintStream log) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (flag != null) {
            pb.environment().put(flag, "1");
        }
        try {
            Process p = pb.start();
            String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                log.println("(" + String.join(" ", cmd) + " failed with status " + p.exitValue() + ")");
                return null;
            }
            return err;
        } catch (IOException e) {
            log.println("(could not run " + cmd.get(0) + ": " + e.getMessage() + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The integer after {@code prefix} on a line of text, or NaN. */
    static double number(String text, String prefix) {
        if (text != null) {
            for (String line : text.split("\n")) {
                int at = line.indexOf(prefix);
                if (at >= 0) {
                    String rest = line.substring(at + prefix.length()).trim();
                    int end = 0;
                    while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
                        end++;
                    }
                    if (end > 0) {
                        return Double.parseDouble(rest.substring(0, end));
                    }
                }
            }
        }
        return Double.NaN;
    }

    /** VmHWM (peak resident set) in bytes from a /proc status file, or -1. */
    static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls, or this is not Linux
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double medianSeconds(List<Sample> s) {
        return median(s.stream().mapToDouble(Sample::seconds).toArray());
    }

    private static double medianPeak(List<Sample> s) {
        return median(s.stream().mapToDouble(Sample::peakBytes).toArray());
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    public static void main(String[] args) {
        Bench.print(System.out, "process", run(System.out));
    }
}
