package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Go 1.13's literal forms (digit separators, 0b, 0o, hexadecimal floats) are values under
 * {@code -go 1.19} and errors in the default dialect, Go 1.7. go1.7's lexer has no message for them
 * (cmd/compile/internal/gc/lex.go number splits 0b101 into 0 and b101), so gosim prints Go 1.19's
 * own message for a package whose language version is older: cmd/compile/internal/types2/version.go:23-41
 * (langCompat, "%s requires %s or later (-lang was set to %s; check go.mod)"). Real Go 1.19 printed
 * exactly these four lines for this program in a module whose go.mod says {@code go 1.7}.
 */
class LiteralDialectTest {
    static final String PROGRAM = """
            package main

            import "fmt"

            func main() {
            \tfmt.Println(1_000,
            \t\t0b101,
            \t\t0o17,
            \t\t0x1p-2, 0x10, 017, 1.5e3, 0X1P+2i)
            }
            """;

    @Test
    void go113LiteralsAreErrorsInGo17AndValuesInGo119() throws IOException {
        Path go = Files.createTempFile("literals", ".go");
        try {
            Files.writeString(go, PROGRAM);
            RunOutput old = GosimRun.main("run", go.toString());
            String f = go.toString();
            assertEquals(f + ":6:14: underscores in numeric literals requires go1.13 or later (-lang was set to go1.7; check go.mod)\n"
                    + f + ":7:3: binary literals requires go1.13 or later (-lang was set to go1.7; check go.mod)\n"
                    + f + ":8:3: 0o/0O-style octal literals requires go1.13 or later (-lang was set to go1.7; check go.mod)\n"
                    + f + ":9:3: hexadecimal floating-point literals requires go1.13 or later (-lang was set to go1.7; check go.mod)\n",
                    old.stderr());
            assertEquals(2, old.exitCode());
            RunOutput now = GosimRun.main("run", "-go", "1.19", go.toString());
            // go run prints this (Go 1.19.8)
            assertEquals("1000 5 15 0.25 16 15 1500 (0+4i)\n", now.stdout(), now.stderr());
            assertEquals(0, now.exitCode());
        } finally {
            Files.delete(go);
        }
    }
}
