package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gosim run x.go | head -1}: the CLI in its own JVM (started as ./gosim starts it) writes
 * into a pipe whose reader goes away after the first line. Go dies of SIGPIPE on a write to a
 * broken stdout (go1.7 os/file_unix.go epipecheck; os/signal/doc.go "SIGPIPE"), which a shell
 * reports as status 128+13; no Java trace may reach stderr.
 */
class BrokenPipeTest {
    /** Generous bound for a JVM start and a short run on a loaded machine; not a speed check. */
    static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aClosedStdoutEndsTheRunWithSigpipesStatusAndNoTrace() throws Exception {
        Path prog = dir.resolve("many.go");
        Files.writeString(prog, """
                package main

                import "fmt"

                func main() {
                	for i := 0; i < 5000000; i++ {
                		fmt.Println("line", i)
                	}
                }
                """);
        Path err = dir.resolve("stderr");
        String java = ProcessHandle.current().info().command().orElseThrow();
        // The launcher's JVM flags (./gosim, "opts"), without its AOT cache.
        List<String> cmd = new ArrayList<>(List.of(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Djdk.trackAllThreads=false", "--sun-misc-unsafe-memory-access=allow",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "gosim.specs.cli.Main", "run", prog.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        String first;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            first = r.readLine();
        } // closing the reader closes the pipe's read end, as head -1 does
        boolean ended = p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the run goes on after its stdout broke");
        assertEquals("line 0", first);
        assertEquals(Main.SIGPIPE_STATUS, p.exitValue());
        assertEquals(141, Main.SIGPIPE_STATUS);
        String stderr = Files.readString(err);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    }
}
