package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** checkdead's two reports, in each dialect: from the go1.7 source and from real Go 1.19. */
class DeadlockReportTest {
    @TempDir
    Path dir;

    private static final String ASLEEP = """
            package main

            func main() {
            \tc := make(chan int)
            \t<-c
            }
            """;

    /** main calls runtime.Goexit; another goroutine still prints, then the last one exits. */
    private static final String GOEXIT = """
            package main

            import (
            \t"fmt"
            \t"runtime"
            \t"time"
            )

            func main() {
            \tgo func() {
            \t\ttime.Sleep(time.Millisecond)
            \t\tfmt.Println("after main's Goexit")
            \t}()
            \truntime.Goexit()
            }
            """;

    private RunOutput gosim(String name, String src, String... flags) throws IOException {
        return GosimRun.run(dir, name, src, flags);
    }

    private static String paths(String s) {
        return s.replaceAll("\t/\\S*/(\\S+:\\d+)", "\t$1").replaceAll(" \\+0x[0-9a-f]+", " +0x?");
    }

    @Test
    void allAsleepPrintsNoRuntimeStackInEitherDialect() throws IOException {
        // go1.7 proc.go:3566 sets m.throwing = -1 before throw: dopanic_m (panic.go:656-665) skips
        // "runtime stack:" and tracebackothers shows goroutine 1 after a blank line.
        String want = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"
                + "main.main()\n\tasleep.go:5 +0x?\n";
        for (String v : new String[] {"1.7", "1.19"}) {
            RunOutput r = gosim("asleep.go", ASLEEP, "-go", v);
            assertEquals(want, paths(r.stderr()), v);
            assertEquals(2, r.exitCode());
        }
    }

    @Test
    void mainsGoexitLetsTheOthersRunThenGo17PrintsG0sStack() throws IOException {
        RunOutput r = gosim("goexit.go", GOEXIT);
        assertEquals("after main's Goexit\n", r.stdout());
        assertEquals(2, r.exitCode());
        // go1.7 proc.go:3543 throw (throwing = 1) on g0 of the last goroutine's exit; innermost
        // first: panic.go:566, proc.go:3543, 3886, 1592, 2021, 2120, 2257, asm_amd64.s:240.
        assertEquals("""
                fatal error: no goroutines (main called runtime.Goexit) - deadlock!

                runtime stack:
                runtime.throw(0x4b6a7c, 0x36)
                \tpanic.go:566 +0x?
                runtime.checkdead()
                \tproc.go:3543 +0x?
                runtime.mput(0xc42008e000)
                \tproc.go:3886 +0x?
                runtime.stopm()
                \tproc.go:1592 +0x?
                runtime.findrunnable(0x0, 0x0)
                \tproc.go:2021 +0x?
                runtime.schedule()
                \tproc.go:2120 +0x?
                runtime.goexit0(0xc420001380)
                \tproc.go:2257 +0x?
                runtime.mcall(0x4a1f38)
                \tasm_amd64.s:240 +0x?
                """, paths(r.stderr()));
    }

    @Test
    void mainsGoexitUnderGo119MatchesRealGo() throws IOException {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go not installed: real-Go comparison skipped");
        RealGo.Result real;
        try (go) {
            real = go.run("goexit.go", GOEXIT);
        }
        RunOutput r = gosim("goexit.go", GOEXIT, "-go", "1.19");
        assertEquals(real.stdout(), r.stdout());
        assertEquals(real.stderr(), r.stderr());
        assertEquals(real.exitCode(), r.exitCode());
    }
}
