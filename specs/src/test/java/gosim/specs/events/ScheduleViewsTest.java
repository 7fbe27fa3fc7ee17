package gosim.specs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gosim.specs.cli.Main;
import gosim.specs.realgo.Corpus;
import gosim.specs.realgo.RealGo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views of the event stream on the corpus (-trace, -events, -explain, -timeline) and the
 * profile files the CLI writes, checked with the real clients (go tool trace, go tool pprof)
 * when Go is installed.
 */
class ScheduleViewsTest {
    @TempDir
    Path dir;

    private static Optional<RealGo> go;

    @BeforeAll
    static void locate() {
        go = RealGo.locate();
    }

    @AfterAll
    static void close() {
        go.ifPresent(RealGo::close);
    }

    record Run(int status, String out, String err) {
    }

    static Run gosim(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String example(String name) {
        return Corpus.named(name).file().toString();
    }

    private RealGo realGo() {
        assumeTrue(go.isPresent(), "go is not installed");
        return go.get();
    }

    private String goTool(String... args) {
        RealGo.Result r = realGo().tool(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.stderr());
        return r.stdout();
    }

    /** go tool trace -pprof=TYPE FILE, whose profile comes on stdout, saved as out. */
    private Path tracePprof(String type, Path trace, Path out) throws IOException {
        RealGo.Result r = realGo().tool("trace", "-pprof=" + type, trace.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        Files.write(out, r.stdoutBytes());
        return out;
    }

    private Path trace(String name, String... flags) {
        Path f = dir.resolve(name + ".trace");
        List<String> args = new ArrayList<>(List.of("run", "-trace", f.toString()));
        args.addAll(List.of(flags));
        args.add(example(name));
        gosim(args.toArray(String[]::new));
        return f;
    }

    @Test
    void everyExamplesTraceParsesWithGoToolTrace() {
        realGo();
        for (Corpus.Example ex : Corpus.all()) {
            Path f = trace(ex.name());
            String d = goTool("trace", "-d", f.toString());
            assertTrue(d.contains("ProcStart") && d.contains("GoCreate") && d.contains("GoStart"), ex + ":\n" + d);
        }
    }

    /**
     * The heap counter go tool trace draws: each GC cycle of heapgc.go writes, in gcMarkTermination's
     * order (go1.7 mgc.go:1651-1652 traceHeapAlloc/traceNextGC in gcMark, then gcSweep, then
     * traceGCDone at :1226), HeapAlloc, NextGC (Go 1.19's parser calls it HeapGoal), a sweep pair and
     * GCDone. Their values are the ones ReadMemStats prints in the heap profile right after each
     * runtime.GC ("# HeapAlloc", "# NextGC"): two views that meet only in the kernel.
     */
    @Test
    void heapgcsTraceCarriesTheHeapCounterAndSweeps() {
        String d = goTool("trace", "-d", trace("heapgc").toString());
        String out = gosim("run", example("heapgc")).out();
        List<String> afterGc = new ArrayList<>();
        for (String section : out.split("=== ")) {
            if (section.startsWith("2:") || section.startsWith("4:")) {
                Matcher a = Pattern.compile("# HeapAlloc = (\\d+)").matcher(section);
                Matcher n = Pattern.compile("# NextGC = (\\d+)").matcher(section);
                assertTrue(a.find() && n.find(), section);
                // the printed HeapAlloc also counts writeHeap's own record slice, made after the GC and
                // before ReadMemStats (go1.7 pprof.go:470): compare it as a bound, the goal exactly
                afterGc.add(a.group(1) + " HeapGoal mem=" + n.group(1) + " GCSweepStart GCSweepDone GCDone");
            }
        }
        List<String> cycles = new ArrayList<>();
        Matcher m = Pattern.compile("HeapAlloc p=\\d+ g=\\d+ off=\\d+ (mem=\\d+)\n\\d+ HeapGoal p=\\d+ g=\\d+ off=\\d+ (mem=\\d+)\n"
                + "\\d+ GCSweepStart [^\n]*\n\\d+ GCSweepDone [^\n]*\n\\d+ GCDone ").matcher(d);
        while (m.find()) {
            cycles.add(m.group(1).substring(4) + " HeapGoal " + m.group(2) + " GCSweepStart GCSweepDone GCDone");
        }
        assertEquals(afterGc.size(), cycles.size(), d);
        for (int i = 0; i < cycles.size(); i++) {
            String[] printed = afterGc.get(i).split(" ", 2);
            String[] traced = cycles.get(i).split(" ", 2);
            assertEquals(printed[1], traced[1], d);
            long atGc = Long.parseLong(traced[0]);
            long read = Long.parseLong(printed[0]);
            assertTrue(read >= atGc && read - atGc <= 32 << 10, read + " printed vs " + atGc + " at the GC");
        }
        // Between cycles heap_live grows a span at a time: more HeapAlloc events than cycles.
        assertTrue(d.split("HeapAlloc ", -1).length - 1 > cycles.size(), d);
    }

    /** Go's own answer for runnext.go is "3 1 2": the last goroutine created starts first. */
    @Test
    void runnextsTraceStartsTheThreeGoroutinesLastFirstSecond() {
        String d = goTool("trace", "-d", trace("runnext").toString());
        List<String> created = new ArrayList<>();
        Matcher m = Pattern.compile("GoCreate p=\\d+ g=1 off=\\d+ g=(\\d+) stack=").matcher(d);
        while (m.find()) {
            created.add(m.group(1));
        }
        List<String> three = created.subList(created.size() - 3, created.size());
        List<String> started = new ArrayList<>();
        Matcher s = Pattern.compile("GoStart p=\\d+ g=(\\d+) ").matcher(d);
        while (s.find()) {
            if (three.contains(s.group(1)) && !started.contains(s.group(1))) {
                started.add(s.group(1));
            }
        }
        assertEquals(List.of(three.get(2), three.get(0), three.get(1)), started, d);
    }

    /** The main.* part of each stack pprof -traces prints, as "f<g<h" strings. */
    private static TreeSet<String> userStacks(String traces) {
        TreeSet<String> out = new TreeSet<>();
        for (String sample : traces.split("-----------\\+-------------------------------------------------------")) {
            List<String> fns = new ArrayList<>();
            for (String line : sample.split("\n")) {
                Matcher m = Pattern.compile("(main\\.[\\w.]+)").matcher(line);
                if (m.find()) {
                    fns.add(m.group(1));
                }
            }
            if (!fns.isEmpty()) {
                out.add(String.join("<", fns));
            }
        }
        return out;
    }

    @Test
    void goToolTracesSyncProfileAgreesWithGosimsBlockProfile() throws IOException {
        Path block = dir.resolve("block.pb.gz");
        Path f = trace("block", "-blockprofile", block.toString());
        Path sync = dir.resolve("sync.pb");
        tracePprof("sync", f, sync);
        TreeSet<String> fromTrace = userStacks(goTool("pprof", "-traces", sync.toString()));
        TreeSet<String> fromProfile = userStacks(goTool("pprof", "-traces", block.toString()));
        assertFalse(fromTrace.isEmpty());
        assertEquals(fromProfile, fromTrace);
        assertTrue(fromTrace.contains("main.locker") && fromTrace.contains("main.receiver"), fromTrace.toString());
    }

    @Test
    void goToolTraceGivesSyscallAndSchedProfiles() throws IOException {
        Path f = trace("syscalls");
        Path sys = dir.resolve("syscall.pb");
        tracePprof("syscall", f, sys);
        String top = goTool("pprof", "-traces", sys.toString());
        assertTrue(top.contains("syscall.Syscall") && top.contains("main."), top);
        Path sched = dir.resolve("sched.pb");
        tracePprof("sched", trace("stealing"), sched);
        assertTrue(goTool("pprof", "-traces", sched.toString()).contains("main."));
    }

    @Test
    void theTraceIsTheSameBytesEveryRunAndChangesNothingElse() throws IOException {
        Run plain = gosim("run", example("stealing"));
        Path a = dir.resolve("a.trace");
        Path b = dir.resolve("b.trace");
        Run traced = gosim("run", "-trace", a.toString(), "-events", dir.resolve("e.jsonl").toString(), "-explain",
                "-timeline", dir.resolve("t.html").toString(), example("stealing"));
        gosim("run", "-trace", b.toString(), example("stealing"));
        assertEquals(plain.out(), traced.out());
        assertEquals(plain.status(), traced.status());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(a), 16);
        assertEquals("go 1.7 trace\0\0\0\0", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void explainNarratesRunnextAndStealingInProcGosWords() {
        Run r = gosim("run", "-explain", example("runnext"));
        assertEquals("3 1 2\n", r.out().lines().filter(l -> l.equals("3 1 2")).findFirst().orElse("") + "\n");
        // main.main's three goroutines are the last three created; runnext holds the last.
        List<String> created = new ArrayList<>();
        Matcher m = Pattern.compile("newproc: (g\\d+) \\(main\\.main\\.func1\\)").matcher(r.err());
        while (m.find()) {
            created.add(m.group(1));
        }
        assertEquals(3, created.size(), r.err());
        assertTrue(r.err().contains("P0 schedule: runnext " + created.get(2) + " (inherits the time slice)"), r.err());
        assertTrue(r.err().contains("P0 schedule: runqget " + created.get(0) + " from the local run queue"), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.matches("\\s+\\d+\\.\\d{3}µs  .*")), r.err());
        Run s = gosim("run", "-explain", example("stealing"));
        assertTrue(Pattern.compile("m\\d+ spinning: runqsteal from P\\d took \\d+ of \\d+ \\(g\\d+( g\\d+)*\\)")
                .matcher(s.err()).find(), s.err());
        Run sys = gosim("run", "-explain", example("syscalls"));
        assertTrue(Pattern.compile("sysmon: P\\d in syscall [\\d.]+µs, retake").matcher(sys.err()).find(), sys.err());
        assertTrue(sys.err().contains("handoffp P0: "), sys.err());
    }

    @Test
    void eventsAreJsonLinesInStreamOrder() throws IOException {
        Path f = dir.resolve("events.jsonl");
        assertEquals(0, gosim("run", "-events", f.toString(), example("block")).status());
        List<String> lines = Files.readAllLines(f);
        long lastT = 0;
        int creates = 0;
        Pattern line = Pattern.compile("\\{\"seq\":(\\d+),\"t\":(\\d+),\"ev\":\"([a-z_]+)\".*\\}");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = line.matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            assertEquals(i, Integer.parseInt(m.group(1)));
            long t = Long.parseLong(m.group(2));
            assertTrue(t >= lastT, lines.get(i));
            lastT = t;
            creates += m.group(3).equals("g_create") ? 1 : 0;
        }
        // runtime.main, forcegchelper, bgsweep, runfinq, 3 lockers, the receiver, the timer goroutine.
        assertEquals(9, creates);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"ev\":\"g_block\"") && l.contains("\"why\":\"chan receive\"")
                && l.contains("\"obj\":\"chan#") && l.contains("\"func\":\"main.receiver\"")), String.join("\n", lines));
    }

    @Test
    void timelineHasALanePerPAndPerM() throws IOException {
        Path f = dir.resolve("runnext.html");
        assertEquals(0, gosim("run", "-timeline", f.toString(), example("runnext")).status());
        String html = Files.readString(f);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "self-contained: no network");
        for (String lane : List.of("P0", "m0")) {
            assertTrue(html.contains("data-lane=\"" + lane + "\""), lane);
        }
        assertTrue(html.contains("runnext"), "a slice's story says runnext");
        Path s = dir.resolve("stealing.html");
        gosim("run", "-timeline", s.toString(), example("stealing"));
        String st = Files.readString(s);
        for (String lane : List.of("P0", "P1", "P2", "P3")) {
            assertTrue(st.contains("data-lane=\"" + lane + "\""), lane);
        }
        assertTrue(st.contains("class=\"steal\""), "steal arrows");
    }

    @Test
    void cliProfilesAreSymbolizedProtoByDefaultAndLegacyOnRequest() throws IOException {
        Path p = dir.resolve("fib.go");
        Files.writeString(p, """
                package main

                import "fmt"

                func fib(n int) int {
                	if n < 2 {
                		return n
                	}
                	return fib(n-1) + fib(n-2)
                }

                func main() {
                	total := 0
                	for i := 0; i < 20; i++ {
                		total += fib(27)
                	}
                	fmt.Println(total)
                }
                """);
        Path cpu = dir.resolve("cpu.pb.gz");
        Path mem = dir.resolve("mem.pb.gz");
        assertEquals(0, gosim("run", "-cpuprofile", cpu.toString(), "-memprofile", mem.toString(), p.toString()).status());
        byte[] c = Files.readAllBytes(cpu);
        assertTrue((c[0] & 0xff) == 0x1f && (c[1] & 0xff) == 0x8b, "gzipped profile.proto");
        String top = goTool("pprof", "-top", cpu.toString());
        assertFalse(top.contains("<unknown>"), top);
        assertTrue(firstRow(top).endsWith("main.fib"), top);
        Path legacy = dir.resolve("cpu.legacy");
        assertEquals(0, gosim("run", "-profile-format", "legacy", "-cpuprofile", legacy.toString(), p.toString()).status());
        byte[] l = Files.readAllBytes(legacy);
        assertTrue(l.length >= 40 && l[8] == 3, "legacy CPU profile header [0, 3, 0, 10000, 0]");
        assertEquals(2, gosim("run", "-profile-format", "text", p.toString()).status());
    }

    /** cpuprofile.go's promise, "main.fib dominates", for the symbolized dialect (-go 1.19 writes profile.proto). */
    @Test
    void cpuprofileExamplesProfileHasMainFibOnTop() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "-go", "1.19", example("cpuprofile")},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true),
                Map.of());
        assertEquals(0, status);
        Path f = dir.resolve("cpu.prof");
        Files.write(f, err.toByteArray());
        String top = goTool("pprof", "-top", f.toString());
        assertTrue(firstRow(top).endsWith("main.fib"), top);
    }

    @Test
    void scenariosTraceThemselvesWithRuntimeTrace() throws IOException {
        Path p = dir.resolve("selftrace.go");
        Files.writeString(p, """
                package main

                import (
                	"fmt"
                	"os"
                	"runtime/trace"
                	"sync"
                )

                func main() {
                	if err := trace.Start(os.Stderr); err != nil {
                		panic(err)
                	}
                	fmt.Println("again:", trace.Start(os.Stderr))
                	var wg sync.WaitGroup
                	for i := 0; i < 3; i++ {
                		wg.Add(1)
                		go func() { wg.Done() }()
                	}
                	wg.Wait()
                	trace.Stop()
                	trace.Stop()
                	fmt.Println("stopped")
                }
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", p.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true), Map.of());
        assertEquals(0, status, err.toString());
        // runtime.StartTrace's error for a second Start (go1.7 src/runtime/trace.go:175).
        assertEquals("again: tracing is already enabled\nstopped\n", out.toString(StandardCharsets.UTF_8));
        Path f = dir.resolve("self.trace");
        Files.write(f, err.toByteArray());
        assertEquals("go 1.7 trace\0\0\0\0", new String(java.util.Arrays.copyOf(err.toByteArray(), 16),
                StandardCharsets.US_ASCII));
        String d = goTool("trace", "-d", f.toString());
        // The snapshot names main (GoCreate, then GoStart of g1) and the three workers start.
        assertTrue(Pattern.compile("GoCreate p=\\d+ g=0 off=\\d+ g=1 ").matcher(d).find(), d);
        assertTrue(Pattern.compile("GoStart p=\\d+ g=1 ").matcher(d).find(), d);
        assertEquals(3, Pattern.compile("GoEnd p=\\d+ g=(\\d+)").matcher(d).results().count(), d);
    }

    /** A program that traces itself, runs {@code body} and stops: the procs of each Gomaxprocs event in its trace. */
    private List<String> gomaxprocsEvents(String body, String... flags) throws IOException {
        String src = """
                package main

                import (
                	"os"
                	"runtime"
                	"runtime/trace"
                )

                func main() {
                	if err := trace.Start(os.Stderr); err != nil {
                		panic(err)
                	}
                	var m runtime.MemStats
                %s	_ = m
                	trace.Stop()
                }
                """.formatted(body);
        Path p = dir.resolve("maxprocs.go");
        Files.writeString(p, src);
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(flags));
        args.add(p.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true), Map.of());
        assertEquals(0, status, err.toString());
        Path f = dir.resolve("maxprocs.trace");
        Files.write(f, err.toByteArray());
        return procsOf(goTool("trace", "-d", f.toString()));
    }

    private static List<String> procsOf(String dump) {
        return Pattern.compile(" Gomaxprocs p=\\S+ g=\\d+ off=\\d+ procs=(\\d+)").matcher(dump).results()
                .map(r -> r.group(1)).toList();
    }

    /**
     * Every startTheWorld calls procresize, which emits a GoMaxProcs event while tracing (go1.7
     * proc.go:1028, 3288-3290): StartTrace's start (trace.go:222), runtime.GC's one stop in
     * gcForceBlockMode (mgc.go:855, restarted by gcMarkTermination at 1264), GOMAXPROCS(2)
     * (debug.go:28-33, newprocs = 2), not the second GOMAXPROCS(2) (debug.go:24-26 returns at once
     * when n == ret), ReadMemStats (mstats.go's stopTheWorld/startTheWorld); none from StopTrace,
     * which clears trace.enabled before its start (trace.go:268-272).
     */
    @Test
    void everyStartTheWorldTracesGomaxprocs() throws IOException {
        realGo();
        String body = "\truntime.GC()\n\truntime.GOMAXPROCS(2)\n\truntime.GOMAXPROCS(2)\n\truntime.ReadMemStats(&m)\n";
        assertEquals(List.of("4", "4", "2", "2"), gomaxprocsEvents(body));
    }

    /**
     * Without a GC (1.19's has two stops, gosim models one) real Go 1.19 writes the same events as
     * go1.7: at StartTrace, at GOMAXPROCS(2) and at ReadMemStats (1.19 proc.go:1273, 4809-4811).
     */
    @Test
    void gomaxprocsEventsAreRealGo119s() throws IOException {
        String body = "\truntime.GOMAXPROCS(2)\n\truntime.GOMAXPROCS(2)\n\truntime.ReadMemStats(&m)\n";
        List<String> sim = gomaxprocsEvents(body, "-go", "1.19");
        String src = Files.readString(dir.resolve("maxprocs.go"));
        RealGo.Result r = realGo().build("maxprocs.go", src).run(List.of(), Map.of("GOMAXPROCS", "4"));
        assertEquals(0, r.exitCode(), r.stderr());
        Path f = dir.resolve("real.trace");
        Files.write(f, r.stderrBytes());
        assertEquals(procsOf(goTool("trace", "-d", f.toString())), sim);
        assertEquals(List.of("4", "2", "2"), sim);
    }

    /** The function of the first row under pprof -top's column header. */
    private static String firstRow(String top) {
        List<String> lines = top.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).trim().startsWith("flat")) {
                return lines.get(i + 1).trim();
            }
        }
        return "";
    }
}
