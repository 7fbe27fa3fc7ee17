package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real-Go runner: exit statuses as the program's own, an isolated environment, clear errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealGoTest {
    private RealGo go;

    @BeforeAll
    void locate() {
        go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "Go is not installed: real-Go runner tests skipped");
    }

    @AfterAll
    void close() {
        if (go != null) {
            go.close();
        }
    }

    @Test
    void versionNamesAGoRelease() {
        assertTrue(go.version().startsWith("go version go1."), go.version());
    }

    @Test
    void exitStatusIsTheProgramsOwnNotGoRuns() {
        RealGo.Result r = go.run("exit.go", """
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Println("out")
                	fmt.Fprintln(os.Stderr, "err")
                	os.Exit(3)
                }
                """);
        assertEquals(3, r.exitCode());
        assertEquals("out\n", r.stdout());
        assertEquals("err\n", r.stderr(), "no \"exit status 3\" line from go run");
    }

    @Test
    void environmentIsIsolatedAndArgsAndEnvArePassed() {
        RealGo.Binary b = go.build("env.go", """
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Println(os.Getenv("HOME"))
                	fmt.Println(os.Getenv("GO111MODULE"))
                	fmt.Println(os.Getenv("GOMAXPROCS"))
                	fmt.Println(os.Args[1:])
                }
                """);
        List<String> lines = b.run(List.of("a", "b"), Map.of("GOMAXPROCS", "3")).stdout().lines().toList();
        assertTrue(lines.get(0).contains("gosim-realgo"), "HOME is a private temp dir: " + lines.get(0));
        assertFalse(lines.get(0).equals(System.getProperty("user.home")));
        assertEquals("off", lines.get(1));
        assertEquals("3", lines.get(2));
        assertEquals("[a b]", lines.get(3));
        assertEquals("", b.run().stdout().lines().toList().get(2), "GOMAXPROCS of the JVM's environment is removed");
    }

    @Test
    void compileErrorsAreReportedWithGosMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> go.build("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n"));
        assertTrue(e.getMessage().contains("bad.go:4:2") && e.getMessage().contains("x declared"), e.getMessage());
    }

    @Test
    void runawayProgramsHitTheTimeout() {
        try (RealGo quick = new RealGo(RealGo.find().orElseThrow(), Duration.ofSeconds(2))) {
            RealGo.Binary b = quick.build("spin.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
            IllegalStateException e = assertThrows(IllegalStateException.class, b::run);
            assertTrue(e.getMessage().contains("did not finish within"), e.getMessage());
        }
    }

    @Test
    void badFileNamesAndMissingBinariesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> go.build("dir/x.go", "package main"));
        assertThrows(IllegalArgumentException.class, () -> go.build("x.txt", "package main"));
        assertThrows(IllegalArgumentException.class, () -> new RealGo(Path.of("/nonexistent/go"), Duration.ofSeconds(1)));
    }
}
