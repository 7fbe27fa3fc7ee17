package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.GoPanic;
import gosim.sim.GoRuntime;
import gosim.sim.ProcessExit;
import gosim.specs.lang.Goroutine;
import gosim.specs.lang.Interp;
import gosim.specs.lang.Program;
import gosim.specs.lang.SequentialHost;
import gosim.specs.run.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One panic hierarchy (issue 13): the interpreter throws the simulator's control-flow signals
 * (gosim.sim.GoPanic, GoexitSignal, ProcessExit, GoFatal), so nothing translates between them.
 * Expected texts follow Go 1.7's runtime/panic.go printpanics ("panic: V [recovered]" oldest first,
 * a tab before each later one) and Goexit's contract (deferred calls run, recover returns nil).
 */
class PanicHierarchyTest {
    @TempDir
    Path dir;

    private record Run(GoRuntime rt, String out, String err) {
    }

    private Run sim(String src) throws Exception {
        Path file = dir.resolve("prog.go");
        Files.writeString(file, src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions o = RunOptions.parse(List.of(file.toString()), Map.of());
        GoRuntime rt;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rt = Scenario.process(Scenario.check(file.toString()), o, po, pe, Map.of(), b -> b);
        }
        return new Run(rt, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInterpretedPanicIsTheSimulatorsPanicWithItsChain() throws Exception {
        Run r = sim("""
                package main

                func main() {
                \tdefer func() {
                \t\trecover()
                \t\tpanic("second")
                \t}()
                \tpanic("first")
                }
                """);
        assertEquals(2, r.rt().exitCode());
        // the simulator reports the very panic the interpreter threw: no translated copy
        Interp.GoPanic p = assertInstanceOf(Interp.GoPanic.class, r.rt().panicCause());
        assertEquals("second", p.printValue());
        assertEquals("first", p.link().printValue());
        assertTrue(p.link().recovered());
        assertTrue(r.err().startsWith("panic: first [recovered]\n\tpanic: second\n\ngoroutine 1 [running]:\n"),
                r.err());
    }

    @Test
    void recoverWorksAcrossJavaAndGoFrames() throws Exception {
        // hashing an unhashable key panics in Java (no Go frame at hand); closing a closed channel panics
        // in the simulator's primitive; both are recovered by Go deferred calls
        Run r = sim("""
                package main

                import "fmt"

                func hash() (v interface{}) {
                \tdefer func() { v = recover() }()
                \tm := map[interface{}]int{}
                \tm[[]int{1}] = 1
                \treturn nil
                }

                func closeTwice() (v interface{}) {
                \tdefer func() { v = recover() }()
                \tc := make(chan int)
                \tclose(c)
                \tclose(c)
                \treturn nil
                }

                func main() {
                \tfmt.Println(hash())
                \tfmt.Println(closeTwice())
                }
                """);
        assertEquals("", r.err());
        assertEquals(0, r.rt().exitCode());
        assertEquals("runtime error: hash of unhashable type []int\nclose of closed channel\n", r.out());
    }

    @Test
    void goexitFromInterpretedCodeRunsDeferredCalls() throws Exception {
        Run r = sim("""
                package main

                import (
                \t"fmt"
                \t"runtime"
                )

                func main() {
                \tdone := make(chan bool)
                \tgo func() {
                \t\tdefer close(done)
                \t\tdefer func() { fmt.Println("recover:", recover()) }()
                \t\tdefer fmt.Println("deferred")
                \t\truntime.Goexit()
                \t\tfmt.Println("not reached")
                \t}()
                \t<-done
                \tfmt.Println("main")
                }
                """);
        assertEquals("", r.err());
        assertEquals("deferred\nrecover: <nil>\nmain\n", r.out());
    }

    @Test
    void withoutTheSimulatorTheInterpreterThrowsTheSameClasses() {
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1);
        Program.Linked l = Program.check("prog.go", "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n")
                .link(h, gosim.sim.GoVersion.GO1_7);
        Goroutine g = new Goroutine();
        GoPanic p = assertThrows(GoPanic.class, () -> l.runMain(g));
        assertInstanceOf(Interp.GoPanic.class, p);
        assertEquals("boom", l.panicMessage(g, p.value()));

        SequentialHost h2 = new SequentialHost(List.of("prog"), Map.of(), 1);
        Program.Linked exit = Program.check("prog.go",
                "package main\n\nimport \"os\"\n\nfunc main() {\n\tdefer println(\"no\")\n\tos.Exit(3)\n}\n")
                .link(h2, gosim.sim.GoVersion.GO1_7);
        assertEquals(3, assertThrows(ProcessExit.class, () -> exit.runMain(new Goroutine())).code());
        assertEquals("", h2.stderr.toString(StandardCharsets.UTF_8));
    }
}
