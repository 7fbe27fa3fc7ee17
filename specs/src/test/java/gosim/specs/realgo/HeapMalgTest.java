package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * malg's new(g) in the heap profile (issue 12). Derived from the go1.7 source: newproc1 reuses a dead
 * G from gfget and calls malg only when there is none (proc.go:2740-2742); malg's new(g) (proc.go:2688)
 * is a heap object of unsafe.Sizeof(g{}) = 400 bytes on amd64 (runtime2.go:306-375), class 416; its
 * stack is recorded by callers from the system stack, which stops at systemstack (traceback.go:671-680
 * passes no _TraceJumpStack), so the record has no user frame: malg, newproc1, newproc.func1
 * (proc.go:2711-2713), systemstack's CALL DI (asm_amd64.s:298). Real Go 1.19.8 prints the same frames
 * at proc.go:4076, 4123, 4098 and asm_amd64.s:492 with 416 bytes a G.
 */
class HeapMalgTest {
    static String program(boolean sequential) {
        return """
                package main

                import (
                	"os"
                	"runtime"
                	"runtime/pprof"
                )

                func main() {
                	runtime.MemProfileRate = 1
                	done := make(chan bool)
                	for i := 0; i < 3; i++ {
                		go func() { done <- true }()
                		if %s {
                			<-done
                			runtime.Gosched()
                		}
                	}
                	if !%s {
                		<-done
                		<-done
                		<-done
                	}
                	runtime.GC()
                	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
                }
                """.formatted(sequential, sequential);
    }

    static List<HeapRecord> malgRecords(Path dir, boolean sequential, String version) throws IOException {
        Path file = dir.resolve("g.go");
        Files.writeString(file, program(sequential));
        String out = HeapSitesTest.run(file, version);
        HeapProfile p = OutputParser.parse(out).all(HeapProfile.class).get(0);
        return p.records().stream().filter(r -> !r.stack().frames().isEmpty()
                && r.stack().frames().get(0).function().equals("runtime.malg")).collect(Collectors.toList());
    }

    static String frames(HeapRecord r) {
        return r.stack().frames().stream().map(Frame::toString).collect(Collectors.joining(" <- "));
    }

    @Test
    void threeLiveGoroutinesAreThreeNewGs(@TempDir Path dir) throws IOException {
        List<HeapRecord> rs = malgRecords(dir, false, "1.7");
        assertEquals(1, rs.size());
        HeapRecord r = rs.get(0);
        assertEquals(3, r.allocObjects());
        assertEquals(3 * 416, r.allocBytes());
        assertEquals(3 * 416, r.inuseBytes(), "Gs are never freed: allgs keeps them");
        assertEquals("runtime.malg proc.go:2688 <- runtime.newproc1 proc.go:2742 <- runtime.newproc.func1 proc.go:2712"
                + " <- runtime.systemstack asm_amd64.s:298", frames(r));
    }

    @Test
    void aDeadGIsReusedWithoutAllocating(@TempDir Path dir) throws IOException {
        List<HeapRecord> rs = malgRecords(dir, true, "1.7");
        assertEquals(1, rs.size());
        assertEquals(1, rs.get(0).allocObjects(), "gfget finds the G the first goroutine left (proc.go:2740)");
    }

    @Test
    void go119FramesAreGo119s(@TempDir Path dir) throws IOException {
        List<HeapRecord> rs = malgRecords(dir, false, "1.19");
        assertEquals(1, rs.size());
        assertEquals("runtime.malg proc.go:4076 <- runtime.newproc1 proc.go:4123 <- runtime.newproc.func1 proc.go:4098"
                + " <- runtime.systemstack asm_amd64.s:492", frames(rs.get(0)));
    }

    static final String GC_ONLY = """
            package main

            import (
            	"os"
            	"runtime"
            	"runtime/pprof"
            )

            func main() {
            	runtime.MemProfileRate = %s
            	runtime.GC()
            	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
            }
            """;

    /**
     * Objects of malg's new(g) for goroutines (under newproc1). A new M's gsignal and g0 are malg's
     * too (allocm, mpreinit), and real Go starts an M during the GC in some runs (wakep's timing).
     */
    static long malgObjects(String output) {
        HeapProfile p = OutputParser.parse(output).all(HeapProfile.class).get(0);
        return p.records().stream().filter(r -> r.stack().frames().size() > 1
                && r.stack().frames().get(0).function().equals("runtime.malg")
                && r.stack().frames().get(1).function().equals("runtime.newproc1")).mapToLong(HeapRecord::allocObjects).sum();
    }

    /**
     * A GC's new Gs are its GOMAXPROCS gcBgMarkWorkers (1.19 mgc.go:1159). Real Go 1.19 shows one
     * malg more, sampled before main at the default rate: mallocinit makes mcache0 and its
     * nextSample before fastrandinit and mcommoninit seed m0.fastrand (1.19 proc.go:693-697), so
     * the first sample falls at the same point of every run (go1.7's fastrand1 of 0 stays 0,
     * asm_amd64.s:2055-2065, and puts it 26 ln 2 MemProfileRate bytes, about 9.4 MB, in). Which
     * pre-main allocation that is depends on the binary, which the model does not have: the test
     * takes it from a run that never lowers the rate.
     */
    @Test
    void go119sMalgsAreTheWorkersPlusItsPreMainSample(@TempDir Path dir) throws IOException {
        java.util.Optional<RealGo> found = RealGo.locate();
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(), "go is not installed");
        try (RealGo go = found.get()) {
            java.util.Map<String, String> env = java.util.Map.of("GOMAXPROCS", "2");
            long all = malgObjects(go.build("g.go", GC_ONLY.formatted("1")).run(List.of(), env).stdout());
            // The default-rate run sometimes shows two malg objects, not one: 5 of 40 runs here
            // (one binary, GOMAXPROCS=2), while the rate-1 run showed 3 in all 40; which allocations
            // the sampler's later draws hit follows the run's timing. The fewest of three runs is
            // the fixed pre-main sample (a run showing 2 three times over: about 1 in 500).
            RealGo.Binary defaultRate = go.build("g.go", GC_ONLY.formatted("runtime.MemProfileRate"));
            long preMain = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                preMain = Math.min(preMain, malgObjects(defaultRate.run(List.of(), env).stdout()));
            }
            Path file = dir.resolve("g.go");
            Files.writeString(file, GC_ONLY.formatted("1"));
            RunOutput sim = GosimRun.main("run", "-go", "1.19", "-gomaxprocs", "2", file.toString());
            assertEquals(0, sim.exitCode(), sim.stderr());
            assertEquals(2, malgObjects(sim.stdout()));
            assertEquals(all - preMain, malgObjects(sim.stdout()), "real: " + all + " with " + preMain + " before main");
        }
    }
}
