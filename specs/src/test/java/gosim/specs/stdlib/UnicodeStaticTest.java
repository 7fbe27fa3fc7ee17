package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * unicode's tables (resources gosim/stdlib/unicode/tables.go) are static data, as gc lays out
 * tables.go's literals (lang.StaticData): a program that reaches every table through the
 * Categories, Scripts and Properties maps has exactly the heap of the same program without
 * unicode, in both dialects (real Go's numbers include its runtime's own start-up, which gosim
 * does not model, so the comparison is between the two programs).
 */
class UnicodeStaticTest {
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tablesAllocateNothing() {
        String dir = "src/test/resources/gosim/unicode/";
        for (String go : new String[] {"1.7", "1.19"}) {
            assertEquals(run("run", "-go", go, dir + "nostatic.go"), run("run", "-go", go, dir + "static.go"), "-go " + go);
        }
    }
}
