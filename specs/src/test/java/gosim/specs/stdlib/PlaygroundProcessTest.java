package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Processes and signals on the in-memory OS answer as the Go playground of Go 1.7's day did
 * (GOOS=nacl: go1.7 syscall/syscall_nacl.go:297-307, StartProcess, Kill and Wait4 return ENOSYS),
 * through go1.7 os's own wrapping (process.go's comment cites the lines), in both dialects: real Go
 * on linux would start the process, so process.out is derived from those sources, not recorded.
 */
class PlaygroundProcessTest {
    private static final String PROG = "src/test/resources/gosim/playground/process.go";

    @Test
    void processCallsAnswerTheSyscallsThePlaygroundLacked() throws IOException {
        String want = Files.readString(Path.of(PROG.replace(".go", ".out")));
        for (String[] args : new String[][] {{"run", PROG}, {"run", "-go", "1.19", PROG}}) {
            String[] r = SinceGateTest.run(args);
            assertEquals("", r[2]);
            assertEquals("0", r[0]);
            assertEquals(want, r[1]);
        }
    }
}
