package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generic programs under src/test/go/generics (see its README for how each expected file was
 * made): NAME.go prints NAME.out under {@code -go 1.19} as under real Go 1.19; reject_NAME.go fails
 * with Go 1.19's compile errors (NAME.err); go17_NAME.go fails in the default dialect with go1.7's
 * syntax error (NAME.err17). With go installed, the .out and .err files are checked against real Go.
 */
class GenericsProgramsTest {
    static final Path DIR = Path.of("src/test/go/generics");

    static RunOutput gosim(String... args) {
        return GosimRun.main(args);
    }

    static List<Path> programs(String prefix, boolean with) throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> p.getFileName().toString().startsWith(prefix) == with).sorted().toList();
        }
    }

    static Path sibling(Path go, String ext) {
        return go.resolveSibling(go.getFileName().toString().replaceFirst("\\.go$", ext));
    }

    /** Error lines with every path that ends in the program's name reduced to ./NAME.go. */
    static String normalize(String text, Path go) {
        String base = go.getFileName().toString();
        return text.replaceAll("[^\\s(]*/" + java.util.regex.Pattern.quote(base), "./" + base)
                .replaceAll("(?m)^(?!\\./)" + java.util.regex.Pattern.quote(base), "./" + base);
    }

    @TestFactory
    Stream<DynamicTest> genericProgramsPrintWhatGo119Prints() throws IOException {
        List<Path> all = new ArrayList<>(programs("reject_", false));
        all.removeIf(p -> p.getFileName().toString().startsWith("go17_"));
        assertTrue(all.size() >= 4, "the generic programs are there");
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            RunOutput r = gosim("run", "-go", "1.19", go.toString());
            assertEquals(Files.readString(sibling(go, ".out")), r.stdout(), "stdout; stderr was:\n" + r.stderr());
            assertEquals(0, r.exitCode(), "exit status; stderr:\n" + r.stderr());
        }));
    }

    @TestFactory
    Stream<DynamicTest> rejectedProgramsGetGo119sErrors() throws IOException {
        List<Path> all = programs("reject_", true);
        assertTrue(all.size() >= 5, "the rejected programs are there");
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            RunOutput r = gosim("run", "-go", "1.19", go.toString());
            assertEquals(normalize(Files.readString(sibling(go, ".err")), go), normalize(r.stderr(), go), "compile errors");
            assertNotEquals(0, r.exitCode());
            assertEquals("", r.stdout());
        }));
    }

    @TestFactory
    Stream<DynamicTest> go17RejectsTypeParametersWithItsSyntaxError() throws IOException {
        List<Path> all = programs("go17_", true);
        assertEquals(3, all.size());
        return all.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            RunOutput r = gosim("run", go.toString());
            assertEquals(Files.readString(sibling(go, ".err17")), normalize(r.stderr(), go), "go1.7's error");
            assertNotEquals(0, r.exitCode());
            assertEquals(0, gosim("run", "-go", "1.19", go.toString()).exitCode(), "valid under -go 1.19");
        }));
    }

    /** Go 1.19 names a generic function main.F[...] and a generic type's method main.(*T[...]).M in tracebacks. */
    @Test
    void tracebacksNameInstancesAsGo119() throws IOException {
        Path go = Files.createTempFile("generic_panic", ".go");
        try {
            Files.writeString(go, """
                    package main

                    type Stack[T any] struct{ xs []T }

                    func (s *Stack[T]) Pop() T { return First(s.xs) }

                    func First[T any](xs []T) T { return xs[0] }

                    func main() {
                    \tnew(Stack[int]).Pop()
                    }
                    """);
            RunOutput r = gosim("run", "-go", "1.19", go.toString());
            assertEquals(2, r.exitCode(), r.stderr());
            // real Go 1.19.8 prints these frames for this program (checked with go run)
            assertTrue(r.stderr().contains("\nmain.First[...]("), r.stderr());
            assertTrue(r.stderr().contains("\nmain.(*Stack[...]).Pop("), r.stderr());
        } finally {
            Files.delete(go);
        }
    }

    @TestFactory
    Stream<DynamicTest> expectedFilesAreRealGoOutput() throws IOException {
        Optional<RealGo> found = RealGo.locate();
        Assumptions.assumeTrue(found.isPresent(), "go is not installed");
        RealGo real = found.get();
        List<Path> all = new ArrayList<>(programs("go17_", false));
        return all.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            if (name.startsWith("reject_")) {
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> real.build(name, Files.readString(p)));
                // a message's continuation lines ("\t\thave M() int") belong to the line before
                for (String line : Files.readString(sibling(p, ".err")).split("\n(?!\t)")) {
                    String msg = line.substring(line.indexOf(": ") + 2).replaceFirst(" \\([^()]*\\.go:\\d+:\\d+\\)$", "");
                    String at = line.substring(0, line.indexOf(": ")) + ": ";
                    // gc (types2) spells go/types' (go vet's) "as T value in" as "as type T in"
                    String gc = msg.replaceFirst("^(cannot use .*) as (\\S+) value in ", "$1 as type $2 in ");
                    assertTrue(e.getMessage().contains(at + msg) || e.getMessage().contains(at + gc),
                            "real Go says " + line + "\n" + e.getMessage());
                }
                return;
            }
            RealGo.Result r = real.build(name, Files.readString(p)).run();
            assertEquals(Files.readString(sibling(p, ".out")), r.stdout(), "real Go's stdout");
            assertEquals(0, r.exitCode());
        })).onClose(real::close);
    }
}
