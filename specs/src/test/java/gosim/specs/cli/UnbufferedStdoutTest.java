package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.specs.run.Scenario;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go's os.Stdout and os.Stderr are unbuffered (os/file_unix.go: File.Write is one write(2)), so what a
 * program wrote has reached the OS even if the process dies next. The CLI's 8 KiB host buffer is
 * flushed after every Go-level write: each Println arrives as one write, not batched, not per byte.
 */
class UnbufferedStdoutTest {
    @TempDir
    Path dir;

    @Test
    void eachGoWriteReachesTheStreamUnderTheBufferAtOnce() throws Exception {
        Path file = dir.resolve("prog.go");
        Files.writeString(file, """
                package main

                import (
                \t"fmt"
                \t"os"
                )

                func main() {
                \tfmt.Println("one")
                \tfmt.Fprintln(os.Stderr, "two")
                \tfmt.Print("three ", 3, "\\n")
                \tos.Stdout.Write([]byte("four\\n"))
                }
                """);
        List<String> writes = new ArrayList<>();
        OutputStream os = new OutputStream() {
            @Override
            public void write(int b) {
                writes.add(String.valueOf((char) b));
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(new String(b, off, len, StandardCharsets.UTF_8));
            }
        };
        // as Main: a PrintStream over an 8 KiB buffer over the OS stream, no autoflush
        try (PrintStream out = new PrintStream(new BufferedOutputStream(os, 8192), false);
                PrintStream err = new PrintStream(new BufferedOutputStream(os, 8192), false)) {
            int status = Scenario.run(Scenario.check(file.toString()),
                    RunOptions.parse(List.of(file.toString()), Map.of()), out, err, Map.of());
            assertEquals(0, status);
            // before any close or final flush: every write is already below the buffers, in order
            assertEquals(List.of("one\n", "two\n", "three 3\n", "four\n"), writes);
        }
    }
}
