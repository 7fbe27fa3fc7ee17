package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go 1.19's argument words in tracebacks (issue 12): 1.19 traceback.go printArgs prints what the
 * compiler's _FUNCDATA_ArgInfo describes (ssagen/ssa.go EmitArgInfo): the parameters only, aggregates
 * (strings, slices, interfaces, complex numbers, structs, arrays) in braces, at most 10 components
 * then "...", at most 5 levels of nesting then "{...}", and "?" after a value passed in a register
 * (ABIInternal: 9 integer, 15 float registers; an argument goes on the stack whole when it does not
 * fit, or when it is an array of more than one element) whose spill slot may not hold it. The
 * program (resources/gosim/traceback/args19.go) deadlocks with goroutines blocked right after entry
 * in functions of many shapes; the dump's frame lines must have real Go 1.19's shape, values aside.
 */
class ArgWords19Test {
    static List<String> frames(String stderr) {
        return Arrays.stream(stderr.split("\n")).filter(l -> l.startsWith("main.")).sorted().toList();
    }

    static List<String> shapes(List<String> frames) {
        return frames.stream().map(l -> l.replaceAll("0x[0-9a-f]+", "V")).toList();
    }

    @Test
    void go119ArgumentShapesAreRealGo119s(@TempDir Path dir) throws IOException {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed: skipping the real Go 1.19 run");
        String src;
        try (var in = ArgWords19Test.class.getResourceAsStream("/gosim/traceback/args19.go")) {
            src = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> real;
        try (RealGo go = found.get()) {
            RealGo.Result r = go.build("args19.go", src).run();
            assertEquals(2, r.exitCode(), r.stderr());
            real = frames(r.stderr());
        }
        Path file = dir.resolve("args19.go");
        Files.writeString(file, src);
        RunOutput g = GosimRun.main("run", "-go", "1.19", file.toString());
        assertEquals(2, g.exitCode(), g.stderr());
        List<String> ours = frames(g.stderr());
        assertEquals(6, real.size(), real.toString());
        assertEquals(shapes(real), shapes(ours));
        // stack-assigned words are the values passed: the 10th int, and an array of 3
        for (List<String> fs : List.of(real, ours)) {
            assertTrue(fs.stream().anyMatch(l -> l.endsWith("?, 0xa, ...)")), fs.toString());
            assertTrue(fs.stream().anyMatch(l -> l.contains("{0x4, 0x5, 0x6}")), fs.toString());
        }
    }
}
