package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gosim.sim.GoVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run-time behaviour that differs by Go release comes from the GoVersion table. */
class VersionTest {
    /** Runs body on version v and returns the panic message Go would print after "panic: ". */
    private static String panicText(GoVersion v, String body) {
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1);
        Program.Linked l = Program.check("prog.go", "package main\n\nfunc main() {\n" + body + "\n}\n").link(h, v);
        Goroutine g = new Goroutine();
        Interp.GoPanic p = assertThrows(Interp.GoPanic.class, () -> l.runMain(g));
        return l.panicMessage(g, p.value());
    }

    @Test
    void indexAndSliceErrorsGainDetailInGo112() {
        String index = "\ts := []int{1, 2, 3}\n\ti := 5\n\t_ = s[i]";
        assertEquals("runtime error: index out of range", panicText(GoVersion.GO1_7, index));
        assertEquals("runtime error: index out of range [5] with length 3", panicText(GoVersion.GO1_19, index));
        String slice = "\ts := make([]int, 2, 3)\n\tn := 5\n\t_ = s[:n]";
        assertEquals("runtime error: slice bounds out of range", panicText(GoVersion.GO1_7, slice));
        assertEquals("runtime error: slice bounds out of range [:5] with capacity 3",
                panicText(GoVersion.GO1_19, slice));
        String str = "\ts := \"abc\"\n\tn := 4\n\t_ = s[:n]";
        assertEquals("runtime error: slice bounds out of range [:4] with length 3", panicText(GoVersion.GO1_19, str));
    }

    @Test
    void sizeClassesAreComputedInGo17AndTabulatedFromGo18() {
        int[] go17 = Interp.CLASS_TO_SIZE_GO17;
        // malloc.go's _NumSizeClasses = 67; the first classes are 8, 16, 32, 48 and the last is _MaxSmallSize
        assertEquals(67, go17.length);
        assertEquals(List.of(0, 8, 16, 32, 48), java.util.Arrays.stream(go17).limit(5).boxed().toList());
        assertEquals(32768, go17[66]);
        // every class wastes at most 1/8 when a run of pages is cut into objects (msize.go's invariant)
        for (int i = 1; i < go17.length; i++) {
            int size = go17[i];
            boolean ok = false;
            for (int pages = 1; pages <= 64 && !ok; pages++) {
                int bytes = pages * Interp.PAGE_SIZE;
                ok = bytes % size <= bytes / 8;
            }
            org.junit.jupiter.api.Assertions.assertTrue(ok, "class " + size);
        }
        // growing a 5000-byte slice (len >= 1024) asks for 6250 bytes: the class differs between releases
        String grow = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := make([]byte, 5000)\n"
                + "\ts = append(s, 1)\n\tfmt.Println(cap(s))\n}\n";
        for (GoVersion v : new GoVersion[]{GoVersion.GO1_7, GoVersion.GO1_19}) {
            SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1);
            Program.check("prog.go", grow).link(h, v).runMain(new Goroutine());
            assertEquals(v == GoVersion.GO1_7 ? "6400\n" : "6528\n", h.stdout.toString(StandardCharsets.UTF_8));
        }
        // growslice's rule differs too: a 1000-byte slice doubles in go1.7 (slice.go:94, old.len < 1024),
        // but grows by (1000+768)/4 in go1.19 (slice.go:206-215); "1536" is go1.19 go run's output
        String grow1000 = grow.replace("5000", "1000");
        for (GoVersion v : new GoVersion[]{GoVersion.GO1_7, GoVersion.GO1_19}) {
            SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1);
            Program.check("prog.go", grow1000).link(h, v).runMain(new Goroutine());
            assertEquals(v == GoVersion.GO1_7 ? "2048\n" : "1536\n", h.stdout.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void nilMapWriteIsAPlainErrorInGo17AsLater() {
        // go1.7 runtime/hashmap.go:444 panics with plainError("assignment to entry in nil map");
        // Go 1.6 (hashmap.go) still panicked with the bare string.
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1);
        String src = "package main\n\nfunc main() {\n\tvar m map[int]int\n\tm[1] = 2\n}\n";
        for (GoVersion v : List.of(GoVersion.GO1_7, GoVersion.GO1_19)) {
            Program.Linked l = Program.check("prog.go", src).link(h, v);
            Interp.GoPanic p = assertThrows(Interp.GoPanic.class, () -> l.runMain(new Goroutine()));
            assertEquals("runtime.plainError", ((Values.Iface) p.value()).type().toString(), v.toString());
            assertEquals("assignment to entry in nil map", l.panicMessage(new Goroutine(), p.value()));
        }
    }

    @Test
    void goexitRunsDeferredCallsAndRecoverReturnsNil() {
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public Native resolveNative(String symbol, Types.Signature sig) {
                return symbol.equals("rt.Goexit") ? (g, a) -> {
                    throw new gosim.sim.GoexitSignal();
                } : null;
            }
        };
        Program.Linked l = Program.check("prog.go", """
                package main

                import (
                	"fmt"
                	"rt"
                )

                func main() {
                	defer func() {
                		fmt.Println("deferred, recover:", recover())
                	}()
                	rt.Goexit()
                	fmt.Println("not reached")
                }
                """, Prelude.standard().with("rt", "package rt\n\nfunc Goexit()\n")).link(h, GoVersion.DEFAULT);
        assertInstanceOf(gosim.sim.GoexitSignal.class,
                assertThrows(gosim.sim.GoexitSignal.class, () -> l.runMain(new Goroutine())));
        assertEquals("deferred, recover: <nil>\n", h.stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statementHookSeesEveryLoopIterationEvenOfAnEmptyBody() {
        int[] steps = {0};
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public boolean traceStatements() {
                return true;
            }

            @Override
            public void onStatement(Goroutine g, Frame f, int line) {
                if (++steps[0] > 1000) {
                    throw gosim.sim.GoFatal.thrown("step budget exhausted");
                }
            }
        };
        Program.Linked l = Program.check("prog.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")
                .link(h, GoVersion.DEFAULT);
        assertThrows(gosim.sim.GoFatal.class, () -> l.runMain(new Goroutine()));
        assertEquals(1001, steps[0]);
    }

    @Test
    void statementHookSeesEveryStatementLine() {
        java.util.List<Integer> lines = new java.util.ArrayList<>();
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public boolean traceStatements() {
                return true;
            }

            @Override
            public void onStatement(Goroutine g, Frame f, int line) {
                if (f.func().name().equals("main.main")) {
                    lines.add(line);
                }
            }
        };
        Program.check("prog.go", "package main\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 2; i++ {\n\t\tx += i\n\t}\n"
                + "\t_ = x\n}\n").link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        // statements 4, the loop header at each iteration check (5), its body (6), and 8
        assertEquals(List.of(4, 5, 5, 6, 5, 6, 5, 8), lines);
    }
}
