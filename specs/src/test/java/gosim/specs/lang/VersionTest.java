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
    void nilMapWriteIsABareStringInGo17AndAPlainErrorLater() {
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1);
        String src = "package main\n\nfunc main() {\n\tvar m map[int]int\n\tm[1] = 2\n}\n";
        Program.Linked old = Program.check("prog.go", src).link(h, GoVersion.GO1_7);
        Interp.GoPanic p = assertThrows(Interp.GoPanic.class, () -> old.runMain(new Goroutine()));
        assertEquals("string", ((Values.Iface) p.value()).type().toString());
        Program.Linked newer = Program.check("prog.go", src).link(h, GoVersion.GO1_19);
        Interp.GoPanic q = assertThrows(Interp.GoPanic.class, () -> newer.runMain(new Goroutine()));
        assertEquals("runtime.plainError", ((Values.Iface) q.value()).type().toString());
        assertEquals("assignment to entry in nil map", newer.panicMessage(new Goroutine(), q.value()));
    }

    @Test
    void goexitRunsDeferredCallsAndRecoverReturnsNil() {
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public Native resolveNative(String symbol, Types.Signature sig) {
                return symbol.equals("rt.Goexit") ? (g, a) -> {
                    throw new Interp.GoexitSignal();
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
        assertInstanceOf(Interp.GoexitSignal.class,
                assertThrows(Interp.GoexitSignal.class, () -> l.runMain(new Goroutine())));
        assertEquals("deferred, recover: <nil>\n", h.stdout.toString(StandardCharsets.UTF_8));
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
        assertEquals(List.of(4, 5, 6, 6, 8), lines);
    }
}
